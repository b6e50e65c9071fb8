"""A small on-screen keyboard for the event label, for kiosks that have a touch screen and no keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from kiosk.ui.widgets.buttons import big_button

ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM.#/")


class TouchKeyboard(QWidget):
    """Types into ``target``: letters (capitals with Shift, which lets go after one letter), space, delete."""

    def __init__(self, scale: float, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.shifted = True  # labels usually start with a capital
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(round(6 * scale))
        self.keys: dict[str, QPushButton] = {}
        for row, letters in enumerate(ROWS):
            for column, letter in enumerate(letters):
                key = self._key(scale, letter)
                key.clicked.connect(lambda _=False, c=letter: self.type(c))
                grid.addWidget(key, row, column)
                self.keys[letter] = key
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

    def _key(self, scale: float, text: str) -> QPushButton:
        key = big_button("small")
        key.setText(text)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the line edit keeps the cursor
        key.setMinimumWidth(round(40 * scale))
        return key

    def set_shift(self, on: bool) -> None:
        self.shifted = on
        self.shift.setChecked(on)
        for letter, key in self.keys.items():
            key.setText(letter if on or not letter.isalpha() else letter.lower())

    def type(self, char: str) -> None:
        if char.isalpha() and not self.shifted:
            char = char.lower()
        self.target.insert(char)
        if char.isalpha() and self.shifted:
            self.set_shift(False)
