"""A touch question over the whole screen ("Leave this quiz?"): a card with a clear Stay and Leave.

Never a native dialog: those look like a desktop, block the event loop under test, and their small
buttons are hard to hit. Tapping the shade around the card is the same as Stay; a question nobody
answers is dropped when the visit ends (``dismiss``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.linebreak import hint_text
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.cover import Cover


class ConfirmOverlay(Cover):
    def __init__(self, scale: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ConfirmOverlay")
        self._on_leave: Callable[[], None] | None = None
        self.card = QFrame()
        self.card.setObjectName("ConfirmCard")
        self.card.setMaximumWidth(round(1000 * scale))
        card = QVBoxLayout(self.card)
        card.setContentsMargins(round(64 * scale), round(48 * scale), round(64 * scale), round(48 * scale))
        card.setSpacing(round(24 * scale))
        self.title = QLabel()
        self.title.setObjectName("ConfirmTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("ConfirmText")
        self.text.setWordWrap(True)
        card.addWidget(self.title)
        card.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.setSpacing(round(24 * scale))
        # Staying is the safe choice and the prominent one; leaving is still a big, plain target.
        self.leave_button = big_button("secondary")
        self.stay_button = big_button("primary")
        self.scale = scale
        for button in (self.leave_button, self.stay_button):
            buttons.addWidget(button, 1)
        card.addLayout(buttons)
        self.stay_button.clicked.connect(self.dismiss)
        self.leave_button.clicked.connect(self._leave)
        self.centre(self.card, 3)
        self.hide()

    def ask(self, title: str, text: str, stay: str, leave: str, on_leave: Callable[[], None]) -> None:
        """Show the question; ``on_leave`` runs if the visitor taps ``leave``."""
        self.title.setText(title)
        self.text.setText(hint_text(text))  # Chinese line breaks (kiosk.content.linebreak)
        set_text(self.stay_button, stay)
        set_text(self.leave_button, leave)
        for button in (self.leave_button, self.stay_button):
            # a broad target, and never narrower than its words (large text): the card widens instead
            button.ensurePolished()
            button.setMinimumWidth(max(round(280 * self.scale), button.sizeHint().width()))
        self._on_leave = on_leave
        self.cover()
        self.show()
        self.raise_()

    @property
    def asking(self) -> bool:
        return self.isVisible()

    def dismiss(self) -> None:
        self._on_leave = None
        self.hide()

    def _leave(self) -> None:
        action = self._on_leave
        self.dismiss()
        if action is not None:
            action()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        # A tap on the shade around the card: the visitor did not mean to leave.
        event.accept()
        if not self.card.geometry().contains(event.position().toPoint()):
            self.dismiss()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        event.accept()
