"""The console's settings page: event label, default language, idle timeouts, lessons shown and their order.

It edits a ``KioskOptions`` value; the console applies and saves it through ``KioskControls``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Pack
from kiosk.ui.admin.controls import KioskOptions
from kiosk.ui.admin.keyboard import label_field
from kiosk.ui.admin.page_manage import set_tone, show_saved
from kiosk.ui.admin.page_stats import label, scroller
from kiosk.ui.admin.tick_row import TickRow
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.cards import repolish
from kiosk.ui.widgets.plain import plain_text

IDLE_CHOICES = (0.0, 30.0, 45.0, 60.0, 90.0, 120.0, 180.0, 300.0, 600.0)
CONSOLE_IDLE_CHOICES = (0.0, 60.0, 120.0, 180.0, 300.0, 600.0, 900.0)
TEXT_SIZE_CHOICES = (100.0, 125.0, 150.0)  # percent (kiosk.operator.config.TEXT_SIZES)


class Stepper(QWidget):
    """− value +: a number picked from a short list, easy with a finger."""

    def __init__(self, scale: float, choices: tuple[float, ...], words, value_width: int = 200) -> None:  # noqa: ANN001
        """``value_width``: room for the value's words at 1080p (a short "On" needs less than "1 min 30 s")."""
        super().__init__()
        self.choices = list(choices)
        self.words = words
        self.index = 0
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.minus = big_button("small")
        self.minus.setText("–")
        self.plus = big_button("small")
        self.plus.setText("+")
        self.value_label = QLabel()
        plain_text(self.value_label)
        self.value_label.setObjectName("SectionTitle")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label.setMinimumWidth(round(value_width * scale))
        row.addWidget(self.minus)
        row.addWidget(self.value_label)
        row.addWidget(self.plus)
        row.addStretch(1)
        self.minus.clicked.connect(lambda: self.step(-1))
        self.plus.clicked.connect(lambda: self.step(1))

    @property
    def value(self) -> float:
        return self.choices[self.index]

    def set_value(self, value: float) -> None:
        if value not in self.choices:
            self.choices = sorted({*self.choices, value})
        self.index = self.choices.index(value)
        self._show()

    def step(self, delta: int) -> None:
        self.index = max(0, min(len(self.choices) - 1, self.index + delta))
        self._show()

    def _show(self) -> None:
        self.value_label.setText(self.words(self.value))
        self.minus.setEnabled(self.index > 0)
        self.plus.setEnabled(self.index < len(self.choices) - 1)


class LessonRow(TickRow):
    """A lesson's tick box (shown to visitors or not, also as ``shown``) and its title, which wraps rather
    than pushing the arrows out of sight; a tap anywhere on the row but the arrows ticks or unticks it."""

    def __init__(self, scale: float, lesson_id: str, title: str, shown: bool) -> None:
        super().__init__(scale, title, shown)
        self.lesson_id = lesson_id
        self.shown = self.box
        self.shown.toggled.connect(self._mark)
        self._mark(shown)
        self.up = big_button("small")
        self.up.setText("↑")
        self.down = big_button("small")
        self.down.setText("↓")
        self.setMinimumHeight(round(76 * scale))
        for button in (self.up, self.down):
            button.setFixedSize(round(72 * scale), round(58 * scale))
        self.row.addWidget(self.title, 1)
        self.row.addWidget(self.up)
        self.row.addWidget(self.down)

    def _mark(self, shown: bool) -> None:
        for widget in (self, self.title):
            widget.setProperty("hidden_lesson", "false" if shown else "true")
        repolish(self, self.title)


class SettingsPage(QWidget):
    save_requested = Signal()
    change_pin_requested = Signal()

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.scale = scale
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(32 * scale))
        gap = round(12 * scale)  # between buttons side by side, as on the other console pages
        form = QGridLayout()
        form.setContentsMargins(0, 0, gap, 0)  # level with the page title; clear of the scroll bar
        form.setVerticalSpacing(round(12 * scale))
        form.setHorizontalSpacing(round(20 * scale))
        # event, language, visitor idle, console idle, "every visit starts with", text size, contrast, read aloud
        self.captions = [label("", "SectionTitle", wrap=True) for _ in range(8)]
        for caption in self.captions[1:]:
            caption.setContentsMargins(0, round(10 * scale), 0, 0)  # a caption sits with what it names
        self.event_label, self.keyboard_button, self.keyboard, event_row = label_field(scale, gap)
        event_box = QVBoxLayout()
        event_box.setSpacing(gap)
        event_box.addLayout(event_row)
        self.event_note = label("", "Note", wrap=True)  # under the field it explains
        event_box.addWidget(self.event_note)
        event_box.addWidget(self.keyboard)
        self.languages = QHBoxLayout()
        self.languages.setSpacing(gap)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        self.idle = Stepper(scale, IDLE_CHOICES, self._seconds)
        self.console_idle = Stepper(scale, CONSOLE_IDLE_CHOICES, self._seconds)
        # what every visit starts with (issue 22): the visitor's accessibility panel changes it
        self.text_size = Stepper(scale, TEXT_SIZE_CHOICES, lambda value: f"{value:.0f} %", 90)
        self.high_contrast = Stepper(scale, (0.0, 1.0), self._on_off, 90)
        self.read_aloud = Stepper(scale, (0.0, 1.0), self._on_off, 90)
        self.access_note = label("", "Note", wrap=True)
        # Whole rows, then the steppers side by side (the idle times two, what a visit starts with
        # three), so the form fits a 1080p screen without a scroll.
        for i, widget in enumerate((event_box, self.languages)):
            form.addWidget(self.captions[i], i * 2, 0)
            form.addLayout(widget, i * 2 + 1, 0)
        form.addLayout(self._side_by_side(gap, ((2, self.idle), (3, self.console_idle))), 4, 0)
        form.addWidget(self.captions[4], 5, 0)
        form.addWidget(self.access_note, 6, 0)
        access = ((5, self.text_size), (6, self.high_contrast), (7, self.read_aloud))
        form.addLayout(self._side_by_side(gap, access), 7, 0)
        form.setRowMinimumHeight(8, round(8 * scale))  # a little air above the buttons
        buttons = QHBoxLayout()
        buttons.setSpacing(gap)
        self.save = big_button("primary", "done")
        self.save.clicked.connect(self.save_requested.emit)
        self.change_pin = big_button("secondary", "shield")
        self.change_pin.clicked.connect(self.change_pin_requested.emit)
        buttons.addWidget(self.save)
        buttons.addWidget(self.change_pin)
        buttons.addStretch(1)
        form.addLayout(buttons, 9, 0)
        self.status = label("", "Status", wrap=True)
        form.addWidget(self.status, 10, 0)
        form.setRowStretch(11, 1)
        # Scrollable, so the on-screen keyboard fits on a 720p screen too.
        form_page = QWidget()
        form_page.setLayout(form)
        row.addWidget(scroller(form_page), 1)
        lessons = QVBoxLayout()
        self.lessons_title = label("", "SectionTitle")
        self.lessons_note = label("", "Note", wrap=True)
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, gap, 0)  # clear of the scroll bar
        self.rows_box.setSpacing(round(8 * scale))
        inner = QWidget()
        inner.setLayout(self.rows_box)
        self.rows_inner = inner
        lessons.addWidget(self.lessons_title)
        lessons.addWidget(self.lessons_note)
        lessons.addWidget(scroller(inner), 1)
        row.addLayout(lessons, 1)
        self.rows: list[LessonRow] = []
        self.retranslate()

    def _seconds(self, value: float) -> str:
        if value == 0:
            return self.tr("Off")
        minutes, seconds = divmod(int(value), 60)
        if not minutes:
            return self.tr("%1 s").replace("%1", str(seconds))
        if not seconds:
            return self.tr("%1 min").replace("%1", str(minutes))
        return self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(seconds))

    def _side_by_side(self, gap: int, steppers: tuple[tuple[int, Stepper], ...]) -> QGridLayout:
        """Steppers in a row, each under its caption (``self.captions[n]``)."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(gap * 2)
        grid.setVerticalSpacing(gap)
        for column, (caption, stepper) in enumerate(steppers):
            grid.addWidget(self.captions[caption], 0, column)
            grid.addWidget(stepper, 1, column)
        grid.setColumnStretch(len(steppers), 1)
        return grid

    def _on_off(self, value: float) -> str:
        return self.tr("On") if value else self.tr("Off")

    def load(self, options: KioskOptions, pack: Pack, names: dict[str, str], language: str) -> None:
        """Show ``options`` for ``pack`` (lesson titles in ``language``)."""
        self.event_label.setText(options.event_label)
        for button in self.language_buttons.values():
            self.language_group.removeButton(button)
            self.languages.removeWidget(button)
            button.setParent(None)  # gone now, not at the next turn of the event loop
            button.deleteLater()
        self.language_buttons = {}
        for code in pack.languages:
            button = big_button("small")
            button.setCheckable(True)
            button.setText(names.get(code, code))
            button.setChecked(code == options.language)
            self.language_group.addButton(button)
            self.languages.addWidget(button)
            self.language_buttons[code] = button
        self.idle.set_value(options.idle_timeout)
        self.console_idle.set_value(options.console_idle_timeout)
        self.text_size.set_value(float(options.text_size))
        self.high_contrast.set_value(1.0 if options.high_contrast else 0.0)
        self.read_aloud.set_value(1.0 if options.read_aloud else 0.0)
        for old in self.rows:
            old.setParent(None)
            old.deleteLater()
        self.rows = []
        hidden = set(options.hidden_lessons)
        for lesson_id in options.lesson_order:
            entry = pack.lesson(lesson_id)
            if entry is None:
                continue
            row = LessonRow(self.scale, lesson_id, entry.meta(language).title, lesson_id not in hidden)
            row.up.clicked.connect(lambda _=False, i=lesson_id: self.move(i, -1))
            row.down.clicked.connect(lambda _=False, i=lesson_id: self.move(i, 1))
            self.rows.append(row)
        self._lay_out_rows()
        self.status.setText("")

    def _lay_out_rows(self) -> None:
        while self.rows_box.count():
            self.rows_box.takeAt(0)
        for i, row in enumerate(self.rows):
            self.rows_box.addWidget(row)
            row.up.setEnabled(i > 0)
            row.down.setEnabled(i < len(self.rows) - 1)
        self.rows_box.addStretch(1)
        # The scroll area does not notice rows added while the page is hidden; tell it their height.
        spacing = self.rows_box.spacing()
        self.rows_inner.setMinimumHeight(sum(r.minimumHeight() + spacing for r in self.rows))

    def move(self, lesson_id: str, delta: int) -> None:
        index = next(i for i, r in enumerate(self.rows) if r.lesson_id == lesson_id)
        target = max(0, min(len(self.rows) - 1, index + delta))
        self.rows.insert(target, self.rows.pop(index))
        self._lay_out_rows()

    def options(self) -> KioskOptions:
        language = next((code for code, b in self.language_buttons.items() if b.isChecked()), "")
        return KioskOptions(
            event_label=self.event_label.text().strip(),
            language=language,
            idle_timeout=self.idle.value,
            console_idle_timeout=self.console_idle.value,
            lesson_order=tuple(r.lesson_id for r in self.rows),
            hidden_lessons=tuple(r.lesson_id for r in self.rows if not r.shown.isChecked()),
            text_size=round(self.text_size.value),
            high_contrast=bool(self.high_contrast.value),
            read_aloud=bool(self.read_aloud.value),
        )

    def show_result(self, error: str, nothing_shown: bool = False) -> None:
        if nothing_shown:
            self.status.setText(self.tr("Choose at least one lesson to show."))
            set_tone(self.status, "bad")
        else:
            show_saved(self.status, error)

    def retranslate(self) -> None:
        texts = (
            self.tr("Event or class label"),
            self.tr("Default language"),
            self.tr("Visitor idle timeout"),
            self.tr("Console idle timeout"),
            self.tr("Every visit starts with"),
            self.tr("Text size"),
            self.tr("High contrast"),
            self.tr("Read aloud"),
        )
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.event_label.setPlaceholderText(self.tr("e.g. Booth day 2, Class 7B"))
        self.access_note.setText(
            self.tr(
                "A visitor changes these for their own visit with the accessibility button; the next visit starts here again."
            )
        )
        self.event_note.setText(
            self.tr("The label is stamped on new visits, so results can be filtered by event or class.")
        )
        self.lessons_title.setText(self.tr("Lessons shown to visitors"))
        self.lessons_note.setText(self.tr("Untick a lesson to hide it; use the arrows to change the order."))
        set_text(self.save, self.tr("Save and apply"))
        set_text(self.keyboard_button, self.tr("Keyboard"))
        set_text(self.change_pin, self.tr("Change PIN"))
        self.idle._show()
        self.console_idle._show()
        self.text_size._show()
        self.high_contrast._show()
        self.read_aloud._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
