"""The monkey test: 1,500 seeded random visitor events on the real window (20,000 in bench/bench_monkey.py).

No exception (pytest-qt fails the test on any exception raised inside a slot), never stuck, and every
quiz that reached its result screen is in the results database.
"""

from __future__ import annotations

import pytest

from kiosk.results.store import ResultsStore
from tests.robustness.driver import SMALL_PACK, build_window, close_window
from tests.robustness.monkey import Monkey
from tests.robustness.netguard import no_network

EVENTS = 1_500


@pytest.mark.slow
@pytest.mark.parametrize("seed", [20261127])
def test_a_random_visitor_never_breaks_or_sticks_the_kiosk(qtbot, seed: int) -> None:  # noqa: ANN001
    store = ResultsStore.open(None)
    with no_network() as guard:
        # A short idle timeout so walking away is quick; the countdown is one 10 ms tick.
        window = build_window(SMALL_PACK, store, kiosk=True, idle=0.3, countdown=1, tick_ms=10)
        try:
            report = Monkey(window, seed).run(EVENTS)
        finally:
            close_window(window)
    guard.assert_clean()
    store.flush()
    assert store.db is not None
    # The monkey really went everywhere, and every quiz it finished was recorded.
    assert {"attract", "catalogue", "reader", "question", "feedback", "result"} <= report.screens_seen
    assert report.results_shown >= 3 and report.idle_resets >= 3
    assert store.db["quiz_results"].count == report.results_shown
    assert store.db["visits"].count >= report.finishes
    store.close()
