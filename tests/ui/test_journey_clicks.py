"""The whole visitor journey by taps: attract, catalogue, every page, both kinds of question, result, finish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton

from kiosk.journey import Screen
from kiosk.journey.records import VisitEnd
from tests.support.recorder import FakeRecorder
from tests.support.taps import tap


def test_a_visitor_walks_the_whole_journey_by_taps(qtbot, make_window, recorder: FakeRecorder) -> None:  # noqa: ANN001
    window = make_window()
    journey, router = window.journey, window.router
    assert journey.screen is Screen.ATTRACT and window.stack.currentWidget() is router.attract
    assert router.attract.title.text() == "Test Booth"
    assert router.attract.tip.text() == "First tip for testing."
    assert set(router.attract.language_buttons) == {"en", "zh-CN"}

    tap(router.attract.start_button)
    assert journey.screen is Screen.CATALOGUE and window.stack.currentWidget() is router.catalogue
    assert list(router.catalogue.cards) == ["basics", "phishing"]
    assert not any(card.finished for card in router.catalogue.cards.values())
    assert router.catalogue.cards["basics"].minutes.text() == "2 min"

    tap(router.catalogue.cards["basics"])
    reader = router.reader
    assert journey.screen is Screen.READER and window.stack.currentWidget() is reader
    assert "First page" in reader.view.toPlainText()
    assert reader.top.step.text() == "Page 1 of 2" and reader.dots.current == 0 and reader.dots.count == 2
    tap(reader.next_button)
    assert "Second page" in reader.view.toPlainText() and reader.top.step.text() == "Page 2 of 2"
    assert reader.next_button.text() == "Start the quiz"
    tap(reader.back_button)
    assert journey.page_index == 0 and "First page" in reader.view.toPlainText()
    tap(reader.next_button)
    tap(reader.next_button)

    question = router.question
    assert journey.screen is Screen.QUESTION and window.stack.currentWidget() is question
    assert "strong password" in question.question.text()
    assert question.top.step.text() == "Question 1 of 3"
    assert not question.confirm_button.isEnabled()
    assert all(card.state == "idle" for card in question.cards.values())
    # A wrong single choice, changed once before confirming.
    tap(question.cards["c"])
    tap(question.cards["a"])
    assert journey.selection == {"a"}
    assert question.cards["a"].state == "selected" and question.cards["c"].state == "idle"
    tap(question.confirm_button)
    assert journey.screen is Screen.FEEDBACK
    assert len(recorder.of("record_answer")) == 1 and recorder.of("record_answer")[0].correct is False
    assert question.verdict.text() == "Not quite."
    assert (
        question.cards["a"].state == "wrong-chosen"
        and question.cards["a"].status.text() == "Your answer: wrong"
    )
    assert question.cards["b"].state == "right-missed" and question.cards["b"].status.text() == "Right answer"
    assert "The most common password of all." in question.feedback.text()
    assert "Length beats symbols." in question.explanation.text()
    assert question.panel.property("verdict") == "wrong"
    assert not question.confirm_button.isVisible() and question.next_button.text() == "Next question"

    tap(question.next_button)
    assert journey.screen is Screen.QUESTION and question.top.step.text() == "Question 2 of 3"
    assert "Select all that apply" in question.hint.text()
    tap(question.cards["a"])
    tap(question.cards["b"])
    tap(question.cards["c"])
    tap(question.cards["c"])  # second tap on a box clears it
    assert journey.selection == {"a", "b"}
    tap(question.confirm_button)
    assert question.verdict.text() == "Right!" and question.panel.property("verdict") == "right"
    assert {cid for cid, card in question.cards.items() if card.state == "right-chosen"} == {"a", "b"}
    assert question.next_button.text() == "Next question"

    # True/false: two large tiles side by side, True on the left, chosen by a tap, checked as usual.
    tap(question.next_button)
    assert question.top.step.text() == "Question 3 of 3" and "True or false?" in question.hint.text()
    true, false = question.cards.values()
    assert (true.choice_id, true.plain_text, false.choice_id, false.plain_text) == (
        "true",
        "True",
        "false",
        "False",
    )
    assert true.isVisible() and false.isVisible() and not any(card.isVisible() for card in question.pool)
    assert true.mapTo(question, true.rect().topLeft()).x() < false.mapTo(question, false.rect().topLeft()).x()
    assert true.y() == false.y() and true.height() == false.height() > question.px(150)
    tap(false)
    assert journey.selection == {"false"} and false.state == "selected" and true.state == "idle"
    tap(true)
    assert journey.selection == {"true"} and true.state == "selected" and false.state == "idle"
    tap(question.confirm_button)
    assert question.verdict.text() == "Right!" and true.state == "right-chosen" and false.state == "other"
    assert recorder.of("record_answer")[-1].chosen == ("true",)
    assert question.next_button.text() == "See my result"

    tap(question.next_button)
    result = router.result
    assert journey.screen is Screen.RESULT and window.stack.currentWidget() is result
    assert result.score.text() == "2 of 3 right (67%)"
    assert result.verdict.text() == "Well done, you passed!"
    missed = [w.text() for w in result.findChildren(type(result.score), "MissedQuestion") if w.isVisible()]
    assert len(missed) == 1 and "strong password" in missed[0]
    assert recorder.of("record_quiz_result")[0].score == 2

    tap(result.another_button)
    assert journey.screen is Screen.CATALOGUE and router.catalogue.cards["basics"].finished
    assert router.catalogue.cards["basics"].done_text.isVisible()
    # A lesson without a quiz ends back on the catalogue, ticked.
    tap(router.catalogue.cards["phishing"])
    tap(router.reader.next_button)
    assert journey.screen is Screen.CATALOGUE and router.catalogue.cards["phishing"].finished

    tap(router.catalogue.finish_button)
    assert journey.screen is Screen.ATTRACT and journey.visit is None
    assert recorder.of("end_visit")[0][1] is VisitEnd.FINISHED
    tap(router.attract.start_button)
    assert not any(card.finished for card in router.catalogue.cards.values())


def test_the_keyboard_works_too(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router = window.router
    qtbot.keyClick(router.attract.start_button, Qt.Key.Key_Return)
    assert window.journey.screen is Screen.CATALOGUE
    card = router.catalogue.cards["basics"]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.journey.screen is Screen.READER)
    qtbot.keyClick(router.reader.next_button, Qt.Key.Key_Space)
    assert window.journey.page_index == 1


def test_the_language_switch_changes_the_pack_language(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router = window.router
    tap(router.attract.language_buttons["zh-CN"])
    assert window.journey.language == "zh-CN" and router.attract.title.text() == "测试展台"
    assert router.attract.language_buttons["zh-CN"].isChecked()
    tap(router.attract.start_button)
    assert router.catalogue.cards["basics"].title.text() == "基础"
    tap(router.catalogue.cards["basics"])
    assert "第一页" in router.reader.view.toPlainText()


def test_a_broken_lesson_says_so_and_stays_on_the_catalogue(qtbot, make_window, tmp_path) -> None:  # noqa: ANN001
    window = make_window()
    router = window.router
    tap(router.attract.start_button)
    window.journey._load_lesson = lambda entry, language: (_ for _ in ()).throw(  # noqa: SLF001
        __import__("kiosk.content.diagnostics", fromlist=["ContentError"]).ContentError([])
    )
    tap(router.catalogue.cards["basics"])
    assert window.journey.screen is Screen.CATALOGUE
    assert router.catalogue.problem.isVisible() and "cannot be shown" in router.catalogue.problem.text()


def test_lesson_html_loads_only_the_packs_own_pictures_and_never_follows_links(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    view = router.reader.view
    assert not view.openLinks() and not view.openExternalLinks()
    assert view.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    image = QTextDocument.ResourceType.ImageResource.value
    [approved] = view._approved  # noqa: SLF001
    assert approved.startswith("file://") and approved.endswith("basics/images/cover.svg")
    assert not view.loadResource(image, approved).isNull()
    from PySide6.QtCore import QUrl

    assert view.loadResource(image, QUrl("file:///etc/hostname")) is None
    assert view.loadResource(image, QUrl("https://example.org/x.png")) is None
    assert view.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, QUrl(approved)) is None
    # A tap on the link text changes nothing.
    before = view.toHtml()
    tap(view.viewport())
    assert view.toHtml() == before and window.journey.screen is Screen.READER


def _visible_controls(window) -> list[QAbstractButton]:  # noqa: ANN001
    current = window.stack.currentWidget()
    return [b for b in current.findChildren(QAbstractButton) if b.isVisibleTo(window)]


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (3840, 2160)])
def test_touch_targets_are_big_and_named_at_every_size(qtbot, make_window, size) -> None:  # noqa: ANN001
    window = make_window(size=size)
    journey, router = window.journey, window.router
    minimum = 64 * size[1] / 1080 - 1

    def check() -> None:
        controls = _visible_controls(window)
        assert controls, journey.screen
        for control in controls:
            assert control.height() >= minimum, (
                size,
                journey.screen,
                control.accessibleName(),
                control.height(),
            )
            assert control.accessibleName(), (journey.screen, control)

    check()
    tap(router.attract.start_button)
    check()
    tap(router.catalogue.cards["basics"])
    check()
    tap(router.reader.next_button)
    tap(router.reader.next_button)
    check()
    tap(next(iter(router.question.cards.values())))
    tap(router.question.confirm_button)
    check()
    while journey.screen is not Screen.RESULT:
        tap(router.question.next_button)
        if journey.screen is Screen.QUESTION:
            tap(next(iter(router.question.cards.values())))
            tap(router.question.confirm_button)
    check()


def test_body_text_is_at_least_24px_at_1080p(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    tap(window.router.attract.start_button)
    tap(window.router.catalogue.cards["basics"])
    assert window.router.reader.view.font().pixelSize() >= 24
    assert window.router.catalogue.subtitle.font().pixelSize() >= 24
    assert all(isinstance(b, QPushButton) or b.font().pixelSize() >= 24 for b in _visible_controls(window))


def test_every_screen_retranslates_on_a_language_change(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router = window.router
    labels = {
        router.attract: router.attract.start_button,
        router.catalogue: router.catalogue.heading,
        router.reader: router.reader.back_button,
        router.question: router.question.confirm_button,
        router.result: router.result.another_button,
    }
    for screen, label in labels.items():
        expected = label.text()
        label.setText("stale")
        QApplication.sendEvent(screen, QEvent(QEvent.Type.LanguageChange))
        assert label.text() == expected, type(screen).__name__


def test_language_buttons_rebuilt_after_start_still_show_the_current_language(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(language="zh-CN")
    attract = window.router.attract
    attract.set_languages(window.journey.languages)  # as a pack reload from the operator console does
    assert attract.language_buttons["zh-CN"].isChecked() and not attract.language_buttons["en"].isChecked()
