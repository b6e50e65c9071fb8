"""The results store behind the kiosk opens on first use (or right after the first frame), not before."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kiosk.app import DeferredRecorder
from kiosk.journey.records import ShownQuestion, VisitEnd
from kiosk.settings import Settings


def test_the_store_opens_on_first_use_and_records_through(tmp_path: Path) -> None:
    database = tmp_path / "results.db"
    recorder = DeferredRecorder(Settings(database=database))
    assert not database.exists()  # nothing touched before the first frame
    now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    recorder.start_visit(visit_id="v1", started_at=now, language="en", kiosk_name="k", event_label="e")
    recorder.record_shown(ShownQuestion("passwords", "Passwords", "q1", "h1", "en", "Which?", (), now))
    recorder.end_visit("v1", now, VisitEnd.FINISHED)
    assert database.exists()
    assert recorder.open() is recorder.open()  # one store, opened once
    assert recorder.correct_rate("passwords", "q1") is None  # too few answers to show a rate
    recorder.close()
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM visits").fetchone() == (1,)
        assert conn.execute("SELECT text FROM question_words").fetchall() == [("Which?",)]


def test_closing_a_store_that_never_opened_is_harmless(tmp_path: Path) -> None:
    recorder = DeferredRecorder(Settings(database=tmp_path / "never.db"))
    recorder.close()
    assert not (tmp_path / "never.db").exists()
