"""The result: the score, passed or not, the questions missed with their explanations, and what next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.journey import Journey, QuizResult
from kiosk.ui import resources
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.html import localise


def _label(name: str, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class ResultScreen(ScreenBase):
    another_requested = Signal()
    finish_requested = Signal()

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(scale, parent)
        self.setObjectName("ResultScreen")
        self.result: QuizResult | None = None
        self.title = ""
        page = QHBoxLayout(self)
        page.setContentsMargins(self.px(64), self.px(48), self.px(64), self.px(40))
        page.setSpacing(self.px(48))

        self.card = QFrame()
        self.card.setObjectName("ResultCard")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(self.px(48), self.px(48), self.px(48), self.px(40))
        card.setSpacing(self.px(20))
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lesson_title = _label("ScreenSubtitle")
        self.lesson_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict = _label("ResultVerdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score = _label("ResultScore")
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pass_mark = _label("Hint")
        self.pass_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.addStretch(1)
        for widget in (self.icon, self.lesson_title, self.verdict, self.score, self.pass_mark):
            card.addWidget(widget)
        card.addStretch(1)
        self.another_button = big_button("primary", "lessons-light")
        self.another_button.clicked.connect(self.another_requested)
        self.finish_button = big_button("secondary", "finish")
        self.finish_button.clicked.connect(self.finish_requested)
        card.addWidget(self.another_button)
        card.addWidget(self.finish_button)
        page.addWidget(self.card, 4)

        right = QVBoxLayout()
        right.setSpacing(self.px(16))
        self.missed_title = _label("MissedTitle")
        right.addWidget(self.missed_title)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        host = QWidget()
        self.missed_list = QVBoxLayout(host)
        self.missed_list.setContentsMargins(0, 0, self.px(8), 0)
        self.missed_list.setSpacing(self.px(16))
        self.missed_list.addStretch(1)
        self.scroll.setWidget(host)
        right.addWidget(self.scroll, 1)
        page.addLayout(right, 6)
        self.setTabOrder(self.another_button, self.finish_button)
        self.retranslate()

    def render(self, journey: Journey) -> None:
        result = journey.result
        lesson = journey.lesson
        assert result is not None and lesson is not None
        self.result = result
        self.title = lesson.meta.title
        self.icon.setPixmap(
            resources.pixmap("star" if result.passed else "retry", self.px(128), self.devicePixelRatioF())
        )
        self._clear_missed()
        for position, missed in enumerate(result.missed):
            item = self._missed_item(missed, lesson.folder, journey.pack.root)
            self.missed_list.insertWidget(position, item)
            item.show()  # at once, not at the next turn of the event loop
        self.scroll.verticalScrollBar().setValue(0)
        self.retranslate()
        self.another_button.setFocus()

    def _missed_item(self, missed, folder, root) -> QFrame:  # noqa: ANN001 (values from the journey)
        item = QFrame()
        item.setObjectName("MissedItem")
        box = QVBoxLayout(item)
        box.setContentsMargins(self.px(28), self.px(20), self.px(28), self.px(20))
        box.setSpacing(self.px(10))

        def local(html: str) -> str:
            return localise(
                html, folder, root, scale=self.scale, max_width=self.px(700), max_height=self.px(200)
            )[0]

        question = _label("MissedQuestion", rich=True)
        question.setText(local(missed.question.html))
        answers = ", ".join(
            QTextDocumentFragment.fromHtml(c.html).toPlainText().strip() for c in missed.right_choices
        )
        answer = _label("MissedAnswer")
        answer.setProperty("answers", answers)
        answer.setProperty("several", len(missed.right_choices) > 1)
        answer.setText(self._right_answer(answer))  # now, so the first layout already has its height
        explanation = _label("MissedExplanation", rich=True)
        explanation.setText(local(missed.question.explanation_html))
        explanation.setVisible(bool(missed.question.explanation_html))
        box.addWidget(question)
        box.addWidget(answer)
        box.addWidget(explanation)
        return item

    def _clear_missed(self) -> None:
        while self.missed_list.count() > 1:
            widget = self.missed_list.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def on_leave(self) -> None:
        self.wipe()

    def wipe(self) -> None:
        self._clear_missed()
        self.result = None
        self.title = ""
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.another_button, self.tr("Try another lesson"))
        set_text(self.finish_button, self.tr("Finish"))
        result = self.result
        if result is None:
            for label in (self.verdict, self.score, self.pass_mark, self.missed_title, self.lesson_title):
                label.setText("")
            return
        self.lesson_title.setText(self.title)
        self.verdict.setText(
            self.tr("Well done, you passed!") if result.passed else self.tr("Not passed this time")
        )
        self.score.setText(
            self.tr("%1 of %2 right (%3%)")
            .replace("%1", str(result.score))
            .replace("%2", str(result.maximum))
            .replace("%3", str(result.percent))
        )
        self.pass_mark.setText(self.tr("Pass mark: %1%").replace("%1", str(result.pass_mark)))
        if result.missed:
            self.missed_title.setText(self.tr("Worth another look"))
        else:
            self.missed_title.setText(self.tr("You got every question right."))
        for answer in self.findChildren(QLabel, "MissedAnswer"):
            answer.setText(self._right_answer(answer))

    def _right_answer(self, label: QLabel) -> str:
        answers = str(label.property("answers"))
        if label.property("several"):
            return self.tr("Right answers: %1").replace("%1", answers)
        return self.tr("Right answer: %1").replace("%1", answers)
