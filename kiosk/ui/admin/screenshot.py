"""The console's part of ``kiosk --screenshot``: every console page with demo results, in each language and size.

The results are the synthetic visitors of ``kiosk results demo`` played through the real journey into
an in-memory store; the settings file and the "USB stick" are in a temporary folder, never the user's.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.content.model import Pack
from kiosk.settings import Settings

PAGES = ("overview", "questions", "content", "export", "settings")
#: enough visits that every question has a few dozen answers
DEMO_VISITS = 400


def demo_store(pack: Pack, event_label: str):  # noqa: ANN201 (ResultsStore)
    from kiosk.content.loader import load_lesson
    from kiosk.results.demo import run_demo
    from kiosk.results.store import ResultsStore

    store = ResultsStore.open(None)
    first = datetime.now(UTC).date() - timedelta(days=4)
    lessons: dict[tuple[str, str], object] = {}

    def load(entry, language):  # noqa: ANN001, ANN202 (parsed once per lesson and language)
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


def render_console(
    settings: Settings, pack: Pack, out_dir: Path, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    """PNG files named ``<w>x<h>-<language>-console-<nn>-<page>.png``."""
    from PySide6.QtCore import QSize

    from kiosk.app import application, make_journey, make_window
    from kiosk.operator.config import save_settings
    from kiosk.operator.pin import hash_pin
    from kiosk.results.records import NullRecorder
    from kiosk.ui.admin.install import install_console

    app = application()
    label = settings.event_label or "Booth day 2"
    store = demo_store(pack, label)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-console-shots-") as scratch:
        usb = Path(scratch) / "USB STICK"
        for folder in ("Class 7B", "Booth day 1"):
            (usb / folder).mkdir(parents=True)
        config = Path(scratch) / "kiosk.toml"
        save_settings(config, top={"event_label": label}, operator={"pin_hash": hash_pin("0000", n=2**10)})
        for language in pack.languages:
            for width, height in sizes:
                shown = settings.with_overrides(language=language, event_label=label, kiosk_name="stand-a")
                journey = make_journey(pack, shown, NullRecorder())
                window = make_window(app, journey, shown, QSize(width, height))
                window.setFixedSize(width, height)
                window.show()
                hook = install_console(
                    window, store=store, full_pack=pack, config_path=config, drives=lambda: [usb]
                )
                console = hook.console
                prefix = f"{width}x{height}-{language}-console"

                def shoot(number: int, name: str, prefix: str = prefix, window=window) -> None:  # noqa: ANN001
                    app.processEvents()
                    path = out_dir / f"{prefix}-{number:02}-{name}.png"
                    window.grab().save(str(path))
                    saved.append(path)

                console.open_pin_pad()
                for digit in "12":
                    console.pin_pad.press(digit)
                shoot(1, "pin-pad")
                console.open_console()
                console.reload_job.wait()
                app.processEvents()
                console.reload_job._poll()  # deliver the check's result now rather than on the next tick
                for number, page in enumerate(PAGES, start=2):
                    console.view.show_page(page)
                    shoot(number, page)
                console.confirm.ask(window.kiosk_mode)
                shoot(len(PAGES) + 2, "leave-confirm")
                console.close_console()
                window.leave_kiosk()
                window.deleteLater()
                app.processEvents()
    return saved


def render_setup(
    settings: Settings, pack: Pack, out_dir: Path, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    """The set-up screen a full-screen kiosk without a PIN starts on: ``<w>x<h>-<language>-console-00-setup.png``.

    One PIN typed once, so the picture shows the pad asking for it again."""
    from PySide6.QtCore import QSize

    from kiosk.app import application, make_journey, make_window
    from kiosk.results.records import NullRecorder
    from kiosk.ui.admin.install import install_console

    app = application()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-setup-shots-") as scratch:
        config = Path(scratch) / "kiosk.toml"  # no PIN in it: the set-up screen shows
        for language in pack.languages:
            for width, height in sizes:
                shown = settings.with_overrides(language=language)
                journey = make_journey(pack, shown, NullRecorder())
                window = make_window(app, journey, shown, QSize(width, height))
                window.setFixedSize(width, height)
                window.show()
                hook = install_console(window, store=NullRecorder(), full_pack=pack, config_path=config)
                hook.set_up_pin_first()
                for digit in "12":
                    hook.setup.pad.press(digit)  # type: ignore[union-attr]
                app.processEvents()
                path = out_dir / f"{width}x{height}-{language}-console-00-setup.png"
                window.grab().save(str(path))
                saved.append(path)
                hook.setup.pad.stop()  # type: ignore[union-attr]
                window.leave_kiosk()
                window.deleteLater()
                app.processEvents()
    return saved
