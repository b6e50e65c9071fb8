"""Issue 17 item 5: the PIN pad left open goes after the visitors' idle time; its dots give away no length."""

from __future__ import annotations

from tests.support.console import do_gesture
from tests.support.taps import tap


def test_a_pad_left_open_closes_after_the_visitors_idle_time(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(config_text="idle_timeout = 0.2\n[operator]\nconsole_idle_timeout = 180\n")
    do_gesture(kiosk.window)
    console = kiosk.console
    assert console.stack.currentWidget() is console.pin_pad
    assert console.idle_timer.interval() == 200  # the visitors' 0.2 s, not the operator's 3 minutes
    with qtbot.waitSignal(console.closed, timeout=3000):
        pass
    assert not console.isVisible()


def test_once_unlocked_the_operator_timeout_applies(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(config_text="idle_timeout = 30\n[operator]\nconsole_idle_timeout = 180\n")
    do_gesture(kiosk.window)
    console = kiosk.console
    assert console.idle_timer.interval() == 30_000
    with qtbot.waitSignal(console.opened, timeout=2000):
        for digit in "2468":
            tap(console.pin_pad.keys[digit])
        tap(console.pin_pad.ok)
    assert console.unlocked and console.idle_timer.interval() == 180_000


def test_the_dots_grow_with_the_digits_typed_and_show_no_empty_slots(make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(pin="246813")
    do_gesture(kiosk.window)
    pad = kiosk.console.pin_pad
    assert "●" not in pad.dots.text() and "○" not in pad.dots.text()
    assert pad.dots.height() > 0
    for typed, digit in enumerate("246813", start=1):
        tap(pad.keys[digit])
        assert pad.dots.text() == "●" * typed
