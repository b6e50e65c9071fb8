"""The attract loop's moving parts: the clock that moves the slides on, and the pulse round "Touch to start".

Both stop when the attract screen is left (``stop``): a hidden screen must cost nothing. The loop
reads a clock rather than trusting the timer alone, so a late timer (a busy machine, a suspended
one) never shows two slides in quick succession, and tests drive it with a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEasingCurve,
    QObject,
    QRect,
    QRectF,
    Qt,
    QTimeLine,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import QGraphicsOpacityEffect, QHBoxLayout, QWidget

from kiosk.ui import resources

#: the loop's clock (tests put a FakeClock here before the screen is made)
CLOCK: Callable[[], float] = time.monotonic


class AttractLoop(QTimer):
    """Says when the next slide is due, every ``seconds``; ``seconds`` 0 (or one slide) means no loop."""

    advanced = Signal(int)  # the index of the slide to show now

    def __init__(self, seconds: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.setTimerType(Qt.TimerType.CoarseTimer)
        self.seconds = seconds
        self.clock = CLOCK
        self.index = 0
        self.count = 0
        self._due: float | None = None
        self.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        return self._due is not None

    def begin(self, count: int) -> None:
        """Start from the first of ``count`` slides (a fresh attract screen)."""
        self.index, self.count = 0, count
        self.end()
        if self.seconds > 0 and count > 1:
            self._due = self.clock() + self.seconds
            self.start(round(self.seconds * 1000))

    def end(self) -> None:
        self._due = None
        self.stop()

    def check(self) -> None:
        """Move on if the slide's time is up (the timer calls this), then wait for the next one."""
        if self._due is None:
            return
        now = self.clock()
        if now + 0.01 >= self._due:
            self.index = (self.index + 1) % self.count
            self._due = now + self.seconds
            self.advanced.emit(self.index)
        self.start(max(10, round((self._due - now) * 1000)))


class PulseHalo(QWidget):
    """Holds one widget and, while ``pulsing``, sends a soft ring out from its edge every few seconds.

    Frames come at 20 a second and only while a ring is out (1.4 s of every 4); each repaints the
    ring's band alone, never the widget inside: a gentle invitation that costs little CPU (the
    attract loop's budget is 5 % of one core, bench/bench_attract_cpu.py).
    """

    PERIOD_MS = 4000
    RING_MS = 1400
    FRAME_MS = 50

    def __init__(self, inner: QWidget, reach: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner = inner
        self.reach = reach
        self.phase = 1.0  # 0..1 while a ring is out; 1 is "no ring"
        #: True while something covers the screen (the operator console): no frame is drawn then
        self.covered: Callable[[], bool] = lambda: False
        row = QHBoxLayout(self)
        row.setContentsMargins(reach, reach, reach, reach)
        row.addWidget(inner)
        self.line = QTimeLine(self.PERIOD_MS, self)
        self.line.setLoopCount(0)  # for ever, until stopped
        self.line.setUpdateInterval(self.FRAME_MS)
        self.line.setEasingCurve(QEasingCurve(QEasingCurve.Type.Linear))
        self.line.valueChanged.connect(self._frame)

    @property
    def pulsing(self) -> bool:
        return self.line.state() == QTimeLine.State.Running

    def begin(self) -> None:
        if not self.pulsing:
            self.line.start()

    def end(self) -> None:
        self.line.stop()
        self._set_phase(1.0)

    def hold(self, phase: float) -> None:
        """Stop the pulse with its ring at ``phase`` (0..1): a still picture of it (``kiosk --screenshot``)."""
        self.line.stop()
        self._set_phase(phase)

    def _frame(self, value: float) -> None:
        if self.covered():
            return
        elapsed = value * self.PERIOD_MS
        self._set_phase(min(1.0, elapsed / self.RING_MS))

    def _set_phase(self, phase: float) -> None:
        if phase == self.phase:
            return
        self.phase = phase
        self.update(self._band())

    def _band(self) -> QRegion:
        """The area between the inner widget and the halo's edge: all a ring frame repaints."""
        return QRegion(self.rect()).subtracted(QRegion(self.inner.geometry()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.phase >= 1.0:
            return
        eased = 1 - (1 - self.phase) ** 2  # fast out, slow to fade
        colour = QColor(resources.color("start"))
        colour.setAlphaF(0.55 * (1 - eased))
        painter = QPainter(self)
        painter.setClipRegion(self._band())  # never over the button, not even its rounded corners
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(2.0, self.reach * 0.28)
        grow = width / 2 + eased * (self.reach - width)  # the stroke stays inside the halo
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = QRectF(QRect(self.inner.geometry())).adjusted(-grow, -grow, grow, grow)
        radius = ring.height() / 2  # "Touch to start" is a pill: so is its ring
        painter.drawRoundedRect(ring, radius, radius)
        painter.end()


class SlideFader(QObject):
    """Cross-fades ``target`` from one slide to the next: out, ``change()`` while unseen, then in.

    The opacity effect is on only while fading: a widget under an effect is drawn into a picture at
    every paint, which a still slide need not pay for. 30 frames a second (a QTimeLine, not Qt's 60 a
    second animations) look as smooth for a slow fade at half the CPU.
    """

    OUT_MS = 260
    IN_MS = 420
    FRAME_MS = 33

    def __init__(self, target: QWidget, change: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.change = change
        self.effect = QGraphicsOpacityEffect(target)
        self.effect.setEnabled(False)
        target.setGraphicsEffect(self.effect)
        self.fade_out = self._line(self.OUT_MS, QEasingCurve.Type.InQuad, lambda v: 1.0 - v, self._swap)
        self.fade_in = self._line(self.IN_MS, QEasingCurve.Type.OutQuad, lambda v: v, self._done)

    def _line(
        self, ms: int, easing: QEasingCurve.Type, opacity: Callable[[float], float], then: Callable[[], None]
    ) -> QTimeLine:
        line = QTimeLine(ms, self)
        line.setUpdateInterval(self.FRAME_MS)
        line.setEasingCurve(QEasingCurve(easing))
        line.valueChanged.connect(lambda value: self.effect.setOpacity(opacity(value)))
        line.finished.connect(then)
        return line

    @property
    def fading(self) -> bool:
        running = QTimeLine.State.Running
        return self.fade_out.state() == running or self.fade_in.state() == running

    def cross_fade(self) -> None:
        """Fade to the next slide; on a hidden target, just change it."""
        if not self.target.isVisible():
            self.stop()
            self.change()
            return
        self.fade_in.stop()
        self.effect.setOpacity(1.0)
        self.effect.setEnabled(True)
        self.fade_out.start()

    def stop(self) -> None:
        """Stop any fade and leave the slide fully shown."""
        self.fade_out.stop()
        self.fade_in.stop()
        self.effect.setOpacity(1.0)
        self.effect.setEnabled(False)

    def _swap(self) -> None:
        self.effect.setOpacity(0.0)
        self.change()
        self.fade_in.start()

    def _done(self) -> None:
        self.effect.setOpacity(1.0)
        self.effect.setEnabled(False)
