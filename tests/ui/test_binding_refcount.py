"""The installed PySide6 keeps ``None``'s reference count balanced, so a long session cannot abort."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_the_installed_binding_keeps_none_references_balanced(qtbot) -> None:  # noqa: ANN001
    """pyproject excludes PySide6 releases that lose a reference to None on void calls (6.12.0 on 3.11).

    After a few thousand such calls CPython aborts with "none_dealloc: deallocating None": a kiosk
    would crash minutes into a visit. This test fails if such a release is ever installed again.
    """
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(5_000):
        label.setText(str(i))
    assert abs(sys.getrefcount(None) - before) < 100
