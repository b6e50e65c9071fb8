"""A frame laid over the whole of its parent, which keeps covering it as the parent is resized: the
base of the kiosk's overlays ("Still there?", "Leave this quiz?", the operator's PIN set-up)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget


class Cover(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        parent.installEventFilter(self)

    def cover(self) -> None:
        """Lie over the whole of the parent (before showing)."""
        self.setGeometry(self.parentWidget().rect())

    def centre(self, card: QWidget, stretch: int = 0) -> None:
        """Lay ``card`` out in the middle of the cover, the cover's own background all round it."""
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        outer.addLayout(row)
        outer.addStretch(1)
        row.addStretch(1)
        row.addWidget(card, stretch)
        row.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.cover()
        return False
