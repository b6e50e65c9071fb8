"""Getting results out: one CSV or JSON file per table, and a consistent copy of the SQLite file.

CSV files start with a UTF-8 byte order mark, which is what makes Excel read Chinese text correctly.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlite_utils import Database

from kiosk.results.schema import COLUMNS, TABLES

#: called as progress(table, rows_done, rows_total) while a long export runs
Progress = Callable[[str, int, int], None]

FORMATS = ("csv", "json")

#: columns holding 0/1 that JSON shows as true/false
BOOLEAN_COLUMNS = {"correct", "passed"}

# A cell starting with one of these is run as a formula by spreadsheets ("CSV injection"); event labels
# and kiosk names are typed by people, so such cells get a leading apostrophe, as OWASP advises.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _rows(db: Database, table: str, batch: int = 5000) -> Iterator[tuple]:
    cursor = db.execute(f"SELECT {', '.join(COLUMNS[table])} FROM {table} ORDER BY rowid")
    while chunk := cursor.fetchmany(batch):
        yield from chunk


def _csv_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def export_tables(
    db: Database, out_dir: Path, fmt: str = "csv", progress: Progress | None = None
) -> list[Path]:
    """Write ``visits``, ``answers`` and ``quiz_results`` as ``<table>.<fmt>`` files in ``out_dir``."""
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
    return written


def _write_csv(db: Database, table: str, path: Path, total: int, progress: Progress | None) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS[table])
        for done, row in enumerate(_rows(db, table), start=1):
            writer.writerow([_csv_cell(value) for value in row])
            if progress is not None and done % 50_000 == 0:
                progress(table, done, total)
    if progress is not None:
        progress(table, total, total)


def _write_json(db: Database, table: str, path: Path, total: int, progress: Progress | None) -> None:
    columns = COLUMNS[table]
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
