"""A big-key on-screen keyboard for visitors: letters, digits, a few symbols, Shift, space and delete.

It types into a line edit it is given, and never takes the focus from it (a key is a button a finger
presses, not a place to type). Shift makes the next letter a capital, or stays on when tapped twice.
The operator console has its own smaller keyboard (kiosk.ui.admin.keyboard) for the event label.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.ui.widgets.cards import repolish
from kiosk.ui.widgets.keys import NamedSpecialKeys, add_keys, key_button, key_grid

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm!?.")
SYMBOLS = ("@", "#", "_")


class VisitorKeyboard(NamedSpecialKeys, QWidget):
    """Types into ``target`` (whose ``textChanged`` then says what it holds)."""

    def __init__(self, scale: float, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.shifted = False
        self.locked = False
        grid = key_grid(self, round(8 * scale))
        make = partial(self._key, scale)
        self.keys = add_keys(grid, ROWS, make, self.type)
        self.keys |= add_keys(grid, ["".join(SYMBOLS)], make, self.type, row=4, column=2)
        self.shift = self._key(scale, "⇧")
        self.shift.clicked.connect(self._shift_tapped)
        self.space = self._key(scale, "␣")
        self.space.clicked.connect(lambda: self.type(" "))
        self.delete = self._key(scale, "⌫")
        self.delete.clicked.connect(self._backspace)
        grid.addWidget(self.shift, 4, 0, 1, 2)
        grid.addWidget(self.space, 4, 5, 1, 3)
        grid.addWidget(self.delete, 4, 8, 1, 2)
        self._show_case()
        self.name_special_keys()

    def _key(self, scale: float, text: str) -> QPushButton:
        button = key_button(text, "key", round(64 * scale))
        button.setMinimumHeight(round(64 * scale))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAutoRepeat(text == "⌫")
        return button

    def _shift_tapped(self) -> None:
        # Once: the next letter is a capital; twice: capitals until tapped again.
        if self.shifted and not self.locked:
            self.locked = True
        elif self.shifted:
            self.shifted = self.locked = False
        else:
            self.shifted = True
        self._show_case()

    def _show_case(self) -> None:
        self.shift.setProperty("on", "locked" if self.locked else ("true" if self.shifted else "false"))
        repolish(self.shift)
        for letter, button in self.keys.items():
            button.setText(letter.upper() if self.shifted and letter.isalpha() else letter)

    def type(self, char: str) -> None:
        if self.shifted and char.isalpha():
            char = char.upper()
            if not self.locked:
                self.shifted = False
                self._show_case()
        if len(self.target.text()) >= self.target.maxLength():
            return
        self.target.insert(char)

    def _backspace(self) -> None:
        self.target.backspace()

    def reset(self) -> None:
        """Lower case again, for the next visitor."""
        self.shifted = self.locked = False
        self._show_case()
