"""What the lesson's result and the booth challenge's result share: the layout and the questions missed.

Landscape: the score card (its words in a scroll area, its buttons under them) beside a column with
the reward, the questions missed and the take-home QR code. Portrait: the card on top, as tall as its
words, and the column below taking the rest of the height. Each screen adds its own words and buttons
and says them in its own ``retranslate``: the translated strings stay in the screen's own class, since
PySide looks an inherited ``self.tr()`` up under the subclass's name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.journey import MissedQuestion, QuizResult
from kiosk.journey.rewards import RewardOutcome, RewardStatus
from kiosk.operator.printing import PrinterConfig, Slip
from kiosk.ui import resources
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.cards import text_label
from kiosk.ui.widgets.fit_scroll import FitScrollArea
from kiosk.ui.widgets.html import localise
from kiosk.ui.widgets.qr_code import TakeHomePanel
from kiosk.ui.widgets.reward_card import RewardCard

RightAnswer = Callable[[str, bool], str]  # (answers, several) -> the words in the current language


class MissedItem(QFrame):
    """A question the visitor missed: the question, the right answer(s) and the explanation."""

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.setObjectName("MissedItem")
        self.scale = scale
        box = QVBoxLayout(self)
        box.setContentsMargins(round(28 * scale), round(20 * scale), round(28 * scale), round(20 * scale))
        box.setSpacing(round(10 * scale))
        self.question = text_label("MissedQuestion", rich=True)
        self.answer = text_label("MissedAnswer")
        self.explanation = text_label("MissedExplanation", rich=True)
        for label in (self.question, self.answer, self.explanation):
            box.addWidget(label)
        self.answers, self.several = "", False

    def set_missed(
        self, missed: MissedQuestion, folder: Path, root: Path, language: str, words: RightAnswer
    ) -> None:
        def local(html: str) -> str:
            size = dict(max_width=round(700 * self.scale), max_height=round(200 * self.scale))
            return localise(html, folder, root, scale=self.scale, **size)[0]

        self.question.setText(local(missed.question.html))
        # Chinese and Japanese list items with the enumeration comma, not a Latin one.
        separator = "、" if language.split("-")[0] in ("zh", "ja") else ", "
        self.answers = separator.join(
            QTextDocumentFragment.fromHtml(c.html).toPlainText().strip() for c in missed.right_choices
        )
        self.several = len(missed.right_choices) > 1
        self.explanation.setText(local(missed.question.explanation_html))
        self.explanation.setVisible(bool(missed.question.explanation_html))
        self.retranslate(words)

    def retranslate(self, words: RightAnswer) -> None:
        self.answer.setText(words(self.answers, self.several) if self.answers else "")

    def clear(self) -> None:
        for label in (self.question, self.answer, self.explanation):
            label.setText("")
        self.answers = ""


class _Column(QVBoxLayout):
    """The column of the questions missed, which tells the page it has no height-for-width: Qt's
    column layout takes such an item's whole height for its width as its least height, so in portrait
    the questions missed under a wrapping heading could never scroll, and squeezed the card above
    until the heading sat on it. Its own items still wrap their words at the column's width."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False


class ResultLayout(ScreenBase):
    """The frame both result screens fill: ``add_words``, ``add_buttons``, then ``show_missed`` etc."""

    wiped_when_left = True
    #: the star (passed) or retry badge on the card, 1080p pixels
    icon_px = 128

    def __init__(
        self, scale: float, parent: QWidget | None = None, *, printer: PrinterConfig | None = None
    ) -> None:
        super().__init__(scale, parent)
        self.setObjectName("ResultScreen")
        self.result: QuizResult | None = None
        self.missed_items: list[MissedItem] = []
        self.button_row: QHBoxLayout | None = None  # buttons side by side at the card's foot, if any
        # Above the page, a row for the corner controls in portrait (``arrange``); empty in landscape,
        # where they head the second column.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.top_row = QHBoxLayout()
        self.top_row.addStretch(1)
        outer.addLayout(self.top_row)
        page = self.page = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        outer.addLayout(page, 1)

        # The card: its words in a scroll area (they scroll when they need more than the screen's
        # height: large text, a short window; in portrait it is as tall as they are), and under them
        # the buttons, always in view.
        self.card = QFrame()
        self.card.setObjectName("ResultCard")
        self.card_layout = QVBoxLayout(self.card)
        words = QWidget()
        self.words_layout = QVBoxLayout(words)
        self.words_layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words_layout.addStretch(1)
        self.words_layout.addWidget(self.icon)
        self.words_layout.addStretch(1)
        self.card_scroll = FitScrollArea()
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setWidget(words)
        QScroller.grabGesture(
            self.card_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        # Around the words and buttons, stretches that share a portrait card's spare height, so the
        # words and their buttons stay together in its middle (``arrange``).
        self.card_layout.addStretch(0)
        self.card_layout.addWidget(self.card_scroll, 1)
        self._card_foot_stretch = False  # added after the buttons, at the first ``arrange``
        page.addWidget(self.card, 5)

        # The column: the heading of the questions missed (with the corner controls), any reward,
        # the questions missed, and the tips to take home (hidden without tips).
        right = self.right = _Column()
        self.missed_title = text_label("MissedTitle")
        # In landscape the corner controls go beside the heading, or above it when the column is too
        # narrow for both (``_fit_heading``); in portrait they have a row of their own (``arrange``).
        heading = self.missed_heading = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        heading.addWidget(self.missed_title, 1)
        right.addLayout(heading)
        self.reward = RewardCard(scale)  # what the visitor takes away, before what to look at again
        right.addWidget(self.reward)
        self.scroll = FitScrollArea()  # in portrait as tall as the questions missed (``arrange``)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        host = QWidget()
        self.missed_list = QVBoxLayout(host)
        self.missed_list.addStretch(1)
        self.scroll.setWidget(host)
        right.addWidget(self.scroll, 1)
        self.take_home = TakeHomePanel(self.scale, printer)
        right.addWidget(self.take_home)
        page.addLayout(right, 6)

    def add_words(self, *labels: QLabel) -> None:
        """Put ``labels`` on the card under the icon, centred, in this order."""
        for label in labels:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.words_layout.insertWidget(self.words_layout.count() - 1, label)

    def add_buttons(self, *buttons: QPushButton, beside: tuple[QPushButton, ...] = ()) -> None:
        """Put ``buttons`` at the foot of the card, one under the other, then ``beside`` side by side in
        one row (saving a row's height for the words on a short screen), in this order (and tab order)."""
        for button in buttons:
            self.card_layout.addWidget(button)
        if beside:
            self.button_row = QHBoxLayout()
            for button in beside:
                self.button_row.addWidget(button, 1)
            self.card_layout.addLayout(self.button_row)
        every = (*buttons, *beside)
        for first, second in zip(every, every[1:], strict=False):
            self.setTabOrder(first, second)

    def arrange(self) -> None:
        portrait = self.portrait
        side = 40 if portrait else 64
        # Portrait: the corner controls in the screen's top right corner, over the card.
        row = self.top_row if portrait else self.missed_heading
        if self._corner_row is not row:
            self.place_corner(row)
            self.missed_heading.setDirection(QBoxLayout.Direction.LeftToRight)  # _fit_heading decides anew
        inset = self.px(side) if portrait else 0  # landscape: the row is empty and takes no room
        self.top_row.setContentsMargins(inset, self.px(32) if portrait else 0, inset, 0)
        self.page.setContentsMargins(
            self.px(side), self.px(24 if portrait else 48), self.px(side), self.px(40)
        )
        self.page.setSpacing(self.px(32 if portrait else 48))
        self.page.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        # Portrait: the column below the card is as tall as what it holds (the list scrolls only when
        # the screen is too short for it), and the card takes the spare height, its words centred
        # in it: a tall screen is not left with an empty band above the take-home code.
        self.page.setStretch(0, 1 if portrait else 5)
        self.page.setStretch(1, 0 if portrait else 6)
        pad = 40 if portrait else 48
        self.card_layout.setContentsMargins(self.px(pad), self.px(pad), self.px(pad), self.px(40))
        self.card_layout.setSpacing(self.px(16 if portrait else 20))
        if self.button_row is not None:
            self.button_row.setSpacing(self.px(16))
        self.words_layout.setSpacing(self.px(16 if portrait else 20))
        self.right.setSpacing(self.px(16))
        self.missed_list.setContentsMargins(0, 0, self.px(8), 0)
        self.missed_list.setSpacing(self.px(16))
        if not self._card_foot_stretch:
            self.card_layout.addStretch(0)
            self._card_foot_stretch = True
        last = self.card_layout.count() - 1
        self.card_layout.setStretch(0, 1 if portrait else 0)
        self.card_layout.setStretch(1, 0 if portrait else 1)
        self.card_layout.setStretch(last, 1 if portrait else 0)
        self.card_scroll.fit = portrait
        self.card_scroll.updateGeometry()
        self._show_list()
        self.scroll.fit = portrait
        self.scroll.updateGeometry()

    def _fit_heading(self) -> None:
        if self._corner_row is not self.missed_heading:
            return  # portrait: the corner controls are in their own row
        column = self.scroll.width()
        stacked = self.corner.sizeHint().width() + self.px(240) > column
        direction = QBoxLayout.Direction.BottomToTop if stacked else QBoxLayout.Direction.LeftToRight
        if column > 0 and self.missed_heading.direction() != direction:
            self.missed_heading.setDirection(direction)
            top = Qt.AlignmentFlag.AlignTop
            self.missed_heading.setAlignment(
                self.corner, top | Qt.AlignmentFlag.AlignRight if stacked else top
            )
            self.page.activate()  # laid out so now, not at the next turn

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._fit_heading()
            self._fit_badge()
            self._keep_words()
            self._place_take_home()
        return handled

    def _fit_badge(self) -> None:
        """Landscape: when the card's words need more than its height (large text on a short screen),
        the badge above them gives way, so the score shows without scrolling (the verdict says in
        words whether the visitor passed). Measured with the badge, so it does not flip."""
        words, view = self.card_scroll.widget(), self.card_scroll.viewport()
        need = words.heightForWidth(view.width()) if words.hasHeightForWidth() else -1
        need = need if need > 0 else words.sizeHint().height()
        if self.icon.isHidden():
            need += self.icon.sizeHint().height() + self.words_layout.spacing()
        shown = self.portrait or need <= view.height()
        if self.icon.isHidden() == shown:
            self.icon.setVisible(shown)

    def _place_take_home(self) -> None:
        """The take-home code stays in view below the list while it takes at most half of the screen's
        height; larger (large text on a short screen) it scrolls with the list, at its end, so the
        column never runs off the screen. In portrait it goes there too when the page would otherwise
        not fit (large text): the score and its words are not squeezed to make room for it."""
        tall = self.take_home.minimumHeight() > self.height() * 0.5
        inside = self.take_home.parentWidget() is self.scroll.widget()
        if self.portrait and not tall and not self.take_home.isHidden() and self.card.height() > 0:
            # The card laid out shorter than its words and buttons need: the page is too tall. Back
            # below the list only when the card could give the code its height, so it does not flip.
            slack = self.card.height() - self.card.minimumSizeHint().height()
            room = self.take_home.height() + self.right.spacing() if inside else 0
            tall = slack < room
        if tall == inside:
            return
        shown = not self.take_home.isHidden()  # a widget given a new parent is hidden until shown again
        if tall:
            self.missed_list.addWidget(self.take_home)
        else:
            self.right.addWidget(self.take_home)
        self.take_home.setVisible(shown)
        self._show_list()

    def _keep_words(self) -> None:
        """Portrait: the card's words keep their height (up to half the screen's) when the column below
        is taller than the room left: the list of questions missed scrolls, not the score."""
        least = min(self.card_scroll.sizeHint().height(), self.height() // 2) if self.portrait else 0
        if self.card_scroll.minimumHeight() != least:
            self.card_scroll.setMinimumHeight(least)
        # and the card all of its words and buttons: the column's wrapped words (laid out by their
        # height for the width) would otherwise squeeze it until its buttons overlap the words
        card = self.card_layout.minimumSize().height() if self.portrait else 0
        if self.card.minimumHeight() != card:
            self.card.setMinimumHeight(card)

    def _show_list(self) -> None:
        """In portrait an empty list is hidden (else its frame's least height leaves a gap above the
        take-home code); in landscape it keeps the spare height, so the code stays at the column's foot."""
        holds = self.take_home.parentWidget() is self.scroll.widget() or any(
            not item.isHidden() for item in self.missed_items
        )
        wanted = holds or not self.portrait
        if self.scroll.isHidden() == wanted:
            self.scroll.setVisible(wanted)

    # -- filling -----------------------------------------------------------------------------------------

    def show_icon(self, passed: bool) -> None:
        resources.show_icon(
            self.icon, "star" if passed else "retry", self.px(self.icon_px), self.devicePixelRatioF()
        )

    def show_missed(
        self, missed: tuple[MissedQuestion, ...], folders: Mapping[int, Path], root: Path, language: str
    ) -> None:
        """One item per question missed; ``folders`` maps ``id(question)`` to the folder its pictures
        are in. Items are kept and refilled rather than rebuilt: styling a new widget is the slow part."""
        for position, item in enumerate(missed):
            if position == len(self.missed_items):
                self.missed_items.append(MissedItem(self.scale))
                self.missed_list.insertWidget(position, self.missed_items[-1])
            self.missed_items[position].set_missed(
                item, folders.get(id(item.question), root), root, language, self._right_answer
            )
        for position, widget in enumerate(self.missed_items):
            shown = position < len(missed)
            if widget.isHidden() == shown:
                widget.setVisible(shown)
        # Nothing missed: the empty list still takes the spare height (so the take-home code stays at
        # the foot), but gives up its least height to the reward and the code on a short screen.
        self.scroll.setMinimumHeight(0 if missed else 1)
        self._show_list()

    def show_take_home(self, text: str, slip: Slip | None) -> None:
        self.take_home.show_text(text, slip)

    def show_reward(self, outcome: RewardOutcome | None) -> None:
        """The reward card, and the code on the take-home slip when one was won (after ``show_take_home``)."""
        self.reward.show_outcome(outcome)
        won = outcome is not None and outcome.status is RewardStatus.WON and outcome.reward is not None
        self.take_home.set_reward_code(outcome.reward.code if won else None)  # type: ignore[union-attr]

    def to_top(self) -> None:
        """Both scroll areas at their start, the card as tall as this result's words (portrait)."""
        self.scroll.verticalScrollBar().setValue(0)
        self.card_scroll.verticalScrollBar().setValue(0)
        if self.portrait:
            self.card_scroll.updateGeometry()
            self.scroll.updateGeometry()

    def wipe_shared(self) -> None:
        """Forget the questions missed, the reward and the take-home code."""
        for item in self.missed_items:
            item.clear()
            item.hide()
        self.reward.show_outcome(None)
        self.take_home.show_text("")
        self.result = None
        self._show_list()

    def retranslate_missed(self) -> None:
        for item in self.missed_items:
            item.retranslate(self._right_answer)
        self.reward.retranslate()

    def _right_answer(self, answers: str, several: bool) -> str:
        """ "Right answer: …" in the screen's own words (each screen's class says it with its ``tr``)."""
        raise NotImplementedError
