"""Kiosk mode ignores every way out (keys, close, context menus, drags); windowed mode lets them work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QWidget

ESCAPES = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
]


@pytest.mark.parametrize(("key", "modifier"), ESCAPES)
def test_escape_keys_do_nothing_in_kiosk_mode(qtbot, make_window, key, modifier) -> None:  # noqa: ANN001
    window = make_window(kiosk=True)
    qtbot.keyClick(window.router.attract.start_button, key, modifier)
    assert window.isVisible()


@pytest.mark.parametrize(("key", "modifier"), ESCAPES)
def test_escape_keys_close_the_window_in_windowed_mode(qtbot, make_window, key, modifier) -> None:  # noqa: ANN001
    window = make_window(kiosk=False)
    qtbot.keyClick(window.router.attract.start_button, key, modifier)
    assert not window.isVisible()


def test_kiosk_mode_is_frameless_from_the_first_show(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=True)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowHandle().flags() & Qt.WindowType.FramelessWindowHint  # the native window, as shown


def test_windowed_mode_keeps_its_frame(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=False)
    window.first_frame.emit()
    QApplication.processEvents()
    assert not window.windowHandle().flags() & Qt.WindowType.FramelessWindowHint
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_the_close_event_is_ignored_in_kiosk_mode_until_the_operator_allows_it(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=True)
    assert not window.close() and window.isVisible()
    with qtbot.waitSignal(window.closing, timeout=1000):
        window.leave_kiosk()
    assert not window.isVisible()


def test_the_close_event_works_in_windowed_mode(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=False)
    assert window.close() and not window.isVisible()


def test_the_operator_hook_is_a_signal(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=True)
    with qtbot.waitSignal(window.operator_requested, timeout=1000):
        window.request_operator()


class Probe(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.menus = 0

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self.menus += 1


@pytest.mark.parametrize("kiosk", [True, False])
def test_context_menus_are_swallowed_only_in_kiosk_mode(qtbot, make_window, kiosk: bool) -> None:  # noqa: ANN001
    window = make_window(kiosk=kiosk)
    probe = Probe(window.router.attract)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(1, 1), QPoint(1, 1))
    QApplication.sendEvent(probe, event)
    assert probe.menus == (0 if kiosk else 1)


def test_nothing_can_be_selected_or_dragged(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=True)
    assert not window.acceptDrops()
    view = window.router.reader.view
    assert view.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert not view.acceptDrops() and view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
