"""A row of a console list that a finger ticks: a tick box and a title that wraps, the whole row a target.

The Settings page's lessons (shown to visitors or not) and the Booth set-up page's lessons (drawn by the
challenge or not) are such rows; each adds what it needs beside the title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel

from kiosk.ui.widgets.plain import plain_text


class TickRow(QFrame):
    """``box`` (named ``title`` for screen readers) and ``title`` in ``row``; the box is placed, the title
    is left for the subclass to place. A tap anywhere on the row, except on a button of its own, ticks or
    unticks the box."""

    def __init__(self, scale: float, title: str, ticked: bool) -> None:
        super().__init__()
        self.setObjectName("LessonRow")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(round(14 * scale), round(6 * scale), round(10 * scale), round(6 * scale))
        self.row.setSpacing(round(12 * scale))
        self.box = QCheckBox()
        self.box.setAccessibleName(title)
        self.box.setChecked(ticked)
        self.title = QLabel(title)
        plain_text(self.title)
        self.title.setObjectName("LessonTitle")
        self.title.setWordWrap(True)
        self.row.addWidget(self.box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.box.toggle()
        super().mouseReleaseEvent(event)
