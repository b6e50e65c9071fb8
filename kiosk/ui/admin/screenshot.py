"""The console's part of ``kiosk --screenshot``: every console page with demo results, in each language and size.

The results (kiosk.commands.screenshot hands in the synthetic visitors of ``kiosk results demo``) and
the windows are handed in; the settings file and the "USB stick" are in a temporary folder, never the
user's.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from kiosk.content.model import Pack

PAGES = ("overview", "questions", "content", "export", "settings")


def render_console(
    pack: Pack,
    open_window: Callable[[str, tuple[int, int]], object],
    store: object,
    event_label: str,
    out_dir: Path,
    sizes: Iterable[tuple[int, int]],
) -> list[Path]:
    """PNG files named ``<w>x<h>-<language>-console-<nn>-<page>.png``.

    ``open_window(language, (width, height))`` gives a shown kiosk window of that size; ``store`` holds
    the results the console shows (kiosk.commands.screenshot wires both).
    """
    from PySide6.QtWidgets import QApplication

    from kiosk.operator.config import save_settings
    from kiosk.operator.pin import hash_pin
    from kiosk.ui.admin.install import install_console
    from kiosk.ui.screenshot import close_window, save_picture

    label = event_label
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-console-shots-") as scratch:
        usb = Path(scratch) / "USB STICK"
        for folder in ("Class 7B", "Booth day 1"):
            (usb / folder).mkdir(parents=True)
        config = Path(scratch) / "kiosk.toml"
        save_settings(config, top={"event_label": label}, operator={"pin_hash": hash_pin("0000", n=2**10)})
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
                for number, page in enumerate(PAGES, start=2):
                    console.view.show_page(page)
                    shoot(number, page)
                console.confirm.ask(window.kiosk_mode)
                shoot(len(PAGES) + 2, "leave-confirm")
                console.close_console()
                close_window(window)
    return saved
