"""The booth challenge's result: "7 of 8!", a word of encouragement, any reward, and the questions missed.

Laid out like the lesson result (``kiosk.ui.screens.result``, whose missed-question items it reuses):
the card beside the questions missed, or above them in portrait. The score leads, there is no lesson
to read again, and "Try another challenge" draws new questions. (Not a subclass of the lesson result:
PySide looks inherited ``self.tr()`` strings up under the subclass's name.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.journey import Journey, QuizResult
from kiosk.ui import resources
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.screens.result import MissedItem
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.cards import text_label
from kiosk.ui.widgets.fit_scroll import FitScrollArea
from kiosk.ui.widgets.reward_card import RewardCard


class ChallengeResultScreen(ScreenBase):
    wiped_when_left = True
    again_requested = Signal()
    lessons_requested = Signal()
    finish_requested = Signal()

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(scale, parent)
        self.setObjectName("ResultScreen")  # the lesson result's look
        self.result: QuizResult | None = None
        self.missed_items: list[MissedItem] = []
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

        self.card = QFrame()
        self.card.setObjectName("ResultCard")
        card = self.card_layout = QVBoxLayout(self.card)
        words = QWidget()
        self.words_layout = QVBoxLayout(words)
        self.words_layout.setContentsMargins(0, 0, 0, 0)
        self.icon = text_label("ChallengeIcon")
        self.heading = text_label("ScreenSubtitle")
        self.score = text_label("ResultVerdict")
        self.cheer = text_label("ResultScore")
        for label in (self.icon, self.heading, self.score, self.cheer):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words_layout.addStretch(1)
        for widget in (self.icon, self.heading, self.score, self.cheer):
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
        self.again_button = big_button("primary")
        self.again_button.clicked.connect(self.again_requested)
        self.lessons_button = big_button("secondary", "lessons")
        self.lessons_button.clicked.connect(self.lessons_requested)
        self.finish_button = big_button("secondary", "finish")
        self.finish_button.clicked.connect(self.finish_requested)
        for button in (self.again_button, self.lessons_button, self.finish_button):
            card.addWidget(button)
        page.addWidget(self.card, 5)

        right = self.right = QVBoxLayout()
        self.missed_title = text_label("MissedTitle")
        heading = self.missed_heading = QHBoxLayout()
        heading.addWidget(self.missed_title, 1)
        right.addLayout(heading)
        self.reward = RewardCard(scale)  # what the visitor takes away, before what to look at again
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
        page.addLayout(right, 6)
        self.arrange()
        self.retranslate()

    def arrange(self) -> None:
        """As the lesson result's ``arrange``: one column in portrait, the card as tall as its words."""
        portrait = self.portrait
        side = 40 if portrait else 64
        # Portrait: the corner controls in the screen's top right corner, over the card.
        self.place_corner(self.top_row if portrait else self.missed_heading)
        inset = self.px(side) if portrait else 0  # landscape: the row is empty and takes no room
        self.top_row.setContentsMargins(inset, self.px(32) if portrait else 0, inset, 0)
        self.page.setContentsMargins(
            self.px(side), self.px(24 if portrait else 48), self.px(side), self.px(40)
        )
        self.page.setSpacing(self.px(32 if portrait else 48))
        self.page.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.page.setStretch(0, 0 if portrait else 5)
        self.page.setStretch(1, 1 if portrait else 6)
        pad = 40 if portrait else 48
        self.card_layout.setContentsMargins(self.px(pad), self.px(pad), self.px(pad), self.px(40))
        self.card_layout.setSpacing(self.px(16 if portrait else 20))
        self.words_layout.setSpacing(self.px(16 if portrait else 20))
        self.right.setSpacing(self.px(16))
        self.missed_list.setContentsMargins(0, 0, self.px(8), 0)
        self.missed_list.setSpacing(self.px(16))
        self.card_scroll.fit = portrait
        self.card_scroll.updateGeometry()

    def render(self, journey: Journey) -> None:
        result, lesson, run = journey.result, journey.lesson, journey.quiz_run
        assert result is not None and lesson is not None and run is not None
        self.result = result
        resources.show_icon(
            self.icon, "star" if result.passed else "retry", self.px(112), self.devicePixelRatioF()
        )
        folders = {id(shown.question): shown.folder for shown in run.presented}
        for position, missed in enumerate(result.missed):
            if position == len(self.missed_items):
                self.missed_items.append(MissedItem(self.scale))
                self.missed_list.insertWidget(position, self.missed_items[-1])
            folder = folders.get(id(missed.question)) or lesson.folder
            self.missed_items[position].set_missed(
                missed, folder, journey.pack.root, lesson.language, self._right_answer
            )
        for position, item in enumerate(self.missed_items):
            item.setVisible(position < len(result.missed))
        self.reward.show_outcome(journey.reward)
        self.lessons_button.setVisible(not journey.only_challenge)
        self.retranslate()
        self.scroll.verticalScrollBar().setValue(0)
        self.card_scroll.verticalScrollBar().setValue(0)
        if self.portrait:
            self.card_scroll.updateGeometry()
        self.again_button.setFocus()

    def wipe(self) -> None:
        for item in self.missed_items:
            item.clear()
            item.hide()
        self.result = None
        self.reward.show_outcome(None)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.again_button, self.tr("Try another challenge"))
        set_text(self.lessons_button, self.tr("Lessons"))
        set_text(self.finish_button, self.tr("Finish"))
        self.heading.setText(self.tr("Booth challenge"))
        self.reward.retranslate()
        result = self.result
        if result is None:
            for label in (self.score, self.cheer, self.missed_title):
                label.setText("")
            return
        self.score.setText(
            self.tr("%1 of %2!").replace("%1", str(result.score)).replace("%2", str(result.maximum))
        )
        if result.score == result.maximum:
            cheer = self.tr("A perfect score! You really know how to stay safe online.")
        elif result.passed:
            cheer = self.tr("Great result! You know most of the tricks already.")
        else:
            cheer = self.tr("Good effort! Every question teaches something. Have another go?")
        self.cheer.setText(cheer)
        self.missed_title.setText(
            self.tr("Worth another look") if result.missed else self.tr("You got every question right.")
        )
        for item in self.missed_items:
            item.retranslate(self._right_answer)

    def _right_answer(self, answers: str, several: bool) -> str:
        if several:
            return self.tr("Right answers: %1").replace("%1", answers)
        return self.tr("Right answer: %1").replace("%1", answers)
