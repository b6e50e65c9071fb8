"""The catalogue: a card per lesson (cover, title, minutes) with a tick on those this visitor finished."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Pack
from kiosk.journey import Journey
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.cards import LessonCard
from kiosk.ui.widgets.plain import plain_text

#: the narrowest a lesson card gets, in 1080p pixels (kiosk.content.fit's estimate assumes it)
CARD_MIN_WIDTH = 440


class CatalogueScreen(ScreenBase):
    lesson_chosen = Signal(str)
    finish_requested = Signal()
    challenge_requested = Signal()

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(scale, parent)
        self.setObjectName("CatalogueScreen")
        self.cards: dict[str, LessonCard] = {}
        self.unavailable: set[str] = set()  # lessons that failed: their cards cannot be tapped (the router's)
        self._built_for: tuple[int, str] | None = None
        self._columns = 0  # how many columns the cards are in now
        self._cards_scale = scale  # the scale the cards were made for
        self._journey: Journey | None = None
        page = self.page = QVBoxLayout(self)
        # the titles beside the buttons when they fit, else the buttons above them (``_fit_header``)
        header = self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        titles = QVBoxLayout()
        titles.setSpacing(self.px(4))
        self.heading = QLabel()
        plain_text(self.heading)
        self.heading.setObjectName("ScreenTitle")
        self.subtitle = QLabel()
        plain_text(self.subtitle)
        self.subtitle.setObjectName("ScreenSubtitle")
        self.heading.setWordWrap(True)
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        controls = QHBoxLayout()
        controls.addStretch(1)
        self.challenge_button = big_button("primary", "star", ink="highlight")
        self.challenge_button.clicked.connect(self.challenge_requested)
        self.challenge_button.hide()
        controls.addWidget(self.challenge_button, 0, Qt.AlignmentFlag.AlignTop)
        self.finish_button = big_button("secondary", "finish")
        self.finish_button.clicked.connect(self.finish_requested)
        controls.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignTop)
        controls.addWidget(self.corner, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(controls)
        page.addLayout(header)
        self.problem = QLabel()
        plain_text(self.problem)
        self.problem.setObjectName("Problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        page.addWidget(self.problem)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a stop for Tab: the cards in it are, and it scrolls to the one with the focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.scroll.setWidget(self.grid_host)
        page.addWidget(self.scroll, 1)
        self.arrange()
        self.retranslate()

    def arrange(self) -> None:
        side = 40 if self.portrait else 64
        self.page.setContentsMargins(self.px(side), self.px(40), self.px(side), self.px(32))
        self.page.setSpacing(self.px(20))
        self.grid.setContentsMargins(0, 0, self.px(8), 0)
        self.grid.setSpacing(self.px(28))
        self._place_cards()
        if self.cards and self._journey is not None and self._cards_scale != self.scale:
            self._built_for = None  # the cards' own sizes follow the scale: made again
            self.render(self._journey)

    def _fit_header(self) -> None:
        """The buttons above the titles when beside them the heading would have less than its one line."""
        margins = self.page.contentsMargins()
        controls = self.finish_button.sizeHint().width() + self.corner.sizeHint().width() + self.px(40)
        room = self.width() - margins.left() - margins.right() - controls
        one_line = self.heading.fontMetrics().horizontalAdvance(self.heading.text()) + 2
        stacked = room < max(one_line, self.px(360))
        direction = QBoxLayout.Direction.BottomToTop if stacked else QBoxLayout.Direction.LeftToRight
        if self.width() > 0 and self.header.direction() != direction:
            self.header.setDirection(direction)
            self.page.activate()  # laid out so now, not at the next turn (a frame in the old layout)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._fit_header()
        return handled

    def columns(self) -> int:
        """As many columns as cards of at least CARD_MIN_WIDTH (at 1080p) fit, 1 to 4: three at
        1920x1080 and 1280x720, two in portrait and on 1024x768."""
        margins = self.page.contentsMargins()
        room = (self.width() - margins.left() - margins.right()) / self.scale - 8
        fits = int((room + 28) // (CARD_MIN_WIDTH + 28))
        return max(1, min(4, fits))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.columns() != self._columns:
            self._place_cards()

    def _place_cards(self) -> None:
        """Put the cards in rows of ``columns()`` (again, after a resize or rotation)."""
        columns = self.columns()
        if columns == self._columns and self.grid.count() == len(self.cards):
            return
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for c in range(max(columns, self._columns)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for i, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, i // columns, i % columns)
        self.grid.setRowStretch(len(self.cards) // columns + 1, 1)
        self._columns = columns

    def _build(self, pack: Pack, language: str) -> None:
        for card in self.cards.values():
            card.deleteLater()
        self.cards = {}
        for entry in pack.lessons:
            card = LessonCard(entry.meta(language), pack.root, self.scale)
            card.clicked.connect(lambda _=False, lid=entry.id: self.lesson_chosen.emit(lid))
            self.cards[entry.id] = card
        self._columns = 0
        self._place_cards()
        for card in self.cards.values():
            card.show()  # at once: a layout would only show it at the next turn of the event loop

    def prepare(self, journey: Journey) -> None:
        """Cards are built once per pack (covers decoded then); a language change only swaps their words."""
        self._journey = journey
        pack, language = journey.pack, journey.language
        if self._built_for is None or self._built_for[0] != id(pack):
            self._build(pack, language)
            self._cards_scale = self.scale
        elif self._built_for[1] != language:
            for entry in pack.lessons:
                self.cards[entry.id].set_meta(entry.meta(language))
        else:
            return
        self._built_for = (id(pack), language)
        self._texts()

    def render(self, journey: Journey) -> None:
        self.prepare(journey)
        self.challenge_button.setVisible(journey.challenge_plan is not None)
        finished = journey.finished_lessons
        for lesson_id, card in self.cards.items():
            if card.finished != (lesson_id in finished):
                card.set_finished(lesson_id in finished)
                self._card_texts(card)  # the accessible name says "Done" too
            if card.isEnabled() == (lesson_id in self.unavailable):
                card.setEnabled(lesson_id not in self.unavailable)
                self._card_texts(card)

    def on_enter(self, journey: Journey) -> None:
        self.render(journey)
        self.scroll.verticalScrollBar().setValue(0)

    def on_leave(self) -> None:
        self.show_problem("")

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def wipe(self) -> None:
        for card in self.cards.values():
            card.set_finished(False)
        self.scroll.verticalScrollBar().setValue(0)
        self.show_problem("")

    def _card_texts(self, card: LessonCard) -> None:
        minutes = card.meta.minutes
        minutes_text = self.tr("%n min", "", minutes) if minutes is not None else ""
        if not card.isEnabled():
            minutes_text = self.tr("Not available right now")  # a lesson that failed (the router's)
        done = self.tr("Done")
        accessible = card.meta.title + (f", {minutes_text}" if minutes_text else "")
        if card.finished:
            accessible += ", " + done
        card.set_texts(minutes_text, done, accessible)

    def _texts(self) -> None:
        for card in self.cards.values():
            self._card_texts(card)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Choose a lesson"))
        self.subtitle.setText(self.tr("Tap a lesson to begin. Each one takes only a few minutes."))
        set_text(self.finish_button, self.tr("Finish"))
        set_text(self.challenge_button, self.tr("Booth challenge"))
        self._texts()
