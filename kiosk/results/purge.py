"""Retention: delete results older than a date, remember it, and check the deleted rows left the file.

Each purge is recorded in the ``purges`` table; the latest date is the file's purge horizon, and a
merge never brings back anything older (kiosk.results.merge). After deleting, the file is compacted
and checked from a fresh connection: the rows must be gone, and no old copy of a page may remain in
the write-ahead log or in free pages. When another program keeps a snapshot open, that cannot be
done, and the report says so instead of claiming success.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from kiosk.results.merge import WORDS_KEPT


@dataclass(frozen=True)
class PurgeReport:
    before: date
    visits: int
    answers: int
    quiz_results: int
    #: why deleted rows may still be in the file ("" when the file was checked and they are gone)
    lingering: str = ""


def _where(before: date) -> tuple[dict[str, str], str]:
    day = before.isoformat()
    old_visits = "SELECT id FROM visits WHERE started_at < :day"
    # A visit that started before the date goes with everything recorded in it; answers and quiz
    # results older than the date go too, even if their visit row is missing. Merge leaves out rows
    # older than the horizon by the same rule.
    return {
        "answers": f"answered_at < :day OR visit_id IN ({old_visits})",
        "quiz_results": f"finished_at < :day OR visit_id IN ({old_visits})",
        "visits": "started_at < :day",
    }, day


def _count(conn: sqlite3.Connection, before: date) -> dict[str, int]:
    where, day = _where(before)
    return {
        table: conn.execute(f"SELECT count(*) FROM {table} WHERE {clause}", {"day": day}).fetchone()[0]
        for table, clause in where.items()
    }


def count_purgeable(db: Database, before: date) -> PurgeReport:
    counts = _count(db.conn, before)
    return PurgeReport(before, counts["visits"], counts["answers"], counts["quiz_results"])


def purge(db: Database, before: date, *, vacuum: bool = True) -> PurgeReport:
    """Delete every visit that started before ``before`` (UTC day) with its answers and quiz results.

    The purge is recorded (its date becomes the horizon merges respect). With ``vacuum`` the file is
    rebuilt and checked afterwards; ``lingering`` in the report says when the check failed.
    """
    where, day = _where(before)
    counts = {}
    # Freed pages are overwritten with zeros, so deleted text does not survive even without VACUUM.
    db.execute("PRAGMA secure_delete = ON")
    with db.atomic():
        # Children first: their condition looks at the visits that are about to go.
        for table in ("answers", "quiz_results", "visits"):
            counts[table] = db.conn.execute(
                f"DELETE FROM {table} WHERE {where[table]}", {"day": day}
            ).rowcount
        # Words that no remaining answer refers to, first shown before the date, go too (questions
        # shown since then stay: the kiosk may be showing them now). Merge keeps them out by the same rule.
        if "question_words" in db.table_names():
            for table in ("question_words", "choice_words", "lesson_words"):
                kept = WORDS_KEPT[table].format(w=table).replace("main.", "")
                db.conn.execute(f"DELETE FROM {table} WHERE NOT ({kept})", {"horizon": day})
        db["purges"].insert(
            {
                "before": day,
                "purged_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                **counts,
            }
        )
    lingering = _compact_and_verify(db, before) if vacuum else ""
    return PurgeReport(before, counts["visits"], counts["answers"], counts["quiz_results"], lingering)


def _compact_and_verify(db: Database, before: date) -> str:
    db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    db.vacuum()
    busy, frames, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    file = db.execute("PRAGMA database_list").fetchone()[2]
    if not file:
        return ""  # in memory: nothing on disk to check
    path = Path(file)
    # WAL mode: old copies of the pages stay in the main file until a checkpoint can overwrite them,
    # which another program's open read transaction prevents.
    wal = path.with_name(path.name + "-wal")
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    if busy or frames > 0 or wal_bytes > 0:
        return (
            "another program (the kiosk, a backup, a database viewer) has the database open, so old copies"
            " of the deleted rows are still in the file"
        )
    with sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True) as check:
        left = _count(check, before)
        (free,) = check.execute("PRAGMA freelist_count").fetchone()
    check.close()
    if any(left.values()):
        return f"the file still holds {sum(left.values())} rows from before {before.isoformat()}"
    if free:
        return f"{free} free pages in the file may still hold deleted rows"
    return ""
