"""A big-key on-screen keyboard for visitors: letters, digits, a few symbols, Shift, space and delete.

It types into a line edit it is given, and never takes the focus from it (a key is a button a finger
presses, not a place to type). Shift makes the next letter a capital, or stays on when tapped twice.
The operator console has its own smaller keyboard (kiosk.ui.admin.keyboard) for the event label.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.ui.widgets.buttons import big_button

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm!?.")
SYMBOLS = ("@", "#", "_")


class VisitorKeyboard(QWidget):
    """Types into ``target`` (whose ``textChanged`` then says what it holds)."""

    def __init__(self, scale: float, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.shifted = False
        self.locked = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(round(8 * scale))
        self.keys: dict[str, QPushButton] = {}
        for row, letters in enumerate(ROWS):
            for column, letter in enumerate(letters):
                key = self._key(scale, letter)
                key.clicked.connect(lambda _=False, c=letter: self.type(c))
                grid.addWidget(key, row, column)
                self.keys[letter] = key
        self.shift = self._key(scale, "⇧")
        self.shift.setAccessibleName("Shift")
        self.shift.clicked.connect(self._shift_tapped)
        self.space = self._key(scale, "␣")
        self.space.setAccessibleName("Space")
        self.space.clicked.connect(lambda: self.type(" "))
        self.delete = self._key(scale, "⌫")
        self.delete.setAccessibleName("Delete")
        self.delete.clicked.connect(self._backspace)
        grid.addWidget(self.shift, 4, 0, 1, 2)
        for column, symbol in enumerate(SYMBOLS, start=2):
            key = self._key(scale, symbol)
            key.clicked.connect(lambda _=False, c=symbol: self.type(c))
            grid.addWidget(key, 4, column)
            self.keys[symbol] = key
        grid.addWidget(self.space, 4, 5, 1, 3)
        grid.addWidget(self.delete, 4, 8, 1, 2)
        self._show_case()

    def _key(self, scale: float, text: str) -> QPushButton:
        key = big_button("key")
        key.setText(text)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the line edit keeps the cursor
        key.setMinimumSize(round(64 * scale), round(64 * scale))
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.setAutoRepeat(text == "⌫")
        return key

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
        self.shift.style().unpolish(self.shift)
        self.shift.style().polish(self.shift)
        for letter, key in self.keys.items():
            key.setText(letter.upper() if self.shifted and letter.isalpha() else letter)

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
