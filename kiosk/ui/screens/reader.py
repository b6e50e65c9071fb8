"""The lesson reader: one page at a time in big type, with Back, Next and progress dots."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.journey import Journey
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.buttons import big_button, icon_right, set_text
from kiosk.ui.widgets.html import LessonView
from kiosk.ui.widgets.progress_dots import ProgressDots


class ReaderScreen(ScreenBase):
    wiped_when_left = True
    next_requested = Signal()
    back_requested = Signal()
    leave_requested = Signal()

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(scale, parent)
        self.setObjectName("ReaderScreen")
        self._shown: tuple[int, int] | None = None  # (id of the lesson, page) on screen
        self._page = (0, 0)
        self._last_kind = "next"
        body = self.lesson_layout(spacing=24)
        self.sheet = QFrame()
        self.sheet.setObjectName("Sheet")
        self.sheet.setMaximumWidth(self.px(1400))
        sheet_layout = QVBoxLayout(self.sheet)
        sheet_layout.setContentsMargins(self.px(12), self.px(12), self.px(12), self.px(12))
        self.view = LessonView(scale)
        sheet_layout.addWidget(self.view)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.sheet, 12)
        centred.addStretch(1)
        body.addLayout(centred, 1)

        nav = QHBoxLayout()
        self.back_button = big_button("secondary", "back")
        self.back_button.clicked.connect(self.back_requested)
        self.dots = ProgressDots()
        self.next_button = big_button("primary", "next")
        icon_right(self.next_button)
        self.next_button.clicked.connect(self.next_requested)
        for button in (self.back_button, self.next_button):
            button.setMinimumWidth(self.px(260))
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.dots)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        body.addLayout(nav)
        self.retranslate()

    def render(self, journey: Journey) -> None:
        lesson = journey.lesson
        assert lesson is not None
        key = (id(lesson), journey.page_index)
        if key != self._shown:
            self.view.show_html(journey.page.html, lesson.folder, journey.pack.root)
            self._shown = key
        self.top.title.setText(lesson.meta.title)
        self._page = (journey.page_index, journey.page_count)
        if not journey.on_last_page:
            self._last_kind = "next"
        else:
            self._last_kind = "quiz" if journey.has_quiz else "done"
        self.retranslate()
        self.next_button.setFocus()

    def wipe(self) -> None:
        self.view.clear_page()
        self._shown = None

    def retranslate(self) -> None:
        index, count = self._page
        self.top.step.setText(
            self.tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))
        )
        self.dots.set_progress(index, count, self.top.step.text())
        set_text(self.top.lessons_button, self.tr("Lessons"))
        set_text(self.back_button, self.tr("Back"))
        labels = {
            "next": self.tr("Next"),
            "quiz": self.tr("Start the quiz"),
            "done": self.tr("Finish lesson"),
        }
        set_text(self.next_button, labels[self._last_kind])
