"""The PIN pad: big keys, dots instead of digits, the lockout countdown, and first-time PIN setting.

It decides nothing itself about PINs: ``kiosk.operator.pin`` checks them and ``Lockout`` counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.operator.lockout import Lockout
from kiosk.operator.pin import MAX_DIGITS, MIN_DIGITS, PinError, check_new_pin, hash_pin, verify_pin
from kiosk.settings import SettingsError
from kiosk.ui import resources
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.cards import repolish
from kiosk.ui.widgets.keys import key_button
from kiosk.ui.widgets.plain import plain_text

log = logging.getLogger(__name__)


class PinPad(QWidget):
    """``accepted`` when the right PIN (or a newly set one) is entered; ``cancelled`` on "Back"."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(
        self,
        scale: float,
        stored_hash: Callable[[], str],
        save_hash: Callable[[str], None],
        lockout: Lockout,
        *,
        hasher: Callable[[str], str] = hash_pin,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scale = scale
        self.stored_hash = stored_hash
        self.save_hash = save_hash
        self.lockout = lockout
        self.hasher = hasher
        self.entry = ""
        self.first_new = ""  # the new PIN typed once, while setting a PIN
        self.setting = False
        self.changing = False  # True when the operator asked to change an existing PIN
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(1000)
        self.lock_timer.timeout.connect(self._show_lock)
        self._build()
        self.reset()

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QFrame()
        card.setObjectName("PinPadCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(self.px(56), self.px(40), self.px(56), self.px(40))
        box.setSpacing(self.px(14))
        self.title = QLabel()
        plain_text(self.title)
        self.title.setObjectName("PinTitle")
        self.dots = QLabel()
        plain_text(self.dots)
        self.dots.setObjectName("PinDots")
        self.message = QLabel()
        plain_text(self.message)
        self.message.setObjectName("PinMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(self.px(480))
        for label in (self.title, self.dots, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)
        grid = QGridLayout()
        grid.setSpacing(self.px(14))
        self.keys: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            self.keys[digit] = self._key(digit, grid, i // 3, i % 3)
        self.backspace = self._key("", grid, 3, 0)
        self.backspace.setIcon(resources.icon("backspace"))
        self.backspace.setIconSize(QSize(self.px(44), self.px(44)))
        self.keys["0"] = self._key("0", grid, 3, 1)
        self.ok = self._key("OK", grid, 3, 2, role="primary")
        box.addLayout(grid)
        self.back = big_button("secondary", "back")
        self.back.clicked.connect(self.cancelled.emit)
        box.addWidget(self.back)
        outer.addWidget(card)
        self.backspace.clicked.connect(self._backspace)
        self.ok.clicked.connect(self.submit)
        for digit in "0123456789":
            self.keys[digit].clicked.connect(lambda _=False, d=digit: self.press(d))

    def _key(
        self, text: str, grid: QGridLayout, row: int, column: int, role: str = "secondary"
    ) -> QPushButton:
        button = key_button(text, role)
        button.setObjectName("PinKey")
        grid.addWidget(button, row, column)
        return button

    # -- what the console calls ------------------------------------------------------------------

    def reset(self, *, change: bool = False) -> None:
        """Start afresh: enter the PIN, or set one when none is stored (or when changing it)."""
        self.entry = ""
        self.first_new = ""
        self.changing = change
        self.setting = change or not self.stored_hash()
        self._tone("")
        self.retranslate()
        self._refresh()
        self._show_lock()

    def stop(self) -> None:
        self.lock_timer.stop()

    # -- keys --------------------------------------------------------------------------------------

    def press(self, digit: str) -> None:
        if self.lockout.locked or len(self.entry) >= MAX_DIGITS:
            return
        self.entry += digit
        self._refresh()

    def _backspace(self) -> None:
        self.entry = self.entry[:-1]
        self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._backspace()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def submit(self) -> None:
        if self.setting:
            self._submit_new()
            return
        entered, self.entry = self.entry, ""
        try:
            attempt = self.lockout.try_pin(lambda: self._matches(entered))
        except (PinError, MemoryError) as exc:
            # The stored hash, not the operator, is at fault: no PIN can match it, so say so. (A PinError
            # names the hash's parameters, never what was typed.)
            log.error("the stored operator PIN cannot be checked: %s", exc or type(exc).__name__)
            self._refresh()
            self._say(self.tr("The stored PIN cannot be checked. Set it again with 'kiosk set-pin'."), "bad")
            return
        self._refresh()
        if attempt.accepted:
            self._tone("")
            self.accepted.emit()
        elif attempt.locked_for:
            self._show_lock()
        else:
            self._say(
                self.tr("Wrong PIN. %n tries left before the pad locks.", "", attempt.tries_left), "bad"
            )

    def _matches(self, entered: str) -> bool:
        return verify_pin(entered, self.stored_hash())

    def _submit_new(self) -> None:
        entered, self.entry = self.entry, ""
        self._refresh()
        try:
            check_new_pin(entered)
        except PinError:
            self._say(
                self.tr("A PIN has %1 to %2 digits.")
                .replace("%1", str(MIN_DIGITS))
                .replace("%2", str(MAX_DIGITS)),
                "bad",
            )
            return
        if not self.first_new:
            self.first_new = entered
            self._say(self.tr("Type the same PIN again to confirm it."), "")
            return
        if entered != self.first_new:
            self.first_new = ""
            self._say(self.tr("The two PINs differ. Choose a PIN again."), "bad")
            return
        try:
            self.save_hash(self.hasher(entered))
        except SettingsError as exc:
            self.first_new = ""
            self._say(self.tr("The PIN could not be saved: %1").replace("%1", str(exc)), "bad")
            return
        self.first_new = ""
        self.setting = False
        self.accepted.emit()

    # -- showing -----------------------------------------------------------------------------------

    def _refresh(self) -> None:
        # One dot per digit typed and no empty slots: the row neither suggests a length nor shows
        # a passer-by how long the PIN is. An empty row keeps its height (a thin space).
        self.dots.setText("●" * len(self.entry) or "\u2009")
        self.ok.setEnabled(len(self.entry) >= MIN_DIGITS and not self.lockout.locked)

    def _tone(self, tone: str) -> None:
        self.message.setProperty("tone", tone)
        repolish(self.message)

    def _say(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self._tone(tone)

    def _show_lock(self) -> None:
        left = self.lockout.remaining()
        locked = left > 0
        for key in (*self.keys.values(), self.backspace):
            key.setEnabled(not locked)
        self._refresh()
        if not locked:
            if self.lock_timer.isActive():
                self.lock_timer.stop()
                self._say(self._prompt(), "")
            return
        seconds = int(left + 0.999)
        clock = f"{seconds // 60}:{seconds % 60:02d}"
        self._say(self.tr("Too many wrong PINs. The pad is locked for %1.").replace("%1", clock), "bad")
        if not self.lock_timer.isActive():
            self.lock_timer.start()

    def _prompt(self) -> str:
        if self.setting and not self.first_new:
            if self.changing:
                return (
                    self.tr("Choose a new PIN of %1 to %2 digits.")
                    .replace("%1", str(MIN_DIGITS))
                    .replace("%2", str(MAX_DIGITS))
                )
            return (
                self.tr(
                    "No operator PIN is set yet. Choose one of %1 to %2 digits; it will be asked for every time."
                )
                .replace("%1", str(MIN_DIGITS))
                .replace("%2", str(MAX_DIGITS))
            )
        if self.setting:
            return self.tr("Type the same PIN again to confirm it.")
        return self.tr("Enter the operator PIN.")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Set the operator PIN") if self.setting else self.tr("Operator"))
        set_text(self.back, self.tr("Back to the kiosk"))
        self.ok.setText(self.tr("OK"))
        self.backspace.setAccessibleName(self.tr("Delete the last digit"))
        self.ok.setAccessibleName(self.tr("Confirm the PIN"))
        if not self.lockout.locked:
            self._say(self._prompt(), "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
