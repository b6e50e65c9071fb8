"""The "Still there?" overlay: covers the screen, shows a big countdown, and any touch dismisses it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.content.linebreak import hint_text
from kiosk.ui.widgets.cover import Cover
from kiosk.ui.widgets.plain import plain_text


class IdleOverlay(Cover):
    """A QFrame paints its stylesheet background by itself; stretches centre the card, and the
    stylesheet aligns the labels."""

    def __init__(self, scale: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.remaining = 0
        self.card = QFrame()
        self.card.setObjectName("IdleCard")
        self.card.setMinimumWidth(round(760 * scale))
        card = QVBoxLayout(self.card)
        card.setContentsMargins(round(64 * scale), round(48 * scale), round(64 * scale), round(48 * scale))
        card.setSpacing(round(16 * scale))
        self.title = QLabel()
        plain_text(self.title)
        self.title.setObjectName("IdleTitle")
        self.count = QLabel()
        plain_text(self.count)
        self.count.setObjectName("IdleCount")
        self.text = QLabel()
        plain_text(self.text)
        self.text.setObjectName("IdleText")
        self.text.setWordWrap(True)
        for label in (self.title, self.count, self.text):
            card.addWidget(label)
        self.centre(self.card)
        self.hide()
        self.retranslate()

    def start(self, seconds: int) -> None:
        self.cover()
        self.set_remaining(seconds)
        self.show()
        self.raise_()

    def set_remaining(self, seconds: int) -> None:
        self.remaining = seconds
        self.count.setText(str(seconds))
        self.count.setAccessibleName(self.tr("%n seconds left", "", seconds))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.text.setText(
            hint_text(
                self.tr("Touch the screen to carry on. Otherwise the kiosk starts over for the next visitor.")
            )
        )
        # A screen reader names the overlay as a whole; any key, like any touch, carries on.
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.text.text())
