"""Benchmark: 2,000 scripted visits in one kiosk process; memory and live QObjects must not grow.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_soak.py [--visits 2000] [--pack DIR]

Plays the visits of tests/robustness/soak.py (one to three lessons, language switches, Finish on the
catalogue or the result screen, some idle resets) through the real window on the bundled course, with
a real results database on disk and the bundled fonts registered as the kiosk registers them. Pass: resident memory grows by at most 10 MB from visit 200 to the
last visit, the QObject count is back to its baseline (taken after warm-up) after every visit, and
every finished quiz is in the database. ``--fonts N`` lists, every N visits, each mapping of a font
file with its resident pages, RssAnon/RssFile and the threads: where resident file pages come from.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk import paths  # noqa: E402
from kiosk.results.store import ResultsStore  # noqa: E402
from kiosk.ui import fonts, idle, tap_guard  # noqa: E402
from tests.robustness.driver import build_window, close_window, flush_deletes  # noqa: E402
from tests.robustness.soak import (  # noqa: E402
    count_objects,
    font_mappings,
    malloc_in_use,
    memory_status,
    scripted_visit,
    soak,
    tour,
)

MB = 1024 * 1024


def set_up_fonts(setup: str) -> None:
    """Register the bundled fonts as kiosk.app.run does before its window ("kiosk"), or one of the two
    older ways for comparison. Without them the Chinese screens and pictures are drawn with whatever
    CJK font the system has, which is not what a kiosk runs."""
    if setup == "kiosk":
        fonts.register_bundled_fonts()
    elif setup == "by-path":
        for path in fonts.bundled_font_files():
            QFontDatabase.addApplicationFont(str(path))


def print_fonts(visit: int) -> None:
    """The font files mapped now, one line per mapping, then RssAnon/RssFile and the live threads."""
    status = memory_status()
    total = sum(m.rss_bytes for m in font_mappings())
    print(
        f"  fonts at visit {visit}: anon {status.get('RssAnon', 0) / MB:.1f} MB, file"
        f" {status.get('RssFile', 0) / MB:.1f} MB, font pages {total / MB:.1f} MB",
        flush=True,
    )
    for mapping in font_mappings():
        print(f"    {mapping.start} {mapping.rss_bytes / MB:5.1f} MB  {mapping.path}", flush=True)
    try:
        threads = sorted(p.joinpath("comm").read_text().strip() for p in Path("/proc/self/task").iterdir())
    except OSError:
        threads = []
    print(f"    threads: {', '.join(threads)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=2000)
    parser.add_argument("--from-visit", type=int, default=200, help="memory growth is measured from here")
    parser.add_argument("--pack", type=Path, default=paths.default_lessons_dir())
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--font-setup",
        choices=("kiosk", "by-path", "none"),
        default="kiosk",
        help="the bundled fonts as the kiosk registers them (default); registered by file path, as the"
        " kiosk did before it read them into memory; or left out, as this bench did until it was fixed",
    )
    parser.add_argument(
        "--fonts",
        type=int,
        default=0,
        metavar="N",
        help="every N visits, list each mapped font file with its resident pages, and the threads",
    )
    args = parser.parse_args()

    # The scripted visitor taps microseconds apart; the double-tap guard and the settling after
    # "Still there?" read a clock that moves a second at each reading, as a person's taps would (the
    # tests do the same: tests/conftest.py).
    tap_guard.CLOCK = itertools.count().__next__
    idle.CLOCK = itertools.count().__next__
    errors: list[str] = []

    def note_error(kind, value, tb) -> None:  # noqa: ANN001
        # Counted for the verdict, and shown: an exception that escapes main() must not pass silently.
        errors.append(f"{kind.__name__}: {value}")
        sys.__excepthook__(kind, value, tb)

    sys.excepthook = note_error
    QApplication.instance() or QApplication([])
    set_up_fonts(args.font_setup)
    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp:
        store = ResultsStore.open(Path(tmp) / "results.db")
        window = build_window(args.pack, store, kiosk=True)
        window.router.prebuild()
        import random

        rng = random.Random(0)
        warm = tour(window, rng) + sum(scripted_visit(window, rng, visit) for visit in range(1, 15))
        flush_deletes()
        baseline = count_objects(window)
        times: list[float] = []
        last = [time.perf_counter()]

        def progress(sample) -> None:  # noqa: ANN001
            now = time.perf_counter()
            times.append(now - last[0])
            last[0] = now
            if sample.visit % 200 == 0:
                print(
                    f"  visit {sample.visit}: rss {sample.rss_bytes / MB:.1f} MB, malloc in use"
                    f" {malloc_in_use() / MB:.1f} MB, qobjects {sample.qobjects}",
                    flush=True,
                )
            if args.fonts and sample.visit % args.fonts == 0:
                print_fonts(sample.visit)

        started = time.perf_counter()
        samples = soak(window, args.visits, args.seed, progress)
        elapsed = time.perf_counter() - started
        close_window(window)
        store.flush()
        recorded = store.db["quiz_results"].count if store.db is not None else -1
        store.close()

    finished = warm + sum(s.quizzes for s in samples)
    drifted = [s for s in samples if (s.qobjects, s.widgets, s.app_objects) != baseline]
    at_from = samples[args.from_visit - 1].rss_bytes
    at_end = samples[-1].rss_bytes
    growth = (at_end - at_from) / MB
    peak = max(s.rss_bytes for s in samples) / MB
    print(f"pack: {args.pack}")
    print(
        f"visits: {len(samples)} in {elapsed:.0f} s (median {statistics.median(times) * 1000:.0f} ms a visit)"
    )
    print(f"quizzes finished: {finished}; in the database: {recorded}")
    print(
        f"QObjects after each visit: baseline {baseline[0]} under the window, {baseline[1]} widgets, "
        f"{baseline[2]} on the application; visits off baseline: {len(drifted)}"
    )
    print(
        f"resident memory: visit {args.from_visit} {at_from / MB:.1f} MB, visit {len(samples)} {at_end / MB:.1f} MB, "
        f"growth {growth:+.1f} MB (limit +10 MB), peak {peak:.1f} MB"
    )
    print(f"exceptions: {len(errors)}")
    ok = not drifted and growth <= 10 and recorded == finished and not errors
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
