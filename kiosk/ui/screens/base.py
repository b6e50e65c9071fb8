"""What every screen shares: enter/leave hooks, a retranslate on language change, a layout for the
screen's scale and orientation, and the lesson top bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.journey import Journey
from kiosk.ui.widgets.buttons import big_button
from kiosk.ui.widgets.corner_controls import CornerControls
from kiosk.ui.widgets.elided import ElidedText
from kiosk.ui.widgets.plain import plain_text
from kiosk.ui.widgets.read_button import ReadButton


class ScreenBase(QFrame):
    """A screen of the journey. The router calls ``on_enter``/``render``/``on_leave``; the screen only shows.

    A QFrame, not a plain QWidget, so the stylesheet paints its background without the
    ``WA_StyledBackground`` attribute a Python subclass of QWidget would need.
    """

    #: whether what the screen showed is wiped once the visitor leaves it (just after the change),
    #: rather than only when the visit ends; the catalogue keeps the visitor's ticks and scroll place
    wiped_when_left = False
    #: the look of the corner controls: "light" screens, or the dark attract screen
    corner_surface = "light"
    #: the visitor tapped the read-aloud button (lesson screens): the router reads ``spoken_text()``
    read_requested = Signal()

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        #: the language switch (and later the accessibility button) that each screen puts in its top bar;
        #: the router fills it from the journey after every change
        self.corner = CornerControls(scale, self.corner_surface)
        #: taller than wide: the screen lays itself out in one column (``arrange``)
        self.portrait = False
        #: the row ``place_corner`` last put the corner in
        self._corner_row: QBoxLayout | None = None

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    def set_metrics(self, scale: float, portrait: bool) -> None:
        """The window's scale or orientation changed (a resize, a rotated screen): lay out again."""
        if (scale, portrait) != (self.scale, self.portrait):
            self.scale, self.portrait = scale, portrait
            self.arrange()

    def place_corner(self, row: QBoxLayout) -> None:
        """Put the corner controls at the end of ``row``, out of the row they were in: a screen whose
        columns stack in portrait moves them to a row of their own at its top, so they stay in the
        screen's top right corner rather than following the second column down."""
        if self._corner_row is row:
            return
        if self._corner_row is not None:
            self._corner_row.removeWidget(self.corner)
        row.addWidget(self.corner, 0, Qt.AlignmentFlag.AlignTop)
        self._corner_row = row

    def arrange(self) -> None:
        """Apply the sizes that follow the scale, and the layout of the orientation (``self.portrait``).

        Called at the end of a screen's construction and whenever ``set_metrics`` changes something;
        it only sets margins, spacings, directions and bounds, never content.
        """

    def on_enter(self, journey: Journey) -> None:
        self.render(journey)

    def on_leave(self) -> None:
        """Stop anything running (timers, animations) so a hidden screen costs nothing.

        What the screen showed is wiped at once for every screen when the visit ends, and, for a
        screen ``wiped_when_left``, just after the change that leaves it (the router has the preparer
        do that, off the tap's clock).
        """

    def render(self, journey: Journey) -> None:
        raise NotImplementedError

    def wipe(self) -> None:
        """Forget everything shown for the last visitor (text, answers, scroll positions)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def reading_order(self) -> list[QWidget]:
        """The screen's controls in the order a visitor reads them (Tab follows it); [] keeps Qt's order."""
        return []

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        """Tab and Shift+Tab go round ``reading_order``, skipping hidden and disabled controls.

        The order is followed here, when a key is pressed, rather than written into Qt's focus chain
        with ``QWidget.setTabOrder`` on every render: nothing to redo when answers, exhibits or language
        buttons come and go, and the order is exactly the list, so it must name every stop. Focus
        outside the order (none on the screens that give one) moves as Qt would move it.
        """
        chain = [w for w in self.reading_order() if self._takes_tab(w)]
        at = self._place_in(chain, QApplication.focusWidget())
        if at is None:
            return super().focusNextPrevChild(next)
        target = chain[(at + (1 if next else -1)) % len(chain)]
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    def _takes_tab(self, widget: QWidget) -> bool:
        """Whether Tab may stop on ``widget``: shown on this screen, enabled, taking focus by Tab (Qt
        takes that away from the unchecked buttons of an exclusive group, so a group is one stop)."""
        return (
            widget.isVisibleTo(self)
            and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        )

    @staticmethod
    def _place_in(chain: list[QWidget], focus: QWidget | None) -> int | None:
        """The index in ``chain`` of ``focus``, or of the control holding it (a scroll area's content)."""
        if focus is None:
            return None
        for index, widget in enumerate(chain):
            if widget is focus:
                return index
        for index, widget in enumerate(chain):
            if widget.isAncestorOf(focus):
                return index
        return None

    def spoken_text(self) -> str:
        """What read-aloud says for what the screen shows now, in reading order ("" reads nothing)."""
        return ""

    def lesson_layout(self, spacing: int) -> QVBoxLayout:
        """The lesson top bar (as ``self.top``, its button asking to leave) over a padded body; returns the body.

        For screens inside a lesson, which declare a ``leave_requested`` signal.
        """
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        self.top = TopBar(self.scale, self.corner)
        self.top.lessons_button.clicked.connect(self.leave_requested)  # type: ignore[attr-defined]
        # Read-aloud (issue #22): shown by the router only where a voice reads the visitor's language.
        self.read_button = ReadButton()
        self.read_button.clicked.connect(self.read_requested)
        self.top.add_tool(self.read_button)
        page.addWidget(self.top)
        self.body = QVBoxLayout()
        self._body_spacing = spacing
        page.addLayout(self.body, 1)
        self._arrange_body()
        return self.body

    def _arrange_body(self) -> None:
        """The lesson body's margins: narrower at the sides in portrait, where width is short."""
        side = 40 if self.portrait else 64
        self.body.setContentsMargins(self.px(side), self.px(28), self.px(side), self.px(24))
        self.body.setSpacing(self.px(self._body_spacing))
        self.read_button.set_compact(self.portrait, self.scale)
        self.top.arrange(self.scale)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TopBar(QFrame):
    """The bar above a lesson: a way back to the lessons, the lesson's title, where the visitor is, and
    the screen's corner controls (language switch, accessibility button).

    One row when it fits; when it does not (large text, a narrow or portrait screen), two: the way back
    and the corner controls above, the title and the step below, so no button is squeezed."""

    def __init__(self, scale: float, corner: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.scale = scale
        self.row = QGridLayout(self)
        self.lessons_button: QPushButton = big_button("plain", "lessons")
        self.lessons_button.setObjectName("LessonsButton")
        self.title = ElidedText("TopBarTitle", 1)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.step = QLabel()
        plain_text(self.step)
        self.step.setObjectName("TopBarStep")
        self.corner = corner
        #: the controls at the bar's right end: any tool (``add_tool``), then the corner controls
        self.end = QHBoxLayout()
        self.end.setContentsMargins(0, 0, 0, 0)
        if corner is not None:
            self.end.addWidget(corner)
        self.two_rows: bool | None = None
        self._place(False)
        self.arrange(scale)

    def arrange(self, scale: float) -> None:
        self.scale = scale
        self.row.setContentsMargins(
            round(24 * scale), round(12 * scale), round(32 * scale), round(12 * scale)
        )
        self.row.setHorizontalSpacing(round(24 * scale))
        self.row.setVerticalSpacing(round(8 * scale))
        self.end.setSpacing(round(24 * scale))
        self._fit()

    def add_tool(self, widget: QWidget) -> None:
        """A control at the right end of the bar, before the corner controls (a read-aloud button)."""
        self.end.insertWidget(self.end.count() - (1 if self.corner is not None else 0), widget)

    def controls(self) -> list[QWidget]:
        """The bar's controls left to right: the way back, the tools, then the corner's."""
        tools = [self.end.itemAt(i).widget() for i in range(self.end.count())]
        corner = self.corner.controls() if isinstance(self.corner, CornerControls) else []
        return [self.lessons_button, *(w for w in tools if w is not None and w is not self.corner), *corner]

    def _needs_two_rows(self) -> bool:
        margins = self.row.contentsMargins()
        parts = [self.lessons_button, self.step]
        widths = [w.sizeHint().width() for w in parts if not w.isHidden()] + [self.end.sizeHint().width()]
        least_title = round(240 * self.scale)
        spacing = self.row.horizontalSpacing() * len(widths)
        return margins.left() + margins.right() + sum(widths) + spacing + least_title > self.width()

    def _fit(self) -> None:
        if self.width() > 0:
            self._place(self._needs_two_rows())

    def _place(self, two_rows: bool) -> None:
        if two_rows == self.two_rows:
            return
        self.two_rows = two_rows
        for widget in (self.lessons_button, self.title, self.step):
            self.row.removeWidget(widget)
        self.row.removeItem(self.end)
        centre = Qt.AlignmentFlag.AlignVCenter
        self.row.addWidget(self.lessons_button, 0, 0)
        if two_rows:
            self.row.addLayout(self.end, 0, 1, 1, 2, Qt.AlignmentFlag.AlignRight)
            self.row.addWidget(self.title, 1, 0, 1, 2, centre)
            self.row.addWidget(self.step, 1, 2)
        else:
            self.row.addWidget(self.title, 0, 1, centre)
            self.row.addWidget(self.step, 0, 2)
            self.row.addLayout(self.end, 0, 3)
        self.row.setColumnStretch(1, 1)
        self.row.activate()  # laid out so now, not at the next turn

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # the words of its buttons changed size (language, text size) or the bar did: one row or two
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._fit()
        return handled
