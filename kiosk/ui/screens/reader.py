"""The lesson reader: one page at a time in big type, with Back, Next and progress dots.

A page turns by Next and Back, by a tap on its dot, or by a swipe across the page (left for the
next page, right for the one before; a swipe never starts the quiz or leaves the lesson, which
stay the buttons' jobs). Swipes are read from the window's own mouse events: the page's kinetic
scroller takes the widget's mouse events for itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QWindow
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.content.spoken import join_lines, speech_lines
from kiosk.journey import Journey
from kiosk.ui import exhibit_widgets
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.buttons import big_button, icon_right, set_text
from kiosk.ui.widgets.fit_scroll import FitScrollArea
from kiosk.ui.widgets.html import LessonView
from kiosk.ui.widgets.progress_dots import ProgressDots

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size
#: beside an exhibit, the page's words keep at least this width (px at 1080p), else the exhibit goes under
WORDS_MIN_WIDTH = 420
#: under an exhibit (portrait), the page's words keep at least this height
WORDS_MIN_HEIGHT = 360
#: beside the words on a screen shorter than this (px at 1080p; 1280x720 is 878), the exhibit is made
#: shorter (``set_short``: the tester's keys lower)
SHORT_BELOW = 900


class ReaderScreen(ScreenBase):
    wiped_when_left = True
    next_requested = Signal()
    back_requested = Signal()
    leave_requested = Signal()
    page_requested = Signal(int)  # a dot was tapped: that page (0-based)

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(scale, parent)
        self.setObjectName("ReaderScreen")
        self._shown: tuple[int, int] | None = None  # (id of the lesson, page) on screen
        self._page_html = ""  # the page on screen, for read-aloud
        self._page = (0, 0)
        self._last_kind = "next"
        self._watched: QWindow | None = None  # the window whose mouse events are read for swipes
        self._swipe_from: QPointF | None = None
        body = self.lesson_layout(spacing=24)
        self.sheet = QFrame()
        self.sheet.setObjectName("Sheet")
        sheet_layout = QVBoxLayout(self.sheet)
        sheet_layout.setContentsMargins(self.px(12), self.px(12), self.px(12), self.px(12))
        self.view = LessonView(scale)
        # Hands-on exhibits a page names (``::: password-tester``), made when first needed: beside the
        # page's words on a wide screen, under them on a tall one (``_place_exhibit``). They scroll on
        # their own only when the screen is too small for them.
        self.exhibits: dict[str, QWidget] = {}
        self.exhibit_scroll = FitScrollArea()
        self.exhibit_scroll.setObjectName("ExhibitScroll")
        self.exhibit_scroll.setWidgetResizable(True)
        self.exhibit_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.exhibit_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        host.setObjectName("ExhibitHost")
        self.exhibit_box = QVBoxLayout(host)
        self.exhibit_box.setContentsMargins(0, 0, 0, 0)
        self.exhibit_scroll.setWidget(host)
        self.exhibit_scroll.hide()
        self.page_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.page_row.addWidget(self.view, 1)
        self.page_row.addWidget(self.exhibit_scroll, 0)
        sheet_layout.addLayout(self.page_row, 1)
        self.centred = QHBoxLayout()
        self.centred.addStretch(1)
        self.centred.addWidget(self.sheet, 12)
        self.centred.addStretch(1)
        body.addLayout(self.centred, 1)

        # Landscape: Back, the dots, Next in one row. Portrait: the dots get a row of their own above
        # the buttons (a long lesson's dots and two buttons are wider than the screen).
        self.dots_row = QHBoxLayout()
        body.addLayout(self.dots_row)
        nav = self.nav = QHBoxLayout()
        self.back_button = big_button("secondary", "back")
        self.back_button.clicked.connect(self.back_requested)
        self.dots = ProgressDots(target=max(64, self.px(64)))
        self.dots.page_chosen.connect(self.page_requested)
        self.next_button = big_button("primary", "next")
        icon_right(self.next_button)
        self.next_button.clicked.connect(self.next_requested)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.dots)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        body.addLayout(nav)
        self.arrange()
        self.retranslate()

    def arrange(self) -> None:
        """Portrait or landscape alike: the page takes the height between the top bar and the buttons,
        as wide as reads well (a portrait screen's whole width)."""
        self._arrange_body()
        self._place_exhibit()
        for button in (self.back_button, self.next_button):
            button.setMinimumWidth(self.px(260))
        self.dots.target = max(64, self.px(64))
        self.dots.updateGeometry()
        self.dots_row.removeWidget(self.dots)
        self.nav.removeWidget(self.dots)
        if self.portrait:
            self.dots_row.addWidget(self.dots, 1)
        else:
            self.nav.insertWidget(2, self.dots)

    def render(self, journey: Journey) -> None:
        lesson = journey.lesson
        assert lesson is not None
        key = (id(lesson), journey.page_index)
        if key != self._shown:
            self.view.show_html(journey.page.html, lesson.folder, journey.pack.root)
            self._show_exhibits(journey.page.exhibits)
            self._shown = key
            self._page_html = journey.page.html
        self.top.title.setText(lesson.meta.title)
        self._page = (journey.page_index, journey.page_count)
        if not journey.on_last_page:
            self._last_kind = "next"
        else:
            self._last_kind = "quiz" if journey.has_quiz else "done"
        self.retranslate()
        self.next_button.setFocus()

    def _show_exhibits(self, names: tuple[str, ...]) -> None:
        """The page's exhibits shown; any other is hidden and wiped (what was typed is forgotten)."""
        for name, widget in self.exhibits.items():
            if name not in names and not widget.isHidden():
                widget.hide()
                widget.wipe()  # type: ignore[attr-defined]
        for name in names:
            widget = self.exhibits.get(name)
            if widget is None:
                widget = self.exhibits[name] = exhibit_widgets.make(name, self.scale)
                self.exhibit_box.addWidget(widget)
            widget.wipe()  # type: ignore[attr-defined]
            widget.show()
        self.exhibit_scroll.setVisible(bool(names))
        self._place_exhibit()

    def _place_exhibit(self) -> None:
        """With an exhibit, on a wide screen the sheet takes the whole width: the words its left part at
        their full height, the exhibit the rest, in two columns if that leaves the words
        ``WORDS_MIN_WIDTH``, else in one. On a tall or narrow screen the exhibit goes under the words,
        as tall as it needs, and the words keep the rest (at least ``WORDS_MIN_HEIGHT``). Without an
        exhibit the page reads as any other."""
        exhibit = self._shown_exhibit()
        margins = self.body.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 2 * self.px(12)
        gap, words = self.px(32), self.px(WORDS_MIN_WIDTH)
        bar = self.exhibit_scroll.verticalScrollBar().sizeHint().width()
        one, two = exhibit.widths() if exhibit is not None else (0, 0)  # type: ignore[attr-defined]
        wide = exhibit is not None and not self.portrait
        beside = wide and room - one - bar - gap >= words
        two_columns = wide and room - two - bar - gap >= words
        if exhibit is not None:
            exhibit.set_two_columns(two_columns)  # type: ignore[attr-defined]
            exhibit.set_short(beside and self.height() < self.px(SHORT_BELOW))  # type: ignore[attr-defined]
        self.page_row.setDirection(
            QBoxLayout.Direction.TopToBottom
            if exhibit is not None and not beside
            else QBoxLayout.Direction.LeftToRight
        )
        self.page_row.setSpacing(gap if beside else self.px(16))
        # The exhibit's page takes the screen's whole width: the keys get room, the words too.
        self.sheet.setMaximumWidth(QWIDGETSIZE_MAX if exhibit is not None else self.px(1400))
        for index, stretch in enumerate((0, 1, 0) if exhibit is not None else (1, 12, 1)):
            self.centred.setStretch(index, stretch)
        self.exhibit_scroll.fit = exhibit is not None and not beside
        if beside:
            self.exhibit_scroll.setFixedWidth((two if two_columns else one) + bar)
        else:
            self.exhibit_scroll.setMinimumWidth(0)
            self.exhibit_scroll.setMaximumWidth(QWIDGETSIZE_MAX)
        self.view.setMinimumHeight(self.px(WORDS_MIN_HEIGHT) if exhibit is not None and not beside else 0)
        self.exhibit_scroll.updateGeometry()

    def _shown_exhibit(self) -> QWidget | None:
        if self.exhibit_scroll.isHidden():
            return None
        return next((widget for widget in self.exhibits.values() if not widget.isHidden()), None)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if not self.exhibit_scroll.isHidden():
            self._place_exhibit()

    def exhibit(self, name: str) -> QWidget | None:
        """The exhibit ``name`` if the page on screen shows it."""
        widget = self.exhibits.get(name)
        return widget if widget is not None and not widget.isHidden() else None

    def on_enter(self, journey: Journey) -> None:
        super().on_enter(journey)
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._watched:
            self._stop_watching()
            handle.installEventFilter(self)
            self._watched = handle

    def on_leave(self) -> None:
        self._stop_watching()
        self._show_exhibits(())

    def _stop_watching(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        self._swipe_from = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            spot = event.position()  # type: ignore[attr-defined]
            inside = self.view.rect().contains(self.view.mapFrom(self.window(), spot.toPoint()))
            self._swipe_from = QPointF(spot) if inside and self.isVisible() else None
        elif kind == QEvent.Type.MouseButtonRelease and self._swipe_from is not None:
            self._swiped(event)  # type: ignore[arg-type]
        return False

    def _swiped(self, event: QMouseEvent) -> None:
        """A mostly sideways drag of at least 120 px (scaled) turns the page; shorter ones scroll or tap."""
        moved = event.position() - self._swipe_from
        self._swipe_from = None
        if abs(moved.x()) < self.px(120) or abs(moved.x()) < 1.5 * abs(moved.y()):
            return
        index, count = self._page
        if moved.x() < 0 and index + 1 < count:
            self.next_requested.emit()
        elif moved.x() > 0 and index > 0:
            self.back_requested.emit()

    def reading_order(self) -> list[QWidget]:
        """The bar, the page's exhibit (its own order; its keys take no focus), then Back and Next."""
        exhibit = self._shown_exhibit()
        inside = exhibit.reading_order() if exhibit is not None else []  # type: ignore[attr-defined]
        return [*self.top.controls(), *inside, self.back_button, self.next_button]

    def wipe(self) -> None:
        self.view.clear_page()
        self._show_exhibits(())
        self._shown = None
        self._page_html = ""

    def spoken_text(self) -> str:
        """The page as shown: headings, text and the pictures' descriptions, in reading order."""
        return join_lines(speech_lines(self._page_html, self.tr("Picture")))

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
