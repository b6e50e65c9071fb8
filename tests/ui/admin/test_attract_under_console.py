"""Issue 20 item 4: under the operator console the attract loop's slides and pulse wait for it to close."""

from __future__ import annotations

import pytest

from tests.support.clock import FakeClock
from tests.support.console import do_gesture


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr("kiosk.ui.attract_loop.CLOCK", fake)
    return fake


def test_under_the_operator_console_the_loop_waits(qtbot, make_kiosk, clock: FakeClock) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    attract = kiosk.window.router.attract
    first = attract.tip.text()
    do_gesture(kiosk.window)  # the PIN pad now covers the attract screen
    assert kiosk.console.isVisible() and attract.covered()
    clock.advance(8)
    attract.loop.check()
    assert not attract.fader.fading and attract.tip.text() == first
    phase = attract.halo.phase
    attract.halo._frame(0.1)  # noqa: SLF001 (a frame the pulse's time line delivers)
    assert attract.halo.phase == phase
    kiosk.console.close_console()
    assert not attract.covered()
    clock.advance(8)
    attract.loop.check()
    assert attract.fader.fading
