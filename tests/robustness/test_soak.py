"""A reduced soak: 100 scripted visits in one window; after every visit the live QObjects are back to the
baseline and every finished quiz is in the database (2,000 visits and memory in bench/bench_soak.py)."""

from __future__ import annotations

import random

import pytest

from kiosk.results.store import ResultsStore
from tests.robustness.driver import SMALL_PACK, build_window, close_window, flush_deletes
from tests.robustness.soak import count_objects, scripted_visit, soak

VISITS = 100


@pytest.mark.slow
def test_every_visit_leaves_the_qobject_count_where_it_was(qtbot, tmp_path) -> None:  # noqa: ANN001
    store = ResultsStore.open(tmp_path / "results.db")
    window = build_window(SMALL_PACK, store, kiosk=True)
    try:
        window.router.prebuild()
        # Warm-up visits fill the screens' pools (choice cards, missed items) to what the pack needs.
        rng = random.Random(0)
        warm_quizzes = sum(scripted_visit(window, rng, visit) for visit in range(1, 8))
        flush_deletes()
        baseline = count_objects(window)
        samples = soak(window, VISITS, seed=1)
    finally:
        close_window(window)
    drifted = [
        (s.visit, s.qobjects, s.widgets, s.app_objects)
        for s in samples
        if (s.qobjects, s.widgets, s.app_objects) != baseline
    ]
    assert drifted == [], f"baseline {baseline}"
    store.flush()
    assert store.db is not None
    assert store.db["quiz_results"].count == warm_quizzes + sum(s.quizzes for s in samples)
    assert sum(s.quizzes for s in samples) >= VISITS // 2  # the visits really took quizzes
    store.close()
