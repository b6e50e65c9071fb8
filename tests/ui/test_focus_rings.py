"""Issue 17 item 11: no focus ring before a key is pressed; keys show focus, a touch hides it again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.journey import Screen
from tests.support.taps import tap


def focused():  # noqa: ANN201
    QCoreApplication.processEvents()
    return QApplication.focusWidget()


def test_nothing_shows_focus_until_a_key_is_pressed(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.activateWindow()
    router = window.router
    # No ring on "Touch to start": no focus, or the button's own quiet focus (no ring; attract.py).
    now = focused()
    assert now is None or not router.stack.isAncestorOf(now) or now.property("quiet") is True
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    tap(router.reader.next_button)
    tap(router.reader.next_button)
    assert window.journey.screen is Screen.QUESTION
    first_card = next(iter(router.question.cards.values()))
    assert not first_card.hasFocus() and focused() is not first_card  # no ring on the first answer
    # The first Tab only shows where the focus is: the first answer, as the screen meant.
    QTest.keyClick(window.router.question, Qt.Key.Key_Tab)
    assert focused() is first_card and window.focus_rings.keys
    # A touch hides it again; the next key brings it back where it was.
    tap(first_card)
    assert focused() is None or not window.stack.isAncestorOf(focused())
    assert not window.focus_rings.keys


def test_a_key_that_is_not_for_moving_still_does_its_job(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    tap(window.router.attract.start_button)
    tap(window.router.catalogue.cards["basics"])
    # Enter on the page: shows the focus on Next (the screen's choice) and does not yet press it.
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert focused() is window.router.reader.next_button and window.journey.page_index == 0
    QTest.keyClick(window.router.reader.next_button, Qt.Key.Key_Return)
    assert window.journey.page_index == 1


def test_focus_set_before_the_watcher_was_installed_is_hidden_too(qtbot, make_window) -> None:  # noqa: ANN001
    # The kiosk installs its filters after the first frame, when a screen may have set a focus already.
    window = make_window()
    start = window.router.attract.language_buttons["en"]  # "English" had a ring before any touch
    window.focus_rings.keys = True  # as if the watcher had not been there
    start.setFocus()
    window.focus_rings.keys = False
    window.focus_rings.hide_focus()
    assert window.focusWidget() is not start
    QTest.keyClick(window, Qt.Key.Key_Tab)
    assert window.focusWidget() is start
