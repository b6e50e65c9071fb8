"""The console's "Booth set-up" page: the challenge's mode, number of questions, pass mark and the lessons
it draws from, and the reward rules (what earns a code, daily cap, stock, chance, validity, event).

It shows a ``BoothConfig`` and gives one back when every field reads (``values``), or a message
naming the field that does not; the console applies it at once and saves it (``KioskControls``).
On a 1080p screen it fits without scrolling, in every language: the two cards side by side, the
lesson list taking what height is left; on smaller screens the cards stack and the page scrolls.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.operator.booth import (
    CHALLENGE_MODES,
    EARN_RULES,
    MAX_CHALLENGE_QUESTIONS,
    BoothConfig,
    RewardRules,
)
from kiosk.operator.booth_setup import LessonChoice
from kiosk.ui.admin.booth_lessons import LessonPicker
from kiosk.ui.admin.keyboard import label_field
from kiosk.ui.admin.page_manage import set_tone, show_saved
from kiosk.ui.admin.page_stats import label, scroller
from kiosk.ui.widgets.buttons import big_button, set_text

#: the page's width (1080p pixels) from which the challenge's and the rewards' cards sit side by side
WIDE = 1300


class NumberField(QWidget):
    """− [number] +: a whole number, typed or stepped by ``step`` with a finger, within ``low..high``."""

    def __init__(self, scale: float, low: int, high: int, step: int) -> None:
        super().__init__()
        self.low, self.high, self.step_size = low, high, step
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(8 * scale))
        self.minus = big_button("small")
        self.minus.setText("–")
        self.plus = big_button("small")
        self.plus.setText("+")
        self.edit = QLineEdit()
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.setValidator(QIntValidator(0, 9_999_999, self))  # digits only; the range is told
        self.edit.setFixedWidth(round(170 * scale))
        for widget in (self.minus, self.edit, self.plus):
            row.addWidget(widget)
        row.addStretch(1)
        self.minus.clicked.connect(lambda: self.nudge(-1))
        self.plus.clicked.connect(lambda: self.nudge(1))

    def value(self) -> int | None:
        """The number shown, or None when it is not a whole number within the range."""
        text = self.edit.text().strip()
        if not text.isdigit():
            return None
        number = int(text)
        return number if self.low <= number <= self.high else None

    def set_value(self, number: int) -> None:
        self.edit.setText(str(number))

    def nudge(self, direction: int) -> None:
        """One step down or up, onto the next multiple of the step, kept within the range."""
        text = self.edit.text().strip()
        number = int(text) if text.isdigit() else self.low
        step = self.step_size
        number = (number // step + 1) * step if direction > 0 else ((number - 1) // step) * step
        self.set_value(max(self.low, min(self.high, number)))


class Choices(QWidget):
    """One of a few values, as a row (or grid) of toggle buttons."""

    def __init__(self, scale: float, values: tuple[str, ...], columns: int) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(round(8 * scale))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        for i, value in enumerate(values):
            button = big_button("small")
            button.setCheckable(True)
            self.group.addButton(button)
            grid.addWidget(button, i // columns, i % columns)
            self.buttons[value] = button
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def value(self) -> str:
        return next((value for value, button in self.buttons.items() if button.isChecked()), "")

    def set_value(self, value: str) -> None:
        self.buttons[value].setChecked(True)


class BoothPage(QWidget):
    save_requested = Signal()

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.scale = scale
        self.config = BoothConfig()
        self.kiosk_event = ""  # the kiosk's event label, used when the codes' own event is empty
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(round(12 * scale))
        gap = round(12 * scale)

        self.challenge_title = label("", "StatGroup")
        self.mode = Choices(scale, CHALLENGE_MODES, 3)
        self.mode_note = label("", "Note", wrap=True)
        self.questions = NumberField(scale, 1, MAX_CHALLENGE_QUESTIONS, 1)
        self.pass_mark = NumberField(scale, 1, 100, 5)
        self.rewards_title = label("", "StatGroup")
        self.earn = Choices(scale, EARN_RULES, 2)
        self.daily_cap = NumberField(scale, 0, 100_000, 10)
        self.stock = NumberField(scale, 0, 1_000_000, 10)
        self.chance = NumberField(scale, 1, 100, 5)
        self.valid_days = NumberField(scale, 0, 3650, 1)
        self.event, self.keyboard_button, self.keyboard, event_row = label_field(scale, gap)
        self.event_note = label("", "Note", wrap=True)

        self.captions = {
            name: label("", "SectionTitle", wrap=True)
            for name in (
                "mode",
                "questions",
                "pass_mark",
                "earn",
                "daily_cap",
                "stock",
                "chance",
                "valid",
                "event",
            )
        }
        self.notes = {
            name: label("", "Note", wrap=True) for name in ("daily_cap", "stock", "chance", "valid")
        }

        def cell(name: str, field: QWidget | QHBoxLayout, note: QWidget | None) -> QVBoxLayout:
            """A caption over its field, and a note under the field."""
            box = QVBoxLayout()
            box.setSpacing(round(6 * scale))
            box.addWidget(self.captions[name])
            if isinstance(field, QHBoxLayout):
                box.addLayout(field)
            else:
                box.addWidget(field)
            if note is not None:
                box.addWidget(note)
            box.addStretch(1)
            return box

        def card(title: QWidget, *rows: QVBoxLayout | QGridLayout, last: QWidget | None = None) -> QFrame:
            """A card: its title, then its rows; ``last`` takes the height left, else a stretch does."""
            frame = QFrame()
            frame.setObjectName("Card")
            column = QVBoxLayout(frame)
            pad = round(24 * scale)
            column.setContentsMargins(pad, round(18 * scale), pad, pad)
            column.setSpacing(round(12 * scale))
            column.addWidget(title)
            for row in rows:
                column.addLayout(row)
            if last is not None:
                column.addWidget(last, 1)
            else:
                column.addStretch(1)
            return frame

        def two_by_two(*cells: QVBoxLayout) -> QGridLayout:
            grid = QGridLayout()
            grid.setHorizontalSpacing(round(24 * scale))
            grid.setVerticalSpacing(round(12 * scale))
            for i, box in enumerate(cells):
                grid.addLayout(box, i // 2, i % 2)
                grid.setColumnStretch(i % 2, 1)
            return grid

        # Numbers side by side, two by two: the page fits a 1080p screen without scrolling.
        numbers = two_by_two(
            *(
                cell(name, field, self.notes[name])
                for name, field in (
                    ("daily_cap", self.daily_cap),
                    ("stock", self.stock),
                    ("chance", self.chance),
                    ("valid", self.valid_days),
                )
            )
        )
        self.lessons = LessonPicker(scale)
        self.challenge_card = card(
            self.challenge_title,
            cell("mode", self.mode, self.mode_note),
            two_by_two(cell("questions", self.questions, None), cell("pass_mark", self.pass_mark, None)),
            last=self.lessons,
        )
        self.rewards_card = card(
            self.rewards_title,
            cell("earn", self.earn, None),
            numbers,
            cell("event", event_row, self.event_note),
        )
        rewards_column = self.rewards_card.layout()
        rewards_column.insertWidget(rewards_column.count() - 1, self.keyboard)  # above the stretch

        # Save and apply, with what came of it beside it.
        self.save_bar = QWidget()
        bar = QHBoxLayout(self.save_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(round(20 * scale))
        self.save = big_button("primary", "done")
        self.save.clicked.connect(self.save_requested.emit)
        bar.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # not stretched
        self.status = label("", "Status", wrap=True)
        self.status.hide()
        bar.addWidget(self.status, 1, Qt.AlignmentFlag.AlignVCenter)

        self.cards = QGridLayout()
        self.cards.setContentsMargins(0, 0, gap, 0)  # clear of the scroll bar
        self.cards.setSpacing(round(20 * scale))
        inner = QWidget()
        inner.setLayout(self.cards)
        self.scroll = scroller(inner)
        outer.addWidget(self.scroll, 1)
        self.arrangement: tuple[bool, bool] | None = None
        self.keyboard_button.toggled.connect(self._keyboard_toggled)
        self._arrange()
        self.retranslate()

    @property
    def wide(self) -> bool:
        """Whether the page is wide enough for the two cards side by side (a 1080p screen)."""
        return self.width() >= round(WIDE * self.scale)

    def _arrange(self) -> None:
        """Wide: the challenge's card over the save button, the rewards' card beside both, nothing
        scrolling. Narrow, or while the on-screen keyboard is out: the page scrolls, so the save button
        sits under it, always in sight (and the cards one under the other where the page is narrow)."""
        wide, typing = self.wide, self.keyboard_button.isChecked()
        if (wide, typing) == self.arrangement:
            return
        self.arrangement = wide, typing
        for widget in (self.challenge_card, self.rewards_card, self.save_bar):
            self.cards.removeWidget(widget)
            self.layout().removeWidget(widget)
        self.cards.addWidget(self.challenge_card, 0, 0)
        if wide:
            self.cards.addWidget(self.rewards_card, 0, 1, 2, 1)
        else:
            self.cards.addWidget(self.rewards_card, 1, 0)
        if wide and not typing:
            self.cards.addWidget(self.save_bar, 1, 0)
        else:
            self.layout().addWidget(self.save_bar)
        self.cards.setColumnStretch(0, 1)
        self.cards.setColumnStretch(1, 1 if wide else 0)
        self.cards.setRowStretch(0, 1 if wide else 0)

    def _keyboard_toggled(self, shown: bool) -> None:
        self._arrange()
        if shown:  # once laid out, the keys in sight
            QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(self.keyboard, 0, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange()

    # -- what the console gives it, and gets back -------------------------------------------------------

    def load(self, config: BoothConfig, kiosk_event: str, lessons: tuple[LessonChoice, ...]) -> None:
        """Show ``config``; ``lessons``: what the challenge may draw from (``challenge_choices``)."""
        self.config, self.kiosk_event = config, kiosk_event
        challenge, rules = config.challenge, config.rewards
        self.mode.set_value(challenge.mode)
        self.lessons.set_choices(lessons, challenge.lessons)
        self.questions.set_value(challenge.questions)
        self.pass_mark.set_value(challenge.pass_mark)
        self.earn.set_value(rules.earn)
        self.daily_cap.set_value(rules.daily_cap)
        self.stock.set_value(rules.stock)
        self.chance.set_value(rules.chance)
        self.valid_days.set_value(rules.valid_days)
        self.event.setText(rules.event)
        self.status.setText("")
        self.status.hide()
        self.retranslate()
        unknown = [choice.lesson_id for choice in lessons if choice.state == "unknown"]
        if unknown:
            message = self.tr(
                "kiosk.toml names lessons this lesson pack does not have: %1. They are at the end of the "
                "list: untick them and save to take them out of the file."
            )
            self.status.setText(message.replace("%1", ", ".join(unknown)))
            set_tone(self.status, "bad")
            self.status.show()

    def values(self) -> tuple[BoothConfig | None, str]:
        """The settings as shown, or None and what to correct (the first field that does not read)."""
        numbers: dict[str, int] = {}
        fields = (
            ("questions", self.questions, self.tr("Questions per challenge")),
            ("pass_mark", self.pass_mark, self.tr("Pass mark")),
            ("daily_cap", self.daily_cap, self.tr("Daily cap")),
            ("stock", self.stock, self.tr("Stock")),
            ("chance", self.chance, self.tr("Chance of winning")),
            ("valid_days", self.valid_days, self.tr("Days a code stays valid")),
        )
        for key, field, name in fields:
            number = field.value()
            if number is None:
                message = self.tr("%1: write a whole number from %2 to %3.")
                message = message.replace("%1", name).replace("%2", str(field.low))
                return None, message.replace("%3", str(field.high))
            numbers[key] = number
        mode, earn = self.mode.value(), self.earn.value()
        ticked = self.lessons.ticked_choices()
        if ticked and not any(choice.drawable for choice in ticked):
            return None, self.tr(
                "No ticked lesson gives a question: tick a lesson visitors see that has a quiz, or none "
                "for every lesson."
            )
        if earn in ("full_marks", "pass") and mode == "off":
            return None, self.tr(
                "Rewards for the challenge need the challenge: set its mode to On or Only, or choose "
                "“Any finished quiz”."
            )
        challenge = replace(
            self.config.challenge,
            mode=mode,
            questions=numbers["questions"],
            pass_mark=numbers["pass_mark"],
            lessons=self.lessons.chosen(),
        )
        rules = RewardRules(
            earn=earn,
            daily_cap=numbers["daily_cap"],
            stock=numbers["stock"],
            chance=numbers["chance"],
            valid_days=numbers["valid_days"],
            event=self.event.text().strip(),
        )
        return BoothConfig(challenge, rules), ""

    def show_result(self, error: str, *, saved: bool = True, note: str = "") -> None:
        """ "Saved and applied." (with ``note``), a field to correct (``saved`` False), or a save that failed."""
        if not saved:
            self.status.setText(error)
            set_tone(self.status, "bad")
        else:
            show_saved(self.status, error, note)
        self.status.show()

    # -- words ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.challenge_title.setText(self.tr("Booth challenge"))
        self.rewards_title.setText(self.tr("Reward codes"))
        captions = {
            "mode": self.tr("Mode"),
            "questions": self.tr("Questions per challenge"),
            "pass_mark": self.tr("Pass mark (%)"),
            "earn": self.tr("What earns a reward"),
            "daily_cap": self.tr("Daily cap"),
            "stock": self.tr("Stock"),
            "chance": self.tr("Chance of winning (%)"),
            "valid": self.tr("Days a code stays valid"),
            "event": self.tr("Event the codes are for"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        modes = {"off": self.tr("Off"), "on": self.tr("On"), "only": self.tr("Only the challenge")}
        for value, text in modes.items():
            set_text(self.mode.buttons[value], text)
        earn = {
            "off": self.tr("Off"),
            "full_marks": self.tr("Full marks in the challenge"),
            "pass": self.tr("Passing the challenge"),
            "lesson": self.tr("Any finished quiz"),
        }
        for value, text in earn.items():
            set_text(self.earn.buttons[value], text)
        self.mode_note.setText(
            self.tr(
                "On: a button on the start screen and the lessons list. Only: the challenge is all the "
                "kiosk offers."
            )
        )
        self.notes["daily_cap"].setText(self.tr("Codes a day at most; 0: no cap."))
        self.notes["stock"].setText(self.tr("Gifts for the whole event; 0: no limit."))
        self.notes["chance"].setText(
            self.tr("Below 100, an earned reward is a draw: the visitor may read “No prize this time”.")
        )
        self.notes["valid"].setText(self.tr("Counted from the day the code is given; 0: the whole event."))
        self.event.setPlaceholderText(self.kiosk_event or self.tr("(no event label)"))
        self.event_note.setText(
            self.tr(
                "Empty: the kiosk's event label. Codes of another event are refused, so change it only "
                "for a new event."
            )
        )
        set_text(self.keyboard_button, self.tr("Keyboard"))
        set_text(self.save, self.tr("Save and apply"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
