"""Exhibits on screen: the one table from an exhibit's name (``kiosk.content.exhibits.EXHIBITS``) to the
widget the reader shows below a page's words. Each widget has ``wipe()``: it forgets what a visitor did."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.exhibits.password_tester import PasswordTester

WIDGETS: dict[str, type[QWidget]] = {PasswordTester.NAME: PasswordTester}


def make(name: str, scale: float) -> QWidget:
    return WIDGETS[name](scale)  # type: ignore[call-arg]
