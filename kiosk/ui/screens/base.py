"""What every screen shares: enter/leave hooks, a retranslate on language change, a layout for the
screen's scale and orientation, and the lesson top bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
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

    def lesson_layout(self, spacing: int) -> QVBoxLayout:
        """The lesson top bar (as ``self.top``, its button asking to leave) over a padded body; returns the body.

        For screens inside a lesson, which declare a ``leave_requested`` signal.
        """
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        self.top = TopBar(self.scale, self.corner)
        self.top.lessons_button.clicked.connect(self.leave_requested)  # type: ignore[attr-defined]
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
        self.top.arrange(self.scale)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TopBar(QFrame):
    """The bar above a lesson: a way back to the lessons, the lesson's title, where the visitor is, and
    the screen's corner controls (language switch)."""

    def __init__(self, scale: float, corner: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        # One row: the way back, the title (one line, "…" if long) and the step. Other controls (the
        # language switch) go at its right end, after the step: ``row.addWidget``.
        self.row = QHBoxLayout(self)
        self.lessons_button: QPushButton = big_button("plain", "lessons")
        self.lessons_button.setObjectName("LessonsButton")
        self.title = ElidedText("TopBarTitle", 1)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.step = QLabel()
        plain_text(self.step)
        self.step.setObjectName("TopBarStep")
        self.row.addWidget(self.lessons_button)
        self.row.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        self.row.addWidget(self.step)
        if corner is not None:
            self.row.addWidget(corner)
        self.arrange(scale)

    def arrange(self, scale: float) -> None:
        self.row.setContentsMargins(
            round(24 * scale), round(12 * scale), round(32 * scale), round(12 * scale)
        )
        self.row.setSpacing(round(24 * scale))
