"""The results database's schema, built and upgraded with sqlite-utils' ``Migrations``.

Add a new ``@MIGRATIONS()`` function for every change; never edit one that has shipped, because kiosks
in the field have already recorded that it ran.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("cyber-kiosk-results")

#: the tables a results database holds, in the order they are exported and merged
TABLES: tuple[str, ...] = ("visits", "answers", "quiz_results")

#: columns of each table, in schema order (merge and export rely on this order)
COLUMNS: dict[str, tuple[str, ...]] = {
    "visits": ("id", "started_at", "ended_at", "ended_how", "language", "kiosk_name", "event_label"),
    "answers": (
        "id",
        "visit_id",
        "lesson_id",
        "question_id",
        "question_hash",
        "chosen",
        "correct",
        "seconds",
        "answered_at",
        "language",
    ),
    "quiz_results": (
        "id",
        "visit_id",
        "lesson_id",
        "score",
        "maximum",
        "passed",
        "finished_at",
        "language",
    ),
}


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    # Times are ISO 8601 UTC text of one fixed width ("2026-11-27T03:41:55.123Z"), so that string
    # order is time order and substr(t, 1, 10) is the UTC day. Keys are random UUIDs, which is what
    # lets databases from several kiosks merge without clashes.
    db["visits"].create(
        {
            "id": str,
            "started_at": str,
            "ended_at": str,
            "ended_how": str,  # finished / idle / abandoned; NULL while the visit is open
            "language": str,
            "kiosk_name": str,  # set by the operator; the only thing that says which machine
            "event_label": str,
        },
        pk="id",
        not_null={"started_at", "language", "kiosk_name", "event_label"},
        strict=True,
    )
    db["answers"].create(
        {
            "id": str,
            "visit_id": str,
            "lesson_id": str,
            "question_id": str,
            "question_hash": str,
            "chosen": str,  # sorted choice ids joined with "," (ids never contain a comma)
            "correct": int,
            "seconds": float,
            "answered_at": str,
            "language": str,
        },
        pk="id",
        not_null={"visit_id", "lesson_id", "question_id", "chosen", "correct", "answered_at"},
        foreign_keys=[("visit_id", "visits", "id")],
        strict=True,
    )
    db["quiz_results"].create(
        {
            "id": str,
            "visit_id": str,
            "lesson_id": str,
            "score": int,
            "maximum": int,
            "passed": int,
            "finished_at": str,
            "language": str,
        },
        pk="id",
        not_null={"visit_id", "lesson_id", "score", "maximum", "passed", "finished_at"},
        foreign_keys=[("visit_id", "visits", "id")],
        strict=True,
    )
    # Covering index for "N% got this right" (lesson, question -> correct) and for the summary's
    # per-question choice counts (-> chosen): both are answered from the index alone.
    db["answers"].create_index(
        ["lesson_id", "question_id", "correct", "chosen"], index_name="answers_by_question"
    )
    db["answers"].create_index(["visit_id"], index_name="answers_by_visit")
    db["answers"].create_index(["answered_at"], index_name="answers_by_time")
    db["visits"].create_index(["started_at"], index_name="visits_by_start")
    db["visits"].create_index(["event_label", "started_at"], index_name="visits_by_event")
    db["quiz_results"].create_index(["lesson_id", "visit_id"], index_name="quiz_results_by_lesson")
    db["quiz_results"].create_index(["visit_id"], index_name="quiz_results_by_visit")


def migrate(db: Database) -> None:
    """Bring ``db`` up to the current schema (a no-op when it already is)."""
    MIGRATIONS.apply(db)


def is_results_database(db: Database) -> bool:
    """True when ``db`` has every results table (whatever else it holds)."""
    names = set(db.table_names())
    return all(table in names for table in TABLES)
