"""The keys the on-screen keyboards and the reward-code keypad share: laid out row by row, typing their
character, never taking the focus from the line edit they type into."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.admin.keyboard import TouchKeyboard
from kiosk.ui.admin.page_rewards import CodeKeypad
from kiosk.ui.widgets.keys import add_keys, key_button, key_grid
from kiosk.ui.widgets.touch_keyboard import VisitorKeyboard
from tests.support.taps import tap


def test_keys_sit_row_by_row_from_where_they_start_and_type_their_character(qtbot: QtBot) -> None:
    pad = QWidget()
    qtbot.addWidget(pad)
    grid = key_grid(pad, 4)
    pressed: list[str] = []
    keys = add_keys(
        grid, ("ab", "c"), lambda text: key_button(text, "small"), pressed.append, row=1, column=2
    )
    assert list(keys) == ["a", "b", "c"]
    positions = {char: grid.getItemPosition(grid.indexOf(button))[:2] for char, button in keys.items()}
    assert positions == {"a": (1, 2), "b": (1, 3), "c": (2, 2)}
    assert grid.spacing() == 4 and grid.contentsMargins().left() == 0
    pad.show()
    tap(keys["b"])
    tap(keys["c"])
    assert pressed == ["b", "c"]


def test_the_keyboards_and_the_code_keypad_type_without_taking_the_focus(qtbot: QtBot) -> None:
    for keyboard_type, typed in ((VisitorKeyboard, "q@"), (TouchKeyboard, "Q#"), (CodeKeypad, "K7MP-3")):
        host = QWidget()
        qtbot.addWidget(host)
        box = QVBoxLayout(host)
        edit = QLineEdit()
        keyboard = keyboard_type(1.0, edit)
        box.addWidget(edit)
        box.addWidget(keyboard)
        host.show()
        edit.setFocus()
        assert all(key.focusPolicy() == Qt.FocusPolicy.NoFocus for key in keyboard.keys.values())
        for char in typed.replace("-", ""):  # the code keypad puts in the dash itself
            tap(keyboard.keys[char.lower() if keyboard_type is VisitorKeyboard else char])
        assert edit.text() == typed
        assert keyboard.delete.focusPolicy() == Qt.FocusPolicy.NoFocus
