"""A question's answers go beside the feedback or above it by what this question needs, never by what
the last one left behind in Qt's layouts (found when the packaged self-test, on a busy machine, saw a
question laid out in one column, its last answer scrolled out of reach, one run in ten)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk import paths
from kiosk.journey import Journey, Screen
from kiosk.ui.router import Router
from tests.ui.test_ahead import ready

COURSE = paths.bundle_root() / "lessons"


def _answer_wrong_and_look(router: Router, journey: Journey) -> None:
    wrong = next((c.id for c in journey.question.choices if not c.correct), journey.question.choices[0].id)
    router._call(journey.toggle_choice, wrong)  # noqa: SLF001
    router._call(journey.confirm)  # noqa: SLF001
    QApplication.processEvents()  # the feedback (its verdicts widen the answers) laid out and seen


def _settled_choice(router: Router, journey: Journey) -> bool:
    """The layout the screen picks for the question shown when filled afresh, every event handled."""
    screen = router.question
    screen.wipe()
    QApplication.processEvents()
    screen.render(journey)
    QApplication.processEvents()
    screen._one_column = None  # noqa: SLF001  (decide again, now that every layout is current)
    screen._choose_columns()  # noqa: SLF001
    return bool(screen._one_column)  # noqa: SLF001


def _to_the_passwords_quiz(router, journey, language: str) -> None:  # noqa: ANN001
    """Straight to the bundled passwords lesson's first question in ``language``."""
    ready(router)
    router._call(journey.start)  # noqa: SLF001
    router._call(journey.set_language, language)  # noqa: SLF001
    router.open_lesson("passwords")
    router.opener.finish()
    while journey.screen is Screen.READER:
        router._call(journey.next_page)  # noqa: SLF001


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_each_question_picks_its_columns_from_its_own_answers(make_window, language) -> None:  # noqa: ANN001
    window = make_window(size=(1280, 720), pack=COURSE, language=language)
    router, journey = window.router, window.journey
    _to_the_passwords_quiz(router, journey, language)
    checked = 0
    while journey.screen is Screen.QUESTION:
        _answer_wrong_and_look(router, journey)
        if journey.screen is not Screen.FEEDBACK or journey.upcoming_result is not None:
            break
        router._call(journey.next_question)  # noqa: SLF001  (no event handled between: a quick tap)
        chosen = router.question._one_column  # noqa: SLF001
        assert chosen == _settled_choice(router, journey), (
            f"question {checked + 2}: one column {chosen} at the change"
        )
        checked += 1
    assert checked >= 2


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_a_true_or_false_question_keeps_its_feedback_beside_it_at_large_text(make_window, language) -> None:  # noqa: ANN001
    """1280x720 at 150 %: a tile says its verdict under its word, so no room is kept beside the tiles
    for it. Kept, it sent the feedback under two 170 px tiles, where only its verdict showed."""
    window = make_window(size=(1280, 720), pack=COURSE, language=language)
    window.router.access.set_text_step(2)
    router, journey = window.router, window.journey
    _to_the_passwords_quiz(router, journey, language)
    while journey.question.kind != "true_false":
        _answer_wrong_and_look(router, journey)
        router._call(journey.next_question)  # noqa: SLF001
    QApplication.processEvents()
    screen = router.question
    assert not screen._one_column  # noqa: SLF001
    _answer_wrong_and_look(router, journey)
    QApplication.processEvents()
    assert not screen._one_column  # noqa: SLF001
    panel = screen.panel_scroll
    assert panel.height() >= screen.px(300), "the feedback has the column's height"
    assert screen.scroll.geometry().right() < panel.geometry().left()
