"""The whole journey with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows), and Tab going
through each screen's controls in the order a visitor reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.journey import Screen
from kiosk.ui.exhibits.password_tester import PasswordTester
from kiosk.ui.speech import Speaker
from kiosk.ui.widgets.access_panel import AccessButton
from tests.support.speech import FakeSpeechBackend


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot, which: Qt.Key) -> None:  # noqa: ANN001
    """Press ``which`` on the control with the focus, then let what it queued happen (as ``tap`` does)."""
    qtbot.keyClick(focused(), which)
    QCoreApplication.processEvents()


def tab_to(qtbot, target: QWidget, limit: int = 40) -> list[QWidget]:  # noqa: ANN001
    """Press Tab until ``target`` has the focus; returns the controls passed on the way."""
    passed = []
    for _ in range(limit):
        if focused() is target:
            return passed
        passed.append(focused())
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}; it went round {passed}")


def tab_cycle(qtbot, limit: int = 40) -> list[QWidget]:  # noqa: ANN001
    """The controls Tab goes through from the one with the focus, once round."""
    start, seen = focused(), []
    for _ in range(limit):
        seen.append(focused())
        key(qtbot, Qt.Key.Key_Tab)
        if focused() is start:
            return seen
    raise AssertionError("Tab did not come back round")


def access_button(screen) -> QWidget:  # noqa: ANN001
    (button,) = screen.corner.findChildren(AccessButton)
    return button


def rotated(cycle: list[QWidget], first: QWidget) -> list[QWidget]:
    at = cycle.index(first)
    return cycle[at:] + cycle[:at]


def test_the_whole_journey_by_keyboard_alone_in_reading_order(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.router.set_speaker(Speaker(FakeSpeechBackend()))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    router, journey = window.router, window.journey

    # Attract: the start button has the focus; Enter starts.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is router.attract.start_button)
    key(qtbot, Qt.Key.Key_Return)
    assert journey.screen is Screen.CATALOGUE

    # Catalogue: Tab reaches the lesson cards; Space opens one.
    catalogue = router.catalogue
    tab_to(qtbot, catalogue.cards["basics"])
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: journey.screen is Screen.READER)

    # A lesson page: Tab goes top bar left to right, then Back and Next, and round again.
    reader = router.reader
    assert focused() is reader.next_button
    order = rotated(tab_cycle(qtbot), reader.top.lessons_button)
    languages = [b for b in reader.corner.buttons.values() if b.isChecked()]  # one stop for the group
    assert order == [
        reader.top.lessons_button,
        reader.read_button,
        access_button(reader),
        *languages,
        reader.back_button,
        reader.next_button,
    ]
    # Arrows move between the buttons of a row; Enter on the read button reads the page.
    tab_to(qtbot, reader.read_button)
    key(qtbot, Qt.Key.Key_Left)
    assert focused() is reader.top.lessons_button
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Return)
    assert router.speaker.backend.said[-1][0].startswith("First page.")
    tab_to(qtbot, reader.next_button)
    key(qtbot, Qt.Key.Key_Return)
    assert journey.page_index == 1 and not router.speaker.speaking  # the page turned: reading stopped
    tab_to(qtbot, reader.back_button)
    key(qtbot, Qt.Key.Key_Space)
    assert journey.page_index == 0
    tab_to(qtbot, reader.next_button)
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)
    assert journey.screen is Screen.QUESTION

    # A question: the first answer has the focus; arrows move between answers, Space chooses one.
    question = router.question
    cards = list(question.cards.values())
    assert focused() is cards[0]
    key(qtbot, Qt.Key.Key_Down)
    assert focused() is cards[1]
    key(qtbot, Qt.Key.Key_Up)
    assert focused() is cards[0]
    key(qtbot, Qt.Key.Key_Space)
    assert journey.selection == {cards[0].choice_id}
    order = rotated(tab_cycle(qtbot), question.top.lessons_button)
    languages = [b for b in question.corner.buttons.values() if b.isChecked()]
    assert order == [
        question.top.lessons_button,
        question.read_button,
        access_button(question),
        *languages,
        *cards,
        question.confirm_button,
        question.panel_scroll,  # the instructions now, the feedback later: it scrolls by keys when long
    ]

    # Check, then the feedback's Next; the remaining questions the same way, to the result.
    tab_to(qtbot, question.confirm_button)
    key(qtbot, Qt.Key.Key_Return)
    assert journey.screen is Screen.FEEDBACK and focused() is question.next_button
    order = rotated(tab_cycle(qtbot), question.top.lessons_button)
    assert order[-2:] == [question.panel_scroll, question.next_button]
    assert question.panel_scroll.accessibleName() == "Feedback"
    while journey.screen is not Screen.RESULT:
        if journey.screen is Screen.FEEDBACK:
            tab_to(qtbot, question.next_button)
            key(qtbot, Qt.Key.Key_Return)
        else:
            tab_to(qtbot, next(iter(question.cards.values())))
            key(qtbot, Qt.Key.Key_Space)
            tab_to(qtbot, question.confirm_button)
            key(qtbot, Qt.Key.Key_Enter)

    # The result: Tab reaches Finish; Enter ends the visit.
    result = router.result
    tab_to(qtbot, result.finish_button)
    key(qtbot, Qt.Key.Key_Return)
    assert journey.screen is Screen.ATTRACT and journey.visit is None


TESTER_LESSON = """---
title: Passwords
---
# Read first

Some words.

---

# Try one

::: password-tester
"""


def test_tab_reaches_an_exhibit_between_the_bar_and_the_page_buttons(qtbot, make_window, tmp_path) -> None:  # noqa: ANN001
    """The reader's order is followed when Tab is pressed (not written into Qt's focus chain), so it
    must name every stop: the password tester's too."""
    pack = tmp_path / "pack"
    (pack / "tester").mkdir(parents=True)
    (pack / "tester" / "lesson.md").write_text(TESTER_LESSON, encoding="utf-8")
    window = make_window(pack=pack)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    journey, router = window.journey, window.router
    journey.start()
    router.sync()
    router.open_lesson("tester")
    router.opener.finish()
    journey.next_page()
    router.sync()
    QCoreApplication.processEvents()
    reader = router.reader
    tester = reader.exhibit("password-tester")
    assert isinstance(tester, PasswordTester)
    reader.next_button.setFocus()  # kept off until a key is pressed (no ring for touch visitors)
    qtbot.keyClick(window, Qt.Key.Key_Tab)  # the first key shows where the focus is
    assert focused() is reader.next_button
    order = rotated(tab_cycle(qtbot), reader.top.lessons_button)
    stops = [tester.field, tester.clear_button, *tester.example_buttons]
    at = order.index(tester.field)
    assert order[at : at + len(stops)] == stops
    assert order[at + len(stops) :] == [reader.back_button, reader.next_button]
    # Shift+Tab goes back the same way.
    tester.field.setFocus()
    key(qtbot, Qt.Key.Key_Backtab)
    assert focused() is order[at - 1]
    # A page without the exhibit has no stop in it.
    journey.previous_page()
    router.sync()
    reader.next_button.setFocus()
    assert tester.field not in tab_cycle(qtbot)
