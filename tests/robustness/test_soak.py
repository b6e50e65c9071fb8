"""A reduced soak: 100 scripted visits in one window; after every visit the live QObjects are back to the
baseline and every finished quiz is in the database (2,000 visits and memory in bench/bench_soak.py)."""

from __future__ import annotations

import gc
import random

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.results.store import ResultsStore
from tests.robustness.driver import SMALL_PACK, build_window, close_window, flush_deletes, live_qobjects
from tests.robustness.soak import count_objects, scripted_visit, soak, tour

VISITS = 100


@pytest.mark.slow
def test_every_visit_leaves_the_qobject_count_where_it_was(qtbot, tmp_path) -> None:  # noqa: ANN001
    store = ResultsStore.open(tmp_path / "results.db")
    window = build_window(SMALL_PACK, store, kiosk=True)
    try:
        window.router.prebuild()
        # Warm-up visits fill the screens' pools (choice cards, missed items) to what the pack needs.
        rng = random.Random(0)
        warm_quizzes = tour(window, rng) + sum(scripted_visit(window, rng, visit) for visit in range(1, 8))
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


def _stale_wrappers() -> int:
    """Python wrappers still alive whose Qt object is gone."""
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QObject) and not shiboken6.isValid(o))


def test_counting_the_qobjects_leaves_no_wrapper_behind(qtbot) -> None:  # noqa: ANN001
    # A label going from rich to plain text deletes its text document (and the document's frame and
    # layout); a count that had wrapped them would keep those wrappers alive once Qt deleted them.
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("<b>0</b>", holder)
    stale = _stale_wrappers()
    counts = []
    for n in range(1, 11):
        counts.append(live_qobjects(holder))
        label.setText(str(n))
        label.setText(f"<b>{n}</b>")
    assert _stale_wrappers() == stale
    assert set(counts) == {len(holder.findChildren(QObject))}  # the same count findChildren gives
