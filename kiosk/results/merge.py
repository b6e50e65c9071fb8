"""Combine the results databases of several kiosks or classrooms into one, safely and repeatably.

Every row has a random UUID key, so rows from different kiosks never clash. When the same row arrives
twice with different content (a copy taken mid-visit, then the finished file), the "greater" version
wins by a fixed rule, so merging is idempotent and the order of the inputs does not matter.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from kiosk.results.schema import COLUMNS, TABLES, migrate

#: called as progress(source, table) before each table of each source is merged
MergeProgress = Callable[[Path, str], None]

# Which version of a row wins, most important column first. A visit that has ended beats the same
# visit still open (ended_at first); after that every column takes part, so any two different rows
# are ordered and the merge is a "max", which is what makes it order-independent.
_PRECEDENCE: dict[str, tuple[str, ...]] = {
    "visits": ("ended_at", "ended_how", *COLUMNS["visits"][1:2], *COLUMNS["visits"][4:]),
    "answers": COLUMNS["answers"][1:],
    "quiz_results": COLUMNS["quiz_results"][1:],
}


class MergeError(Exception):
    """A source cannot be merged (missing, not a results database, or the output itself)."""


@dataclass(frozen=True)
class MergeReport:
    source: Path
    visits: int  # rows added or replaced by a later version
    answers: int
    quiz_results: int


def _rank(prefix: str, columns: Sequence[str]) -> str:
    # NULL sorts below any value; the IS NOT NULL flag keeps NULL apart from an empty string.
    parts = []
    for column in columns:
        parts += [f"{prefix}.{column} IS NOT NULL", f"ifnull({prefix}.{column}, '')"]
    return "(" + ", ".join(parts) + ")"


def _merge_sql(table: str) -> str:
    columns = COLUMNS[table]
    names = ", ".join(columns)
    updates = ", ".join(f"{column} = excluded.{column}" for column in columns[1:])
    precedence = _PRECEDENCE[table]
    return (
        f"INSERT INTO main.{table} ({names}) SELECT {names} FROM source.{table} WHERE true"
        f" ON CONFLICT (id) DO UPDATE SET {updates}"
        f" WHERE {_rank('excluded', precedence)} > {_rank(table, precedence)}"
    )


def open_output(out: Path) -> Database:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # A URI connection, so that ATTACH below can open each source read-only.
    conn = sqlite3.connect(f"file:{quote(str(out.resolve()))}", uri=True)
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL, unlike the kiosk's FULL: a power cut may lose the last merged source but never corrupts
    # the file, and merging is idempotent, so running the command again completes it.
    conn.execute("PRAGMA synchronous = NORMAL")
    db = Database(conn)
    migrate(db)
    return db


def merge_into(db: Database, source: Path, progress: MergeProgress | None = None) -> MergeReport:
    """Merge one results database file into the open output ``db``."""
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
        raise MergeError(f"{source}: not a readable SQLite database ({exc})") from exc
    try:
        try:
            names = {row[0] for row in conn.execute("SELECT name FROM source.sqlite_master")}
        except sqlite3.DatabaseError as exc:
            raise MergeError(f"{source}: not a readable SQLite database ({exc})") from exc
        missing = [table for table in TABLES if table not in names]
        if missing:
            raise MergeError(f"{source}: not a results database (no {', '.join(missing)} table)")
        counts = {}
        with db.atomic():
            for table in TABLES:
                if progress is not None:
                    progress(source, table)
                # rowcount (sqlite3_changes) counts this statement's rows, not the triggers' ones.
                counts[table] = conn.execute(_merge_sql(table)).rowcount
    finally:
        conn.execute("DETACH DATABASE source")
    return MergeReport(source, counts["visits"], counts["answers"], counts["quiz_results"])


def merge_databases(
    sources: Sequence[Path], out: Path, progress: MergeProgress | None = None
) -> list[MergeReport]:
    """Merge every source into ``out`` (created if missing; existing rows are kept)."""
    db = open_output(out)
    try:
        return [merge_into(db, Path(source), progress) for source in sources]
    finally:
        db.close()
