"""Exporting from the console: CSV files and a consistent SQLite copy in a new, dated folder.

Uses ``kiosk.results.export`` for the files themselves; this adds the folder naming, the row counts
the operator sees afterwards, and a flush to the drive so a USB stick can be pulled out safely.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.results.export import copy_database, export_tables
from kiosk.results.schema import TABLES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    size: int  # bytes
    rows: int | None  # rows of the table it holds (None for the database copy)


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    files: tuple[WrittenFile, ...]
    rows: dict[str, int]  # table -> rows exported


def export_folder_name(now: datetime, kiosk_name: str = "") -> str:
    """``cyber-kiosk-results[-<kiosk>]-YYYYMMDD-HHMMSS``: sorts by time, safe on FAT-formatted sticks."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", kiosk_name).strip("-")[:40]
    return "-".join(part for part in ("cyber-kiosk-results", safe, now.strftime("%Y%m%d-%H%M%S")) if part)


#: writes one more file (the printable report) from the database into the export folder
ExtraFile = Callable[[Database, Path], Path]


def export_results(
    source: Path | Database,
    target_root: Path,
    now: datetime,
    kiosk_name: str = "",
    extra: ExtraFile | None = None,
) -> ExportReport:
    """Write visits/answers/quiz_results CSV files and ``results.sqlite`` into a new folder in ``target_root``.

    ``source`` is the database file (opened here with its own connection, so this may run on a worker thread) or an
    open Database (an in-memory store, used on its own thread). ``extra`` adds a file of its own making
    (the console passes the PDF report's writer, which needs Qt and so cannot live in this layer).
    """
    folder = Path(target_root) / export_folder_name(now, kiosk_name)
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = Path(target_root) / f"{export_folder_name(now, kiosk_name)}-{suffix}"
    folder.mkdir(parents=True)
    own = not isinstance(source, Database)
    db = Database(sqlite3.connect(str(source))) if own else source
    try:
        rows = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
        csv_files = export_tables(db, folder, "csv")
        copy = copy_database(db, folder / "results.sqlite")
        if extra is not None:
            try:
                csv_files.append(extra(db, folder))
            except (OSError, RuntimeError, ValueError, sqlite3.Error) as exc:
                # The data is exported; only the printed report is missing, and the list of files says so.
                log.error("export: the extra file could not be written: %s", exc)
    finally:
        if own:
            db.close()
    files = [WrittenFile(path, path.stat().st_size, rows.get(path.stem)) for path in csv_files]
    files.append(WrittenFile(copy, copy.stat().st_size, None))
    _flush_to_disk([f.path for f in files])
    return ExportReport(folder, tuple(files), rows)


def _flush_to_disk(paths: list[Path]) -> None:
    # A stick pulled out straight after "Exported" must still hold the files: push them to the device.
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
