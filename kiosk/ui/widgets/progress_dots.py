"""Progress dots under a lesson page: where the visitor is, sized from the font so they scale too."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui import resources

#: colour tokens of the pages read, the page shown and the pages ahead
DONE, CURRENT, AHEAD = "primary", "primary", "dots-ahead"


class ProgressDots(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.current = 0
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def set_progress(self, current: int, count: int, name: str) -> None:
        self.current, self.count = current, count
        self.setAccessibleName(name)
        self.updateGeometry()
        self.update()

    def _dot(self) -> float:
        return self.fontMetrics().height() * 0.45

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        dot = self._dot()
        return QSize(round(max(1, self.count) * dot * 2.2 + dot * 2), round(dot * 2.2))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.count <= 0:
            return
        dot = self._dot()
        gap = dot * 2.2
        total = (self.count - 1) * gap + dot * 1.6
        x0 = (self.width() - total) / 2
        y = self.height() / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(self.count):
            # The current page is a wider pill, not just another colour, so it reads without colour.
            if i == self.current:
                painter.setBrush(resources.color(CURRENT))
                painter.drawRoundedRect(
                    QRectF(x0 + i * gap - dot * 0.3, y - dot / 2, dot * 1.6, dot), dot / 2, dot / 2
                )
            else:
                painter.setBrush(resources.color(DONE if i < self.current else AHEAD))
                painter.drawEllipse(QRectF(x0 + i * gap, y - dot / 2, dot, dot))
