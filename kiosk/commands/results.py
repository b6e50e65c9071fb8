"""``kiosk results summary|export|merge|purge|demo``: the results database, from the command line.

Reports for teachers and booth operators, exports for spreadsheets, merging several kiosks' files,
a retention tool, and synthetic data to try it all on. Long work shows its progress on stderr.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.settings import Settings


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-27") from None


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a whole number above 0")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "results",
        help="reports, exports, merging and retention for the anonymous results database",
        description="Work with the results database (by default the one the kiosk records into).",
    )
    actions = parser.add_subparsers(dest="results_command", metavar="ACTION", required=True)

    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", type=Path, help="the results database (default: the kiosk's own)")

    summary = actions.add_parser("summary", help="visits per day, lessons and questions, as tables")
    db_option(summary)
    summary.add_argument("--since", type=_day, help="first local day to include (YYYY-MM-DD)")
    summary.add_argument("--until", type=_day, help="last local day to include (YYYY-MM-DD)")
    summary.add_argument(
        "--timezone",
        metavar="ZONE",
        help="time zone of days and hours, an IANA name like Asia/Shanghai"
        " (default: the settings file's timezone, else this computer's)",
    )
    summary.add_argument("--event", help="only visits with this event label")
    summary.add_argument("--hardest", type=_positive, help="list only the N hardest questions")
    summary.add_argument(
        "--language",
        help="name lessons and questions in this language, like en or zh-CN (default: the settings"
        " file's language, else the one most visits used)",
    )
    summary.set_defaults(func=_named_settings(run_summary))

    report = actions.add_parser("report", help="a printable report (PDF) with charts, in English or Chinese")
    db_option(report)
    report.add_argument("--pdf", type=Path, required=True, metavar="FILE", help="the PDF file to write")
    report.add_argument("--since", type=_day, help="first local day to include (YYYY-MM-DD)")
    report.add_argument("--until", type=_day, help="last local day to include (YYYY-MM-DD)")
    report.add_argument("--event", help="only visits with this event label")
    report.add_argument(
        "--language",
        help="the report's language, en or zh-CN, also used for the lessons' words (default: the"
        " settings file's language, else the one most visits used)",
    )
    report.add_argument(
        "--timezone",
        metavar="ZONE",
        help="time zone of days and hours (default: the settings file's timezone, else this computer's)",
    )
    report.set_defaults(func=_named_settings(run_report))

    export = actions.add_parser("export", help="one CSV or JSON file per table, for spreadsheets")
    db_option(export)
    export.add_argument("--format", choices=("csv", "json"), default="csv", dest="fmt")
    export.add_argument("--out", type=Path, required=True, help="folder to write the files into")
    export.add_argument(
        "--timezone",
        metavar="ZONE",
        help="time zone of the readable answers' dates and times (default: the settings file's"
        " timezone, else this computer's)",
    )
    export.set_defaults(func=_named_settings(run_export))

    merge = actions.add_parser("merge", help="combine several kiosks' databases into one")
    merge.add_argument("sources", nargs="+", type=Path, metavar="DB")
    merge.add_argument("--out", type=Path, required=True, help="the combined database (created or added to)")
    merge.set_defaults(func=_named_settings(run_merge, reads=_never))

    purge = actions.add_parser("purge", help="delete visits that started before a day, for retention")
    db_option(purge)
    purge.add_argument("--before", type=_day, required=True, help="keep visits from this UTC day on")
    purge.add_argument("--dry-run", action="store_true", help="only say what would be deleted")
    purge.set_defaults(func=_named_settings(run_purge, reads=lambda args: args.db is None))

    demo = actions.add_parser("demo", help="fill a database with synthetic visits played through the kiosk")
    demo.add_argument("--db", type=Path, required=True, help="the database to fill (created if missing)")
    demo.add_argument("--visits", type=_positive, default=500)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--days", type=_positive, default=3, help="spread the visits over this many days")
    demo.add_argument("--first-day", type=_day, help="UTC day of the first visits (default: recent days)")
    demo.add_argument("--lessons", type=Path, help="lesson pack to play (default: the bundled course)")
    demo.add_argument("--event", default="demo", help="event label of the visits")
    demo.add_argument("--kiosk-name", default="demo-kiosk")
    demo.set_defaults(func=_named_settings(run_demo, reads=_never))


def _fail(message: str) -> int:
    print(f"kiosk results: {message}", file=sys.stderr)
    return 1


@dataclass(frozen=True)
class CommandSettings:
    """The settings file one results command reads, loaded once before the command runs.

    Handed to the command (never kept in the module), so two commands run in one process each read
    their own file: the one ``kiosk --config FILE`` names, else the kiosk's default one.
    """

    path: Path  # the file read (it may be missing: then the defaults)
    settings: Settings  # its settings; the defaults when it is missing or unusable

    @property
    def database(self) -> Path:
        """The database the kiosk records into: the settings file's ``database``, else the user data dir."""
        from kiosk import paths

        return self.settings.database or paths.default_database()


def _always(args: argparse.Namespace) -> bool:
    return True


def _never(args: argparse.Namespace) -> bool:
    return False


def _named_settings(func, reads=_always):  # noqa: ANN001, ANN202
    """Run a results command as ``func(args, settings)`` with the settings loaded once for it.

    A file named with ``kiosk --config FILE`` must exist and be usable (a teacher naming a booth's
    file means that booth's zone): the command is refused otherwise. The default file may be missing
    (the defaults) or unusable (said once, then the defaults). ``reads(args)`` false means the command
    needs no settings this time (merge, demo, purge of a named ``--db``): without --config, no file is
    read and ``settings`` is None.
    """

    def run_with(args: argparse.Namespace) -> int:
        from kiosk.settings import SettingsError

        named = getattr(args, "config", None)
        if named is None and not reads(args):
            return func(args, None)
        try:
            loaded = load_command_settings(named)
        except SettingsError as exc:
            print(
                f"kiosk results: the settings file named by --config cannot be used: {exc}", file=sys.stderr
            )
            return 2
        return func(args, loaded)

    return run_with


def load_command_settings(named: Path | None) -> CommandSettings:
    """The settings file ``named`` (SettingsError when it cannot be used), else the kiosk's default
    one, whose problems are said on stderr and leave the defaults."""
    from kiosk import paths
    from kiosk.settings import SettingsError, load_settings

    if named is not None:
        return CommandSettings(named, load_settings(named, required=True))
    path = paths.default_config_file()
    try:
        return CommandSettings(path, load_settings(path, required=False))
    except SettingsError as exc:
        # Said, not silently skipped: a mistyped zone would otherwise give the computer's days
        print(
            f"kiosk results: warning: the settings file cannot be used ({exc}); its settings "
            "(timezone, language) are left out",
            file=sys.stderr,
        )
        return CommandSettings(path, Settings())


def _zone_and_database(args: argparse.Namespace, configured: CommandSettings):
    """The time zone of days and hours (``--timezone``, else the settings file's) and the existing
    database (``--db``, else the settings file's); ValueError (an unknown zone) or LookupError (no
    usable database) say why not."""
    from kiosk.settings import time_zone

    zone = time_zone(args.timezone or configured.settings.timezone)
    return zone, _open_existing(args.db or configured.database)


def _open_existing(path: Path, *, writing: bool = False):
    """An existing results database, opened for the command (never moved aside, never created).

    Another application's database is refused before anything in it is read; so is one from a newer
    kiosk when the command would write to it (``writing``), since this kiosk does not know its tables.
    A file that cannot be written (a locked USB stick) and lacks only migrations that change no table
    (``READ_AS_IS``) is read as it is.
    """
    import sqlite3

    from sqlite_utils import Database

    from kiosk.results.schema import MIGRATIONS, READ_AS_IS, migrate
    from kiosk.results.validate import RefusedDatabase, read_schema, refuse_newer

    if not path.is_file():
        raise LookupError(f"{path}: no such results database")
    try:
        db = Database(path)
        info = read_schema(db.conn)
        if info.empty:
            raise LookupError(f"{path}: not a results database (it is empty)")
        if writing:
            refuse_newer(info, str(path))
        pending = [] if info.unknown else [m.name for m in MIGRATIONS.pending(db)]
        if pending:
            try:
                migrate(db)  # an older kiosk's file gets the newer tables and indexes the reports use
            except sqlite3.OperationalError:
                if writing or not set(pending) <= READ_AS_IS:
                    raise
    except RefusedDatabase as exc:
        raise LookupError(f"{path}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise LookupError(f"{path}: cannot read it as SQLite ({exc})") from None
    return db


def _progress_line(text: str, final: bool) -> None:
    if sys.stderr.isatty():
        print(f"\r{text}", end="\n" if final else "", file=sys.stderr, flush=True)
    elif final:
        print(text, file=sys.stderr)


def _unknown_event(db, event: str | None) -> str | None:
    """The message for an ``--event`` no visit has (a typo would give an empty report), else None."""
    import difflib

    from kiosk.results.console_queries import event_labels

    labels = event_labels(db)
    if event is None or event in labels:
        return None
    if not labels:
        return f"no visit has the event label {event!r}: this file holds no visits"
    close = [label for label in labels if label.casefold() == event.casefold()] or difflib.get_close_matches(
        event, [label for label in labels if label], n=1
    )
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    shown = ", ".join(repr(label) if label else "(no label)" for label in labels[:10])
    more = f" and {len(labels) - 10} more" if len(labels) > 10 else ""
    return (
        f"no visit has the event label {event!r}{hint}; the labels in this file, newest first: {shown}{more}"
    )


def run_summary(args: argparse.Namespace, configured: CommandSettings) -> int:
    from kiosk.results.report_text import format_summary
    from kiosk.results.reports import ReportFilter, summarize

    try:
        zone, db = _zone_and_database(args, configured)
    except (ValueError, LookupError) as exc:
        return _fail(str(exc))
    unknown = _unknown_event(db, args.event)
    if unknown:
        return _fail(unknown)
    flt = ReportFilter(since=args.since, until=args.until, event=args.event, zone=zone)
    summary = summarize(db, flt, _words_language(db, args.language, configured))
    sys.stdout.write(format_summary(summary, hardest=args.hardest))
    sys.stdout.write(_rewards_block(db, configured))
    return 0


def _rewards_block(db, configured: CommandSettings) -> str:
    """Reward codes issued and redeemed per day, and the stock left (``kiosk.operator.rewards_text``)."""
    from kiosk.operator.booth_setup import load_booth, local_day, reward_event
    from kiosk.operator.rewards_text import summary_block

    settings, booth = configured.settings, load_booth(configured.path)
    today = local_day(settings.timezone)()
    return summary_block(db, reward_event(settings, booth.config), booth.config.rewards, today)


def run_report(args: argparse.Namespace, configured: CommandSettings) -> int:
    from kiosk.results.readable import zone_label
    from kiosk.results.reports import ReportFilter, summarize

    if args.pdf.is_dir():
        return _fail(f"{args.pdf} is a folder: name the file to write, like {args.pdf / 'report.pdf'}")

    try:
        zone, db = _zone_and_database(args, configured)
    except (ValueError, LookupError) as exc:
        return _fail(str(exc))
    unknown = _unknown_event(db, args.event)
    if unknown:
        return _fail(unknown)
    language = _words_language(db, args.language, configured) or "en"
    flt = ReportFilter(since=args.since, until=args.until, event=args.event, zone=zone)
    summary = summarize(db, flt, language)
    _progress_line(f"drawing the report of {summary.visits} visits", True)
    # Only now Qt: the other results commands never load it.
    from kiosk.ui.report_pdf import write_report_offscreen

    try:
        path = write_report_offscreen(summary, args.pdf, language=language, zone_label=zone_label(zone))
    except OSError as exc:
        return _fail(f"cannot write {args.pdf}: {exc}")
    print(path)
    return 0


def _words_language(db, given: str | None, configured: CommandSettings) -> str | None:
    """The language reports name things in: the option, else the settings file's, else the commonest."""
    from kiosk.results.words import main_language

    return given or configured.settings.language or main_language(db)


def run_export(args: argparse.Namespace, configured: CommandSettings) -> int:
    from kiosk.results.export import export_tables

    try:
        zone, db = _zone_and_database(args, configured)
    except (ValueError, LookupError) as exc:
        return _fail(str(exc))

    def progress(table: str, done: int, total: int) -> None:
        _progress_line(f"exporting {table}: {done}/{total} rows", done == total)

    try:
        paths = export_tables(db, args.out, args.fmt, progress, zone)
    except OSError as exc:
        return _fail(f"cannot write the export: {exc}")
    for path in paths:
        print(path)
    return 0


def _merge_line(report) -> str:
    if report.error:
        return f"{report.error}: refused, nothing from this file was merged"
    parts = [
        f"{report.source}: added {report.visits} visits, {report.answers} answers, "
        f"{report.quiz_results} quiz results"
    ]
    if report.ended:
        parts.append(f"filled in the end of {report.ended} visits")
    if report.tidied:
        parts.append(
            f"took this file's copy of {report.tidied} question and choice texts, without an older kiosk's spaces"
        )
    conflicts = {table: n for table, n in report.conflicts.items() if n}
    if conflicts:
        listed = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in conflicts.items())
        parts.append(
            f"kept {sum(conflicts.values())} conflicting rows as they were ({listed}: same id, other content)"
        )
    if report.purged:
        parts.append(f"left out {report.purged} rows older than the output's purge horizon")
    if report.older_visits:
        parts.append(
            f"note: this file was purged before {report.input_horizon}, but the output still holds"
            f" {report.older_visits} visits from before then (`kiosk results purge --before"
            f" {report.input_horizon} --db OUTPUT` removes them too)"
        )
    return "; ".join(parts)


def run_merge(args: argparse.Namespace, configured: CommandSettings | None) -> int:
    from kiosk.results.merge import MergeError, merge_databases

    total = len(args.sources)
    seen: list[Path] = []

    def progress(source: Path, table: str) -> None:
        if source not in seen:
            seen.append(source)
        _progress_line(f"merging {len(seen)}/{total}: {source.name} ({table})", False)

    try:
        reports = merge_databases(args.sources, args.out, progress)
    except MergeError as exc:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        return _fail(str(exc))
    refused = [report for report in reports if report.error]
    _progress_line(f"merged {total - len(refused)} of {total} database(s) into {args.out}", True)
    for report in reports:
        print(_merge_line(report), file=sys.stderr if report.error else sys.stdout)
    return 1 if refused else 0


def run_purge(args: argparse.Namespace, configured: CommandSettings | None) -> int:
    import sqlite3

    from kiosk.results.purge import count_purgeable, purge

    where = args.db or configured.database  # (settings are read only when --db is not given)
    try:
        db = _open_existing(where, writing=not args.dry_run)
    except LookupError as exc:
        return _fail(str(exc))
    try:
        if args.dry_run:
            report = count_purgeable(db, args.before)
            verb = "would delete"
        else:
            report = purge(db, args.before)
            verb = "deleted"
    except sqlite3.OperationalError as exc:
        # Most likely the kiosk is writing at this moment (VACUUM needs the file to itself). Purging is
        # idempotent, so running it again finishes whatever was left.
        return _fail(f"could not finish purging {where}: {exc}; run the command again")
    print(
        f"{verb} {report.visits} visits, {report.answers} answers and {report.quiz_results} quiz results "
        f"from before {report.before.isoformat()}"
    )
    if report.lingering:
        # The rows are deleted and the horizon recorded, but the file cannot be shown clean yet.
        return _fail(f"purged, but not verified: {report.lingering}. Close it and run the command again")
    if not args.dry_run:
        print("checked: the deleted rows are gone from the file; merges will not bring them back")
    return 0


def run_demo(args: argparse.Namespace, configured: CommandSettings | None) -> int:
    from kiosk.commands.demo import bundled_pack
    from kiosk.commands.demo import run_demo as play
    from kiosk.results.store import ResultsStore

    pack, load = bundled_pack(args.lessons)
    if not pack.lessons:
        return _fail(f"{pack.root}: no lessons to play")
    store = ResultsStore.open(args.db)
    if store.db is None:
        return _fail(f"cannot open {args.db}: {store.health().last_error}")

    def progress(done: int, total: int) -> None:
        if done == total or done % 1000 < 200:
            _progress_line(f"demo visits: {done}/{total}", done == total)

    try:
        report = play(
            store,
            args.visits,
            seed=args.seed,
            pack=pack,
            load_lesson=load,
            first_day=args.first_day,
            days=args.days,
            kiosk_name=args.kiosk_name,
            event_label=args.event,
            progress=progress,
        )
    finally:
        store.close()
    print(
        f"{args.db}: {report.visits} visits, {report.answers} answers, {report.quiz_results} quiz results "
        f"over {len(report.lessons)} lessons"
    )
    return 0
