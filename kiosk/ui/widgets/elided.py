"""Words in at most a few lines: what does not fit ends with an ellipsis ("…"), never cut mid-line.

For a lesson card's title and summary and the top bar's title, whose room is fixed while the words are
an author's. The whole text stays the widget's accessible name and ``text()``; ``shown_lines()`` is
what is drawn. Sized from its font (``max_lines`` line heights), so larger text gets a taller widget
rather than clipped words.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

ELLIPSIS = "…"


def line_spans(text: str, font: object, width: float) -> list[tuple[int, int]]:
    """(start, length) of each line ``text`` breaks into at ``width`` px in ``font``: at a space, or
    between any two characters where a word is too long or there are no spaces (Chinese)."""
    layout = QTextLayout(text, font)  # type: ignore[arg-type]
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return spans


def wrap_lines(text: str, metrics: QFontMetricsF, font: object, width: float, max_lines: int) -> list[str]:
    """``text`` broken into lines of ``width`` px, at most ``max_lines``; a last line that leaves words
    out is cut at a word (or a character, for Chinese) and ends with "…"."""
    if not text or width <= 0:
        return []
    spans = line_spans(text, font, width)
    lines = [text[start : start + length].rstrip() for start, length in spans[:max_lines]]
    if len(spans) > max_lines:
        last_start = spans[max_lines - 1][0]
        rest = text[last_start:].replace("\n", " ")
        # Room for the ellipsis: the words that fit before it, ended at a space where there is one.
        room = width - metrics.horizontalAdvance(ELLIPSIS)
        cut = len(rest)
        while cut > 0 and metrics.horizontalAdvance(rest[:cut]) > room:
            cut -= 1
        head = rest[:cut]
        space = head.rfind(" ")
        if space > len(head) // 2:
            head = head[:space]
        lines[-1] = head.rstrip(" ,;:、，") + ELLIPSIS
    return lines


class ElidedText(QWidget):
    """Plain words wrapped to the widget's width in at most ``max_lines`` lines, the last ending with
    "…" when the words do not all fit. Its stylesheet rules (by object name) give it font and colour."""

    def __init__(self, name: str, max_lines: int, *, reserve: bool = False, parent: QWidget | None = None):
        """``reserve``: always as tall as ``max_lines`` lines (cards in a grid share one height)."""
        super().__init__(parent)
        self.setObjectName(name)
        self.max_lines = max_lines
        self.reserve = reserve
        self._text = ""
        self._lines: tuple[tuple[str, float, tuple[int, int, str]], list[str]] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.alignment = Qt.AlignmentFlag.AlignLeft

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel)
        if text == self._text:
            return
        self._text = text
        self.setAccessibleName(text)
        self._lines = None
        self.updateGeometry()
        self.update()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802 (as QLabel)
        self.alignment = alignment
        self.update()

    def shown_lines(self, width: float | None = None) -> list[str]:
        """The lines drawn at ``width`` (the widget's own by default)."""
        width = float(self.width() if width is None else width)
        font = self.font()
        key = (self._text, width, (font.pixelSize(), font.weight(), font.family()))
        if self._lines is None or self._lines[0] != key:
            self._lines = (key, wrap_lines(self._text, QFontMetricsF(font), font, width, self.max_lines))
        return self._lines[1]

    def is_elided(self) -> bool:
        lines = self.shown_lines()
        return bool(lines) and lines[-1].endswith(ELLIPSIS) and not self._text.endswith(ELLIPSIS)

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        lines = self.max_lines if self.reserve else max(1, len(self.shown_lines(width)))
        return round(lines * self._line_height()) + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = max(self.width(), 1)
        return QSize(
            round(QFontMetricsF(self.font()).horizontalAdvance(self._text[:40])), self.heightForWidth(width)
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, self.heightForWidth(max(self.width(), 1)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        lines = self.shown_lines()
        if not lines:
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        metrics = QFontMetricsF(self.font())
        y = metrics.ascent() + 1
        for line in lines:
            x = 0.0
            if self.alignment & Qt.AlignmentFlag.AlignHCenter:
                x = (self.width() - metrics.horizontalAdvance(line)) / 2
            painter.drawText(QPointF(x, y), line)
            y += metrics.lineSpacing()
