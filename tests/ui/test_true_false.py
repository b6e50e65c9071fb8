"""True/false on screen: two large tiles side by side, True first, by touch and by keyboard, in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.content import kinds as content_kinds
from kiosk.journey import Screen
from kiosk.ui import question_kinds
from kiosk.ui.widgets.true_false import TrueFalseCard


def to_true_false(window):  # noqa: ANN001, ANN201
    """Through basics to its third question, the true/false one; returns the question screen shown."""
    router, journey = window.router, window.journey
    router._call(journey.start)  # noqa: SLF001
    router.open_lesson("basics")
    while journey.screen is Screen.READER:
        router._call(journey.next_page)  # noqa: SLF001
    while journey.question.kind != "true_false":
        router._call(journey.toggle_choice, journey.question.choices[0].id)  # noqa: SLF001
        router._call(journey.confirm)  # noqa: SLF001
        router._call(journey.next_question)  # noqa: SLF001
    screen = window.stack.currentWidget()
    assert screen.cards and all(isinstance(card, TrueFalseCard) for card in screen.cards.values())
    return screen


def test_every_content_kind_has_a_screen() -> None:
    assert set(question_kinds.KINDS) == set(content_kinds.KINDS)


def test_the_keyboard_chooses_and_checks_a_true_false_answer(qtbot, make_window, recorder) -> None:  # noqa: ANN001
    window = make_window()
    screen = to_true_false(window)
    true, false = screen.cards.values()
    assert screen.focusWidget() is true  # the first answer takes the focus when the question shows
    qtbot.keyClick(true, Qt.Key.Key_Right)
    assert screen.focusWidget() is false
    qtbot.keyClick(false, Qt.Key.Key_Space)
    assert window.journey.selection == {"false"} and false.state == "selected"
    qtbot.keyClick(false, Qt.Key.Key_Left)
    assert screen.focusWidget() is true
    qtbot.keyClick(true, Qt.Key.Key_Return)  # Enter animates a click
    qtbot.waitUntil(lambda: window.journey.selection == {"true"})
    assert true.state == "selected" and false.state == "idle"
    true.setFocus()
    qtbot.keyClick(true, Qt.Key.Key_Tab)
    assert screen.focusWidget() is false  # Tab goes True, False, then on to the buttons
    qtbot.keyClick(screen.confirm_button, Qt.Key.Key_Return)
    assert window.journey.screen is Screen.FEEDBACK
    assert true.state == "right-chosen" and true.status.text() == "Your answer: right"
    assert recorder.of("record_answer")[-1].chosen == ("true",)


def test_a_wrong_true_false_answer_shows_the_right_one(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    screen = to_true_false(window)
    true, false = screen.cards.values()
    qtbot.mouseClick(false, Qt.MouseButton.LeftButton)
    words_at = (true.text.y(), false.text.y())
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.verdict.text() == "Not quite."
    QApplication.processEvents()  # the tiles' layouts settle
    # The words stay where the finger was (give or take the border, one pixel thicker when chosen).
    assert all(abs(tile.text.y() - y) <= 1 for tile, y in zip((true, false), words_at, strict=True))
    assert (false.state, false.status.text()) == ("wrong-chosen", "Your answer: wrong")
    assert (true.state, true.status.text()) == ("right-missed", "Right answer")
    assert "whatever the sender typed in" in screen.feedback.text()


def test_chinese_visitors_see_dui_and_cuo(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(language="zh-CN", size=(1280, 720))
    screen = to_true_false(window)
    true, false = screen.cards.values()
    assert (true.plain_text, false.plain_text) == ("对", "错")
    assert screen.hint.text() == "对还是错？选一个，再提交。"
    # Side by side and of one size (an odd width leaves one a pixel wider), True on the left, both inside.
    assert (
        true.y() == false.y() and true.height() == false.height() and abs(true.width() - false.width()) <= 1
    )
    assert true.x() < false.x() and false.mapTo(window, false.rect().bottomRight()).x() < window.width()


def test_leaving_wipes_the_tiles_and_a_list_question_shows_no_tile(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    screen = to_true_false(window)
    tiles = list(screen.cards.values())
    window.router._call(window.journey.toggle_choice, "true")  # noqa: SLF001
    window.router._call(window.journey.leave_lesson)  # noqa: SLF001
    qtbot.waitUntil(lambda: all(tile.choice_id == "" and tile.state == "idle" for tile in tiles))
    assert not any(tile.isChecked() or tile.isVisibleTo(screen) for tile in tiles)
    window.router.open_lesson("basics")
    while window.journey.screen is Screen.READER:
        window.router._call(window.journey.next_page)  # noqa: SLF001
    shown = window.stack.currentWidget()
    assert shown.cards and not any(isinstance(card, TrueFalseCard) for card in shown.cards.values())
    assert not any(tile.isVisibleTo(shown) for tile in tiles)
