"""The journey records through the store, and keeps going when storage fails (read-only, full disk)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from results_helpers import StorageSwitch, failing_connect, small_pack

from kiosk.journey import Journey, Screen
from kiosk.results.store import MIN_ANSWERS_FOR_RATE, ResultsStore
from tests.support.clock import FakeClock


def journey_on(store: ResultsStore) -> Journey:
    pack, load = small_pack()
    return Journey(pack, load, store, kiosk_name="booth", event_label="expo", new_seed=lambda: 7)


def answer_quiz(journey: Journey) -> int:
    """Open lesson alpha, read both pages and answer every question with choice "a"; count answers."""
    journey.open_lesson("alpha")
    while journey.screen is Screen.READER:
        journey.next_page()
    answered = 0
    while journey.screen is Screen.QUESTION:
        journey.toggle_choice("a")
        outcome = journey.confirm()
        assert outcome.question.question.id  # the visitor sees feedback whatever the storage does
        answered += 1
        journey.next_question()
    assert journey.screen is Screen.RESULT
    return answered


def stored(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("failure", ["full", "readonly"])
def test_the_journey_keeps_going_and_loses_nothing(
    tmp_path: Path, switch: StorageSwitch, failure: str
) -> None:
    clock = FakeClock(0.0)
    path = tmp_path / "results.db"
    if failure == "readonly":
        switch.state = "readonly"  # from the start: the database cannot even be created
    store = ResultsStore.open(path, connect=failing_connect(switch), monotonic=clock)
    switch.state = failure
    journey = journey_on(store)
    journey.start()
    answered = answer_quiz(journey)
    journey.finish()
    health = store.health()
    assert health.pending == 1 + answered + 1 + 1  # visit, answers, quiz result, end of visit
    assert health.last_error

    switch.state = "ok"
    clock.advance(store.retry_interval + 1)
    journey.start()  # the next visitor's first record brings everything that waited
    assert store.health().pending == 0
    assert stored(path, "SELECT count(*) FROM answers") == [(answered,)]
    assert stored(path, "SELECT count(*) FROM quiz_results") == [(1,)]
    assert stored(path, "SELECT ended_how FROM visits WHERE ended_how IS NOT NULL") == [("finished",)]
    # The words of every question shown waited with the answers, and came with them.
    assert stored(path, "SELECT count(*) FROM question_words") == [(answered,)]
    assert stored(path, "SELECT title FROM lesson_words") == [("Alpha",)]


def test_feedback_shows_the_share_of_visitors_who_got_it_right(tmp_path: Path) -> None:
    # The share counts answers from before the current hour only: read it as if an hour had passed.
    store = ResultsStore.open(None, clock=lambda: datetime.now(UTC) + timedelta(hours=1))
    journey = journey_on(store)
    rates = []
    for _ in range(MIN_ANSWERS_FOR_RATE + 1):
        journey.start()
        journey.open_lesson("beta")
        while journey.screen is Screen.READER:
            journey.next_page()
        journey.toggle_choice("a")
        rates.append(journey.confirm().correct_rate)
        journey.abandon()
    # Until 20 answers exist no share is shown; then it reflects every earlier answer, this one included.
    assert rates[: MIN_ANSWERS_FOR_RATE - 1] == [None] * (MIN_ANSWERS_FOR_RATE - 1)
    assert rates[MIN_ANSWERS_FOR_RATE - 1] is not None
    first = store.db.execute("SELECT question_id FROM answers LIMIT 1").fetchone()[0]  # type: ignore[union-attr]
    assert store.correct_rate("beta", first) == rates[-1]
    assert store.db.execute("SELECT count(*) FROM visits WHERE ended_how = 'abandoned'").fetchone() == (21,)  # type: ignore[union-attr]


def test_an_answer_is_on_disk_before_its_feedback_is_returned(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    store = ResultsStore.open(path)
    journey = journey_on(store)
    journey.start()
    journey.open_lesson("alpha")
    while journey.screen is Screen.READER:
        journey.next_page()
    for n in range(1, 4):
        journey.toggle_choice("b")
        journey.confirm()
        # Another connection (as after a crash) already sees the answer the visitor is getting feedback on.
        assert stored(path, "SELECT count(*) FROM answers") == [(n,)]
        journey.next_question()
