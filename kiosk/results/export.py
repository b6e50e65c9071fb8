"""Getting results out: one CSV or JSON file per table, and a consistent copy of the SQLite file.

CSV files start with a UTF-8 byte order mark, which is what makes Excel read Chinese text correctly.
Each answer carries its visit's kiosk name and event label, so the files need no joining; a CSV
export adds ``answers_readable.csv``, the answers in words and local time (kiosk.results.readable).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from kiosk.results.schema import COLUMNS, TABLES

if TYPE_CHECKING:
    from datetime import tzinfo

#: called as progress(table, rows_done, rows_total) while a long export runs
Progress = Callable[[str, int, int], None]

FORMATS = ("csv", "json")

#: columns holding 0/1 that JSON shows as true/false
BOOLEAN_COLUMNS = {"correct", "passed"}

# A cell starting with one of these is run as a formula by spreadsheets ("CSV injection"); event labels
# and kiosk names are typed by people, so such cells get a leading apostrophe, as OWASP advises.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


#: columns an export adds to a table, taken from the row's visit (empty when the visit is missing)
VISIT_COLUMNS: dict[str, tuple[str, ...]] = {"answers": ("kiosk_name", "event_label")}


def export_columns(table: str) -> tuple[str, ...]:
    """The columns of ``table``'s export file, in order."""
    return COLUMNS[table] + VISIT_COLUMNS.get(table, ())


def _rows(db: Database, table: str, batch: int = 5000) -> Iterator[tuple]:
    picked = ", ".join(f"t.{column}" for column in COLUMNS[table])
    picked += "".join(f", ifnull(v.{column}, '')" for column in VISIT_COLUMNS.get(table, ()))
    join = " LEFT JOIN visits AS v ON v.id = t.visit_id" if table in VISIT_COLUMNS else ""
    cursor = db.execute(f"SELECT {picked} FROM {table} AS t{join} ORDER BY t.rowid")
    while chunk := cursor.fetchmany(batch):
        yield from chunk


def csv_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def export_tables(
    db: Database,
    out_dir: Path,
    fmt: str = "csv",
    progress: Progress | None = None,
    zone: tzinfo | None = None,
) -> list[Path]:
    """Write ``visits``, ``answers`` and ``quiz_results`` as ``<table>.<fmt>`` files in ``out_dir``.

    A CSV export also writes ``answers_readable.csv``, its dates and times in ``zone`` (None: this
    computer's own zone).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        total = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        path = out_dir / f"{table}.{fmt}"
        writer = _write_csv if fmt == "csv" else _write_json
        writer(db, table, path, total, progress)
        written.append(path)
    if fmt == "csv":
        from kiosk.results.readable import write_readable_answers

        written.append(write_readable_answers(db, out_dir / "answers_readable.csv", zone, progress))
    return written


def _write_csv(db: Database, table: str, path: Path, total: int, progress: Progress | None) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(export_columns(table))
        for done, row in enumerate(_rows(db, table), start=1):
            writer.writerow([csv_cell(value) for value in row])
            if progress is not None and done % 50_000 == 0:
                progress(table, done, total)
    if progress is not None:
        progress(table, total, total)


def _write_json(db: Database, table: str, path: Path, total: int, progress: Progress | None) -> None:
    columns = export_columns(table)
    flags = [column in BOOLEAN_COLUMNS for column in columns]
    # Written row by row rather than json.dump of one list, so a million answers never sit in memory.
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("[")
        for done, row in enumerate(_rows(db, table), start=1):
            record = {
                column: (bool(value) if flag and value is not None else value)
                for column, flag, value in zip(columns, flags, row, strict=True)
            }
            handle.write(("\n  " if done == 1 else ",\n  ") + json.dumps(record, ensure_ascii=False))
            if progress is not None and done % 50_000 == 0:
                progress(table, done, total)
        handle.write("\n]\n" if total else "]\n")
    if progress is not None:
        progress(table, total, total)


def copy_database(source: Database | sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of a live database, taken with SQLite's online backup API (WAL included)."""
    conn = source.conn if isinstance(source, Database) else source
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target
