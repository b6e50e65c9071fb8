"""The operator's way into the console: the corner gesture, then the PIN on the pad."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.support.taps import tap, tap_window_at

#: the PIN the console fixtures (tests/ui/admin/conftest.py) set unless told otherwise
PIN = "2468"


def corners(window: QWidget) -> list[tuple[int, int]]:
    w, h = window.width(), window.height()
    return [(8, 8), (w - 8, 8), (w - 8, h - 8), (8, h - 8)]


def do_gesture(window: QWidget) -> None:
    for x, y in corners(window):
        tap_window_at(window, x, y)


def enter_pin(console, pin: str) -> None:  # noqa: ANN001 (an OperatorConsole)
    pad = console.pin_pad
    for digit in pin:
        tap(pad.keys[digit])
    tap(pad.ok)


def unlock(qtbot, kiosk, pin: str = PIN) -> None:  # noqa: ANN001 (qtbot, tests.ui.admin.conftest.Kiosk)
    """Gesture and PIN, then wait until the console has read the pack and the results."""
    do_gesture(kiosk.window)
    with qtbot.waitSignal(kiosk.console.opened, timeout=2000):
        enter_pin(kiosk.console, pin)
    qtbot.waitUntil(lambda: not kiosk.console.reload_job.running, timeout=5000)
