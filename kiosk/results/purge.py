"""Retention: delete results older than a date, and make sure the deleted rows leave the file too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database


@dataclass(frozen=True)
class PurgeReport:
    before: date
    visits: int
    answers: int
    quiz_results: int


def _where(before: date) -> tuple[dict[str, str], str]:
    day = before.isoformat()
    old_visits = "SELECT id FROM visits WHERE started_at < :day"
    # A visit that started before the date goes with everything recorded in it; answers and quiz
    # results older than the date go too, even if their visit row is missing.
    return {
        "answers": f"answered_at < :day OR visit_id IN ({old_visits})",
        "quiz_results": f"finished_at < :day OR visit_id IN ({old_visits})",
        "visits": "started_at < :day",
    }, day


def count_purgeable(db: Database, before: date) -> PurgeReport:
    where, day = _where(before)
    counts = {
        table: db.execute(f"SELECT count(*) FROM {table} WHERE {clause}", {"day": day}).fetchone()[0]
        for table, clause in where.items()
    }
    return PurgeReport(before, counts["visits"], counts["answers"], counts["quiz_results"])


def purge(db: Database, before: date, *, vacuum: bool = True) -> PurgeReport:
    """Delete every visit that started before ``before`` (UTC day) with its answers and quiz results.

    With ``vacuum`` the file is rebuilt afterwards, so the deleted rows do not linger in free pages.
    """
    where, day = _where(before)
    counts = {}
    with db.atomic():
        # Children first: their condition looks at the visits that are about to go.
        for table in ("answers", "quiz_results", "visits"):
            counts[table] = db.conn.execute(
                f"DELETE FROM {table} WHERE {where[table]}", {"day": day}
            ).rowcount
    if vacuum:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.vacuum()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return PurgeReport(before, counts["visits"], counts["answers"], counts["quiz_results"])
