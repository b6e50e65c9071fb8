"""How long the operator console takes to fill its statistics pages, against ``summarize`` in the same run.

Builds (once, cached in bench/out/) a results database with ``bench/results_data.py`` and prints
medians of 5 runs: how long a refresh keeps the GUI thread busy (the queries run on a worker), how
long until the charts show and until the item analysis (worked out after them) shows, and
``summarize`` over the same data as the baseline.

    .venv/bin/python bench/bench_console.py [--answers N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))
import results_data  # noqa: E402

from kiosk.results.reports import ReportFilter, summarize  # noqa: E402
from kiosk.results.store import ResultsStore  # noqa: E402


def median_time(action, runs: int = 5) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtCore import QSize

    from kiosk.app import application, make_journey, make_window
    from kiosk.content.loader import load_pack
    from kiosk.journey.records import NullRecorder
    from kiosk.settings import Settings
    from kiosk.ui.admin.install import install_console

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--answers", type=int, default=200_000, help="size of the results database")
    parser.add_argument("--base-visits", type=int, default=3000, help="demo visits played before copying")
    args = parser.parse_args()
    path = results_data.build(answers=args.answers, base_visits=args.base_visits)
    store = ResultsStore.open(path, check=False)
    app = application()
    pack = load_pack(ROOT / "lessons")
    settings = Settings(windowed=True)
    window = make_window(app, make_journey(pack, settings, NullRecorder()), settings, QSize(1920, 1080))
    config = ROOT / "bench" / "out" / "console-bench.toml"
    console = install_console(window, store=store, full_pack=pack, config_path=config).console
    console.open_console()
    console.reload_job.wait()
    answers = store.db.execute("SELECT count(*) FROM answers").fetchone()[0]

    def wait_for(job) -> None:  # noqa: ANN001
        while job.running:
            app.processEvents()
            time.sleep(0.005)

    def wait_for_items() -> None:  # the item analysis starts once the charts are shown
        while console.stats_job.running or console.items_job.running or console.stats.items is None:
            app.processEvents()
            time.sleep(0.005)

    wait_for_items()
    blocked, shown, analysed = [], [], []
    for _ in range(5):
        started = time.perf_counter()
        console.refresh_stats()  # what a filter tap costs the GUI thread
        blocked.append(time.perf_counter() - started)
        wait_for(console.stats_job)
        shown.append(time.perf_counter() - started)
        wait_for_items()
        analysed.append(time.perf_counter() - started)
    baseline = median_time(lambda: summarize(store.db, ReportFilter()))
    print(f"{answers:,} answers in {path.name}; median of 5 runs")
    print(f"  GUI thread busy per refresh: {statistics.median(blocked) * 1000:.1f} ms")
    print(f"  refresh until the charts show: {statistics.median(shown):.2f} s")
    print(f"  refresh until the item analysis shows: {statistics.median(analysed):.2f} s")
    print(
        f"  summarize on the GUI thread (baseline, what a synchronous refresh would freeze): {baseline:.2f} s"
    )
    print(f"  ratio shown/baseline: {statistics.median(shown) / baseline:.2f}x")
    console.close_console()
    window.leave_kiosk()
    store.close()


if __name__ == "__main__":
    main()
