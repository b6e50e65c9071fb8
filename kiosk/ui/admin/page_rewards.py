"""The console's "Redeem rewards" page: type a visitor's code on a keypad of the code's own symbols, check
or redeem it, and see the codes issued and redeemed per day and the stock left.

The page shows and asks; the console (``kiosk.ui.admin.console``) holds the reward book and answers.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.operator.rewards import ALPHABET, CODE_LENGTH, BookStatus, CodeCheck, Verdict, normalise
from kiosk.ui.admin.page_manage import set_tone
from kiosk.ui.admin.page_stats import label
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.keys import add_keys, key_button, key_grid

#: the keypad: every symbol a code can hold, and nothing a visitor could misread (no 0, 1, I or O)
KEY_COLUMNS = 8


class CodeKeypad(QWidget):
    """Types into ``target``: the 32 symbols of reward codes, Delete and Clear."""

    def __init__(self, scale: float, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        grid = key_grid(self, round(8 * scale))
        symbol_rows = [ALPHABET[i : i + KEY_COLUMNS] for i in range(0, len(ALPHABET), KEY_COLUMNS)]
        self.keys = add_keys(grid, symbol_rows, partial(self._key, scale), self.type)
        rows = len(ALPHABET) // KEY_COLUMNS
        self.clear = self._key(scale, "")
        self.clear.clicked.connect(self.target.clear)
        self.delete = self._key(scale, "←")
        self.delete.clicked.connect(self.backspace)
        grid.addWidget(self.clear, rows, 0, 1, KEY_COLUMNS // 2)
        grid.addWidget(self.delete, rows, KEY_COLUMNS // 2, 1, KEY_COLUMNS // 2)

    def _key(self, scale: float, text: str) -> QPushButton:
        key = key_button(text, "small", round(56 * scale))
        key.setAccessibleName(text)
        return key

    def type(self, symbol: str) -> None:
        typed = normalise(self.target.text())
        if len(typed) < CODE_LENGTH:
            self.target.setText(grouped(typed + symbol))

    def backspace(self) -> None:
        self.target.setText(grouped(normalise(self.target.text())[:-1]))


def grouped(symbols: str) -> str:
    """``K7MP3Q`` -> ``K7MP-3Q``: the code as the visitor's screen shows it."""
    return symbols if len(symbols) <= 4 else f"{symbols[:4]}-{symbols[4:]}"


class RewardsPage(QWidget):
    check_requested = Signal(str)
    redeem_requested = Signal(str)

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.scale = scale
        self._status: BookStatus | None = None
        self._rewards_on = False
        self._found: CodeCheck | None = None
        self._problem = ""
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(round(32 * scale))

        left = QVBoxLayout()
        left.setSpacing(round(14 * scale))
        self.prompt = label("", "SectionTitle", wrap=True)
        self.code = QLineEdit()
        self.code.setObjectName("RewardCode")
        self.code.setMaxLength(CODE_LENGTH + 1)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.textEdited.connect(self._typed)
        self.code.returnPressed.connect(lambda: self.check_requested.emit(self.code.text()))
        self.keypad = CodeKeypad(scale, self.code)
        buttons = QHBoxLayout()
        self.check = big_button("secondary", "info")
        self.check.clicked.connect(lambda: self.check_requested.emit(self.code.text()))
        self.redeem = big_button("primary", "right")
        self.redeem.clicked.connect(lambda: self.redeem_requested.emit(self.code.text()))
        buttons.addWidget(self.check)
        buttons.addWidget(self.redeem)
        self.verdict = label("", "Status", wrap=True)
        for widget in (self.prompt, self.code, self.keypad):
            left.addWidget(widget)
        left.addLayout(buttons)
        left.addWidget(self.verdict)
        left.addStretch(1)
        box.addLayout(left, 3)

        card = QFrame()
        card.setObjectName("Card")
        right = QVBoxLayout(card)
        right.setContentsMargins(round(28 * scale), round(24 * scale), round(28 * scale), round(24 * scale))
        right.setSpacing(round(10 * scale))
        self.book_title = label("", "SectionTitle", wrap=True)
        self.rules = label("", "Note", wrap=True)
        self.left_today = label("", "StatValue")
        self.left_caption = label("", "StatLabel", wrap=True)
        self.days = QWidget()
        self.days_grid = QGridLayout(self.days)
        self.days_grid.setContentsMargins(0, round(8 * scale), 0, 0)
        self.days_grid.setHorizontalSpacing(round(24 * scale))
        self.days_grid.setVerticalSpacing(round(4 * scale))
        self.clock_note = label("", "Warning", wrap=True)
        self.clock_note.hide()
        for widget in (
            self.book_title,
            self.rules,
            self.left_today,
            self.left_caption,
            self.days,
            self.clock_note,
        ):
            right.addWidget(widget)
        right.addStretch(1)
        box.addWidget(card, 2)
        self.retranslate()

    # -- what the console gives it -----------------------------------------------------------------------

    def show_status(self, status: BookStatus | None, rewards_on: bool, problem: str = "") -> None:
        self._status, self._rewards_on, self._problem = status, rewards_on, problem
        self._status_texts()

    def show_verdict(self, found: CodeCheck) -> None:
        self._found = found
        set_tone(self.verdict, "good" if found.verdict.accepted else "bad")
        if found.verdict is Verdict.REDEEMED_NOW:
            self.code.clear()  # ready for the next visitor's code
        self._verdict_text()

    def reset(self) -> None:
        """Nothing typed and no verdict left over (the console was opened again)."""
        self.code.clear()
        self._found = None
        self._verdict_text()

    def _typed(self, text: str) -> None:
        self._found = None
        self._verdict_text()
        tidy = grouped(normalise(text)[:CODE_LENGTH])
        if tidy != text:
            self.code.setText(tidy)

    # -- words ----------------------------------------------------------------------------------------------

    def _verdict_text(self) -> None:
        found = self._found
        if found is None:
            self.verdict.setText("")
            return
        code, verdict = found.code, found.verdict
        texts = {
            Verdict.VALID: self.tr(
                "%1 is valid: issued on %2, not yet redeemed. Tap Redeem to hand over the reward."
            ),
            Verdict.REDEEMED_NOW: self.tr("%1 redeemed. Hand over the reward."),
            Verdict.MALFORMED: self.tr(
                "That is not a reward code: a code has 8 letters and digits, like K7MP-3QXA."
            ),
            Verdict.UNKNOWN: self.tr("%1 is unknown: this kiosk never gave it. Check the typing."),
            Verdict.ALREADY_REDEEMED: self.tr("%1 was already redeemed on %3."),
            Verdict.OTHER_EVENT: self.tr("%1 belongs to another event (%4), not this one."),
            Verdict.EXPIRED: self.tr("%1 has expired: it was valid until %5."),
        }
        self.verdict.setText(
            texts[verdict]
            .replace("%1", code)
            .replace("%2", found.issued)
            .replace("%3", found.redeemed)
            .replace("%4", found.event or "-")
            .replace("%5", found.valid_until)
        )

    def _status_texts(self) -> None:
        status = self._status
        self.book_title.setText(self.tr("Codes given at this event"))
        if status is None:
            self.rules.setText(self._problem or self.tr("The reward book cannot be read right now."))
            for widget in (self.left_today, self.left_caption):
                widget.setText("")
            self._fill_days([])
            self.clock_note.hide()
            return
        event = status.event or self.tr("(no event label)")
        if self._rewards_on:
            self.rules.setText(self.tr("Event: %1. Rewards are on.").replace("%1", event))
        else:
            self.rules.setText(
                self.tr("Event: %1. Rewards are off: turn them on in Booth set-up.").replace("%1", event)
            )
        stock = "∞" if status.stock_left is None else str(status.stock_left)
        self.left_today.setText(stock)
        cap = (
            self.tr("no daily cap")
            if status.cap_left_today is None
            else self.tr("%1 more today").replace("%1", str(status.cap_left_today))
        )
        self.left_caption.setText(self.tr("gifts left in stock · %1").replace("%1", cap))
        rows = [(self.tr("Day"), self.tr("issued"), self.tr("redeemed"))]
        rows += [(day.day, str(day.issued), str(day.redeemed)) for day in status.days[-10:]]
        rows.append((self.tr("All days"), str(status.issued), str(status.redeemed)))
        self._fill_days(rows)
        self.clock_note.setVisible(status.clock_behind)
        self.clock_note.setText(
            self.tr(
                "The clock says %1, but codes were already given on %2: rewards count on %2 until the clock catches up."
            )
            .replace("%1", status.clock_day)
            .replace("%2", status.day)
        )

    def _fill_days(self, rows: list[tuple[str, str, str]]) -> None:
        """The per-day table: a heading row, the last ten days, and the total."""
        while self.days_grid.count():
            item = self.days_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = label(text, "SectionTitle" if r in (0, len(rows) - 1) else "Note")
                if c:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.days_grid.addWidget(cell, r, c)

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Type the visitor's code (letters and digits; no 0, 1, I or O):"))
        self.code.setPlaceholderText("K7MP-3QXA")
        set_text(self.check, self.tr("Check"))
        set_text(self.redeem, self.tr("Redeem"))
        set_text(self.keypad.clear, self.tr("Clear"))
        self.keypad.delete.setAccessibleName(self.tr("Delete"))
        self._verdict_text()
        self._status_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
