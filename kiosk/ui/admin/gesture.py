"""Watches every press in the kiosk window for the operator's corner sequence (see kiosk.operator.gesture).

It only looks, with one exception: on a screen where any touch acts (the attract screen's "touch to
start"), a corner tap that is a step of the sequence is kept from the screen, so opening the console
from there does not start (and record) a visit. Elsewhere presses still reach the buttons under them.
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
    #: the events it looks at (kiosk.ui.input_filters)
    KINDS = frozenset(
        {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick}
    )

    def __init__(
        self,
        window: QWidget,
        *,
        enabled: Callable[[], bool] = lambda: True,
        keep_steps: Callable[[], bool] = lambda: False,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = enabled
        self.keep_steps = keep_steps
        self.monotonic = monotonic
        self.sequence = CornerSequence()
        self._last_press: tuple[float, float, float] | None = None
        self._kept = False  # the last press was kept from the screen: keep its release too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Touch screens deliver mouse presses synthesised from touches to widgets that take no touch
        # events (none of ours do), so presses cover both mouse and finger.
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            return self.press(event)
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            return self._kept
        return False

    def press(self, event: QMouseEvent) -> bool:
        """Count a press; True when it is to be kept from the widget under it."""
        if not self.enabled() or not self.window.isVisible():
            self.sequence.reset()
            self._kept = False
            return False
        spot = self.window.mapFromGlobal(event.globalPosition().toPoint())
        # The application filter sees the same press once per widget it is offered to (a child that
        # ignores it passes it to its parent): count it once.
        key = (spot.x(), spot.y(), event.timestamp())
        if key == self._last_press:
            return self._kept
        self._last_press = key
        at = self.monotonic()
        corner = corner_of(spot.x(), spot.y(), self.window.width(), self.window.height())
        self._kept = self.keep_steps() and self.sequence.advances(corner, at)
        if self.sequence.tap(corner, at):
            self.recognised.emit()
        return self._kept
