"""A small on-screen keyboard for the event label, for kiosks that have a touch screen and no keys."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.ui.widgets.buttons import big_button
from kiosk.ui.widgets.keys import NamedSpecialKeys, add_keys, key_button, key_grid

ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM.#/")


class TouchKeyboard(NamedSpecialKeys, QWidget):
    """Types into ``target``: letters (capitals with Shift, which lets go after one letter), space, delete."""

    def __init__(self, scale: float, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.shifted = True  # labels usually start with a capital
        grid = key_grid(self, round(6 * scale))
        self.keys = add_keys(grid, ROWS, partial(self._key, scale), self.type)
        self.shift = self._key(scale, "Aa")
        self.shift.setCheckable(True)
        self.shift.clicked.connect(lambda: self.set_shift(self.shift.isChecked()))
        self.space = self._key(scale, "")
        self.space.clicked.connect(lambda: self.type(" "))
        self.delete = self._key(scale, "←")
        self.delete.clicked.connect(self.target.backspace)
        grid.addWidget(self.shift, 4, 0, 1, 2)
        grid.addWidget(self.space, 4, 2, 1, 6)
        grid.addWidget(self.delete, 4, 8, 1, 2)
        self.set_shift(True)
        self.name_special_keys()

    def _key(self, scale: float, text: str) -> QPushButton:
        return key_button(text, "small", round(40 * scale))

    def set_shift(self, on: bool) -> None:
        self.shifted = on
        self.shift.setChecked(on)
        for letter, button in self.keys.items():
            button.setText(letter if on or not letter.isalpha() else letter.lower())

    def type(self, char: str) -> None:
        if char.isalpha() and not self.shifted:
            char = char.lower()
        self.target.insert(char)
        if char.isalpha() and self.shifted:
            self.set_shift(False)


def label_field(scale: float, gap: int) -> tuple[QLineEdit, QPushButton, TouchKeyboard, QHBoxLayout]:
    """An event label's field with a Keyboard button beside it (the row returned) that shows or hides
    an on-screen keyboard typing into it; the caller places the row, and the keyboard, hidden at first."""
    field = QLineEdit()
    field.setMaxLength(60)
    button = big_button("small")
    button.setCheckable(True)
    keyboard = TouchKeyboard(scale, field)
    keyboard.hide()
    button.toggled.connect(keyboard.setVisible)
    row = QHBoxLayout()
    row.setSpacing(gap)
    row.addWidget(field, 1)
    row.addWidget(button)
    return field, button, keyboard, row
