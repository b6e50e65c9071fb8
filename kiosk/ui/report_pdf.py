"""The printable results report: a PDF drawn with Qt (QPdfWriter + QPainter), in the interface language.

It draws a :class:`kiosk.results.reports.Summary` (the data is gathered in kiosk.results, no Qt there):
visits per day and per hour as bar charts, the lessons, the hardest questions in words with their
most-chosen wrong answer, and the item analysis with its advice. Text goes through Qt's translations
(English or Chinese); the bundled CJK font draws Chinese on machines without one. Runs without a
screen: :func:`write_report_offscreen` starts an offscreen QGuiApplication for the command line.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kiosk.results.item_analysis import ADVICE_CHECK_KEY, FEW_ANSWERS, ItemAnalysis
from kiosk.results.readable import zone_label
from kiosk.results.reports import QuestionSummary, ReportFilter, Summary, summarize
from kiosk.ui import fonts, i18n
from kiosk.ui.theme import DEFAULT

if TYPE_CHECKING:
    from sqlite_utils import Database

#: how many of the hardest questions the report lists
HARDEST = 10
#: page geometry in points (the writer's resolution is 72 dpi, so one unit is one point)
MARGIN = 42.0
BODY, SMALL, HEADING, TITLE = 9.5, 8.0, 13.0, 20.0

_COLOR = {
    name: QColor(DEFAULT.colors[token])
    for name, token in (
        ("text", "text"),
        ("muted", "text-muted"),
        ("line", "line"),
        ("bar", "primary"),
        ("right", "right"),
        ("wrong", "wrong"),
        ("warn", "retry"),
        ("sunken", "surface-sunken"),
    )
}


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


class _Pages:
    """A flowing layout on A4 pages: a cursor that moves down and starts a new page when needed."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, families: list[str], header: str) -> None:
        self.writer, self.painter, self.families, self.header = writer, painter, families, header
        rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
        self.width, self.height = rect.width(), rect.height()
        self.left, self.right = MARGIN, self.width - MARGIN
        self.bottom = self.height - MARGIN
        self.page = 1
        self.y = MARGIN
        self._frame()

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def _frame(self) -> None:
        p = self.painter
        p.setFont(self.font(SMALL))
        p.setPen(_COLOR["muted"])
        p.drawText(
            QRectF(self.left, MARGIN / 2 - 6, self.right - self.left, 12),
            Qt.AlignmentFlag.AlignLeft,
            self.header,
        )
        p.drawText(
            QRectF(self.left, self.bottom + 10, self.right - self.left, 12),
            Qt.AlignmentFlag.AlignRight,
            QCoreApplication.translate("ReportPdf", "Page %1").replace("%1", str(self.page)),
        )

    def new_page(self) -> None:
        self.writer.newPage()
        self.page += 1
        self.y = MARGIN
        self._frame()

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    def text_height(self, text: str, width: float, font: QFont) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return (
            QFontMetricsF(font, self.writer).boundingRect(QRectF(0, 0, width, 10_000), flags, text).height()
        )

    def text(
        self,
        text: str,
        *,
        size: float = BODY,
        bold: bool = False,
        color: str = "text",
        x: float | None = None,
        width: float | None = None,
        gap: float = 3.0,
    ) -> float:
        """Wrapped text at the cursor (a new page first if it does not fit); returns its height."""
        font = self.font(size, bold=bold)
        left = self.left if x is None else x
        width = (self.right - left) if width is None else width
        height = self.text_height(text, width, font)
        self.need(height)
        self.painter.setFont(font)
        self.painter.setPen(_COLOR[color])
        self.painter.drawText(QRectF(left, self.y, width, height + 2), int(Qt.TextFlag.TextWordWrap), text)
        self.y += height + gap
        return height

    def heading(self, text: str, room: float = 120.0) -> None:
        """A section title, kept on one page with at least ``room`` points of what follows."""
        self.need(HEADING * 2 + room)
        self.y += 8
        self.text(text, size=HEADING, bold=True, gap=6)


def _bar_chart(pages: _Pages, labels: Sequence[str], values: Sequence[int], *, height: float = 150.0) -> None:
    """Vertical bars with a value scale, a label under each bar (thinned out when crowded)."""
    pages.need(height + 30)
    p = pages.painter
    top, left, right = pages.y, pages.left + 30, pages.right
    bottom = top + height
    peak = max(values, default=0)
    step = _nice_step(peak)
    scale_top = max(step, -(-peak // step) * step)
    p.setFont(pages.font(SMALL))
    for tick in range(0, scale_top + 1, step):
        y = bottom - tick / scale_top * height
        p.setPen(QPen(_COLOR["line"], 0.5))
        p.drawLine(QPointF(left, y), QPointF(right, y))
        p.setPen(_COLOR["muted"])
        p.drawText(QRectF(pages.left, y - 6, 26, 12), Qt.AlignmentFlag.AlignRight, str(tick))
    n = max(1, len(values))
    slot = (right - left) / n
    every = max(1, round(n / ((right - left) / 34)))  # labels at least ~34 points apart
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        bar = value / scale_top * height
        width = min(slot * 0.7, 36.0)  # a few days' bars stay bars, not slabs
        x = left + i * slot + (slot - width) / 2
        p.fillRect(QRectF(x, bottom - bar, width, bar), _COLOR["bar"])
        if i % every == 0:
            p.setPen(_COLOR["muted"])
            p.drawText(
                QRectF(left + i * slot - 20, bottom + 2, slot + 40, 12), Qt.AlignmentFlag.AlignHCenter, label
            )
    pages.y = bottom + 20


def _nice_step(peak: int) -> int:
    """A round grid step giving about four lines up to ``peak``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if peak / step <= 5:
            return step
    return 10 ** len(str(peak // 5))


def _share_bar(pages: _Pages, x: float, y: float, width: float, share: float, color: str) -> None:
    p = pages.painter
    p.fillRect(QRectF(x, y, width, 7), _COLOR["sunken"])
    p.fillRect(QRectF(x, y, width * max(0.0, min(1.0, share)), 7), _COLOR[color])
    p.setPen(QPen(_COLOR["line"], 0.5))
    p.drawRect(QRectF(x, y, width, 7))


def _table(
    pages: _Pages,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    after_row: Callable[[int], None] | None = None,
) -> None:
    """A table whose first column wraps; the header repeats on every page it runs over."""
    p = pages.painter
    total = sum(widths)
    columns = [w / total * (pages.right - pages.left) for w in widths]
    header_font, body_font = pages.font(SMALL, bold=True), pages.font(SMALL)

    def header() -> None:
        pages.need(40)
        x = pages.left
        height = max(pages.text_height(h, w - 4, header_font) for h, w in zip(headers, columns, strict=True))
        p.setFont(header_font)
        p.setPen(_COLOR["muted"])
        for i, (h, w) in enumerate(zip(headers, columns, strict=True)):
            align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
            p.drawText(QRectF(x, pages.y, w - 4, height + 2), int(align | Qt.TextFlag.TextWordWrap), h)
            x += w
        pages.y += height + 3
        p.setPen(QPen(_COLOR["line"], 0.8))
        p.drawLine(QPointF(pages.left, pages.y), QPointF(pages.right, pages.y))
        pages.y += 3

    header()
    for index, row in enumerate(rows):
        height = max(pages.text_height(c, w - 6, body_font) for c, w in zip(row, columns, strict=True))
        if pages.y + height > pages.bottom:
            pages.new_page()
            header()
        x = pages.left
        p.setFont(body_font)
        p.setPen(_COLOR["text"])
        for i, (cell, w) in enumerate(zip(row, columns, strict=True)):
            align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
            p.drawText(QRectF(x, pages.y, w - 6, height + 2), int(align | Qt.TextFlag.TextWordWrap), cell)
            x += w
        pages.y += height + 2
        if after_row is not None:
            after_row(index)
        p.setPen(QPen(_COLOR["line"], 0.4))
        p.drawLine(QPointF(pages.left, pages.y), QPointF(pages.right, pages.y))
        pages.y += 3


def _filter_line(summary: Summary, zone_label: str) -> str:
    flt = summary.filter
    parts = []
    if flt.since and flt.until:
        parts.append(
            QCoreApplication.translate("ReportPdf", "From %1 to %2")
            .replace("%1", str(flt.since))
            .replace("%2", str(flt.until))
        )
    elif flt.since:
        parts.append(QCoreApplication.translate("ReportPdf", "From %1 on").replace("%1", str(flt.since)))
    elif flt.until:
        parts.append(QCoreApplication.translate("ReportPdf", "Up to %1").replace("%1", str(flt.until)))
    else:
        parts.append(QCoreApplication.translate("ReportPdf", "All results"))
    if flt.event is not None:
        parts.append(QCoreApplication.translate("ReportPdf", 'event "%1"').replace("%1", flt.event))
    parts.append(QCoreApplication.translate("ReportPdf", "time zone: %1").replace("%1", zone_label))
    return QCoreApplication.translate("ReportPdf", "; ").join(parts)


def _advice(item: ItemAnalysis, summary: Summary) -> list[str]:
    words = summary.words
    notes: list[str] = []
    if item.too_few:
        return notes
    if item.check_key and item.key_advice == ADVICE_CHECK_KEY:
        notes.append(
            QCoreApplication.translate(
                "ReportPdf", "People who do well overall get this wrong: check the key."
            )
        )
    elif item.check_key:
        notes.append(
            QCoreApplication.translate(
                "ReportPdf",
                "This question hardly tells who knows the topic from who does not: check the key, and that it asks one clear thing.",  # noqa: E501
            )
        )
    for choice in item.rare_wrong:
        text = words.choice(item.lesson_id, item.question_id, choice)
        named = (
            choice
            if text == choice
            else QCoreApplication.translate("ReportPdf", '%1 "%2"').replace("%1", choice).replace("%2", text)
        )
        notes.append(
            QCoreApplication.translate(
                "ReportPdf", "Almost nobody chooses the wrong answer %1: make it more believable."
            ).replace("%1", named)
        )
    return notes


def _choice_shares(pages: _Pages, q: QuestionSummary, summary: Summary) -> None:
    """Every choice of the question (those nobody chose too, when its words are known) with the share
    of answers that chose it: green bars for right choices, red for wrong ones."""
    shares = {c.choice_id: c.share for c in q.choices}
    known = summary.words.choices(q.lesson_id, q.question_id)
    if known:
        rows = [(c.choice_id, c.text, c.correct) for c in known]
    else:  # never recorded in words: the ids, right when a right answer included them
        rows = [(c.choice_id, c.choice_id, c.correct_answers > 0) for c in q.choices]
    for choice_id, text, right in rows:
        if right:
            text = QCoreApplication.translate("ReportPdf", "%1 (right answer)").replace("%1", text)
        pages.need(12)
        y = pages.y
        _share_bar(
            pages, pages.left + 10, y + 2, 60, shares.get(choice_id, 0.0), "right" if right else "wrong"
        )
        pages.text(
            f"{_percent(shares.get(choice_id, 0.0))}  {text}",
            size=SMALL,
            x=pages.left + 76,
            gap=1,
        )


def _nothing_answered(pages: _Pages) -> int:
    pages.text(
        QCoreApplication.translate("ReportPdf", "No question was answered in this period."), color="muted"
    )
    return pages.page


def _hardest(summary: Summary) -> list[QuestionSummary]:
    ordered = sorted(summary.questions, key=lambda q: (q.correct_rate, q.lesson_id, q.question_id))
    return ordered[:HARDEST]


def draw_report(
    summary: Summary, writer: QPdfWriter, language: str, zone_label: str, generated: datetime
) -> int:
    """Draw the whole report on ``writer``; returns the number of pages."""
    families = fonts.interface_families(language, QFontDatabase.families())
    painter = QPainter()
    if not painter.begin(writer):  # the file cannot be created (a read-only folder, say)
        raise OSError("the PDF file cannot be written there")
    try:
        pages = _Pages(
            writer, painter, families, QCoreApplication.translate("ReportPdf", "Cyber Kiosk: results report")
        )
        words = summary.words
        pages.text(QCoreApplication.translate("ReportPdf", "Results report"), size=TITLE, bold=True, gap=6)
        pages.text(_filter_line(summary, zone_label), color="muted")
        pages.text(
            QCoreApplication.translate("ReportPdf", "Made on %1").replace(
                "%1", generated.strftime("%Y-%m-%d %H:%M")
            ),
            color="muted",
            gap=8,
        )
        pages.text(
            QCoreApplication.translate("ReportPdf", "%1 visits, %2 answers, %3 quiz results")
            .replace("%1", f"{summary.visits:,}")
            .replace("%2", f"{summary.answers:,}")
            .replace("%3", f"{summary.quiz_results:,}"),
            bold=True,
            gap=6,
        )

        pages.heading(QCoreApplication.translate("ReportPdf", "Visits per day"), 170)
        if summary.days:
            _bar_chart(
                pages, [d.day.strftime("%m-%d") for d in summary.days], [d.visits for d in summary.days]
            )
        else:
            pages.text(QCoreApplication.translate("ReportPdf", "No visits in this period."), color="muted")
        if not summary.visits:
            return pages.page
        pages.heading(QCoreApplication.translate("ReportPdf", "Visits per hour of the day"), 170)
        by_hour = {h.hour: h.visits for h in summary.hours}
        _bar_chart(pages, [f"{h:02d}" for h in range(24)], [by_hour.get(h, 0) for h in range(24)], height=120)

        pages.heading(QCoreApplication.translate("ReportPdf", "Lessons"))
        if summary.lessons:
            _table(
                pages,
                [
                    QCoreApplication.translate("ReportPdf", "Lesson"),
                    QCoreApplication.translate("ReportPdf", "Started"),
                    QCoreApplication.translate("ReportPdf", "Finished the quiz"),
                    QCoreApplication.translate("ReportPdf", "Passed"),
                    QCoreApplication.translate("ReportPdf", "Average score"),
                ],
                [
                    [
                        words.lesson(lesson.lesson_id),
                        str(lesson.started),
                        f"{lesson.completed} ({_percent(lesson.completion_rate)})",
                        str(lesson.passed),
                        _percent(lesson.average_score),
                    ]
                    for lesson in summary.lessons
                ],
                [4.2, 1, 1.5, 1, 1.2],
            )
        else:
            pages.text(
                QCoreApplication.translate("ReportPdf", "No lesson was started in this period."),
                color="muted",
            )

        if not summary.questions:
            return _nothing_answered(pages)
        pages.heading(QCoreApplication.translate("ReportPdf", "The hardest questions"), 160)
        pages.text(
            QCoreApplication.translate(
                "ReportPdf",
                "Hardest first. The most-chosen wrong answer usually shows the common misconception.",
            ),
            size=SMALL,
            color="muted",
            gap=1,
        )
        pages.text(
            QCoreApplication.translate(
                "ReportPdf",
                "Every choice with the share of answers that chose it; green bars are right choices.",
            ),
            size=SMALL,
            color="muted",
            gap=6,
        )
        for q in _hardest(summary):
            pages.need(70)
            pages.text(words.question(q.lesson_id, q.question_id), bold=True, gap=1)
            pages.text(words.lesson(q.lesson_id), size=SMALL, color="muted", gap=2)
            y = pages.y
            _share_bar(pages, pages.left, y + 2, 120, q.correct_rate, "right")
            pages.text(
                QCoreApplication.translate("ReportPdf", "%1 right of %2 answers")
                .replace("%1", _percent(q.correct_rate))
                .replace("%2", str(q.answers)),
                size=SMALL,
                x=pages.left + 128,
                gap=2,
            )
            if q.common_wrong:
                pages.text(
                    QCoreApplication.translate("ReportPdf", "Most-chosen wrong answer (%1): %2")
                    .replace("%1", _percent(q.common_wrong_share))
                    .replace("%2", words.answer(q.lesson_id, q.question_id, q.common_wrong)),
                    size=SMALL,
                    color="wrong",
                    gap=3,
                )
            _choice_shares(pages, q, summary)
            pages.y += 6

        pages.heading(QCoreApplication.translate("ReportPdf", "Item analysis"), 160)
        pages.text(
            QCoreApplication.translate(
                "ReportPdf",
                "Over finished quiz attempts. Facility: the share who got the question right."
                " Discrimination: how well the question separates people who do well on the rest of the"
                " quiz from those who do not (from -1 to 1; below 0.1 is a warning). A question needs at"
                " least %1 attempts to be judged.",
            ).replace("%1", str(FEW_ANSWERS)),
            size=SMALL,
            color="muted",
            gap=6,
        )
        items = list(summary.items)
        advice = {i: _advice(item, summary) for i, item in enumerate(items)}

        def notes(index: int) -> None:
            for line in advice[index]:
                pages.text(line, size=SMALL, color="warn", x=pages.left + 10, gap=1)

        _table(
            pages,
            [
                QCoreApplication.translate("ReportPdf", "Question"),
                QCoreApplication.translate("ReportPdf", "Attempts"),
                QCoreApplication.translate("ReportPdf", "Facility"),
                QCoreApplication.translate("ReportPdf", "Discrimination"),
            ],
            [
                [
                    QCoreApplication.translate("ReportPdf", "%1 (%2)")
                    .replace("%1", words.question(item.lesson_id, item.question_id))
                    .replace("%2", words.lesson(item.lesson_id)),
                    str(item.attempts),
                    "-" if item.too_few else _percent(item.facility),
                    "-" if item.too_few or item.discrimination is None else f"{item.discrimination:.2f}",
                ]
                for item in items
            ],
            [6, 1, 1, 1.3],
            after_row=notes,
        )
        return pages.page
    finally:
        painter.end()


def write_report(
    summary: Summary, path: Path, *, language: str, zone_label: str, generated: datetime | None = None
) -> Path:
    """Write the report as an A4 PDF at ``path`` (needs a QGuiApplication); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fonts.register_bundled_fonts()
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setTitle(QCoreApplication.translate("ReportPdf", "Cyber Kiosk: results report"))
    writer.setCreator("Cyber Kiosk")
    draw_report(summary, writer, language, zone_label, generated or datetime.now())
    del writer  # the file is complete once the writer is gone
    return path


def write_report_offscreen(summary: Summary, path: Path, *, language: str, zone_label: str) -> Path:
    """For the command line: an offscreen Qt application in ``language``, then :func:`write_report`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(["kiosk-report"])
    i18n.set_language(app, language)  # type: ignore[arg-type]
    return write_report(summary, path, language=language, zone_label=zone_label)


def report_writer(language: str, zone: tzinfo | None = None) -> Callable[[Database, Path], Path]:
    """For the console's export: a function that writes ``report.pdf`` of a database into a folder.

    It runs on the export's worker thread: QPdfWriter and QPainter may paint off the GUI thread.
    """

    def write(db: Database, folder: Path) -> Path:
        summary = summarize(db, ReportFilter(zone=zone), language)
        return write_report(
            summary, Path(folder) / "report.pdf", language=language, zone_label=zone_label(zone)
        )

    return write
