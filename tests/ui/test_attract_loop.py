"""Issue 20 item 4: the attract loop moves tips and lesson teasers on by the clock, cross-fading, with
a pulse round "Touch to start"; a touch stops all of it, and the next attract screen starts it afresh.

The clock is a FakeClock: no test waits for a slide's seconds. Its CPU use is measured by
bench/bench_attract_cpu.py, not here.
"""

from __future__ import annotations

import pytest

from kiosk import app as kiosk_app
from kiosk.journey import Screen
from kiosk.settings import Settings
from kiosk.ui.attract_loop import AttractLoop
from kiosk.ui.screens.attract import AttractScreen
from tests.support.clock import FakeClock
from tests.support.taps import tap
from tests.ui.conftest import PACK


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr("kiosk.ui.attract_loop.CLOCK", fake)
    return fake


def test_the_loop_moves_on_only_when_a_slide_is_due(qtbot, clock: FakeClock) -> None:  # noqa: ANN001
    loop = AttractLoop(8)
    moved: list[int] = []
    loop.advanced.connect(moved.append)
    loop.begin(3)
    assert loop.running and loop.isActive()
    clock.advance(7.5)
    loop.check()  # a timer that fired early changes nothing
    assert moved == [] and loop.isActive()
    for _ in range(3):
        clock.advance(8)
        loop.check()
    assert moved == [1, 2, 0]  # round and round
    loop.end()
    clock.advance(60)
    loop.check()
    assert moved == [1, 2, 0] and not loop.isActive() and not loop.running
    loop.begin(1)  # a single slide has nowhere to go
    assert not loop.running and not loop.isActive()


def test_slides_advance_stop_at_a_touch_and_start_again_after_the_visit(
    qtbot, make_window, clock: FakeClock
) -> None:  # noqa: ANN001
    window = make_window()
    attract = window.router.attract
    # the test pack: two tips and the two lessons' teasers (each has a summary), taking turns
    texts = [slide.text for slide in attract.slides]
    assert texts == ["First tip for testing.", "Two short pages and one question.", "Second tip for testing.",
                     "A lesson to read, no quiz."]  # fmt: skip
    assert [slide.title for slide in attract.slides][1::2] == ["Basics", "Phishing"]
    assert attract.loop.running and attract.halo.pulsing
    assert attract.tip.text() == texts[0] and attract.tip_label.text() == "Did you know?"

    clock.advance(8)
    attract.loop.check()
    assert attract.fader.fading  # a cross-fade, not a jump
    qtbot.waitUntil(lambda: not attract.fader.fading, timeout=3000)
    assert attract.tip.text() == texts[1] and attract.tip_label.text() == "Basics"
    assert attract.picture.isVisible() and not attract.bulb.isVisible()
    assert not attract.fader.effect.isEnabled()  # no effect on a still slide

    clock.advance(8)
    attract.loop.check()
    assert attract.fader.fading
    tap(attract.start_button)  # a visitor, in the middle of a fade
    assert window.journey.screen is Screen.CATALOGUE
    assert not attract.loop.running and not attract.loop.isActive()
    assert not attract.fader.fading and not attract.halo.pulsing
    assert attract.fader.effect.opacity() == 1.0

    tap(window.router.catalogue.finish_button)  # the visit ends: the loop starts again, from the first
    assert window.journey.screen is Screen.ATTRACT
    assert attract.loop.running and attract.halo.pulsing and attract.loop.index == 0
    assert attract.tip.text() == texts[0]


def test_the_loop_follows_the_language(qtbot, make_window, clock: FakeClock) -> None:  # noqa: ANN001
    window = make_window()
    attract = window.router.attract
    tap(attract.language_buttons["zh-CN"])
    assert [slide.text for slide in attract.slides][:2] == ["第一条提示。", "两页内容和一道题。"]
    assert attract.loop.running and attract.loop.index == 0


def test_with_the_loop_off_the_tips_change_plainly(qtbot, clock: FakeClock, recorder) -> None:  # noqa: ANN001
    settings = Settings(lessons=PACK, windowed=True, attract_loop=False)
    journey = kiosk_app.make_journey(kiosk_app.open_pack(settings), settings, recorder)
    screen = AttractScreen(1.0, {}, slide_seconds=0)
    qtbot.addWidget(screen)
    screen.show()
    screen.on_enter(journey)
    assert [slide.text for slide in screen.slides] == ["First tip for testing.", "Second tip for testing."]
    assert not screen.halo.pulsing
    clock.advance(8)
    screen.loop.check()
    assert not screen.fader.fading and screen.tip.text() == "Second tip for testing."
    screen.on_leave()
    assert not screen.loop.isActive()
