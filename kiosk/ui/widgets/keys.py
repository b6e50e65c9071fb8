"""Keys for the on-screen keyboards and keypads (the visitor's keyboard, the console's keyboard, the PIN pad).

A key is a big button a finger presses: it never takes the focus, so the line edit it types into keeps
the cursor. ``add_keys`` lays out a keyboard's character keys row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.ui.widgets.buttons import big_button


def key_button(text: str, role: str, min_width: int = 0) -> QPushButton:
    """A key showing ``text``, styled by ``role`` (``key`` for visitors, ``small`` in the console...)."""
    button = big_button(role)
    button.setText(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the line edit keeps the cursor
    if min_width:
        button.setMinimumWidth(min_width)
    return button


def key_grid(keyboard: QWidget, spacing: int) -> QGridLayout:
    """The grid a keyboard's keys sit in, edge to edge with the keyboard."""
    grid = QGridLayout(keyboard)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(spacing)
    return grid


def add_keys(
    grid: QGridLayout,
    rows: Iterable[str],
    make: Callable[[str], QPushButton],
    press: Callable[[str], None],
    *,
    row: int = 0,
    column: int = 0,
) -> dict[str, QPushButton]:
    """A key from ``make`` for each character of ``rows``, row by row into ``grid`` from (``row``,
    ``column``); tapping one calls ``press`` with its character. Returns the keys by character."""
    keys: dict[str, QPushButton] = {}
    for down, chars in enumerate(rows, start=row):
        for across, char in enumerate(chars, start=column):
            button = make(char)
            button.clicked.connect(lambda _=False, c=char: press(c))
            grid.addWidget(button, down, across)
            keys[char] = button
    return keys


class NamedSpecialKeys:
    """Mixed into a keyboard (before QWidget) that has ``shift``, ``space`` and ``delete`` keys: it names
    them in words a screen reader says, in the language shown, since they show a symbol (or, for space,
    nothing). The keyboard calls ``name_special_keys()`` once its keys exist; language changes follow."""

    shift: QPushButton
    space: QPushButton
    delete: QPushButton

    def name_special_keys(self) -> None:
        self.shift.setAccessibleName(QCoreApplication.translate("Keys", "Shift"))
        self.space.setAccessibleName(QCoreApplication.translate("Keys", "Space"))
        self.delete.setAccessibleName(QCoreApplication.translate("Keys", "Delete"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.name_special_keys()
        super().changeEvent(event)  # type: ignore[misc]
