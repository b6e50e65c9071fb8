"""Bar charts painted with QPainter: readable at a glance, with the number written on every bar.

No QtCharts: it is a large add-on module the bundle does not need for a few bars.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui import resources
from kiosk.ui.widgets.elided import line_spans


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0..1 of the chart's full length
    text: str  # written on the bar, e.g. "43 %"
    color: str = "primary"  # a colour token of the theme
    detail: str = ""  # smaller text after the label, e.g. "120 answers"
    faded: bool = False  # too few answers to trust: drawn lighter


class HBarChart(QWidget):
    """One horizontal bar per row, label on the left, tappable (``bar_clicked`` gives the row).

    The labels get the width they need, up to what leaves the bars ``bar_min`` pixels (at scale 1);
    a label longer than that wraps onto up to ``label_lines`` lines, and only then is it cut with "…".
    Rows grow to fit their labels, so the chart's height depends on its width (``heightForWidth``).
    """

    bar_clicked = Signal(int)

    def __init__(
        self, scale: float, parent: QWidget | None = None, *, bar_min: float = 240, label_lines: int = 2
    ) -> None:
        super().__init__(parent)
        self.scale = scale
        self.bar_min = bar_min
        self.label_lines = label_lines
        self.bars: tuple[Bar, ...] = ()
        self.selected = -1
        self.empty_text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._layout_key: tuple[object, ...] | None = None
        self._rows: list[_Row] = []
        self._label_w = 0

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    @property
    def top(self) -> int:
        """Where the first row starts, below the percentage scale."""
        return self.px(36)

    def fonts(self) -> tuple[QFont, QFont, QFont]:
        """The label, detail and value fonts."""
        label_font = QFont(self.font())
        label_font.setPixelSize(resources.font_px("note", self.scale))
        small = QFont(self.font())
        small.setPixelSize(resources.font_px("micro", self.scale))
        value_font = QFont(self.font())
        value_font.setPixelSize(resources.font_px("small", self.scale))
        value_font.setBold(True)
        return label_font, small, value_font

    def set_bars(self, bars: tuple[Bar, ...] | list[Bar], selected: int = -1) -> None:
        self.bars = tuple(bars)
        self.selected = selected
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.text}" for b in self.bars))
        self._layout_key = None
        self.updateGeometry()
        self.update()

    def select(self, row: int) -> None:
        self.selected = row
        self.update()

    def rows(self, width: int) -> list[_Row]:
        """Each bar's row at ``width``: its top, height and label lines (worked out once per width)."""
        label_font, small, _ = self.fonts()
        key = (width, self.bars, label_font.pixelSize(), small.pixelSize())
        if key == self._layout_key:
            return self._rows
        metrics = QFontMetrics(label_font)
        room = max(self.px(120), width - self.px(self.bar_min) - self.px(24))
        details = QFontMetrics(small)
        widest = max(
            (max(metrics.horizontalAdvance(b.label), details.horizontalAdvance(b.detail)) for b in self.bars),
            default=0,
        )
        self._label_w = min(widest + self.px(4), room)
        line_h = metrics.lineSpacing()
        detail_h = QFontMetrics(small).lineSpacing()
        y = self.top
        self._rows = []
        for bar in self.bars:
            lines = wrap_lines(bar.label, label_font, self._label_w, self.label_lines)
            detail = wrap_lines(bar.detail, small, self._label_w, 2) if bar.detail else []
            text_h = len(lines) * line_h + len(detail) * detail_h
            height = max(self.px(64), text_h + self.px(16))
            self._rows.append(_Row(y, height, tuple(lines), tuple(detail)))
            y += height
        self._layout_key = key
        return self._rows

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        rows = self.rows(width)
        if not rows:
            return self.px(64) * 2 + self.px(44)
        return rows[-1].y + rows[-1].height + self.px(8)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.px(800), self.heightForWidth(max(self.width(), self.px(300))))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # Any width (the labels wrap), but every row's full height, so a scroll area scrolls instead.
        return QSize(self.px(300), self.heightForWidth(max(self.width(), self.px(300))))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the rows' heights follow the width
        super().resizeEvent(event)

    def row_at(self, y: float) -> int:
        for row, geometry in enumerate(self.rows(self.width())):
            if geometry.y <= y < geometry.y + geometry.height:
                return row
        return -1

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
        top = self.top
        label_font, small, value_font = self.fonts()
        if not self.bars:
            painter.setPen(resources.color("text-muted"))
            painter.setFont(label_font)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
            return
        rows = self.rows(width)
        bar_x, bar_w = self._bar_span(width)
        # Grid lines at quarters, labelled along the top, so a bar's length reads without its number too.
        painter.setFont(small)
        bottom = rows[-1].y + rows[-1].height
        for quarter in range(5):
            x = bar_x + bar_w * quarter / 4
            painter.setPen(QPen(resources.color("chart-grid"), self.px(1.5)))
            painter.drawLine(round(x), top, round(x), bottom)
        painter.setPen(resources.color("chart-label"))
        for rect, text in self.scale_labels(width):
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
        for index, (bar, row) in enumerate(zip(self.bars, rows, strict=True)):
            if index == self.selected:
                painter.fillRect(QRectF(0, row.y, width, row.height), resources.color("console-selected"))
            self._draw_label(painter, row, label_font, small)
            bar_h = self.px(40)
            track = QRectF(bar_x, row.y + (row.height - bar_h) / 2, bar_w, bar_h)
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

    def _bar_span(self, width: int) -> tuple[int, int]:
        """Where the bars start and how long a full one is, at ``width`` (after ``rows(width)``)."""
        bar_x = self.px(8) + self._label_w + self.px(16)
        return bar_x, max(10, width - bar_x - self.px(34))  # room for the "100%" label

    def scale_labels(self, width: int) -> list[tuple[QRectF, str]]:
        """The percentages along the top and where each is drawn: every quarter where they fit side by
        side, else every half (0%, 50%, 100%), else the ends, so that none runs into the next."""
        self.rows(width)
        bar_x, bar_w = self._bar_span(width)
        metrics = QFontMetrics(self.fonts()[1])
        height = self.top - self.px(6)
        gap = self.px(8)
        for step in (1, 2, 4):
            rects: list[tuple[QRectF, str]] = []
            for quarter in range(0, 5, step):
                text = f"{quarter * 25}%"
                text_w = metrics.horizontalAdvance(text) + self.px(2)
                x = bar_x + bar_w * quarter / 4
                left = min(x - text_w / 2, width - text_w)  # the last one ends at the edge, not cut by it
                rects.append((QRectF(left, 0, text_w, height), text))
            if all(b.left() - a.right() >= gap for (a, _), (b, _) in zip(rects, rects[1:], strict=False)):
                return rects
        return rects

    def _draw_label(self, painter: QPainter, row: _Row, font: QFont, small: QFont) -> None:
        line_h = QFontMetrics(font).lineSpacing()
        detail_h = QFontMetrics(small).lineSpacing()
        x, width = self.px(8), self._label_w
        y = row.y + (row.height - len(row.lines) * line_h - len(row.detail) * detail_h) / 2
        painter.setPen(resources.color("text"))
        painter.setFont(font)
        for line in row.lines:
            painter.drawText(QRectF(x, y, width, line_h), Qt.AlignmentFlag.AlignVCenter, line)
            y += line_h
        painter.setFont(small)
        painter.setPen(resources.color("chart-label"))
        for line in row.detail:
            painter.drawText(QRectF(x, y, width, detail_h), Qt.AlignmentFlag.AlignVCenter, line)
            y += detail_h

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


@dataclass(frozen=True)
class _Row:
    y: int  # top, in the chart's pixels
    height: int
    lines: tuple[str, ...]  # the label, wrapped
    detail: tuple[str, ...]  # the detail under it, wrapped


def wrap_lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels: at most ``most`` lines, the last one cut
    with "…" only when the text does not fit in them (Chinese breaks between any two characters)."""
    spans = line_spans(text, font, width)
    if len(spans) <= most:
        return [text[start : start + length].strip() for start, length in spans] or [""]
    kept = [text[start : start + length].strip() for start, length in spans[: most - 1]]
    rest = text[spans[most - 1][0] :].strip()
    kept.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return kept


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
