"""Typing on the real PIN pad, wrong PINs, a lock and even a crash inside the pad: the log holds no PIN digit."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from kiosk import logs
from kiosk.operator.lockout import Lockout
from kiosk.operator.pin import hash_pin
from kiosk.ui import crash
from kiosk.ui.admin.pin_pad import PinPad

RIGHT = "4821"
TYPED = ("7362", "9137", "5550")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    handler = logs.setup_logging(tmp_path, level=logging.DEBUG, echo=False)
    yield tmp_path / logs.LOG_NAME
    logs.close_logging(handler)
    root.setLevel(level)
    root.handlers[:] = handlers


def type_pin(pad: PinPad, digits: str) -> None:
    QTest.keyClicks(pad, digits)
    QTest.keyClick(pad, Qt.Key.Key_Return)


@pytest.mark.qt_no_exception_capture
def test_no_pin_digit_reaches_the_log(qtbot, log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    stored = hash_pin(RIGHT)
    pad = PinPad(1.0, lambda: stored, lambda _h: None, Lockout(attempts=2, first_lock_s=30))
    qtbot.addWidget(pad)
    pad.show()
    handler = crash.CrashHandler(lambda: None).install()
    try:
        # A careless error message inside the pad that repeats what was typed.
        def careless(entered: str) -> bool:
            raise ValueError(f"cannot compare the entry {entered}")

        monkeypatch.setattr(pad, "_matches", careless)
        QTest.keyClicks(pad, TYPED[0])
        # From the event loop, as a real key press arrives (a call from Python would re-raise here).
        QTimer.singleShot(0, pad.submit)
        qtbot.waitUntil(lambda: handler.handled == 1, timeout=5000)
        monkeypatch.undo()
        type_pin(pad, TYPED[1])
        type_pin(pad, TYPED[2])  # the second wrong PIN locks the pad
        assert pad.lockout.locked
        pad.lockout._until = float("-inf")  # as if the lock had run out
        type_pin(pad, RIGHT)
    finally:
        handler.uninstall()
    text = log_file.read_text(encoding="utf-8")
    assert "cannot compare the entry [redacted]" in text and "Traceback" in text
    assert "wrong operator PIN entered" in text and "locked for 30 seconds" in text
    for pin in (RIGHT, *TYPED):
        assert pin not in text
