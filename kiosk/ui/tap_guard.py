"""The double-tap guard: a second tap on the same spot just after the screen changed does not act on it.

A visitor who double-taps "Check my answer" would otherwise tap the "Next question" that replaced it
and never see the feedback; the same holds for Start, a lesson card and Next. After each change of
what the screen shows (``moved()``), a press within ``GUARD_S`` of the change and within a finger's
width of the press that caused it is taken away, with its release, before any widget sees it.

Why 0.6 s: a finger's double tap lands its second tap within about 0.5 s of the first (Windows and
most toolkits take 500 ms as the double-click time), while a visitor who means to tap the new screen
must first see it and read its button, which takes longer. Any tap elsewhere goes through at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF

GUARD_S = 0.6

#: the clock a guard reads unless it is given one (tests pace their taps through it)
CLOCK: Callable[[], float] = time.monotonic

PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick}


class TapGuard(QObject):
    KINDS = frozenset({*PRESSES, QEvent.Type.MouseButtonRelease})  # for kiosk.ui.input_filters

    def __init__(
        self,
        radius_px: float,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.radius = radius_px
        self.clock = clock if clock is not None else CLOCK
        self._last_press: QPointF | None = None  # where the last press let through was (global)
        self._guarded: QPointF | None = None  # the spot guarded since the last change
        self._changed_at = -1e9
        self._swallowing = False  # a press was taken: its release goes too

    def moved(self) -> None:
        """What the screen shows just changed: guard the spot of the press that changed it."""
        self._guarded = self._last_press
        self._changed_at = self.clock()

    def forget(self) -> None:
        """The next press is a new, deliberate one wherever it lands (the self-test's taps, kiosk.ui.probe)."""
        self._guarded = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease:
            if self._swallowing:
                self._swallowing = False
                return True
            return False
        if kind not in PRESSES:
            return False
        spot = event.globalPosition()  # type: ignore[attr-defined]
        if self._repeats(spot):
            self._swallowing = True
            return True
        self._last_press = QPointF(spot)
        return False

    def _repeats(self, spot: QPointF) -> bool:
        if self._guarded is None or self.clock() - self._changed_at > GUARD_S:
            return False
        offset = spot - self._guarded
        return abs(offset.x()) <= self.radius and abs(offset.y()) <= self.radius
