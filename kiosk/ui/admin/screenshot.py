"""The console's part of ``kiosk --screenshot``: every console page with demo results, in each language and size.

The results (kiosk.commands.screenshot hands in the synthetic visitors of ``kiosk results demo``) and
the windows are handed in; the settings file and the "USB stick" are in a temporary folder, never the
user's.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.model import Pack

if TYPE_CHECKING:
    from kiosk.ui.screenshot import OpenWindow

#: the console's own pages, in the side menu's order (kiosk.ui.admin.view); others may add more
PAGES = ("overview", "questions", "content", "export", "settings")


def render_console(
    pack: Pack,
    open_window: OpenWindow,
    store: object,
    event_label: str,
    out_dir: Path,
    sizes: Iterable[tuple[int, int]],
) -> list[Path]:
    """PNG files named ``<w>x<h>-<language>-console-<nn>-<page>.png``.

    ``open_window`` gives each window (see kiosk.ui.screenshot); ``store`` holds the results the console
    shows, and ``event_label`` is the event they were recorded at (kiosk.commands.screenshot wires all
    three).
    """
    from PySide6.QtWidgets import QApplication

    from kiosk.operator.config import save_settings
    from kiosk.operator.pin import hash_pin
    from kiosk.ui.admin.install import install_console
    from kiosk.ui.screenshot import close_window, save_picture

    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-console-shots-") as scratch:
        usb = Path(scratch) / "USB STICK"
        for folder in ("Class 7B", "Booth day 1"):
            (usb / folder).mkdir(parents=True)
        config = Path(scratch) / "kiosk.toml"
        save_settings(
            config, top={"event_label": event_label}, operator={"pin_hash": hash_pin("0000", n=2**10)}
        )
        for language in pack.languages:
            for width, height in sizes:
                window = open_window(language, (width, height))
                hook = install_console(
                    window, store=store, full_pack=pack, config_path=config, drives=lambda: [usb]
                )
                console = hook.console
                prefix = f"{width}x{height}-{language}-console"

                def shoot(number: int, name: str, prefix: str = prefix, window=window) -> None:  # noqa: ANN001
                    saved.append(save_picture(window, out_dir / f"{prefix}-{number:02}-{name}.png"))

                console.open_pin_pad()
                for digit in "12":
                    console.pin_pad.press(digit)
                shoot(1, "pin-pad")
                console.open_console()
                console.reload_job.wait()
                QApplication.processEvents()
                console.reload_job._poll()  # deliver the check's result now rather than on the next tick
                pages = list(console.view.pages)  # every page, those other modules add included
                for number, page in enumerate(pages, start=2):
                    console.view.show_page(page)
                    shoot(number, page)
                console.confirm.ask(window.kiosk_mode)
                shoot(len(pages) + 2, "leave-confirm")
                console.close_console()
                close_window(window)
    return saved


def render_setup(
    pack: Pack,
    open_window: Callable[[str, tuple[int, int]], object],
    out_dir: Path,
    sizes: Iterable[tuple[int, int]],
) -> list[Path]:
    """The set-up screen a full-screen kiosk without a PIN starts on: ``<w>x<h>-<language>-console-00-setup.png``.

    One PIN typed once, so the picture shows the pad asking for it again. ``open_window`` as for
    ``render_console``.
    """
    from kiosk.journey.records import NullRecorder
    from kiosk.ui.admin.install import install_console
    from kiosk.ui.screenshot import close_window, save_picture

    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-setup-shots-") as scratch:
        config = Path(scratch) / "kiosk.toml"  # no PIN in it: the set-up screen shows
        for language in pack.languages:
            for width, height in sizes:
                window = open_window(language, (width, height))
                hook = install_console(window, store=NullRecorder(), full_pack=pack, config_path=config)  # type: ignore[arg-type]
                hook.set_up_pin_first()
                setup = hook.setup
                assert setup is not None
                for digit in "12":
                    setup.pad.press(digit)
                saved.append(
                    save_picture(window, out_dir / f"{width}x{height}-{language}-console-00-setup.png")
                )
                setup.pad.stop()
                close_window(window)
    return saved
