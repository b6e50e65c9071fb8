"""Progress dots under a lesson page: where the visitor is, sized from the font so they scale too."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui import resources

#: colour tokens of the pages read, the page shown and the pages ahead
DONE, CURRENT, AHEAD = "primary", "primary", "dots-ahead"


class ProgressDots(QWidget):
    """Tapping a dot asks for its page (``page_chosen``); each dot's slot is at least ``target`` px
    wide and the row as tall, so a finger finds it."""

    page_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, target: int = 0) -> None:
        super().__init__(parent)
        self.count = 0
        self.current = 0
        self.target = target
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def set_progress(self, current: int, count: int, name: str) -> None:
        self.current, self.count = current, count
        self.setAccessibleName(name)
        self.updateGeometry()
        self.update()

    def _dot(self) -> float:
        return self.fontMetrics().height() * 0.45

    def _gap(self) -> float:
        return max(self._dot() * 2.2, self.target)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        dot = self._dot()
        return QSize(round(max(1, self.count) * self._gap() + dot * 2), max(round(dot * 2.2), self.target))

    def dot_at(self, x: float) -> int | None:
        """The page whose dot's slot holds ``x`` (widget coordinates), or None."""
        if self.count <= 0:
            return None
        gap = self._gap()
        first = (self.width() - (self.count - 1) * gap) / 2  # the first dot's centre
        index = round((x - first) / gap)
        return index if 0 <= index < self.count else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        index = self.dot_at(event.position().x())
        if index is not None and index != self.current and self.rect().contains(event.position().toPoint()):
            self.page_chosen.emit(index)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        event.accept()  # the release comes here, where the dot is

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.count <= 0:
            return
        dot = self._dot()
        gap = self._gap()
        x0 = (self.width() - (self.count - 1) * gap) / 2 - dot / 2  # so each dot is centred in its slot
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
