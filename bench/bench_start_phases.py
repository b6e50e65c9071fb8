"""Where the kiosk's start-up time goes: each phase of ``kiosk.app.run`` timed in one process (offscreen).

    .venv/bin/python bench/bench_start_phases.py

Imports are timed where ``run`` first needs them, so each line is what that phase adds.
"""

from __future__ import annotations

import os
import time
from pathlib import Path


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    marks: list[tuple[str, float]] = []

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    from kiosk.cli import _wanted_commands, build_parser

    build_parser(_wanted_commands(["--windowed"])).parse_args(["--windowed"])
    mark("command line and its parser")
    import kiosk.app as app_module

    mark("import kiosk.app")
    from PySide6.QtCore import QSize

    mark("import Qt modules")
    from kiosk import logs
    from kiosk.ui import crash, fonts, heartbeat

    mark("import logs, crash handler, fonts, heartbeat")
    handler = logs.setup_logging(echo=False)
    mark("set up logging")
    app = app_module.application()
    mark("QApplication")
    fonts.register_bundled_fonts()
    mark("register fonts")
    from kiosk.settings import Settings

    settings = Settings(windowed=True)
    pack = app_module.open_pack(settings)
    mark("catalogue of the lesson pack")
    recorder = app_module.DeferredRecorder(settings)
    journey = app_module.make_journey(pack, settings, recorder)
    window = app_module.make_window(app, journey, settings, QSize(1600, 900))
    mark("main window with the attract screen")
    from kiosk.ui.admin.install import install_console

    install_console(window, store=recorder, full_pack=pack, config_path=Path("/nonexistent/kiosk.toml"))
    mark("operator console hook")
    crash_handler = crash.install(window)
    beat = heartbeat.start_heartbeat(window)
    mark("crash handler and heartbeat")
    window.show_kiosk()
    app.processEvents()
    mark("show and first events")
    previous = start
    for name, at in marks:
        print(f"{name:45s} {1000 * (at - previous):7.1f} ms")
        previous = at
    print(f"{'total':45s} {1000 * (marks[-1][1] - start):7.1f} ms")
    if beat is not None:
        beat.stop()
    crash_handler.uninstall()
    window.shutdown()
    logs.close_logging(handler)


if __name__ == "__main__":
    main()
