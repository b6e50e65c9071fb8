"""Exhibits on screen: the one table from an exhibit's name (``kiosk.content.exhibits.EXHIBITS``) to the
widget the reader shows beside (or below) a page's words. Each widget has ``wipe()``, which forgets what a
visitor did, ``reading_order()`` (its stops for Tab), and for the reader's layout ``widths()`` (its width
in one column and in two), ``set_two_columns(bool)`` and ``set_short(bool)`` (a screen too short for its
full height)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.exhibits.password_tester import PasswordTester

WIDGETS: dict[str, type[QWidget]] = {PasswordTester.NAME: PasswordTester}


def make(name: str, scale: float) -> QWidget:
    return WIDGETS[name](scale)  # type: ignore[call-arg]
