"""Issue 17 item 6: in windowed mode Esc, Ctrl+Q, Ctrl+W, Alt+F4 and the close button ask first mid-visit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.journey import Screen
from tests.support.taps import tap

KEYS = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (None, None),  # the window's close button
]


def _close(window, key, modifier) -> None:  # noqa: ANN001
    if key is None:
        window.close()
    else:
        QTest.keyClick(window.router.current, key, modifier)


@pytest.mark.parametrize(("key", "modifier"), KEYS)
def test_mid_visit_a_way_out_asks_and_stay_keeps_the_visit(qtbot, make_window, key, modifier) -> None:  # noqa: ANN001
    window = make_window()
    tap(window.router.attract.start_button)
    tap(window.router.catalogue.cards["basics"])
    _close(window, key, modifier)
    confirm = window.router.confirm
    assert window.isVisible() and confirm.isVisible()
    assert confirm.title.text() == "Close the kiosk?" and confirm.leave_button.text() == "Close"
    tap(confirm.stay_button)
    assert window.isVisible() and window.journey.screen is Screen.READER
    _close(window, key, modifier)
    with qtbot.waitSignal(window.closing, timeout=2000):
        tap(confirm.leave_button)
    assert not window.isVisible()


def test_on_the_attract_screen_it_closes_at_once(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    with qtbot.waitSignal(window.closing, timeout=2000):
        QTest.keyClick(window.router.attract, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_kiosk_mode_still_ignores_every_way_out(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=True)
    tap(window.router.attract.start_button)
    QTest.keyClick(window.router.current, Qt.Key.Key_Escape)
    assert not window.close() and window.isVisible()
    assert not window.router.confirm.isVisible()
