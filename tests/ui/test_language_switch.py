"""Issue 17 item 4: a language switch on every visitor screen that keeps the visitor's place.

Every tap is a real mouse press and release on the corner control's button, as a finger makes it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kiosk.content.linebreak import strip_hints
from kiosk.journey import Screen
from kiosk.ui import i18n
from kiosk.ui.screens.base import ScreenBase
from tests.support.clock import FakeClock
from tests.support.recorder import FakeRecorder
from tests.support.taps import tap
from tests.ui.test_double_taps import DELAYS_MS, centre_of, tap_at


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language(QApplication.instance(), "en")


def switch(window, language: str) -> None:  # noqa: ANN001
    """Tap ``language`` in the corner of the screen on show."""
    screen: ScreenBase = window.router.current
    tap(screen.corner.buttons[language])
    assert window.journey.language == language


def corner_is_reachable(window) -> None:  # noqa: ANN001
    """The screen on show has the switch, every button a finger's size, named for a screen reader."""
    corner = window.router.current.corner
    assert corner.isVisible() and set(corner.buttons) == {"en", "zh-CN"}
    for code, button in corner.buttons.items():
        assert button.isVisible() and button.height() >= 64 and button.width() >= 64
        assert button.accessibleName() == {"en": "English", "zh-CN": "简体中文"}[code]
        assert button.accessibleDescription()
        assert button.isChecked() == (code == window.journey.language)
    assert corner.accessibleName() in ("Language", "语言")


def test_the_catalogue_switches_and_keeps_the_visitors_ticks(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router = window.router
    corner_is_reachable(window)  # the attract screen
    tap(router.attract.start_button)
    corner_is_reachable(window)
    tap(router.catalogue.cards["phishing"])
    tap(router.reader.next_button)  # its only page: the lesson is done, back on the catalogue
    assert router.catalogue.cards["phishing"].finished
    switch(window, "zh-CN")
    assert router.catalogue.heading.text() == "选一节课"
    assert router.catalogue.cards["basics"].title.text() == "基础"
    assert router.catalogue.cards["phishing"].finished  # the tick stays
    corner_is_reachable(window)


def test_the_reader_keeps_its_page(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    tap(router.reader.next_button)
    assert "Second page" in router.reader.view.toPlainText()
    corner_is_reachable(window)
    switch(window, "zh-CN")
    reader = router.reader
    assert window.journey.screen is Screen.READER and window.journey.page_index == 1
    assert "第二页" in reader.view.toPlainText() and reader.top.title.text() == "基础"
    assert reader.dots.current == 1 and reader.top.step.text() != "Page 2 of 2"  # words in Chinese
    corner_is_reachable(window)
    switch(window, "en")
    assert "Second page" in reader.view.toPlainText() and reader.top.step.text() == "Page 2 of 2"


def to_question(window) -> None:  # noqa: ANN001
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    tap(router.reader.next_button)
    tap(router.reader.next_button)
    assert window.journey.screen is Screen.QUESTION


def test_a_question_keeps_its_choices_order_and_selection(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    to_question(window)
    question = window.router.question
    order = list(question.cards)
    tap(question.cards["b"])
    corner_is_reachable(window)
    switch(window, "zh-CN")
    assert "强密码" in strip_hints(question.question.text())
    assert list(question.cards) == order  # the same shuffle
    assert window.journey.selection == {"b"} and question.cards["b"].state == "selected"
    assert question.confirm_button.isEnabled() and question.confirm_button.text() != "Check my answer"
    corner_is_reachable(window)
    tap(question.confirm_button)
    assert window.journey.screen is Screen.FEEDBACK and window.journey.outcome.correct


def test_feedback_stays_with_its_verdict_and_marks(qtbot, make_window, recorder: FakeRecorder) -> None:  # noqa: ANN001
    window = make_window()
    to_question(window)
    question = window.router.question
    tap(question.cards["a"])
    tap(question.confirm_button)
    assert question.verdict.text() == "Not quite."
    assert "most common password" in question.feedback.text()
    switch(window, "zh-CN")
    assert window.journey.screen is Screen.FEEDBACK
    assert question.verdict.text() != "Not quite." and question.verdict.isVisible()
    assert question.cards["a"].state == "wrong-chosen" and question.cards["b"].state == "right-missed"
    assert "most common password" not in question.feedback.text() and question.feedback.text()
    assert question.next_button.isVisible()
    corner_is_reachable(window)
    assert len(recorder.of("record_answer")) == 1  # switching records nothing again
    tap(question.next_button)
    assert window.journey.question.number == 2 and "更安全" in strip_hints(question.question.text())


def test_the_result_stays_with_its_score(qtbot, make_window, recorder: FakeRecorder) -> None:  # noqa: ANN001
    window = make_window()
    to_question(window)
    journey, question = window.journey, window.router.question
    while journey.screen is not Screen.RESULT:
        if journey.screen is Screen.QUESTION:
            tap(question.cards[sorted(journey.question.question.correct_ids)[0]])
            tap(question.confirm_button)
        else:
            tap(question.next_button)
    result = window.router.result
    score = (journey.result.score, journey.result.maximum)
    corner_is_reachable(window)
    switch(window, "zh-CN")
    assert journey.screen is Screen.RESULT and (journey.result.score, journey.result.maximum) == score
    assert result.lesson_title.text() == "基础" and f"答对 {score[0]} 题" in result.score.text()
    corner_is_reachable(window)
    assert len(recorder.of("record_quiz_result")) == 1
    tap(result.another_button)
    assert journey.screen is Screen.CATALOGUE and window.router.catalogue.cards["basics"].finished


def test_a_lesson_missing_the_language_offers_it_disabled(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    journey = window.journey
    pack = journey.pack
    phishing = pack.lesson("phishing")
    english_only = replace(phishing, versions={"en": phishing.versions["en"]})
    journey.pack = replace(
        pack, lessons=tuple(english_only if e.id == "phishing" else e for e in pack.lessons)
    )
    tap(window.router.attract.start_button)
    tap(window.router.catalogue.cards["phishing"])
    corner = window.router.reader.corner
    chinese = corner.buttons["zh-CN"]
    assert chinese.isVisible() and not chinese.isEnabled()
    assert "not available" in chinese.accessibleDescription()
    assert corner.buttons["en"].isEnabled() and corner.buttons["en"].isChecked()
    assert journey.screen is Screen.READER and journey.language == "en"


@pytest.mark.parametrize("screen", ["catalogue", "question"])
@pytest.mark.parametrize("delay_ms", DELAYS_MS)
def test_a_double_tap_on_a_language_switches_once(qtbot, make_window, delay_ms: int, screen: str) -> None:  # noqa: ANN001
    window = make_window()
    if screen == "question":
        to_question(window)
    else:
        tap(window.router.attract.start_button)
    clock = FakeClock()
    window.tap_guard.clock = clock
    changes: list[str] = []
    window.router.language_changed.connect(changes.append)
    moves: list[bool] = []
    window.router.moved.connect(lambda: moves.append(True))
    spot = centre_of(window, window.router.current.corner.buttons["zh-CN"])
    tap_at(window, spot)
    clock.advance(delay_ms / 1000)
    tap_at(window, spot)
    QCoreApplication.processEvents()
    # The switch is a move (on the catalogue too, where no lesson changes), so the guard takes the
    # second tap, whatever lies under it after the new words are laid out.
    assert changes == ["zh-CN"] and moves == [True]
    assert window.journey.screen is Screen(screen) and window.journey.language == "zh-CN"


def test_the_corner_has_a_slot_for_an_accessibility_button_before_the_languages(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QPushButton

    from kiosk.ui.widgets.corner_controls import CornerControls

    corner = CornerControls(1.0)
    qtbot.addWidget(corner)
    corner.show_languages([("en", True)], "en", {"en": "English"})
    assert corner.buttons == {} and corner.isHidden()  # one language: no switch
    accessibility = QPushButton("Aa")
    corner.add_accessory(accessibility)
    corner.show_languages([("en", True), ("zh-CN", True)], "en", {"en": "English", "zh-CN": "简体中文"})
    corner.show()
    qtbot.waitExposed(corner)
    assert accessibility.isVisible()
    assert accessibility.x() < corner.buttons["en"].x() < corner.buttons["zh-CN"].x()
    asked: list[str] = []
    corner.language_requested.connect(asked.append)
    tap(corner.buttons["en"])  # the language shown: nothing to ask
    tap(corner.buttons["zh-CN"])
    assert asked == ["zh-CN"]
