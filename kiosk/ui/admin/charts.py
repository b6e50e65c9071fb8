"""Bar charts painted with QPainter: readable at a glance, with the number written on every bar.

No QtCharts: it is a large add-on module the bundle does not need for a few bars.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui import resources


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0..1 of the chart's full length
    text: str  # written on the bar, e.g. "43 %"
    color: str = "primary"  # a colour token of the theme
    detail: str = ""  # smaller text after the label, e.g. "120 answers"
    faded: bool = False  # too few answers to trust: drawn lighter


class HBarChart(QWidget):
    """One horizontal bar per row, label on the left, tappable (``bar_clicked`` gives the row)."""

    bar_clicked = Signal(int)

    def __init__(self, scale: float, parent: QWidget | None = None, *, label_share: float = 0.42) -> None:
        super().__init__(parent)
        self.scale = scale
        self.label_share = label_share
        self.bars: tuple[Bar, ...] = ()
        self.selected = -1
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    @property
    def row_height(self) -> int:
        return self.px(64)

    def set_bars(self, bars: tuple[Bar, ...] | list[Bar], selected: int = -1) -> None:
        self.bars = tuple(bars)
        self.selected = selected
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.text}" for b in self.bars))
        self.updateGeometry()
        self.update()

    def select(self, row: int) -> None:
        self.selected = row
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = max(len(self.bars), 2)
        return QSize(self.px(800), rows * self.row_height + self.px(44))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # Any width (the labels elide), but every row's full height, so a scroll area scrolls instead.
        return QSize(self.px(300), self.sizeHint().height())

    def row_at(self, y: float) -> int:
        row = int((y - self.px(36)) // self.row_height)
        return row if 0 <= row < len(self.bars) and y >= self.px(36) else -1

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        row = self.row_at(event.position().y())
        if row >= 0:
            self.selected = row
            self.update()
            self.bar_clicked.emit(row)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        top = self.px(36)
        label_w = round(width * self.label_share)
        bar_x = label_w + self.px(16)
        bar_w = max(10, width - bar_x - self.px(34))  # room for the "100%" label
        small = QFont(self.font())
        small.setPixelSize(resources.font_px("micro", self.scale))
        label_font = QFont(self.font())
        label_font.setPixelSize(resources.font_px("note", self.scale))
        value_font = QFont(self.font())
        value_font.setPixelSize(resources.font_px("small", self.scale))
        value_font.setBold(True)
        if not self.bars:
            painter.setPen(resources.color("text-muted"))
            painter.setFont(label_font)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        # Grid lines at quarters, labelled along the top, so a bar's length reads without its number too.
        painter.setFont(small)
        bottom = top + len(self.bars) * self.row_height
        for quarter in range(5):
            x = bar_x + bar_w * quarter / 4
            painter.setPen(QPen(resources.color("chart-grid"), self.px(1.5)))
            painter.drawLine(round(x), top, round(x), bottom)
            painter.setPen(resources.color("chart-label"))
            # The last label ends at the edge instead of being cut by it.
            label_x = min(x - self.px(40), width - self.px(80))
            align = Qt.AlignmentFlag.AlignRight if quarter == 4 else Qt.AlignmentFlag.AlignHCenter
            painter.drawText(
                QRectF(label_x, 0, self.px(80), top - self.px(6)),
                align | Qt.AlignmentFlag.AlignBottom,
                f"{quarter * 25}%",
            )
        for row, bar in enumerate(self.bars):
            y = top + row * self.row_height
            if row == self.selected:
                painter.fillRect(QRectF(0, y, width, self.row_height), resources.color("console-selected"))
            self._draw_label(
                painter, bar, QRectF(self.px(8), y, label_w - self.px(8), self.row_height), label_font, small
            )
            pad = self.px(12)
            track = QRectF(bar_x, y + pad, bar_w, self.row_height - 2 * pad)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(resources.color("chart-track"))
            painter.drawRoundedRect(track, self.px(6), self.px(6))
            color = resources.color(bar.color)
            if bar.faded:
                color.setAlpha(110)
            filled = QRectF(
                track.x(), track.y(), max(self.px(4), track.width() * min(1.0, bar.value)), track.height()
            )
            painter.setBrush(color)
            painter.drawRoundedRect(filled, self.px(6), self.px(6))
            self._draw_value(painter, bar, track, filled, value_font)

    def _draw_label(self, painter: QPainter, bar: Bar, rect: QRectF, font: QFont, small: QFont) -> None:
        painter.setPen(resources.color("text"))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if bar.detail:
            half = rect.height() / 2
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, round(rect.width()))
            painter.drawText(
                QRectF(rect.x(), rect.y() + self.px(4), rect.width(), half),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.setFont(small)
            painter.setPen(resources.color("chart-label"))
            painter.drawText(
                QRectF(rect.x(), rect.y() + half - self.px(2), rect.width(), half),
                Qt.AlignmentFlag.AlignVCenter,
                bar.detail,
            )
        else:
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, round(rect.width()))
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)

    def _draw_value(self, painter: QPainter, bar: Bar, track: QRectF, filled: QRectF, font: QFont) -> None:
        painter.setFont(font)
        text_w = QFontMetrics(font).horizontalAdvance(bar.text) + self.px(24)
        if filled.width() >= text_w:
            # Inside the bar, white on the colour.
            painter.setPen(resources.color("on-primary"))
            rect = QRectF(filled.right() - text_w, track.y(), text_w - self.px(10), track.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, bar.text)
        else:
            painter.setPen(resources.color("text"))
            rect = QRectF(filled.right() + self.px(10), track.y(), text_w, track.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.text)


class ColumnChart(QWidget):
    """Vertical columns with the count above each and a short label below: visits per day."""

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.columns: tuple[tuple[str, int], ...] = ()
        self.empty_text = ""
        self.setMinimumHeight(round(260 * scale))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    def set_columns(self, columns: list[tuple[str, int]] | tuple[tuple[str, int], ...]) -> None:
        self.columns = tuple(columns)
        self.setAccessibleDescription("; ".join(f"{label}: {n}" for label, n in self.columns))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(resources.font_px("micro", self.scale))
        bold = QFont(font)
        bold.setBold(True)
        bold.setPixelSize(resources.font_px("caption", self.scale))
        if not self.columns:
            painter.setPen(resources.color("text-muted"))
            painter.setFont(font)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        # The most recent days, as many as fit with room for their numbers.
        fit = max(1, self.width() // self.px(56))
        columns = self.columns[-fit:]
        peak = max(n for _, n in columns) or 1
        label_h, value_h = self.px(30), self.px(30)
        base = self.height() - label_h
        slot = self.width() / len(columns)
        bar_w = min(slot * 0.7, self.px(90))
        every = max(1, round(self.px(70) / slot))  # label every n-th day when they would collide
        for i, (label, count) in enumerate(columns):
            height = (base - value_h - self.px(6)) * count / peak
            x = i * slot + (slot - bar_w) / 2
            rect = QRectF(x, base - height, bar_w, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(resources.color("primary"))
            painter.drawRoundedRect(rect, self.px(5), self.px(5))
            painter.setPen(resources.color("text"))
            painter.setFont(bold)
            painter.drawText(
                QRectF(i * slot, rect.top() - value_h, slot, value_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(count),
            )
            if i % every == 0 or i == len(columns) - 1:
                painter.setFont(font)
                painter.setPen(resources.color("text-muted"))
                painter.drawText(
                    QRectF(i * slot - slot, base, slot * 3, label_h), Qt.AlignmentFlag.AlignCenter, label
                )
        painter.setPen(QPen(resources.color("chart-axis"), self.px(2)))
        painter.drawLine(0, round(base), self.width(), round(base))
