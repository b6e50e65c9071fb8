"""Purge: a visit older than the date goes with all it recorded; newer results stay."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from results_helpers import known_data_set, stats_match_answers, visit_lessons_match

from kiosk.results.purge import count_purgeable, purge
from kiosk.results.store import ResultsStore


def test_purge_before_a_day_removes_older_visits_and_their_records(tmp_path: Path) -> None:
    store = ResultsStore.open(tmp_path / "results.db")
    known_data_set(store)
    assert store.db is not None
    preview = count_purgeable(store.db, date(2026, 11, 3))
    report = purge(store.db, date(2026, 11, 3))
    assert (report.visits, report.answers, report.quiz_results) == (2, 5, 3)
    assert preview == report
    ids = [row[0] for row in store.db.execute("SELECT id FROM visits ORDER BY id")]
    assert ids == ["v3", "v4"]
    assert store.db["answers"].count == 4
    assert store.db["quiz_results"].count == 1
    assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert stats_match_answers(store.db.conn)
    assert visit_lessons_match(store.db.conn)
    # Purging again finds nothing, and the store keeps recording afterwards.
    assert purge(store.db, date(2026, 11, 3), vacuum=False).answers == 0


def test_purged_text_does_not_linger_in_the_file(tmp_path: Path) -> None:
    store = ResultsStore.open(tmp_path / "results.db")
    known_data_set(store)
    assert store.db is not None
    purge(store.db, date(2026, 11, 4))
    store.close()
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("results.db"))
    assert "展台一号".encode() not in data
