"""A seeded random visitor: taps anywhere, presses keys (every escape combination too), waits past the idle
timeout and switches language, checking after each event that the kiosk is neither broken nor stuck.

Shared by tests/robustness/test_monkey.py (1,000 events) and bench/bench_monkey.py (20,000 events).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QScrollArea

from kiosk.journey import Screen
from kiosk.ui.window import MainWindow
from tests.robustness.driver import settle

K, M = Qt.Key, Qt.KeyboardModifier
#: every way out a keyboard offers, blocked or not: the kiosk's lockdown must swallow them all
ESCAPE_KEYS = (
    (K.Key_Escape, M.NoModifier),
    (K.Key_F4, M.AltModifier),
    (K.Key_Q, M.ControlModifier),
    (K.Key_W, M.ControlModifier),
    (K.Key_Escape, M.ControlModifier | M.ShiftModifier),
    (K.Key_Tab, M.AltModifier),
    (K.Key_Delete, M.ControlModifier | M.AltModifier),
    (K.Key_F11, M.NoModifier),
    (K.Key_Super_L, M.NoModifier),
    (K.Key_Backspace, M.ControlModifier | M.AltModifier),
)
OTHER_KEYS = (
    (K.Key_Return, M.NoModifier),
    (K.Key_Enter, M.NoModifier),
    (K.Key_Space, M.NoModifier),
    (K.Key_Tab, M.NoModifier),
    (K.Key_Tab, M.ShiftModifier),
    (K.Key_Left, M.NoModifier),
    (K.Key_Right, M.NoModifier),
    (K.Key_Up, M.NoModifier),
    (K.Key_Down, M.NoModifier),
    (K.Key_PageDown, M.NoModifier),
    (K.Key_Home, M.NoModifier),
    (K.Key_A, M.ControlModifier),
    (K.Key_C, M.ControlModifier),
    (K.Key_V, M.ControlModifier),
    (K.Key_1, M.NoModifier),
    (K.Key_X, M.NoModifier),
    (K.Key_Menu, M.NoModifier),
)
#: how often each kind of event happens, out of the total
WEIGHTS = {"tap_point": 30, "tap_button": 50, "key": 12, "escape": 4, "language": 2, "idle": 2}


@dataclass
class MonkeyReport:
    events: dict[str, int] = field(default_factory=dict)
    results_shown: int = 0  # times the result screen appeared for a newly finished quiz
    idle_resets: int = 0
    finishes: int = 0
    screens_seen: set[str] = field(default_factory=set)


class Monkey:
    def __init__(self, window: MainWindow, seed: int, *, idle_wait_s: float = 2.0) -> None:
        self.window = window
        self.rng = random.Random(seed)
        self.idle_wait_ms = round(idle_wait_s * 1000)
        self.report = MonkeyReport()
        self._last_screen = window.journey.screen
        window.router.screen_changed.connect(self._screen_changed)

    def _screen_changed(self, name: str) -> None:
        journey = self.window.journey
        self.report.screens_seen.add(name)
        # A result counts when its screen appears; a language switch on the result screen shows the
        # same result again (as a new object, in the other language) and is not a new quiz.
        if journey.screen is Screen.RESULT and self._last_screen is not Screen.RESULT:
            self.report.results_shown += 1
        if journey.screen is Screen.ATTRACT and self._last_screen is not Screen.ATTRACT:
            self.report.finishes += 1
        self._last_screen = journey.screen

    def run(self, events: int) -> MonkeyReport:
        kinds, weights = zip(*WEIGHTS.items(), strict=True)
        for _ in range(events):
            kind = self.rng.choices(kinds, weights)[0]
            self.report.events[kind] = self.report.events.get(kind, 0) + 1
            getattr(self, f"_{kind}")()
            self.check()
        return self.report

    # -- what a visitor does --------------------------------------------------------------------------

    def _tap_point(self) -> None:
        w = self.window
        pos = QPoint(self.rng.randrange(w.width()), self.rng.randrange(w.height()))
        QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        settle()

    def _tap_button(self) -> None:
        buttons = [
            b
            for b in self.window.stack.currentWidget().findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled()
        ]
        if not buttons:
            self._tap_point()
            return
        # Visitors mostly go forward; ways back and out are pressed too, just less often.
        screen = self.window.stack.currentWidget()
        backwards = {getattr(screen, "back_button", None), getattr(screen, "finish_button", None)}
        weights = [1 if b in backwards or b.objectName() == "LessonsButton" else 6 for b in buttons]
        button = self.rng.choices(buttons, weights)[0]
        # Scroll it into view first, as a visitor would drag the list.
        for area in ("scroll", "panel_scroll"):
            scroller = getattr(self.window.stack.currentWidget(), area, None)
            if isinstance(scroller, QScrollArea) and scroller.isAncestorOf(button):
                scroller.ensureWidgetVisible(button)
        settle()
        centre = QPoint(button.width() // 2, button.height() // 2)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        settle()

    def _press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        target = self.window.focusWidget() or self.window
        QTest.keyClick(target, key, modifiers)
        settle()

    def _key(self) -> None:
        self._press(*self.rng.choice(OTHER_KEYS))

    def _escape(self) -> None:
        self._press(*self.rng.choice(ESCAPE_KEYS))
        assert self.window.isVisible(), "an escape key closed the kiosk"

    def _language(self) -> None:
        # The language switch sits in the corner of every visitor screen (issue 17, item 4).
        screen = self.window.router.current
        buttons = [b for b in screen.corner.buttons.values() if b.isEnabled()] if screen else []
        if not buttons:
            self._tap_button()
            return
        button = self.rng.choice(buttons)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        settle()

    def _idle(self) -> None:
        """Walk away past the idle timeout: the kiosk must end up on the attract screen, clean."""
        journey = self.window.journey
        was_idle_screen = journey.idle_applies
        deadline = time.monotonic() + self.idle_wait_ms / 1000
        while journey.screen is not Screen.ATTRACT and time.monotonic() < deadline:
            QTest.qWait(10)  # the event loop runs, so the idle timers fire
        assert journey.screen is Screen.ATTRACT, f"stuck on {journey.screen} after walking away"
        assert journey.visit is None
        if was_idle_screen:
            # A visit ended by the idle reset hands the next visitor the kiosk's own language. (A language
            # picked on the attract screen without starting stays: the attract screen never times out.)
            assert journey.language == journey.home_language
            self.report.idle_resets += 1

    # -- what must always hold -------------------------------------------------------------------------

    def check(self) -> None:
        window, journey = self.window, self.window.journey
        assert window.isVisible(), "the kiosk window went away"
        assert window.stack.currentWidget() is window.router.screen_for(journey.screen), (
            f"the screen shown does not match the journey ({journey.screen})"
        )
        if journey.screen is Screen.ATTRACT:
            assert journey.visit is None
