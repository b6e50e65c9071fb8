"""Benchmark: the seeded random visitor of tests/robustness/monkey.py for 20,000 events on the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_monkey.py [--events 20000] [--seed N] [--pack DIR]

Taps anywhere and on buttons, presses keys (every escape combination too), walks away past a short idle
timeout (0.3 s, so the run does not take hours) and switches language. Pass: no exception, never stuck
(every walk-away ends on the attract screen), the window never closes, no socket is opened, and every
quiz that reached its result screen is in the results database (a real file).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.results.store import ResultsStore  # noqa: E402
from tests.robustness.driver import SMALL_PACK, build_window, close_window  # noqa: E402
from tests.robustness.monkey import Monkey  # noqa: E402
from tests.robustness.netguard import no_network  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--pack", type=Path, default=SMALL_PACK)
    args = parser.parse_args()

    errors: list[str] = []
    sys.excepthook = lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}")
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-monkey-") as tmp, no_network() as guard:
        store = ResultsStore.open(Path(tmp) / "results.db")
        window = build_window(args.pack, store, kiosk=True, idle=0.3, countdown=1, tick_ms=10)
        started = time.perf_counter()
        failure = ""
        try:
            report = Monkey(window, args.seed).run(args.events)
        except AssertionError as exc:
            failure = str(exc) or "an invariant failed"
            report = None
        elapsed = time.perf_counter() - started
        close_window(window)
        store.flush()
        recorded = store.db["quiz_results"].count if store.db is not None else -1
        store.close()
    print(f"pack: {args.pack}; seed {args.seed}")
    if report is None:
        print(f"FAIL: {failure}")
        return 1
    total = sum(report.events.values())
    print(
        f"events: {total} in {elapsed:.0f} s ({elapsed / total * 1000:.1f} ms an event): {dict(sorted(report.events.items()))}"
    )
    print(f"screens seen: {sorted(report.screens_seen)}")
    print(f"visits back on attract: {report.finishes}; idle resets: {report.idle_resets}")
    print(f"quizzes finished: {report.results_shown}; in the database: {recorded}")
    print(f"exceptions: {len(errors)}; network attempts: {len(guard.attempts)}; window open: yes")
    ok = not errors and not guard.attempts and recorded == report.results_shown
    print("PASS" if ok else "FAIL")
    for error in errors[:10]:
        print("  ", error)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
