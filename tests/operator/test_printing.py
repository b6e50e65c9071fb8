"""Issue 20 item 5: the optional receipt printer's settings, and the slip it prints (python-escpos's Dummy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from escpos.printer import Dummy

from kiosk.operator.printing import (
    CHINESE_ON,
    PrinterConfig,
    PrinterError,
    Slip,
    load_printer_config,
    parse_printer_config,
    print_slip,
    write_slip,
)
from kiosk.settings import SettingsError, parse_settings

WORDS = {"tips": "带回家的提示", "code": "你的奖品码", "code_hint": "到展台出示", "scan": "扫码把提示带回家"}


def printed(slip: Slip) -> bytes:
    printer = Dummy()
    write_slip(printer, slip)
    return printer.output


def test_an_english_slip_holds_the_title_tips_link_code_and_a_cut() -> None:
    slip = Slip(
        "en", "Cyber Safety Corner", "Strong passwords", ("Use three random words.", "One account, one password."),
        link="https://www.example.org/", qr_text="Strong passwords\n• Use three random words.", code="AB3 K7P",
        words={"tips": "Tips to take home", "code": "Your reward code"},
    )  # fmt: skip
    out = printed(slip)
    for text in ("Cyber Safety Corner", "Strong passwords", "- Use three random words.", "- One account, one password.",
                 "https://www.example.org/", "Your reward code", "AB3 K7P", "Tips to take home"):  # fmt: skip
        assert text.encode("ascii") in out, text
    assert out.index(b"AB3 K7P") < out.index(b"Use three random words")
    assert b"\x1dV" in out  # the paper is cut at the end (GS V)
    assert len(out) > 1000  # the QR code's picture


def test_a_chinese_slip_is_in_the_printers_chinese_mode() -> None:
    slip = Slip(
        "zh-CN",
        "网络安全小课堂",
        "安全的密码",
        ("三个或更多随机词连起来。", "邮箱要用单独的密码。"),
        words=WORDS,
    )
    out = printed(slip)
    for text in (
        "网络安全小课堂",
        "安全的密码",
        "- 三个或更多随机词连起来。",
        "- 邮箱要用单独的密码。",
        "带回家的提示",
    ):
        assert CHINESE_ON + text.encode("gb18030") in out, text
    assert "你的奖品码".encode("gb18030") not in out  # no code earned, no code line


def test_no_code_and_no_qr_leave_their_lines_out() -> None:
    out = printed(
        Slip("en", "Booth", "Lesson", ("Tip.",), words={"code": "Your reward code", "scan": "Scan me"})
    )
    assert b"Your reward code" not in out and b"Scan me" not in out and b"- Tip." in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", PrinterConfig()),
        ("[printer]\nenabled = false\n", PrinterConfig()),
        ("[printer]\nenabled = true\nusb_vendor = 0x0416\nusb_product = \"5011\"\n",
         PrinterConfig(True, 0x0416, 0x5011)),
        ('[printer]\nenabled = true\ndevice = "/dev/usb/lp0"\n', PrinterConfig(True, device="/dev/usb/lp0")),
    ],
)  # fmt: skip
def test_the_printer_table_is_read(text: str, expected: PrinterConfig) -> None:
    assert parse_printer_config(text, Path("kiosk.toml")) == expected
    parse_settings(text, Path("kiosk.toml"))  # the main settings leave the table to this module


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[printer]\nenabled = true\n", "name the printer"),
        ("[printer]\nenabeld = true\n", "printer.enabeld: unknown key"),
        ('[printer]\nusb_vendor = "lp0"\n', "not a USB id"),
        ("[printer]\nusb_vendor = 70000\n", "from 0x0000 to 0xffff"),
        ("[printer]\nenabled = 1\n", "kiosk.toml:2: printer.enabled: must be true or false, not 1"),
        ("[printer]\nusb_vendor = true\n", "printer.usb_vendor: must be a USB id such as 0x0416, not True"),
        ("[printer]\nenabeld = true\n", "unknown key \\(did you mean 'enabled'\\?\\)"),
    ],
)
def test_a_bad_printer_table_says_which_key(text: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        parse_printer_config(text, Path("kiosk.toml"))


def test_a_bad_table_turns_printing_off_instead_of_stopping_the_kiosk(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[printer]\nenabled = true\n", encoding="utf-8")
    config, problem = load_printer_config(path)
    assert config == PrinterConfig() and not config.ready and "the receipt printer is off" in problem
    assert load_printer_config(tmp_path / "none.toml") == (PrinterConfig(), None)


def test_a_device_file_gets_the_slip_and_a_missing_one_is_a_printer_error(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.touch()
    print_slip(PrinterConfig(True, device=str(device)), Slip("en", "Booth", "Lesson", ("Tip one.",)))
    assert b"- Tip one." in device.read_bytes()
    with pytest.raises(PrinterError, match="cannot open the receipt printer"):
        print_slip(PrinterConfig(True, device=str(tmp_path / "gone" / "lp0")), Slip("en", "B", "L", ("T",)))


def test_without_python_escpos_printing_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "escpos", None)  # as if it were not installed
    with pytest.raises(PrinterError, match=r"cyber-kiosk\[printer\]"):
        print_slip(PrinterConfig(True, device="/dev/null"), Slip("en", "B", "L", ("T",)))
