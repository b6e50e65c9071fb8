"""Purge: a visit older than the date goes with all it recorded; newer results stay."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from results_helpers import known_data_set, stats_match_answers, visit_lessons_match

from kiosk.results.merge import merge_databases
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


def test_a_merge_does_not_bring_back_what_was_purged(tmp_path: Path) -> None:
    booth = ResultsStore.open(tmp_path / "booth.db")
    known_data_set(booth)
    booth.close()
    out = tmp_path / "all.db"
    merge_databases([tmp_path / "booth.db"], out)
    all_results = ResultsStore.open(out)
    assert all_results.db is not None
    purge(all_results.db, date(2026, 11, 3))
    all_results.close()

    # The same booth file, merged again: the purged visits, answers and quiz results stay gone.
    (report,) = merge_databases([tmp_path / "booth.db"], out)
    assert (report.visits, report.answers, report.quiz_results) == (0, 0, 0)
    assert report.purged == 2 + 5 + 3
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT id FROM visits ORDER BY id").fetchall() == [("v3",), ("v4",)]
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (4,)
        assert conn.execute("SELECT before, visits, answers, quiz_results FROM purges").fetchall() == [
            ("2026-11-03", 2, 5, 3)
        ]
    conn.close()


def test_purge_says_so_when_another_reader_keeps_the_deleted_rows_in_the_file(tmp_path: Path) -> None:
    store = ResultsStore.open(tmp_path / "results.db")
    known_data_set(store)
    store.close()
    store = ResultsStore.open(tmp_path / "results.db")
    assert store.db is not None
    reader = sqlite3.connect(tmp_path / "results.db")  # the console, a backup, a viewer: mid-read
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM visits").fetchone()
    report = purge(store.db, date(2026, 11, 4))
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("results.db"))
    assert "展台一号".encode() in data  # the reader's snapshot keeps the old pages: not clean yet ...
    assert "another program" in report.lingering  # ... and the report says so
    reader.rollback()
    reader.close()
    # Once the reader has gone, purging again finishes the job and checks it.
    assert purge(store.db, date(2026, 11, 4)).lingering == ""
    store.close()
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("results.db"))
    assert "展台一号".encode() not in data


@pytest.mark.slow
def test_the_purge_command_fails_when_it_cannot_verify(tmp_path: Path, capsys) -> None:
    from kiosk.cli import main

    store = ResultsStore.open(tmp_path / "results.db")
    known_data_set(store)
    store.close()
    reader = sqlite3.connect(tmp_path / "results.db")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM visits").fetchone()
    try:
        assert main(["results", "purge", "--db", str(tmp_path / "results.db"), "--before", "2026-11-04"]) == 1
    finally:
        reader.rollback()
        reader.close()
    assert "purged, but not verified: another program" in capsys.readouterr().err
    assert main(["results", "purge", "--db", str(tmp_path / "results.db"), "--before", "2026-11-04"]) == 0
    assert "checked: the deleted rows are gone from the file" in capsys.readouterr().out


def test_merging_a_file_purged_later_than_the_output_says_what_the_output_still_holds(
    tmp_path: Path, capsys
) -> None:
    from kiosk.cli import main

    booth = ResultsStore.open(tmp_path / "booth.db")
    known_data_set(booth)
    booth.close()
    out = tmp_path / "all.db"
    merge_databases([tmp_path / "booth.db"], out)
    booth = ResultsStore.open(tmp_path / "booth.db")
    assert booth.db is not None
    purge(booth.db, date(2026, 11, 3))  # the booth purges its own file; the combined one is not touched
    booth.close()
    (report,) = merge_databases([tmp_path / "booth.db"], out)
    assert (report.input_horizon, report.older_visits) == ("2026-11-03", 2)
    assert main(["results", "merge", str(tmp_path / "booth.db"), "--out", str(out)]) == 0
    assert "purged before 2026-11-03, but the output still holds 2 visits" in capsys.readouterr().out
