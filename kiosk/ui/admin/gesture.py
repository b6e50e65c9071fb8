"""Watches every press in the kiosk window for the operator's corner sequence (see kiosk.operator.gesture).

It only looks: presses still reach the buttons under them, so a corner tap on the attract screen
behaves as it always did.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.operator.gesture import CornerSequence, corner_of


class CornerGesture(QObject):
    recognised = Signal()

    def __init__(
        self,
        window: QWidget,
        *,
        enabled: Callable[[], bool] = lambda: True,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = enabled
        self.monotonic = monotonic
        self.sequence = CornerSequence()
        self._last_press: tuple[float, float, float] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Touch screens deliver mouse presses synthesised from touches to widgets that take no touch
        # events (none of ours do), so presses cover both mouse and finger.
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self.press(event)
        return False

    def press(self, event: QMouseEvent) -> None:
        if not self.enabled() or not self.window.isVisible():
            self.sequence.reset()
            return
        spot = self.window.mapFromGlobal(event.globalPosition().toPoint())
        # The application filter sees the same press once per widget it is offered to (a child that
        # ignores it passes it to its parent): count it once.
        key = (spot.x(), spot.y(), event.timestamp())
        if key == self._last_press:
            return
        self._last_press = key
        at = self.monotonic()
        corner = corner_of(spot.x(), spot.y(), self.window.width(), self.window.height())
        if self.sequence.tap(corner, at):
            self.recognised.emit()
