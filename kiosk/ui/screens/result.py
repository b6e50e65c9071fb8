"""The result: the score, passed or not, the questions missed with their explanations, and what next."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import takehome
from kiosk.content.model import Lesson, Pack
from kiosk.journey import Journey, MissedQuestion, QuizResult
from kiosk.operator.printing import PrinterConfig, Slip
from kiosk.ui import resources
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.buttons import INK, big_button, set_text
from kiosk.ui.widgets.cards import repolish, text_label
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


class ResultScreen(ScreenBase):
    wiped_when_left = True
    another_requested = Signal()
    retry_requested = Signal()
    finish_requested = Signal()

    def __init__(
        self, scale: float, parent: QWidget | None = None, *, printer: PrinterConfig | None = None
    ) -> None:
        super().__init__(scale, parent)
        self.setObjectName("ResultScreen")
        self.result: QuizResult | None = None
        self.missed_items: list[MissedItem] = []
        self.title = ""
        self._filled: tuple[object, ...] | None = None  # what the screen holds: result, lesson, language
        # Landscape: the score card beside the questions missed. Portrait: the card on top, as tall as
        # it needs, and the questions missed below it taking the rest of the height (``arrange``).
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
        card = self.card_layout = QVBoxLayout(self.card)
        words = QWidget()
        self.words_layout = QVBoxLayout(words)
        self.words_layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lesson_title = text_label("ScreenSubtitle")
        self.lesson_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict = text_label("ResultVerdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score = text_label("ResultScore")
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pass_mark = text_label("Hint")
        self.pass_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words_layout.addStretch(1)
        for widget in (self.icon, self.lesson_title, self.verdict, self.score, self.pass_mark):
            self.words_layout.addWidget(widget)
        self.words_layout.addStretch(1)
        self.card_scroll = FitScrollArea()
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setWidget(words)
        QScroller.grabGesture(
            self.card_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        card.addWidget(self.card_scroll, 1)
        # Not passed: "Try this lesson again" leads and "Try another lesson" steps back to secondary;
        # passed, "Try another lesson" leads (``_lead``).
        self.retry_button = big_button("primary")  # the retry icon is a filled badge: too loud on a button
        self.retry_button.clicked.connect(self.retry_requested)
        self.retry_button.hide()
        self.another_button = big_button("primary", "lessons")
        self.another_button.clicked.connect(self.another_requested)
        self.finish_button = big_button("secondary", "finish")
        self.finish_button.clicked.connect(self.finish_requested)
        for button in (self.retry_button, self.another_button, self.finish_button):
            card.addWidget(button)
        page.addWidget(self.card, 5)

        right = self.right = QVBoxLayout()
        self.reward = RewardCard(scale)  # a reward code, when finishing a lesson earns one (rewards.earn)
        self.missed_title = text_label("MissedTitle")
        # In landscape the corner controls go beside the heading, or above it when the column is too
        # narrow for both (``_fit_heading``); in portrait they have a row of their own (``arrange``).
        heading = self.missed_heading = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        heading.addWidget(self.missed_title, 1)
        right.addLayout(heading)
        right.addWidget(self.reward)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        host = QWidget()
        self.missed_list = QVBoxLayout(host)
        self.missed_list.addStretch(1)
        self.scroll.setWidget(host)
        right.addWidget(self.scroll, 1)
        # The lesson's tips as a QR code to take home (kiosk.content.takehome); hidden without tips.
        self.take_home = TakeHomePanel(self.scale, printer)
        right.addWidget(self.take_home)
        page.addLayout(right, 6)
        self.setTabOrder(self.retry_button, self.another_button)
        self.setTabOrder(self.another_button, self.finish_button)
        self.arrange()
        self.retranslate()

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
        self.page.setSpacing(self.px(48 if not portrait else 32))
        self.page.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.page.setStretch(0, 0 if portrait else 5)
        self.page.setStretch(1, 1 if portrait else 6)
        pad = 40 if portrait else 48
        self.card_layout.setContentsMargins(self.px(pad), self.px(pad), self.px(pad), self.px(40))
        self.card_layout.setSpacing(self.px(20 if not portrait else 16))
        self.words_layout.setSpacing(self.px(20 if not portrait else 16))
        self.right.setSpacing(self.px(16))
        self.missed_list.setContentsMargins(0, 0, self.px(8), 0)
        self.missed_list.setSpacing(self.px(16))
        self.card_scroll.fit = portrait
        self.card_scroll.updateGeometry()

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
            self._place_take_home()
        return handled

    def _place_take_home(self) -> None:
        """The take-home code stays in view below the list while it takes at most half of the screen's
        height; larger (large text on a short screen) it scrolls with the list, at its end, so the
        column never runs off the screen."""
        tall = self.take_home.minimumHeight() > self.height() * 0.5
        inside = self.take_home.parentWidget() is self.scroll.widget()
        if tall == inside:
            return
        shown = not self.take_home.isHidden()  # a widget given a new parent is hidden until shown again
        if tall:
            self.missed_list.addWidget(self.take_home)
        else:
            self.right.addWidget(self.take_home)
        self.take_home.setVisible(shown)

    def render(self, journey: Journey) -> None:
        result = journey.result
        lesson = journey.lesson
        assert result is not None and lesson is not None
        self.prepare(result, lesson, journey.pack.root, journey.pack)
        self.reward.show_outcome(journey.reward)
        self.scroll.verticalScrollBar().setValue(0)
        self.card_scroll.verticalScrollBar().setValue(0)
        if self.portrait:
            self.card_scroll.updateGeometry()  # as tall as this result's words, from the first paint
        (self.another_button if result.passed else self.retry_button).setFocus()

    def prepare(self, result: QuizResult, lesson: Lesson, pack_root: Path, pack: Pack | None = None) -> None:
        """Fill the screen for ``result``; the router calls it ahead, while the last feedback shows.

        Filled while hidden, the words, missed questions and QR code cost no layout until the screen
        shows, and ``render`` then finds them in place (it fills again if the result is another one).
        """
        filled = (result, lesson.meta.title, lesson.folder, lesson.language, pack_root, pack)
        if filled == self._filled:
            return
        self.take_home.show_text(*self._take_home(pack, lesson))
        self.result = result
        self.title = lesson.meta.title
        resources.show_icon(
            self.icon, "star" if result.passed else "retry", self.px(128), self.devicePixelRatioF()
        )
        self.retry_button.setVisible(not result.passed)
        self._lead(self.another_button, "primary" if result.passed else "secondary")
        for position, missed in enumerate(result.missed):
            if position == len(self.missed_items):
                self.missed_items.append(MissedItem(self.scale))
                self.missed_list.insertWidget(position, self.missed_items[-1])
            self.missed_items[position].set_missed(
                missed, lesson.folder, pack_root, lesson.language, self._right_answer
            )
        # Items are kept and refilled rather than rebuilt: styling a new widget is the slow part.
        for position, item in enumerate(self.missed_items):
            shown = position < len(result.missed)
            if item.isHidden() == shown:
                item.setVisible(shown)
        self.retranslate()
        self._filled = filled

    @staticmethod
    def _take_home(pack: Pack | None, lesson: Lesson) -> tuple[str, Slip | None]:
        """The QR code's text for ``lesson``, and the slip a receipt printer would print."""
        if pack is None:
            return "", None
        meta = lesson.meta
        text = takehome.for_lesson(pack, meta)
        slip = Slip(
            language=meta.language,
            heading=pack.title(meta.language),
            title=meta.title,
            tips=takehome.lesson_tips(pack, meta),
            link=takehome.lesson_link(pack, meta),
            qr_text=text,
        )
        return text, slip

    def _lead(self, button: QPushButton, role: str) -> None:
        """Give ``button`` the look of ``role`` (its icon drawn in that role's ink)."""
        if button.property("role") == role:
            return
        button.setProperty("role", role)
        button.setIcon(resources.icon("lessons", INK.get(role, resources.DEFAULT_INK)))
        repolish(button)

    def _clear_missed(self) -> None:
        for item in self.missed_items:
            item.clear()
            item.hide()

    def wipe(self) -> None:
        self._clear_missed()
        self.reward.show_outcome(None)
        self.take_home.show_text("")
        self.result = None
        self.title = ""
        self._filled = None
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.retry_button, self.tr("Try this lesson again"))
        set_text(self.another_button, self.tr("Try another lesson"))
        set_text(self.finish_button, self.tr("Finish"))
        # The two text panels scroll by keys when long: a screen reader names them.
        self.card_scroll.setAccessibleName(self.tr("Your result"))
        self.scroll.setAccessibleName(self.tr("Questions to look at again"))
        result = self.result
        if result is None:
            for label in (self.verdict, self.score, self.pass_mark, self.missed_title, self.lesson_title):
                label.setText("")
            return
        self.lesson_title.setText(self.title)
        self.verdict.setText(
            self.tr("Well done, you passed!") if result.passed else self.tr("Good effort! Want another go?")
        )
        self.score.setText(
            self.tr("%1 of %2 right (%3%)")
            .replace("%1", str(result.score))
            .replace("%2", str(result.maximum))
            .replace("%3", str(result.percent))
        )
        if result.passed:
            self.pass_mark.setText(self.tr("Pass mark: %1%").replace("%1", str(result.pass_mark)))
        else:
            # Encouragement, not an exam's verdict: what to do next rather than the mark missed.
            self.pass_mark.setText(
                self.tr("Read the lesson again and have another try. Each go makes it stick.")
            )
        if result.missed:
            self.missed_title.setText(self.tr("Worth another look"))
        else:
            self.missed_title.setText(self.tr("You got every question right."))
        for item in self.missed_items:
            item.retranslate(self._right_answer)
        self.reward.retranslate()

    def _right_answer(self, answers: str, several: bool) -> str:
        if several:
            return self.tr("Right answers: %1").replace("%1", answers)
        return self.tr("Right answer: %1").replace("%1", answers)
