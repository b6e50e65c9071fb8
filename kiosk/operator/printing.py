"""An optional receipt printer: the ``[printer]`` settings and a slip with the tips (and a reward code).

Off unless the settings file turns it on. python-escpos is imported only when a slip is printed, so
the kiosk never needs it (``pip install 'cyber-kiosk[printer]'``). Any failure (no library, no
printer, paper out, a cable pulled) becomes a ``PrinterError`` with a plain message for the log;
the visitor sees a gentle line (kiosk.ui.widgets.qr_code). No Qt here: the screen runs
``print_slip`` off the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.operator.toml_table import Check, boolean, read_table, string
from kiosk.settings import SettingsError, parse_toml, settings_text

log = logging.getLogger(__name__)

TABLE = "printer"
#: Chinese text goes to the printer as GB18030, the double-byte set ESC/POS printers sold in China read
#: in their Chinese character mode (FS &); other languages go through python-escpos's code pages
CHINESE_ON, CHINESE_OFF = b"\x1c\x26", b"\x1c\x2e"


class PrinterError(Exception):
    """The slip could not be printed; the message says why, in words for the log."""


@dataclass(frozen=True)
class PrinterConfig:
    enabled: bool = False
    usb_vendor: int | None = None  # USB vendor id, e.g. 0x0416 (write it as 0x0416 or 1046)
    usb_product: int | None = None  # USB product id
    device: str = ""  # or a device file the printer appears as, e.g. /dev/usb/lp0

    @property
    def ready(self) -> bool:
        """Turned on and naming a printer (a USB id pair or a device file)."""
        return self.enabled and (bool(self.device) or None not in (self.usb_vendor, self.usb_product))


@dataclass(frozen=True)
class Slip:
    """What a slip holds, in the visitor's language; the screen supplies the words around it."""

    language: str
    heading: str  # the pack's title
    title: str  # the lesson's (or the challenge's)
    tips: tuple[str, ...]
    link: str = ""
    qr_text: str = ""  # the take-home QR code's text, printed as a code too
    code: str | None = None  # a reward code, when the visitor earned one
    words: dict[str, str] = field(default_factory=dict)  # "tips", "code", "code_hint", "scan"


def _usb_id(value: Any) -> int:
    """A USB id from ``0x0416``, ``"0x0416"``, ``"0416"`` (hex, as lsusb prints it) or 1046."""
    if isinstance(value, str):
        try:
            value = int(value.strip().lower().removeprefix("0x"), 16)
        except ValueError:
            raise ValueError("not a USB id: write it as 0x0416") from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"must be a USB id such as 0x0416, not {value!r}")
    if not 0 <= value <= 0xFFFF:
        raise ValueError("a USB id is from 0x0000 to 0xffff")
    return value


_KEYS: dict[str, Check] = {
    "enabled": boolean,
    "usb_vendor": _usb_id,
    "usb_product": _usb_id,
    "device": string,
}


def parse_printer_config(text: str, path: Path) -> PrinterConfig:
    """The ``[printer]`` table of a settings file's text; SettingsError names the key that is wrong."""
    config = PrinterConfig(**read_table(parse_toml(text, path), TABLE, _KEYS, path, text))
    if config.enabled and not config.ready:
        raise SettingsError(
            f"{path}: {TABLE}: name the printer: usb_vendor and usb_product (e.g. 0x0416 and 0x5011, "
            "as 'lsusb' shows them), or device (e.g. \"/dev/usb/lp0\")"
        )
    return config


def load_printer_config(path: Path) -> tuple[PrinterConfig, str | None]:
    """The printer settings in ``path``, and a problem for the log: a bad table turns printing off
    rather than keeping the kiosk from starting."""
    try:
        text = settings_text(path)
        return (PrinterConfig() if text is None else parse_printer_config(text, path)), None
    except SettingsError as exc:
        return PrinterConfig(), f"{exc}; the receipt printer is off"


# -- printing ---------------------------------------------------------------------------------------------


def open_printer(config: PrinterConfig) -> Any:
    """A python-escpos printer for ``config`` (imported here: an optional extra)."""
    try:
        from escpos import printer
    except ImportError:
        raise PrinterError(
            "python-escpos is not installed; install the kiosk with its printer extra: "
            "pip install 'cyber-kiosk[printer]'"
        ) from None
    try:
        device = (
            printer.File(config.device)
            if config.device
            else printer.Usb(config.usb_vendor, config.usb_product)
        )
        device.open()  # python-escpos 3 would open it at the first byte; a missing printer is told apart
        return device
    except Exception as exc:  # the library's own errors, OSError, USB errors: all "no printer"
        raise PrinterError(f"cannot open the receipt printer: {exc}") from exc


def write_slip(printer: Any, slip: Slip) -> None:
    """Send ``slip`` to an open python-escpos printer (a real one, or the library's Dummy in tests)."""
    words = slip.words
    chinese = slip.language.split("-")[0].lower() == "zh"

    def line(text: str) -> None:
        if chinese:
            # python-escpos's code pages hold no Chinese: the bytes the printer's Chinese mode reads
            printer._raw(CHINESE_ON + text.encode("gb18030", errors="replace") + b"\n" + CHINESE_OFF)  # noqa: SLF001
        else:
            printer.textln(text)

    printer.set(align="center", bold=True, double_height=True, double_width=True)
    line(slip.heading)
    printer.set(normal_textsize=True, align="center", bold=True)
    line(slip.title)
    if slip.code:
        printer.set(normal_textsize=True, align="center", bold=False)
        line(words.get("code", "Your reward code"))
        printer.set(align="center", bold=True, double_height=True, double_width=True)
        line(slip.code)
        printer.set(normal_textsize=True, align="center", bold=False)
        line(words.get("code_hint", ""))
    printer.set(normal_textsize=True, align="left", bold=True)
    line(words.get("tips", "Tips to take home"))
    printer.set(normal_textsize=True, align="left", bold=False)
    for tip in slip.tips:
        line(f"- {tip}")
    if slip.link:
        printer.textln(slip.link)  # an https address: plain ASCII in every language
    if slip.qr_text:
        printer.set(normal_textsize=True, align="center")  # centres the code's picture too
        printer.qr(slip.qr_text, size=5)
        line(words.get("scan", ""))
    printer.cut()


def print_slip(config: PrinterConfig, slip: Slip) -> None:
    """Open the printer, print ``slip``, close it; raises PrinterError (never anything else)."""
    device = open_printer(config)
    try:
        write_slip(device, slip)
    except PrinterError:
        raise
    except Exception as exc:
        raise PrinterError(f"the receipt printer failed: {exc}") from exc
    finally:
        try:
            device.close()
        except Exception:  # a printer that is gone cannot be closed either; nothing more to do
            log.debug("could not close the receipt printer", exc_info=True)
