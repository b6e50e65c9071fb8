"""The language switch on each visitor screen (issue 17 item 4): from the tap's call to the repainted window.

Offscreen, 1920x1080, the bundled course; every screen built and the lessons parsed first, as once the
kiosk has started. Each screen switches 12 times (English and Chinese in turn); medians are printed.

    .venv/bin/python bench/bench_language_switch.py
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.app import application, open_pack, preview_window  # noqa: E402
from kiosk.journey import Screen  # noqa: E402
from kiosk.settings import Settings  # noqa: E402
from kiosk.ui import fonts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    app = application()
    fonts.register_bundled_fonts()
    settings = Settings(lessons=ROOT / "lessons", windowed=True)
    window = preview_window(app, open_pack(settings), settings, (1920, 1080))
    router, journey = window.router, window.journey
    router.prebuild()
    router.stop_warming()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def measure(label: str) -> None:
        times = []
        for _ in range(12):
            code = "zh-CN" if journey.language == "en" else "en"
            start = time.perf_counter()
            router.set_language(code)
            window.repaint()
            settle()
            times.append(time.perf_counter() - start)
        print(f"{label:<24}: median {statistics.median(times) * 1000:4.0f} ms (min {min(times) * 1000:.0f})")

    measure("attract")
    router._call(journey.start)  # noqa: SLF001
    settle()
    measure("catalogue")
    router.open_lesson("passwords")
    router._call(journey.next_page)  # noqa: SLF001
    settle()
    measure("lesson page 2")
    while journey.screen is Screen.READER:
        router._call(journey.next_page)  # noqa: SLF001
    router._call(journey.toggle_choice, journey.question.choices[0].id)  # noqa: SLF001
    settle()
    measure("question, one chosen")
    router._call(journey.confirm)  # noqa: SLF001
    settle()
    measure("feedback")
    window.leave_kiosk()


if __name__ == "__main__":
    main()
