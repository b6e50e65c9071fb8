"""Where the kiosk's start-up time goes: each phase of ``kiosk.app.run`` timed in one process (offscreen).

    .venv/bin/python bench/bench_start_phases.py [--runs 5]

Imports are timed where ``run`` first needs them, so each line is what that phase adds. The phases up
to "first frame painted" are the start that ``bench_start.py`` measures; the rest is what
``StartedKiosk.finish`` does right after that frame. Each run is a fresh process; medians are shown.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run() -> list[tuple[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    marks: list[tuple[str, float]] = []

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    from kiosk.cli import parse

    config = ROOT / "bench" / "phases.toml"
    config.write_text("# empty: defaults\n", encoding="utf-8")
    _, args = parse(["--windowed", "--config", str(config)])
    from kiosk.commands.run import settings_from

    settings = settings_from(args)
    config.unlink()
    mark("command line and settings")
    import kiosk.app as app_module

    mark("import kiosk.app (content, journey)")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    mark("import Qt modules")
    app = app_module.application()
    mark("QApplication")
    from kiosk.ui import fonts

    fonts.register_bundled_fonts()
    mark("register fonts")
    from kiosk.operator.config import arrange_lessons, load_operator_config_or_defaults

    pack, _ = app_module.open_catalogue(settings)
    operator, _ = load_operator_config_or_defaults(Path("/nonexistent/kiosk.toml"))
    shown = arrange_lessons(pack, operator.lesson_order, operator.hidden_lessons)
    mark("catalogue (snapshot if saved) and arrangement")
    recorder = app_module.DeferredRecorder(settings)
    journey = app_module.make_journey(shown, settings, recorder)
    window = app_module.make_window(app, journey, settings, QSize(1600, 900), filters_after_first_frame=True)
    mark("main window with the attract screen")
    painted: list[bool] = []
    window.first_frame.connect(lambda: painted.append(True))
    window.show_kiosk()
    while not painted:
        QApplication.processEvents()
    mark("show, first frame painted")
    started = app_module.StartedKiosk(window, recorder)
    from kiosk import logs
    from kiosk.ui import crash, heartbeat
    from kiosk.ui.admin.install import install_console

    mark("after: import log, crash, console modules")
    started._log_handler = logs.setup_logging(echo=False)
    started._crash_handler = crash.install(window)
    started._beat = heartbeat.start_heartbeat(window)
    mark("after: log file, crash handler, heartbeat")
    install_console(
        window, store=recorder, full_pack=pack, config_path=Path("/nonexistent/kiosk.toml"), operator=operator
    )
    mark("after: operator gesture")
    recorder.open()
    mark("after: results store opened")
    window.router.prebuild()
    mark("after: other screens built")
    started.stop()
    result, previous = [], start
    for name, at in marks:
        result.append((name, 1000 * (at - previous)))
        previous = at
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run()))
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled modules, as installed and frozen builds have
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kiosk")], env=env, check=True)
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, __file__, "--one"], env=env, cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    names = [name for name, _ in runs[0]]
    shown_total = ready_total = 0.0
    for i, name in enumerate(names):
        value = statistics.median(run[i][1] for run in runs)
        print(f"{name:45s} {value:7.1f} ms")
        if name.startswith("after"):
            ready_total += value
        else:
            shown_total += value
            ready_total += value
        if name.startswith("show"):
            print(f"{'= to the first frame (sum of medians)':45s} {shown_total:7.1f} ms")
    print(f"{'= until all is set up (sum of medians)':45s} {ready_total:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
