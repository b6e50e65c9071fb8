"""The schema: built by sqlite-utils Migrations, upgraded in place, with the indexes the reports use."""

from __future__ import annotations

from pathlib import Path

from results_helpers import known_data_set, stats_match_answers, visit_lessons_match
from sqlite_utils import Database

from kiosk.results.schema import MIGRATIONS, TABLES, is_results_database, migrate
from kiosk.results.store import ResultsStore


def test_migrations_are_recorded_and_run_once() -> None:
    db = Database(memory=True)
    migrate(db)
    migrate(db)
    assert [m.name for m in MIGRATIONS.applied(db)] == [
        "m001_initial",
        "m002_answer_stats",
        "m003_visit_lessons",
        "m004_purges",
        "m005_words",
        "m006_rewards",
        "m007_words_without_cjk_gaps",
    ]
    assert MIGRATIONS.pending(db) == []
    assert is_results_database(db)
    assert set(TABLES) <= set(db.table_names())


def test_a_database_from_before_the_running_totals_is_upgraded_and_backfilled(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(path)
    MIGRATIONS.apply(old, stop_before="m002_answer_stats")
    assert "answer_stats" not in old.table_names()
    old.close()
    # Record into it the way an older kiosk would have (no running totals yet).
    store = ResultsStore(path)
    store._db = Database(path)
    known_data_set(store)
    store.close()
    assert "answer_stats" not in Database(path).table_names()

    upgraded = ResultsStore.open(path)
    assert upgraded.db is not None
    assert stats_match_answers(upgraded.db.conn)
    assert visit_lessons_match(upgraded.db.conn)
    assert upgraded.db.execute("SELECT sum(answers) FROM answer_stats").fetchone() == (9,)


def test_the_correct_rate_reads_the_running_totals_by_key() -> None:
    store = ResultsStore.open(None)
    known_data_set(store)
    assert store.db is not None
    plan = " ".join(
        row[3]
        for row in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT total(answers) FROM answer_stats WHERE lesson_id = 'x' AND question_id = 'y'"
        )
    )
    assert "SEARCH answer_stats" in plan
