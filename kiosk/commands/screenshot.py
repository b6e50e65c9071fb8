"""``kiosk --screenshot DIR``: every screen a visitor and an operator see, offscreen, saved as PNG files.

This module wires: it opens the pack, builds each window through kiosk.app and fills the console's store
with the synthetic visitors of ``kiosk results demo``; kiosk.ui.screenshot and kiosk.ui.admin.screenshot
walk the screens and take the pictures.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.model import Lesson, LessonEntry, Pack
from kiosk.settings import Settings

if TYPE_CHECKING:
    from kiosk.results.store import ResultsStore
    from kiosk.ui.window import MainWindow

#: the operator's screens (set-up, console): the screens it is used on
SIZES = ((1920, 1080), (1280, 720))
#: the visitor's screens: the booth screens they are designed for, portrait too
VISITOR_SIZES = ((1920, 1080), (1280, 720), (1024, 768), (1080, 1920))
#: enough visits that every question has a few dozen answers
DEMO_VISITS = 400
#: the event the console's pictures show when the settings name none
DEMO_EVENT = "Booth day 2"


def demo_store(pack: Pack, event_label: str) -> ResultsStore:
    """An in-memory store of demo visits over the last five days, played through the real journey."""
    from kiosk.commands.demo import run_demo
    from kiosk.content.loader import load_lesson
    from kiosk.results.store import ResultsStore

    store = ResultsStore.open(None)
    first = datetime.now(UTC).date() - timedelta(days=4)
    lessons: dict[tuple[str, str], Lesson] = {}

    def load(entry: LessonEntry, language: str) -> Lesson:  # parsed once per lesson and language
        key = (entry.id, language)
        if key not in lessons:
            lessons[key] = load_lesson(entry, language)
        return lessons[key]

    run_demo(
        store,
        DEMO_VISITS,
        seed=11,
        pack=pack,
        load_lesson=load,
        first_day=first,
        days=5,
        event_label=event_label,
    )
    return store


def _window_opener(
    settings: Settings, pack: Pack, **overrides: str
) -> Callable[[str, tuple[int, int]], MainWindow]:
    """Opens a window showing ``pack`` in a language at a size: windowed, with no idle reset and the
    settings ``overrides``, as every picture is taken."""
    from kiosk import app as kiosk_app

    qt = kiosk_app.application()
    shown = settings.with_overrides(windowed=True, idle_timeout=0, **overrides)

    def open_window(language: str, size: tuple[int, int]) -> MainWindow:
        return kiosk_app.preview_window(qt, pack, shown.with_overrides(language=language), size)

    return open_window


def visitor_screens(
    settings: Settings, pack: Pack, out_dir: Path, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    from kiosk.ui.exhibit_screenshots import render_exhibits
    from kiosk.ui.screenshot import render_visits

    open_window = _window_opener(settings, pack)

    sizes = tuple(sizes)
    return render_visits(pack, open_window, out_dir, sizes) + render_exhibits(
        pack, open_window, out_dir, sizes
    )


def setup_screens(
    settings: Settings, pack: Pack, out_dir: Path, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    """The operator set-up screen a full-screen kiosk without a PIN starts on."""
    from kiosk.ui.admin.screenshot import render_setup

    open_window = _window_opener(settings, pack)
    return render_setup(pack, open_window, out_dir, sizes)


def console_screens(
    settings: Settings, pack: Pack, out_dir: Path, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    from kiosk.ui.admin.screenshot import render_console

    label = settings.event_label or DEMO_EVENT
    open_window = _window_opener(settings, pack, event_label=label, kiosk_name="stand-a")
    store = demo_store(pack, label)
    try:
        return render_console(pack, open_window, store, label, out_dir, sizes)
    finally:
        store.close()


def booth_screens(
    settings: Settings,
    pack: Pack,
    out_dir: Path,
    sizes: Iterable[tuple[int, int]],
    visitor_sizes: Iterable[tuple[int, int]] = VISITOR_SIZES,
) -> list[Path]:
    """The booth challenge with a reward won (at the visitor screens' sizes), and the console's
    "Redeem rewards" page."""
    from kiosk.ui.screenshot_booth import render_challenge, render_redeem

    label = settings.event_label or DEMO_EVENT
    open_window = _window_opener(settings, pack, event_label=label)
    return render_challenge(pack, open_window, out_dir, visitor_sizes) + render_redeem(
        pack, open_window, label, out_dir, sizes
    )


def render_screens(
    settings: Settings,
    out_dir: Path,
    sizes: Iterable[tuple[int, int]] = SIZES,
    visitor_sizes: Iterable[tuple[int, int]] = VISITOR_SIZES,
) -> list[Path]:
    from kiosk import app as kiosk_app
    from kiosk.ui import fonts

    kiosk_app.application()
    fonts.register_bundled_fonts()
    pack = kiosk_app.open_pack(settings)
    out_dir.mkdir(parents=True, exist_ok=True)
    return (
        visitor_screens(settings, pack, out_dir, visitor_sizes)
        + setup_screens(settings, pack, out_dir, sizes)
        + console_screens(settings, pack, out_dir, sizes)
        + booth_screens(settings, pack, out_dir, sizes, visitor_sizes)
    )


def screenshot_command(settings: Settings, out_dir: Path) -> int:
    # Offscreen whatever the desktop: the pictures must not depend on the screen they were made on.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    saved = render_screens(settings, out_dir)
    if not saved:
        print("kiosk: nothing to render: the lesson pack has no lesson that can be shown", file=sys.stderr)
        return 1
    print(f"kiosk: {len(saved)} screenshots in {out_dir}")
    return 0
