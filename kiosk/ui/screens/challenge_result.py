"""The booth challenge's result: "7 of 8!", a word of encouragement, any reward, the questions missed, and
the take-home QR code of the tips of the lessons the questions came from.

Laid out like the lesson result (``kiosk.ui.screens.result_layout``): the score leads, there is no
lesson to read again, and "Try another challenge" draws new questions.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.content import takehome
from kiosk.content.linebreak import hint_text
from kiosk.journey import Journey
from kiosk.operator.printing import PrinterConfig, Slip
from kiosk.ui.screens.result_layout import ResultLayout
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.cards import text_label


class ChallengeResultScreen(ResultLayout):
    again_requested = Signal()
    lessons_requested = Signal()
    finish_requested = Signal()
    icon_px = 112

    def __init__(
        self, scale: float, parent: QWidget | None = None, *, printer: PrinterConfig | None = None
    ) -> None:
        super().__init__(scale, parent, printer=printer)
        self.heading = text_label("ScreenSubtitle")
        self.score = text_label("ResultVerdict")
        self.cheer = text_label("ResultScore")
        self.add_words(self.heading, self.score, self.cheer)
        self.again_button = big_button("primary")
        self.again_button.clicked.connect(self.again_requested)
        self.lessons_button = big_button("secondary", "lessons")
        self.lessons_button.clicked.connect(self.lessons_requested)
        self.finish_button = big_button("secondary", "finish")
        self.finish_button.clicked.connect(self.finish_requested)
        self.add_buttons(self.again_button, beside=(self.lessons_button, self.finish_button))
        self.arrange()
        self.retranslate()

    def render(self, journey: Journey) -> None:
        result, lesson, run = journey.result, journey.lesson, journey.quiz_run
        assert result is not None and lesson is not None and run is not None
        self.result = result
        self.show_icon(result.passed)
        folders = {id(shown.question): shown.folder or lesson.folder for shown in run.presented}
        self.show_missed(result.missed, folders, journey.pack.root, lesson.language)
        # Tips of the lessons the questions came from: those of the questions missed first.
        from_lesson = {id(shown.question): shown.lesson_id for shown in run.presented}
        missed = [from_lesson.get(id(m.question), "") for m in result.missed]
        lesson_ids = [*missed, *(shown.lesson_id for shown in run.presented)]
        pack, language = journey.pack, lesson.language
        title = self.tr("Booth challenge")
        text, tips, link = takehome.for_challenge(pack, language, pack.title(language), lesson_ids)
        slip = Slip(language, pack.title(language), title, tips, link, qr_text=text)
        self.show_take_home(text, slip)
        self.show_reward(journey.reward)
        self.lessons_button.setVisible(not journey.only_challenge)
        self.retranslate()
        self.to_top()
        self.again_button.setFocus()

    def wipe(self) -> None:
        self.wipe_shared()
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.again_button, self.tr("Try another challenge"))
        set_text(self.lessons_button, self.tr("Lessons"))
        set_text(self.finish_button, self.tr("Finish"))
        self.heading.setText(self.tr("Booth challenge"))
        self.retranslate_missed()
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
        self.cheer.setText(hint_text(cheer))  # no last line of one or two hanzi
        self.missed_title.setText(
            self.tr("Worth another look") if result.missed else self.tr("You got every question right.")
        )

    def _right_answer(self, answers: str, several: bool) -> str:
        if several:
            return self.tr("Right answers: %1").replace("%1", answers)
        return self.tr("Right answer: %1").replace("%1", answers)
