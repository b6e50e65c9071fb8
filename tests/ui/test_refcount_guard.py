"""The guard against PySide6 6.12's lost references to None keeps a long session from aborting."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

from kiosk.ui import guard_none_refcount


def test_many_void_calls_cannot_exhaust_nones_reference_count(qtbot) -> None:  # noqa: ANN001
    label = QLabel()
    qtbot.addWidget(label)
    guard_none_refcount()
    before = sys.getrefcount(None)
    for i in range(20_000):  # far more than None's natural count in this process (a few thousand)
        label.setText(str(i))
    # Whatever the binding does to None's count, it stays far from zero.
    assert sys.getrefcount(None) > 1 << 38 or sys.version_info >= (3, 12)
    assert sys.getrefcount(None) >= before - 20_000
