"""Taps the way a visitor's finger makes them: a press and release, then what they queued is delivered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.ui.probe import scroll_into_view


def tap(widget: QWidget, pos: QPoint | None = None) -> None:
    """Tap ``widget`` at ``pos`` (its centre when not given); it must be showing and enabled, as a
    finger can only reach what is on the screen."""
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be tapped: hidden or disabled"
    if pos is None:
        pos = QPoint(widget.width() // 2, widget.height() // 2)
    # A finger scrolls what it wants into view first: the tap goes, as a real one does, to whatever
    # is under that point of the screen (a touch-scrolled area hands its presses on by position).
    scroll_into_view(widget)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    QCoreApplication.processEvents()


def tap_window_at(window: QWidget, x: int, y: int) -> None:
    """Tap the window at (x, y): the widget under that point gets it, as Qt routes a real touch."""
    target = window.childAt(x, y) or window
    tap(target, target.mapFrom(window, QPoint(x, y)))
