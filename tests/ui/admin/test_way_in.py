"""The way in and out: the corner gesture, the PIN pad, the lockout, first-time PIN, idle timeout, leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.operator.pin import verify_pin
from kiosk.ui.admin.console import OperatorConsole
from tests.support.console import corners, do_gesture, enter_pin
from tests.support.taps import tap, tap_window_at
from tests.ui.admin.conftest import operator_config


def test_the_corner_gesture_opens_the_pin_pad(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    assert not kiosk.hook.built  # nothing of the console is built until it is needed
    with qtbot.waitSignal(kiosk.window.operator_requested, timeout=1000):
        do_gesture(kiosk.window)
    console = kiosk.console
    assert console.isVisible() and console.stack.currentWidget() is console.pin_pad
    assert not console.unlocked


def test_ordinary_taps_do_not_open_it(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    window = kiosk.window
    seen: list[bool] = []
    window.operator_requested.connect(lambda: seen.append(True))
    # A tap where visitors tap does its ordinary job (the attract screen starts a visit) and no more.
    tap_window_at(window, window.width() // 2, window.height() // 2)
    assert window.journey.screen.value == "catalogue"
    # The corners in the wrong order, and in the right order but broken by a tap elsewhere.
    for x, y in reversed(corners(window)):
        tap_window_at(window, x, y)
    first, second, third, fourth = corners(window)
    for x, y in (first, second, (window.width() // 2, 40), third, fourth):
        tap_window_at(window, x, y)
    assert seen == []
    assert not kiosk.hook.built or not kiosk.console.isVisible()
    assert window.journey.screen.value == "catalogue"


def test_taps_too_slow_do_not_count(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    times = iter([0.0, 2.0, 4.0, 7.0])
    kiosk.hook.gesture.monotonic = lambda: next(times)
    seen: list[bool] = []
    kiosk.window.operator_requested.connect(lambda: seen.append(True))
    do_gesture(kiosk.window)
    assert seen == []


def test_right_pin_opens_the_console_and_wrong_pin_does_not(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(pin="2468")
    do_gesture(kiosk.window)
    console: OperatorConsole = kiosk.console
    enter_pin(console, "1357")
    assert not console.unlocked and "Wrong PIN" in console.pin_pad.message.text()
    with qtbot.waitSignal(console.opened, timeout=2000):
        enter_pin(console, "2468")
    assert console.unlocked and console.view.isVisible()


def test_opening_the_console_ends_the_visit_in_progress(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    journey = kiosk.window.journey
    journey.start()
    kiosk.window.router.sync()
    assert journey.visit is not None
    do_gesture(kiosk.window)
    assert journey.visit is None and journey.screen.value == "attract"


def test_five_wrong_pins_lock_the_pad_for_a_minute(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(pin="2468")
    do_gesture(kiosk.window)
    console = kiosk.console
    pad = console.pin_pad
    for _ in range(5):
        enter_pin(console, "0000")
    assert pad.lockout.locked and pad.lock_timer.isActive()
    assert not pad.keys["2"].isEnabled() and "locked for 1:00" in pad.message.text()
    # The right PIN typed on the keyboard while locked is refused without being checked.
    pad.entry = "2468"
    pad.submit()
    assert not console.unlocked
    kiosk.clock.advance(30)
    pad.lock_timer.timeout.emit()
    assert "0:30" in pad.message.text()
    kiosk.clock.advance(30)
    pad.lock_timer.timeout.emit()  # what the once-a-second timer does
    assert not pad.lockout.locked and pad.keys["2"].isEnabled() and not pad.lock_timer.isActive()
    with qtbot.waitSignal(console.opened, timeout=2000):
        enter_pin(console, "2468")
    assert console.unlocked


def test_the_second_lock_lasts_twice_as_long(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(pin="2468")
    do_gesture(kiosk.window)
    console = kiosk.console
    for _ in range(5):
        enter_pin(console, "1111")
    kiosk.clock.advance(60)
    console.pin_pad.lock_timer.timeout.emit()  # the once-a-second check notices the lock has ended
    for _ in range(5):
        enter_pin(console, "1111")
    assert console.pin_pad.lockout.remaining() == 120
    assert "2:00" in console.pin_pad.message.text()


def test_with_no_pin_the_first_operator_sets_one_and_only_its_hash_is_stored(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(pin=None, config_text='event_label = "Booth"\n')
    do_gesture(kiosk.window)
    console = kiosk.console
    pad = console.pin_pad
    assert pad.setting and "No operator PIN is set yet" in pad.message.text()
    enter_pin(console, "815093")
    enter_pin(console, "815094")  # a slip: asked again from the start
    assert "differ" in pad.message.text() and not console.unlocked
    enter_pin(console, "815093")
    with qtbot.waitSignal(console.opened, timeout=2000):
        enter_pin(console, "815093")
    text = kiosk.config.read_text(encoding="utf-8")
    assert "815093" not in text and 'event_label = "Booth"' in text
    assert verify_pin("815093", operator_config(kiosk.config).pin_hash)
    # Next time the PIN is asked for.
    console.close_console()
    do_gesture(kiosk.window)
    assert not console.pin_pad.setting


def test_the_console_goes_back_to_visitors_when_left_alone(qtbot, make_kiosk) -> None:  # noqa: ANN001
    # A second: each tap restarts the wait, and a busy machine may take longer than a few milliseconds
    # between the PIN's taps; listening for both signals from the start, as the wait begins at opening.
    kiosk = make_kiosk(config_text="[operator]\nconsole_idle_timeout = 1\n")
    do_gesture(kiosk.window)
    console = kiosk.console
    with qtbot.waitSignals([console.opened, console.closed], order="strict", timeout=5000):
        enter_pin(console, "2468")
    assert not console.isVisible() and kiosk.window.journey.screen.value == "attract"


def test_leaving_kiosk_mode_asks_first(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    window = kiosk.window
    do_gesture(window)
    console = kiosk.console
    with qtbot.waitSignal(console.opened, timeout=2000):
        enter_pin(console, "2468")
    tap(console.view.leave)
    assert console.confirm.isVisible() and window.isVisible()
    tap(console.confirm.stay)
    assert not console.confirm.isVisible() and window.isVisible() and console.unlocked
    tap(console.view.leave)
    with qtbot.waitSignal(window.closing, timeout=2000):
        tap(console.confirm.leave)
    assert not window.isVisible()


def test_escape_keys_still_do_nothing_in_kiosk_mode_while_the_pad_shows(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    do_gesture(kiosk.window)
    qtbot.keyClick(kiosk.console.pin_pad, Qt.Key.Key_Escape)
    assert kiosk.window.isVisible()


def test_changing_the_pin_from_the_console(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(pin="2468")
    do_gesture(kiosk.window)
    console = kiosk.console
    with qtbot.waitSignal(console.opened, timeout=2000):
        enter_pin(console, "2468")
    console.view.show_page("settings")
    tap(console.view.settings.change_pin)
    assert console.stack.currentWidget() is console.pin_pad and "new PIN" in console.pin_pad.message.text()
    enter_pin(console, "97531")
    with qtbot.waitSignal(console.opened, timeout=2000):
        enter_pin(console, "97531")
    stored = operator_config(kiosk.config).pin_hash
    assert verify_pin("97531", stored) and not verify_pin("2468", stored)
    assert "97531" not in kiosk.config.read_text(encoding="utf-8")


@pytest.mark.parametrize("screen", ["catalogue", "reader"])
def test_the_gesture_works_on_the_lesson_screens_too(qtbot, make_kiosk, screen: str) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    window = kiosk.window
    window.journey.start()
    if screen == "reader":
        window.router.open_lesson(window.journey.pack.lessons[0].id)
        window.router.opener.finish()
    window.router.sync()
    assert window.journey.screen.value == screen
    with qtbot.waitSignal(window.operator_requested, timeout=2000):
        do_gesture(window)
    assert kiosk.console.isVisible() and window.journey.visit is None


def test_the_gesture_on_the_attract_screen_records_no_visit(qtbot, make_kiosk, known_store) -> None:  # noqa: ANN001
    kiosk = make_kiosk(store=known_store)
    window = kiosk.window
    before = known_store.db.execute("SELECT count(*) FROM visits").fetchone()[0]
    with qtbot.waitSignal(window.operator_requested, timeout=2000):
        do_gesture(window)
    assert known_store.db.execute("SELECT count(*) FROM visits").fetchone()[0] == before
    kiosk.console.close_console()
    # A lone tap in the top-left corner is kept from "touch to start"; anywhere else starts as before.
    tap_window_at(window, 8, 8)
    assert window.journey.screen.value == "attract"
    tap_window_at(window, window.width() // 3, window.height() // 3)
    assert window.journey.screen.value == "catalogue"


def test_the_console_keeps_covering_a_resized_window(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(kiosk=False)
    window = kiosk.window
    do_gesture(window)
    window.setFixedSize(1280, 720)
    qtbot.waitUntil(lambda: kiosk.console.size() == window.size(), timeout=2000)
