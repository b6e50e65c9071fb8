"""Privacy of the results store: what its log says when a write is refused, and a share nobody can difference."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from results_helpers import make_answer

from kiosk.results.store import MIN_ANSWERS_FOR_RATE, ResultsStore

NOW = datetime(2026, 11, 2, 14, 25, tzinfo=UTC)  # the kiosk's clock: 14:25, so "this hour" began at 14:00


def started(clock: list[datetime]) -> ResultsStore:
    store = ResultsStore.open(None, clock=lambda: clock[0])
    store.start_visit(
        visit_id="visit-1", started_at=NOW, language="en", kiosk_name="booth", event_label="expo"
    )
    return store


def test_a_refused_write_logs_counts_and_the_error_but_nothing_about_the_answer(caplog) -> None:
    store = started([NOW])
    # A record the database refuses (NOT NULL broken), carrying details that must not reach the log.
    refused = replace(
        make_answer(lesson_id="secret-lesson", question_id="secret-question", chosen=("zq",), seconds=7.123),
        visit_id=None,  # type: ignore[arg-type]
    )
    with caplog.at_level(logging.DEBUG):
        store.record_answer(refused)
    assert store.health().dropped == 1
    text = caplog.text
    assert "NOT NULL constraint failed" in text and "1 dropped" in text
    for detail in ("secret-lesson", "secret-question", "'zq'", "7.123", refused.id, "True", "2026-11-02T"):
        assert detail not in text, detail


def fill(store: ResultsStore, right: int, wrong: int, at: datetime) -> None:
    for n in range(right + wrong):
        store.record_answer(make_answer(correct=n < right, at=at))


def test_the_share_ignores_answers_from_the_current_hour() -> None:
    clock = [NOW]
    store = started(clock)
    fill(store, 15, 10, NOW - timedelta(hours=2))  # 60% right, long ago
    before = store.correct_rate("passwords", "q1")
    assert before == 0.6
    # A visitor answers at 14:25; someone reading the share just before and just after learns nothing.
    store.record_answer(make_answer(correct=False, at=NOW))
    assert store.correct_rate("passwords", "q1") == before
    fill(store, 0, 5, NOW + timedelta(minutes=1))
    assert store.correct_rate("passwords", "q1") == before
    # Once the hour has turned, the hour's answers count, all together.
    clock[0] = NOW.replace(hour=15, minute=0)
    assert store.correct_rate("passwords", "q1") == 0.5  # 15 of 31, to the nearest 10%


def test_the_share_is_rounded_so_one_more_answer_rarely_moves_it() -> None:
    clock = [NOW]
    store = started(clock)
    fill(store, 17, 12, NOW - timedelta(days=1))  # 58.6% right
    assert store.correct_rate("passwords", "q1") == 0.6
    fill(store, 1, 0, NOW - timedelta(days=1))  # 60%
    assert store.correct_rate("passwords", "q1") == 0.6
    fill(store, 0, 1, NOW - timedelta(days=1))  # 58.1%
    assert store.correct_rate("passwords", "q1") == 0.6


def test_the_share_is_hidden_until_enough_older_answers_exist() -> None:
    clock = [NOW]
    store = started(clock)
    fill(store, MIN_ANSWERS_FOR_RATE - 1, 0, NOW - timedelta(hours=1))
    fill(store, 5, 0, NOW)  # this hour's answers do not count towards the minimum either
    assert store.correct_rate("passwords", "q1") is None
    fill(store, 1, 0, NOW - timedelta(hours=1))
    assert store.correct_rate("passwords", "q1") == 1.0
