"""The booth page's list of the lessons the challenge draws from: a tick box per lesson, by title.

None ticked means every lesson visitors see. A lesson that gives no question (hidden from visitors,
without a quiz, or named in kiosk.toml but not in the pack) says so under its title, so a choice the
settings file made is never dropped unseen (``kiosk.operator.booth_setup.challenge_choices``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.operator.booth_setup import LessonChoice
from kiosk.ui.admin.page_manage import set_tone
from kiosk.ui.admin.page_stats import label, scroller
from kiosk.ui.admin.tick_row import TickRow
from kiosk.ui.widgets.buttons import big_button, set_text

#: the list's width (1080p pixels) from which its rows sit two by two
TWO_COLUMNS = 640
#: rows the list shows at least, where the page scrolls anyway
ROWS_SHOWN = 3


class ChoiceRow(TickRow):
    """A lesson's tick box and title, and why it gives no question if it does not; a tap anywhere on the
    row ticks or unticks it."""

    toggled = Signal()

    def __init__(self, scale: float, choice: LessonChoice, ticked: bool) -> None:
        super().__init__(scale, choice.title, ticked)
        self.choice = choice
        self.box.toggled.connect(lambda _ticked: self.toggled.emit())
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.title)
        self.problem = label("", "Note", wrap=True)
        set_tone(self.problem, "bad")
        self.problem.setVisible(not choice.drawable)
        words.addWidget(self.problem)
        self.row.addLayout(words, 1)
        self.setMinimumHeight(round(64 * scale))


class LessonPicker(QWidget):
    """The lessons to draw from: ``chosen()`` gives the ticked ids, in the list's order (empty: all)."""

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.scale = scale
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(round(6 * scale))
        top = QHBoxLayout()
        top.setSpacing(round(12 * scale))
        self.caption = label("", "SectionTitle", wrap=True)
        self.untick_all = big_button("small")
        self.untick_all.clicked.connect(self.clear)
        top.addWidget(self.caption, 1)
        top.addWidget(self.untick_all)
        box.addLayout(top)
        self.summary = label("", "Note", wrap=True)
        box.addWidget(self.summary)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, round(12 * scale), 0)  # clear of the scroll bar
        self.grid.setSpacing(round(8 * scale))
        inner = QWidget()
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(self.grid)
        rows.addStretch(1)  # rows keep their height in a tall list
        self.list = scroller(inner)
        # As tall as the page leaves it (not as tall as its rows: the page must fit a 1080p screen),
        # and never shorter than a few rows.
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.list.setMinimumHeight(ROWS_SHOWN * round(72 * scale))
        box.addWidget(self.list, 1)
        self.rows: list[ChoiceRow] = []
        self.columns = 1
        self.retranslate()

    def set_choices(self, choices: tuple[LessonChoice, ...], chosen: tuple[str, ...]) -> None:
        for row in self.rows:
            self.grid.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for choice in choices:
            row = ChoiceRow(self.scale, choice, choice.lesson_id in chosen)
            row.toggled.connect(self._summarise)
            self.rows.append(row)
        self._lay_out()
        self.retranslate()

    def chosen(self) -> tuple[str, ...]:
        return tuple(row.choice.lesson_id for row in self.rows if row.box.isChecked())

    def ticked_choices(self) -> tuple[LessonChoice, ...]:
        return tuple(row.choice for row in self.rows if row.box.isChecked())

    def clear(self) -> None:
        """Nothing ticked: the challenge draws from every lesson."""
        for row in self.rows:
            row.box.setChecked(False)

    def _lay_out(self) -> None:
        for i, row in enumerate(self.rows):
            self.grid.addWidget(row, i // self.columns, i % self.columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        columns = 2 if self.width() >= round(TWO_COLUMNS * self.scale) else 1
        if columns != self.columns:
            self.columns = columns
            for row in self.rows:
                self.grid.removeWidget(row)
            self._lay_out()

    # -- words ------------------------------------------------------------------------------------------

    def _summarise(self) -> None:
        ticked = len(self.chosen())
        if ticked:
            text = self.tr("%n ticked: the challenge draws its questions from these only.", "", ticked)
        else:
            text = self.tr("None ticked: the challenge draws from every lesson visitors see.")
        self.summary.setText(text)
        self.untick_all.setEnabled(ticked > 0)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Lessons it draws from"))
        set_text(self.untick_all, self.tr("Untick all"))
        problems = {
            "hidden": self.tr("Hidden from visitors (Settings): gives no question"),
            "no_quiz": self.tr("No quiz: gives no question"),
            "unknown": self.tr("Named in kiosk.toml, not in this lesson pack: gives no question"),
        }
        for row in self.rows:
            row.problem.setText(problems.get(row.choice.state, ""))
            row.box.setAccessibleDescription(row.problem.text())  # read out with the title
        self._summarise()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
