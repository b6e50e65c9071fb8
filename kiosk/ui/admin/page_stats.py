"""The console's statistics pages: the day at a glance (numbers, visits per day, lessons, storage) and
the questions (correct rate per question, hardest first, and the share of each choice for one question).

Every number comes from ``kiosk.results.reports`` and ``console_queries``; these pages only draw them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.content.model import Question
from kiosk.operator.labels import Labels
from kiosk.operator.spot_stats import part_shares
from kiosk.operator.stats import ConsoleStats
from kiosk.results.console_queries import Totals
from kiosk.results.reports import QuestionSummary
from kiosk.results.store import MIN_ANSWERS_FOR_RATE, StoreHealth
from kiosk.ui.admin.charts import Bar, ColumnChart, HBarChart
from kiosk.ui.admin.style import GREEN, ORANGE, RED
from kiosk.ui.widgets.plain import plain_text

#: below this much free space the console warns (a day at a busy booth writes a few megabytes)
LOW_DISK_BYTES = 500 * 1024 * 1024


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def rate_color(rate: float) -> str:
    return RED if rate < 0.5 else ORANGE if rate < 0.75 else GREEN


def label(text: str, name: str, *, wrap: bool = False) -> QLabel:
    """A console label; plain text, since what it shows may come from a results file or a pack."""
    widget = QLabel(text)
    plain_text(widget)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def scroller(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


class StatGroup(QFrame):
    """A card with three big numbers: visits, lessons finished, average score."""

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.setObjectName("Card")
        grid = QGridLayout(self)
        grid.setContentsMargins(round(28 * scale), round(18 * scale), round(28 * scale), round(18 * scale))
        grid.setHorizontalSpacing(round(32 * scale))
        self.title = label("", "StatGroup")
        grid.addWidget(self.title, 0, 0, 1, 3)
        self.values = [label("", "StatValue") for _ in range(3)]
        self.captions = [label("", "StatLabel") for _ in range(3)]
        for i, (value, caption) in enumerate(zip(self.values, self.captions, strict=True)):
            grid.addWidget(value, 1, i)
            grid.addWidget(caption, 2, i)
        self.totals: Totals | None = None

    def show_totals(self, title: str, numbers: Totals) -> None:
        self.totals = numbers
        self.title.setText(title)
        self.values[0].setText(f"{numbers.visits:,}")
        self.values[1].setText(f"{numbers.lessons_finished:,}")
        self.values[2].setText(percent(numbers.average_score))
        self.captions[0].setText(self.tr("visits"))
        self.captions[1].setText(self.tr("lessons finished"))
        self.captions[2].setText(self.tr("average score"))


class OverviewPage(QWidget):
    def __init__(self, scale: float) -> None:
        super().__init__()
        self.scale = scale
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(round(16 * scale))
        cards = QHBoxLayout()
        cards.setSpacing(round(20 * scale))
        self.today_card = StatGroup(scale)
        self.period_card = StatGroup(scale)
        cards.addWidget(self.today_card, 1)
        cards.addWidget(self.period_card, 1)
        outer.addLayout(cards)
        middle = QHBoxLayout()
        middle.setSpacing(round(20 * scale))
        left = QVBoxLayout()
        self.days_title = label("", "SectionTitle")
        self.days_chart = ColumnChart(scale)
        left.addWidget(self.days_title)
        left.addWidget(self.days_chart, 1)
        self.storage_title = label("", "SectionTitle")
        left.addWidget(self.storage_title)
        self.storage_box = QVBoxLayout()
        self.storage_box.setSpacing(round(8 * scale))
        left.addLayout(self.storage_box)
        right = QVBoxLayout()
        self.lessons_title = label("", "SectionTitle")
        self.lessons_chart = HBarChart(scale, label_share=0.45)
        right.addWidget(self.lessons_title)
        right.addWidget(scroller(self.lessons_chart), 1)
        middle.addLayout(left, 1)
        middle.addLayout(right, 1)
        outer.addLayout(middle, 1)
        self.warnings: list[str] = []

    def show_stats(self, stats: ConsoleStats, period: str, labels: Labels) -> None:
        self.days_title.setText(self.tr("Visits per day"))
        self.lessons_title.setText(self.tr("Lessons: average score and how many finished"))
        self.storage_title.setText(self.tr("Storage"))
        self.days_chart.empty_text = self.lessons_chart.empty_text = self.tr("No visits in this period yet.")
        self.today_card.show_totals(self.tr("Today"), stats.today)
        self.period_card.show_totals(period, stats.period)
        self.days_chart.set_columns([(f"{d.day:%m-%d}", d.visits) for d in stats.days])
        bars = []
        order = {entry.id: i for i, entry in enumerate(labels.pack.lessons)}
        ranked = sorted(stats.lessons, key=lambda s: (order.get(s.lesson_id, len(order)), s.lesson_id))
        for lesson in ranked:
            finished = self.tr("%n finished", "", lesson.completed)
            started = self.tr("%n started", "", lesson.started)
            bars.append(
                Bar(
                    label=labels.lesson_title(lesson.lesson_id),
                    value=lesson.average_score or 0.0,
                    text=percent(lesson.average_score),
                    color=rate_color(lesson.average_score or 0.0),
                    detail=f"{finished} · {started}",
                )
            )
        self.lessons_chart.set_bars(bars)

    def show_health(self, health: StoreHealth | None, extra: list[str] | None = None) -> None:
        """Storage warnings: failed writes, records waiting, space left on the database's disk."""
        while self.storage_box.count():
            item = self.storage_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.warnings = self.storage_warnings(health) + list(extra or ())
        if not self.warnings:
            if health is not None and health.path is not None:
                text = (
                    self.tr("Results are saved to %1. Free space: %2.")
                    .replace("%1", str(health.path))
                    .replace("%2", human_bytes(health.free_bytes))
                )
            else:
                text = self.tr("Results are kept in memory only and are lost when the kiosk closes.")
            self.storage_box.addWidget(label(text, "AllGood", wrap=True))
        for text in self.warnings:
            self.storage_box.addWidget(label(text, "Warning", wrap=True))

    def storage_warnings(self, health: StoreHealth | None) -> list[str]:
        if health is None:
            return [self.tr("No results database is open: answers are not being recorded.")]
        out = []
        if not health.online:
            out.append(self.tr("The results database cannot be opened; answers wait in memory."))
        if health.failed_writes:
            out.append(
                self.tr(
                    "%n writes to the results database failed since the kiosk started.",
                    "",
                    health.failed_writes,
                )
            )
        if health.pending:
            out.append(self.tr("%n records are waiting in memory to be written.", "", health.pending))
        if health.dropped:
            out.append(
                self.tr("%n records were lost (memory full or refused by the database).", "", health.dropped)
            )
        if health.free_bytes is not None and health.free_bytes < LOW_DISK_BYTES:
            out.append(
                self.tr("Little space left on the results disk: %1.").replace(
                    "%1", human_bytes(health.free_bytes)
                )
            )
        for moved in health.moved_aside:
            out.append(self.tr("A damaged results file was moved aside: %1").replace("%1", str(moved)))
        if health.last_error:
            out.append(self.tr("Last storage error: %1").replace("%1", health.last_error))
        return out


def human_bytes(count: int | None) -> str:
    if count is None:
        return "?"
    size = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024:
            return f"{size:.0f} {unit}"
        size /= 1024
    return f"{size:.1f} TB"


@dataclass(frozen=True)
class QuestionRow:
    summary: QuestionSummary
    bar: Bar


class QuestionsPage(QWidget):
    def __init__(self, scale: float) -> None:
        super().__init__()
        self.scale = scale
        self.rows: list[QuestionRow] = []
        self.labels: Labels | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(24 * scale))
        left = QVBoxLayout()
        self.questions_title = label("", "SectionTitle", wrap=True)
        self.questions_note = label("", "Note", wrap=True)
        self.questions_chart = HBarChart(scale, label_share=0.58)
        self.questions_chart.bar_clicked.connect(self.select)
        left.addWidget(self.questions_title)
        left.addWidget(self.questions_note)
        left.addWidget(scroller(self.questions_chart), 1)
        right = QVBoxLayout()
        self.choices_title = label("", "SectionTitle", wrap=True)
        self.question_text = label("", "Note", wrap=True)
        self.choices_chart = HBarChart(scale, label_share=0.5)
        self.choices_chart.setCursor(Qt.CursorShape.ArrowCursor)
        self.misconception = label("", "Warning", wrap=True)
        right.addWidget(self.choices_title)
        right.addWidget(self.question_text)
        right.addWidget(self.choices_chart)
        right.addWidget(self.misconception)
        right.addStretch(1)
        row.addLayout(left, 3)
        row.addLayout(right, 2)

    def show_stats(self, stats: ConsoleStats, labels: Labels) -> None:
        self.labels = labels
        self.questions_title.setText(self.tr("Correct answers per question, hardest first"))
        self.questions_note.setText(
            self.tr(
                "Tap a question to see how visitors answered it. Pale bars: fewer than %1 answers so far."
            ).replace("%1", str(MIN_ANSWERS_FOR_RATE))
        )
        self.questions_chart.empty_text = self.tr("No answers in this period yet.")
        summaries = stats.questions
        # Hardest first; among equally hard ones, the most answered first (the surer finding).
        ordered = sorted(summaries, key=lambda s: (s.correct_rate, -s.answers, s.lesson_id, s.question_id))
        self.rows = []
        for s in ordered:
            # tr() outside the f-string: lupdate does not look inside f-strings for strings to translate.
            answers = self.tr("%n answers", "", s.answers)
            bar = Bar(
                label=labels.question(s.lesson_id, s.question_id),
                value=s.correct_rate,
                text=percent(s.correct_rate),
                color=rate_color(s.correct_rate),
                detail=f"{labels.lesson_title(s.lesson_id)} · {answers}",
                faded=s.answers < MIN_ANSWERS_FOR_RATE,
            )
            self.rows.append(QuestionRow(s, bar))
        self.questions_chart.set_bars([r.bar for r in self.rows], selected=0 if self.rows else -1)
        self.select(0)

    def select(self, index: int) -> None:
        self.choices_title.setText(self.tr("How visitors answered"))
        if not self.rows or not 0 <= index < len(self.rows) or self.labels is None:
            self.question_text.setText(self.tr("Choose a question on the left."))
            self.choices_chart.set_bars([])
            self.misconception.hide()
            return
        self.questions_chart.select(index)
        summary = self.rows[index].summary
        self.question_text.setText(self.rows[index].bar.label)
        common = set(summary.common_wrong.split(",")) if summary.common_wrong else set()
        wrong_in_common = [
            c
            for c in sorted(common)
            if self.labels.choice(summary.lesson_id, summary.question_id, c)[1] is not True
        ]
        question = self.labels.question_of(summary.lesson_id, summary.question_id)
        if question is not None and question.kind == "spot":
            self._show_spot(summary, question)
            return
        bars = []
        for share in summary.choices:
            text, correct = self.labels.choice(summary.lesson_id, summary.question_id, share.choice_id)
            if correct:
                color, kind = GREEN, self.tr("right answer")
            elif share.choice_id in wrong_in_common:
                color, kind = RED, self.tr("most chosen wrong answer")
            else:
                color, kind = ORANGE, self.tr("wrong answer")
            bars.append(
                Bar(
                    label=text,
                    value=share.share,
                    text=f"{percent(share.share)} ({share.count})",
                    color=color,
                    detail=kind,
                )
            )
        self.choices_chart.set_bars(bars)
        if wrong_in_common and summary.common_wrong_share >= 0.15:
            names = "”, “".join(
                self.labels.choice(summary.lesson_id, summary.question_id, c)[0] for c in wrong_in_common
            )
            self.misconception.setText(
                self.tr("Popular misconception: %1 of answers chose “%2”.")
                .replace("%1", percent(summary.common_wrong_share))
                .replace("%2", names)
            )
            self.misconception.show()
        else:
            self.misconception.hide()

    def _show_spot(self, summary: QuestionSummary, question: Question) -> None:
        """Spot the red flags: how often each flag was missed, and each decoy tapped (issue 21)."""
        bars = [
            Bar(
                label=part.text,
                value=part.share,
                text=f"{percent(part.share)} ({part.count})",
                color=(RED if part.share >= 0.5 else ORANGE) if part.is_flag else ORANGE,
                detail=self.tr("red flag: missed") if part.is_flag else self.tr("harmless part: tapped"),
            )
            for part in part_shares(summary, question)
        ]
        self.choices_chart.set_bars(bars)
        self.misconception.hide()
