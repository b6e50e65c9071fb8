"""Issue 15, item 3: a stored PIN hash the kiosk cannot check is a message on the pad, not an error per try."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.operator.lockout import Lockout
from kiosk.ui.admin.pin_pad import PinPad

#: a well-formed hash whose cost (N=2**22, 4 GiB) the kiosk refuses to run
ABSURD = "scrypt$4194304$8$1$GVO1Jj29D14vLRiH6BLc-A$2eXYwy7HM7NCUqo-1bnwIXE17ONYnSkLgB7i0CU6b4I"


def test_an_unusable_stored_hash_is_said_plainly(qtbot, caplog: pytest.LogCaptureFixture) -> None:  # noqa: ANN001
    pad = PinPad(1.0, lambda: ABSURD, lambda _h: None, Lockout())
    qtbot.addWidget(pad)
    pad.show()
    caplog.set_level(logging.ERROR)
    for _ in range(3):
        QTest.keyClicks(pad, "2580")
        QTest.keyClick(pad, Qt.Key.Key_Return)
    assert "set-pin" in pad.message.text()
    assert not pad.lockout.locked
    assert any("cannot be checked" in r.getMessage() for r in caplog.records)
    assert all("2580" not in r.getMessage() for r in caplog.records)
