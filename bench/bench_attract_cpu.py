"""The attract loop's CPU use: the kiosk idling on its start screen, slides changing, "Touch to start" pulsing.

Issue 20's target: under 5 % of one core while the loop runs. Each measurement is a fresh kiosk process
on the bundled course at 1920x1080, built as ``kiosk`` builds its window; after a warm-up (the first
slides, pictures decoded, fonts cached) the process's own CPU time (user + system, every thread, from
``getrusage``) is read over ``--seconds`` of the event loop running freely, and divided by the wall
time. The same run measures the loop turned off (``attract_loop = false``: a still screen whose tips
change plainly) as the baseline, and the loop at 3 s a slide as a harder case than the 8 s default.
Offscreen (Qt's software rendering, no display) always; on a real X11 window on a private Xvfb screen
too when Xvfb is installed (``--no-x11`` skips it).

    .venv/bin/python bench/bench_attract_cpu.py [--seconds 30] [--runs 3] [--no-x11]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WARM_UP_S = 4.0
#: (name, attract_loop, attract_seconds)
CASES = (
    ("loop off (baseline)", False, 8.0),
    ("loop, 8 s a slide (default)", True, 8.0),
    ("loop, 3 s a slide", True, 3.0),
)


def child(loop: bool, seconds_per_slide: float, measure_s: float) -> None:
    """Run one kiosk window and print its CPU use over ``measure_s`` seconds as JSON."""
    from PySide6.QtCore import QSize, QTimer

    from kiosk import app as kiosk_app
    from kiosk.journey.records import NullRecorder
    from kiosk.settings import Settings
    from kiosk.ui import fonts

    qt = kiosk_app.application()
    fonts.register_bundled_fonts()
    settings = Settings(windowed=True, idle_timeout=0, attract_loop=loop, attract_seconds=seconds_per_slide)
    pack = kiosk_app.open_pack(settings)
    journey = kiosk_app.make_journey(pack, settings, NullRecorder())
    window = kiosk_app.make_window(qt, journey, settings, QSize(1920, 1080))
    window.setFixedSize(1920, 1080)
    window.show()
    attract = window.router.attract
    marks: dict[str, float] = {}
    slides = {"changed": 0}
    attract.loop.advanced.connect(lambda _: slides.__setitem__("changed", slides["changed"] + 1))

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    def start() -> None:
        slides["changed"] = 0
        marks["cpu"], marks["wall"] = cpu(), time.perf_counter()
        QTimer.singleShot(round(measure_s * 1000), stop)

    def stop() -> None:
        used, wall = cpu() - marks["cpu"], time.perf_counter() - marks["wall"]
        print(
            json.dumps(
                {
                    "percent": 100 * used / wall,
                    "cpu_s": used,
                    "wall_s": wall,
                    "slides": slides["changed"],
                    "pulsing": attract.halo.pulsing,
                    "platform": qt.platformName(),
                }
            )
        )
        window.leave_kiosk()
        qt.quit()

    QTimer.singleShot(round(WARM_UP_S * 1000), start)
    qt.exec()


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """A private X server (1920x1080, 24 bits) on a free display number."""
    for number in random.sample(range(140, 199), 20):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                time.sleep(0.5)
                return server, f":{number}"
            time.sleep(0.1)
        server.kill()
    raise SystemExit("could not start Xvfb")


def measure(env: dict[str, str], loop: bool, per_slide: float, seconds: float) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps([loop, per_slide, seconds])],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def report(platform: str, env: dict[str, str], seconds: float, runs: int) -> None:
    print(
        f"\n{platform}: {runs} runs of {seconds:g} s each (after {WARM_UP_S:g} s of warm-up); % of one core"
    )
    baseline = None
    for name, loop, per_slide in CASES:
        found = [measure(env, loop, per_slide, seconds) for _ in range(runs)]
        percents = [float(f["percent"]) for f in found]
        median = statistics.median(percents)
        baseline = median if baseline is None else baseline
        slides = statistics.median(int(f["slides"]) for f in found)
        ratio = f"  ({median / baseline:.1f}x the baseline)" if loop and baseline else ""
        print(
            f"  {name:<30} median {median:5.2f} %  (runs: {', '.join(f'{p:.2f}' for p in percents)}; "
            f"{slides:g} slides changed a run){ratio}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="measured seconds per run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-x11", action="store_true", help="offscreen only, even where Xvfb is installed")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        loop, per_slide, seconds = json.loads(args.child)
        child(loop, per_slide, seconds)
        return
    print(f"load average before: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    report("offscreen", env, args.seconds, args.runs)
    if args.no_x11 or shutil.which("Xvfb") is None:
        print("\nX11: skipped" + ("" if args.no_x11 else " (Xvfb is not installed)"))
        return
    server, display = start_xvfb()
    try:
        report(
            "X11 (Xvfb, xcb)",
            {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display},
            args.seconds,
            args.runs,
        )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
