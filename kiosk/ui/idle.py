"""The idle watch: after a quiet spell, "Still there?" counts down; a touch resumes, silence resets.

Any input anywhere in the application restarts the watch (an application-wide event filter), so no
screen has to remember to report activity.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}

#: the presses that begin a touch, and those that end one
_PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
_RELEASES = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd}

#: after a touch dismissed "Still there?", further presses this soon (a double tap) dismiss nothing
#: more and reach nothing underneath (the same time as kiosk.ui.tap_guard's)
SETTLE_S = 0.6

#: the clock a watch reads unless it is given one (tests pace their taps through it)
CLOCK: Callable[[], float] = time.monotonic


class IdleWatch(QObject):
    KINDS = frozenset(ACTIVITY)  # the events it looks at (kiosk.ui.input_filters)

    countdown_started = Signal(int)
    countdown_tick = Signal(int)  # seconds left
    resumed = Signal()
    expired = Signal()

    def __init__(
        self,
        timeout_s: float,
        countdown_s: int,
        applies: Callable[[], bool],
        parent: QObject | None = None,
        *,
        tick_ms: int = 1000,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.applies = applies
        self.clock = clock if clock is not None else CLOCK
        self._dismissed_at = -1e9
        self._swallowing = False  # a press was taken: the rest of that touch goes too
        self.countdown_s = countdown_s
        self.remaining = 0
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.timeout.connect(self._quiet_spell)
        self.ticker = QTimer(self)
        self.ticker.setInterval(tick_ms)
        self.ticker.timeout.connect(self._tick)
        self.set_timeout(timeout_s)

    @property
    def enabled(self) -> bool:
        return self.timeout_ms > 0

    @property
    def counting(self) -> bool:
        return self.ticker.isActive()

    def set_timeout(self, timeout_s: float) -> None:
        """0 turns the idle reset off (a classroom where pupils read slowly)."""
        self.timeout_ms = max(0, round(timeout_s * 1000))
        self.restart()

    def restart(self) -> None:
        if self.enabled:
            self.quiet.start(self.timeout_ms)
        else:
            self.quiet.stop()

    def stop(self) -> None:
        self.quiet.stop()
        self.ticker.stop()

    def activity(self) -> bool:
        """Someone touched the kiosk. Returns True when that touch cancelled a countdown (and is used up)."""
        cancelled = self.counting
        if cancelled:
            self.ticker.stop()
            self.resumed.emit()
        self.restart()
        return cancelled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in ACTIVITY:
            return False
        if kind == QEvent.Type.MouseMove and self.counting:
            # The pointer moving is not a touch: on many touch screens it jumps to where the finger
            # lands just before the press, so dismissing here would let that press work the
            # control under the overlay. The press dismisses it.
            return False
        # The touch that dismisses "Still there?" only dismisses it: neither it (press, moves,
        # release) nor a second tap of a double tap presses whatever lies under the overlay.
        cancelled = self.activity()
        if kind in _PRESSES:
            if cancelled:
                self._dismissed_at = self.clock()
            if cancelled or self.clock() - self._dismissed_at < SETTLE_S:
                self._swallowing = True
                return True
            self._swallowing = False  # a new touch, let through: so is its release
            return False
        if self._swallowing:
            if kind in _RELEASES:
                self._swallowing = False
            return kind != QEvent.Type.KeyPress
        return cancelled and kind != QEvent.Type.MouseMove

    def _quiet_spell(self) -> None:
        if not self.applies():
            self.restart()  # the attract screen never times out
            return
        self.remaining = self.countdown_s
        self.ticker.start()
        self.countdown_started.emit(self.remaining)

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self.countdown_tick.emit(self.remaining)
            return
        self.ticker.stop()
        self.expired.emit()
        self.restart()
