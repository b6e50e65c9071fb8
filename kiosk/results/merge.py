"""Combine the results databases of several kiosks or classrooms into one, without trusting any of them.

Every row has a random id, so rows from different kiosks never clash, and a row already in the output
is never rewritten: answers and quiz results are insert-only, a visit's kiosk name, event label and
start stay as first merged, and an incoming end only fills in a visit that had none (a copy taken
mid-visit, then the finished file). A row that reuses an id with different content is a conflict:
counted, reported, and left out. Nothing older than the output's purge horizon comes back.

Each input is checked before any of its rows is read (real tables of the kiosk's shape, a schema this
kiosk knows, valid ids and times) and merged in one transaction: all of it, or none of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from kiosk.results.cjk import close_cjk_gaps, only_hint_gaps_removed
from kiosk.results.schema import COLUMNS, TABLES, WORDS_KEYS, WORDS_TABLES, migrate, purge_horizon
from kiosk.results.validate import (
    RefusedDatabase,
    check_rows,
    has_words,
    read_schema,
    refuse_newer,
)

#: called as progress(source, table) before each table of each source is merged
MergeProgress = Callable[[Path, str], None]


class MergeError(Exception):
    """An input or the output cannot be used; the message names the file and says why."""


@dataclass(frozen=True)
class MergeReport:
    """What one input did to the output; ``error`` set means it was refused and nothing was merged."""

    source: Path
    visits: int = 0  # rows added
    answers: int = 0
    quiz_results: int = 0
    ended: int = 0  # visits already in the output that this input gave their missing end
    #: question and choice texts in the output replaced by this input's copy without an older kiosk's gaps
    tidied: int = 0
    conflicts: dict[str, int] = field(default_factory=dict)  # per table: ids reused with other content
    purged: int = 0  # rows left out because they are older than the output's purge horizon
    #: the input's own purge horizon when the output still holds visits from before it (else "")
    input_horizon: str = ""
    older_visits: int = 0  # how many such visits the output holds
    error: str = ""

    @property
    def merged(self) -> bool:
        return not self.error


# Which rows a merge leaves out because the output was purged before ``:horizon`` ('' when never):
# the same rule purge deletes by (kiosk.results.purge), so what it deleted does not come back.
_OLD_VISITS = "SELECT id FROM source.visits WHERE started_at < :horizon"
_KEEP = {
    "visits": "s.started_at >= :horizon",
    "answers": f"s.answered_at >= :horizon AND s.visit_id NOT IN ({_OLD_VISITS})",
    "quiz_results": f"s.finished_at >= :horizon AND s.visit_id NOT IN ({_OLD_VISITS})",
}
# What makes two copies of a visit the same visit; the end may differ (one copy is older).
_VISIT_FIXED = ("started_at", "language", "kiosk_name", "event_label")


def _same(columns: Sequence[str]) -> str:
    return " AND ".join(f"s.{column} IS m.{column}" for column in columns)


def _conflicts_sql(table: str) -> str:
    if table == "visits":
        differs = (
            f"NOT ({_same(_VISIT_FIXED)}) OR (m.ended_at IS NOT NULL AND s.ended_at IS NOT NULL"
            " AND NOT (s.ended_at IS m.ended_at AND s.ended_how IS m.ended_how))"
        )
    else:
        differs = f"NOT ({_same(COLUMNS[table][1:])})"
    return (
        f"SELECT count(*) FROM source.{table} AS s JOIN main.{table} AS m ON m.id = s.id"
        f" WHERE {_KEEP[table]} AND ({differs})"
    )


# An end arriving for a visit the output holds still open, from a copy that agrees on everything else.
_FILL_ENDS = (
    "UPDATE main.visits AS m SET ended_at = s.ended_at, ended_how = s.ended_how FROM source.visits AS s"
    f" WHERE s.id = m.id AND m.ended_at IS NULL AND s.ended_at IS NOT NULL AND {_same(_VISIT_FIXED)}"
)


def _insert_sql(table: str) -> str:
    names = ", ".join(COLUMNS[table])
    picked = ", ".join(f"s.{column}" for column in COLUMNS[table])
    return (
        f"INSERT INTO main.{table} ({names}) SELECT {picked} FROM source.{table} AS s"
        f" WHERE {_KEEP[table]} ON CONFLICT (id) DO NOTHING"
    )


# Words (schema m005) are the lessons' own text, keyed on the question version and language. A version
# already in the output keeps its words; the same key with other words is a conflict, counted and left
# out. Texts that differ only in whitespace are the same words, not a conflict: a kiosk before
# session 8's fix stored the screen's line-break hints as spaces ("怎 么 办", "Wi - Fi"), and a version
# (its content hash) is the same text whoever recorded it. Of two such copies the output keeps the one
# recorded without the hints: the input's, when it is the output's with gaps taken out only where a
# hint may have stood (never inside "Which password"). Texts come in without whitespace between two
# CJK characters (schema m007), so an older kiosk's "怎 么 办" arrives as "怎么办".
# ``first_shown`` becomes the earliest of the copies, whatever the order of the merges. Words older
# than the output's purge horizon come in only while an answer in the output still refers to them
# (kiosk.results.purge deletes them by the same rule, WORDS_KEPT).
WORDS_KEPT = {
    "question_words": (
        "{w}.first_shown >= :horizon OR EXISTS (SELECT 1 FROM main.answers AS a"
        " WHERE a.lesson_id = {w}.lesson_id AND a.question_id = {w}.question_id"
        " AND ifnull(a.question_hash, '') = {w}.question_hash)"
    ),
    "choice_words": (
        "EXISTS (SELECT 1 FROM main.question_words AS q WHERE q.lesson_id = {w}.lesson_id"
        " AND q.question_id = {w}.question_id AND q.question_hash = {w}.question_hash"
        " AND q.language = {w}.language)"
    ),
    "lesson_words": (
        "{w}.first_shown >= :horizon OR EXISTS (SELECT 1 FROM main.answers AS a"
        " WHERE a.lesson_id = {w}.lesson_id)"
    ),
}


def _words_content(table: str) -> tuple[str, ...]:
    return tuple(c for c in COLUMNS[table] if c not in WORDS_KEYS[table] and c != "first_shown")


#: SQL names, on the output's connection during a merge, of close_cjk_gaps, of a text without any
#: whitespace (what two copies of the same words have in common) and of only_hint_gaps_removed
_CLOSE, _BARE, _TIDIER = "kiosk_close_cjk_gaps", "kiosk_bare_words", "kiosk_only_hint_gaps_removed"
#: the words columns that hold text (the rest are ids, positions, flags and times)
_TEXTS = frozenset({"title", "text"})


def _closed(value: object) -> object:
    return close_cjk_gaps(value) if isinstance(value, str) else value


def _bare(value: object) -> object:
    return "".join(value.split()) if isinstance(value, str) else value


def _tidier(spaced: object, tidy: object) -> bool:
    return isinstance(spaced, str) and isinstance(tidy, str) and only_hint_gaps_removed(spaced, tidy)


def _same_words(columns: Sequence[str], a: str = "s", b: str = "m") -> str:
    return " AND ".join(
        f"{_BARE}({a}.{c}) IS {_BARE}({b}.{c})" if c in _TEXTS else f"{a}.{c} IS {b}.{c}" for c in columns
    )


def _words_on(table: str) -> str:
    return " AND ".join(f"m.{column} = s.{column}" for column in WORDS_KEYS[table])


def _words_conflicts_sql(table: str) -> str:
    content = _words_content(table)
    if not content:
        return "SELECT 0"
    return (
        f"SELECT count(*) FROM source.{table} AS s JOIN main.{table} AS m ON {_words_on(table)}"
        f" WHERE NOT ({_same_words(content)})"
    )


def _words_tidy_sql(table: str) -> str:
    """Take the input's text for a version the output holds with the hints' gaps in it."""
    return (
        f"UPDATE main.{table} AS m SET text = {_CLOSE}(s.text) FROM source.{table} AS s"
        f" WHERE {_words_on(table)} AND {_same_words(_words_content(table))}"
        f" AND {_TIDIER}(m.text, {_CLOSE}(s.text))"
    )


# A version's choices come only with the question they belong to (the same text in the output) and
# only while the output has none for it: a file cannot slip an extra choice into a version it holds.
def _version(a: str, b: str) -> str:
    return " AND ".join(f"{a}.{c} = {b}.{c}" for c in WORDS_KEYS["question_words"])


_CHOICES_JOIN = (
    f"EXISTS (SELECT 1 FROM main.question_words AS q JOIN source.question_words AS sq"
    f" ON {_version('sq', 'q')} WHERE {_version('q', 's')} AND {_BARE}(q.text) = {_BARE}(sq.text))"
    f" AND NOT EXISTS (SELECT 1 FROM main.choice_words AS c WHERE {_version('c', 's')})"
)


def _words_insert_sql(table: str) -> str:
    names = ", ".join(COLUMNS[table])
    picked = ", ".join(f"{_CLOSE}(s.{c})" if c in _TEXTS else f"s.{c}" for c in COLUMNS[table])
    key = ", ".join(WORDS_KEYS[table])
    kept = WORDS_KEPT[table].format(w="s")
    if table == "choice_words":
        return (
            f"INSERT INTO main.{table} ({names}) SELECT {picked} FROM source.{table} AS s"
            f" WHERE {kept} AND {_CHOICES_JOIN} ON CONFLICT ({key}) DO NOTHING"
        )
    same = _same_words(_words_content(table), "excluded", table) or "true"
    return (
        f"INSERT INTO main.{table} ({names}) SELECT {picked} FROM source.{table} AS s WHERE {kept}"
        f" ON CONFLICT ({key}) DO UPDATE SET first_shown = excluded.first_shown"
        f" WHERE excluded.first_shown < {table}.first_shown AND {same}"
    )


def _purged_sql(table: str) -> str:
    return f"SELECT count(*) FROM source.{table} AS s WHERE NOT ({_KEEP[table]})"


def open_output(out: Path) -> Database:
    """Open (creating if needed) the output; refuse another application's database or a newer schema."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        # A URI connection, so that ATTACH below can open each source read-only.
        conn = sqlite3.connect(f"file:{quote(str(out.resolve()))}", uri=True)
    except (OSError, sqlite3.Error) as exc:
        raise MergeError(f"{out}: cannot open it ({exc})") from None
    try:
        try:
            info = read_schema(conn)
            refuse_newer(info, str(out))
        except sqlite3.DatabaseError as exc:
            raise MergeError(f"{out}: not a readable SQLite database ({exc}); nothing was merged") from None
        except RefusedDatabase as exc:
            raise MergeError(f"{out}: {exc}; refusing to write into it, nothing was merged") from None
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL, unlike the kiosk's FULL: a power cut may lose the last merged source but never corrupts
        # the file, and merging is idempotent, so running the command again completes it.
        conn.execute("PRAGMA synchronous = NORMAL")
        db = Database(conn)
        migrate(db)
    except MergeError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise MergeError(f"{out}: cannot prepare it for merging ({exc}); nothing was merged") from None
    return db


def _source_horizon(conn: sqlite3.Connection) -> str:
    """The input's purge horizon ("" if none), read only from a real ``purges`` table of plain columns."""
    kind = conn.execute("SELECT type FROM source.sqlite_master WHERE name = 'purges'").fetchone()
    if kind != ("table",):
        return ""
    columns = {row[1]: row for row in conn.execute("PRAGMA source.table_xinfo(purges)")}
    if "before" not in columns or any(row[6] for row in columns.values()):
        return ""
    (day,) = conn.execute(
        "SELECT max(before) FROM source.purges WHERE typeof(before) = 'text'"
        " AND before GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    ).fetchone()
    return day or ""


def _check_source(conn: sqlite3.Connection, source: Path) -> bool:
    """Check the input's tables and rows; True when it has words tables (an older kiosk's has not)."""
    info = read_schema(conn, "source")
    if info.empty:
        raise RefusedDatabase("not a Cyber Kiosk results database (it is empty)")
    refuse_newer(info, "it")  # read_schema has checked the tables of a schema this kiosk knows
    words = has_words(info)
    for table in TABLES + (WORDS_TABLES if words else ()):
        check_rows(conn, "source", table)
    return words


def merge_into(db: Database, source: Path, progress: MergeProgress | None = None) -> MergeReport:
    """Merge one results database file into the open output ``db``, all of it or (raising) none of it."""
    source = Path(source)
    if not source.is_file():
        raise MergeError(f"{source}: no such file")
    main_file = db.execute("PRAGMA database_list").fetchone()[2]
    if main_file and Path(main_file).resolve() == source.resolve():
        raise MergeError(f"{source}: is the output database itself")
    conn = db.conn
    try:
        conn.execute("ATTACH DATABASE ? AS source", (f"file:{quote(str(source.resolve()))}?mode=ro",))
    except sqlite3.DatabaseError as exc:
        raise MergeError(f"{source}: not a readable SQLite database ({exc})") from None
    conn.create_function(_CLOSE, 1, _closed, deterministic=True)
    conn.create_function(_BARE, 1, _bare, deterministic=True)
    conn.create_function(_TIDIER, 2, _tidier, deterministic=True)
    try:
        words = _check_source(conn, source)
        horizon = {"horizon": purge_horizon(db) or ""}
        # An input purged later than the output: the output may still hold what the input let go.
        input_horizon = _source_horizon(conn)
        older = 0
        if input_horizon > horizon["horizon"]:
            older = conn.execute(
                "SELECT count(*) FROM main.visits WHERE started_at < ?", (input_horizon,)
            ).fetchone()[0]
        added, conflicts, purged, ended, tidied = {}, {}, 0, 0, 0
        with db.atomic():
            for table in TABLES:
                if progress is not None:
                    progress(source, table)
                conflicts[table] = conn.execute(_conflicts_sql(table), horizon).fetchone()[0]
                purged += conn.execute(_purged_sql(table), horizon).fetchone()[0]
                if table == "visits":
                    ended = conn.execute(_FILL_ENDS).rowcount
                # rowcount (sqlite3_changes) counts this statement's rows, not the triggers' ones.
                added[table] = conn.execute(_insert_sql(table), horizon).rowcount
            # Words after the answers: old words come in only for answers the output now holds.
            for table in ("question_words", "choice_words", "lesson_words") if words else ():
                if progress is not None:
                    progress(source, table)
                clashes = conn.execute(_words_conflicts_sql(table)).fetchone()[0]
                if clashes:
                    conflicts[table] = clashes
                conn.execute(_words_insert_sql(table), horizon)
                if table != "lesson_words":  # (a title is part of its key: another title, another row)
                    tidied += conn.execute(_words_tidy_sql(table)).rowcount
    except RefusedDatabase as exc:
        raise MergeError(f"{source}: {exc}") from None
    except sqlite3.Error as exc:
        raise MergeError(f"{source}: cannot be read as a results database ({exc})") from None
    finally:
        conn.execute("DETACH DATABASE source")
    return MergeReport(
        source,
        visits=added["visits"],
        answers=added["answers"],
        quiz_results=added["quiz_results"],
        ended=ended,
        tidied=tidied,
        conflicts=conflicts,
        purged=purged,
        input_horizon=input_horizon if older else "",
        older_visits=older,
    )


def merge_databases(
    sources: Sequence[Path], out: Path, progress: MergeProgress | None = None
) -> list[MergeReport]:
    """Merge every source into ``out`` (created if missing; existing rows are kept), one report each.

    A refused source is reported with its ``error`` and leaves the output as it was; the others merge.
    Raises MergeError when the output itself cannot be used.
    """
    db = open_output(out)
    reports = []
    try:
        for source in sources:
            try:
                reports.append(merge_into(db, Path(source), progress))
            except MergeError as exc:
                reports.append(MergeReport(Path(source), error=str(exc)))
        return reports
    finally:
        db.close()
