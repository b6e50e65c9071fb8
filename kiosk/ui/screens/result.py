"""The result: the score, passed or not, the questions missed with their explanations, and what next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.content import takehome
from kiosk.content.model import Lesson, Pack
from kiosk.journey import Journey, QuizResult
from kiosk.operator.printing import PrinterConfig, Slip
from kiosk.ui import resources
from kiosk.ui.screens.result_layout import MissedItem, ResultLayout, RightAnswer
from kiosk.ui.widgets.buttons import INK, big_button, set_text
from kiosk.ui.widgets.cards import repolish, text_label

__all__ = ["MissedItem", "ResultScreen", "RightAnswer"]


class ResultScreen(ResultLayout):
    another_requested = Signal()
    retry_requested = Signal()
    finish_requested = Signal()

    def __init__(
        self, scale: float, parent: QWidget | None = None, *, printer: PrinterConfig | None = None
    ) -> None:
        super().__init__(scale, parent, printer=printer)
        self.title = ""
        self._filled: tuple[object, ...] | None = None  # what the screen holds: result, lesson, language
        self.lesson_title = text_label("ScreenSubtitle")
        self.verdict = text_label("ResultVerdict")
        self.score = text_label("ResultScore")
        self.pass_mark = text_label("Hint")
        self.add_words(self.lesson_title, self.verdict, self.score, self.pass_mark)
        # Not passed: "Try this lesson again" leads and "Try another lesson" steps back to secondary;
        # passed, "Try another lesson" leads (``_lead``).
        self.retry_button = big_button("primary")  # the retry icon is a filled badge: too loud on a button
        self.retry_button.clicked.connect(self.retry_requested)
        self.retry_button.hide()
        self.another_button = big_button("primary", "lessons")
        self.another_button.clicked.connect(self.another_requested)
        self.finish_button = big_button("secondary", "finish")
        self.finish_button.clicked.connect(self.finish_requested)
        self.add_buttons(self.retry_button, self.another_button, self.finish_button)
        self.arrange()
        self.retranslate()

    def render(self, journey: Journey) -> None:
        result = journey.result
        lesson = journey.lesson
        assert result is not None and lesson is not None
        self.prepare(result, lesson, journey.pack.root, journey.pack)
        self.show_reward(journey.reward)
        self.to_top()  # in portrait, the card as tall as this result's words from the first paint
        (self.another_button if result.passed else self.retry_button).setFocus()

    def prepare(self, result: QuizResult, lesson: Lesson, pack_root: Path, pack: Pack | None = None) -> None:
        """Fill the screen for ``result``; the router calls it ahead, while the last feedback shows.

        Filled while hidden, the words, missed questions and QR code cost no layout until the screen
        shows, and ``render`` then finds them in place (it fills again if the result is another one).
        """
        filled = (result, lesson.meta.title, lesson.folder, lesson.language, pack_root, pack)
        if filled == self._filled:
            return
        self.show_take_home(*self._take_home(pack, lesson))
        self.result = result
        self.title = lesson.meta.title
        self.show_icon(result.passed)
        self.retry_button.setVisible(not result.passed)
        self._lead(self.another_button, "primary" if result.passed else "secondary")
        folders = {id(missed.question): lesson.folder for missed in result.missed}
        self.show_missed(result.missed, folders, pack_root, lesson.language)
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

    def wipe(self) -> None:
        self.wipe_shared()
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
        self.retranslate_missed()

    def _right_answer(self, answers: str, several: bool) -> str:
        if several:
            return self.tr("Right answers: %1").replace("%1", answers)
        return self.tr("Right answer: %1").replace("%1", answers)
