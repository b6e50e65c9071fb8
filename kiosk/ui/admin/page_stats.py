"""The console's overview page: the day at a glance (numbers, visits per day, lessons, storage), and the
small pieces the other console pages share (labels, percentages, scroll areas).

Every number comes from ``kiosk.results.reports`` and ``console_queries``; these pages only draw them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.operator.labels import Labels
from kiosk.operator.stats import ConsoleStats
from kiosk.results.console_queries import Totals
from kiosk.results.store import StoreHealth
from kiosk.ui.admin.charts import Bar, ColumnChart, HBarChart
from kiosk.ui.admin.style import GREEN, ORANGE, RED
from kiosk.ui.widgets.buttons import big_button, set_text
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
        heading = QHBoxLayout()
        heading.setSpacing(round(8 * scale))
        self.days_title = label("", "SectionTitle", wrap=True)
        heading.addWidget(self.days_title, 1)
        # Visits per local day, or per local hour of the day (summed over the period's days).
        self.by_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for name in ("day", "hour"):
            button = big_button("small")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, n=name: self.show_visits_by(n))
            group.addButton(button)
            heading.addWidget(button)
            self.by_buttons[name] = button
        self.by_buttons["day"].setChecked(True)
        self.visits_by = "day"
        self.days_chart = ColumnChart(scale)
        left.addLayout(heading)
        left.addWidget(self.days_chart, 1)
        self.storage_title = label("", "SectionTitle")
        left.addWidget(self.storage_title)
        self.storage_box = QVBoxLayout()
        self.storage_box.setSpacing(round(8 * scale))
        left.addLayout(self.storage_box)
        right = QVBoxLayout()
        self.lessons_title = label("", "SectionTitle")
        self.lessons_chart = HBarChart(scale)
        right.addWidget(self.lessons_title)
        right.addWidget(scroller(self.lessons_chart), 1)
        middle.addLayout(left, 1)
        middle.addLayout(right, 1)
        outer.addLayout(middle, 1)
        self.warnings: list[str] = []
        self.stats: ConsoleStats | None = None

    def show_visits_by(self, name: str) -> None:
        """Visits per local day ("day") or per local hour of the day ("hour")."""
        self.visits_by = name
        self.by_buttons[name].setChecked(True)
        if self.stats is not None:
            self._show_visits(self.stats)

    def _show_visits(self, stats: ConsoleStats) -> None:
        zone = stats.filter.zone
        name = getattr(zone, "key", None) or (str(zone) if zone is not None else "")
        if self.visits_by == "hour":
            title = (
                self.tr("Visits per hour of the day (%1 time)")
                if name
                else self.tr("Visits per hour of the day (this computer's time)")
            )
            self.days_chart.set_columns([(f"{h.hour:02d}:00", h.visits) for h in stats.hours])
        else:
            title = (
                self.tr("Visits per day (%1 time)")
                if name
                else self.tr("Visits per day (this computer's time)")
            )
            self.days_chart.set_columns([(f"{d.day:%m-%d}", d.visits) for d in stats.days])
        self.days_title.setText(title.replace("%1", name))
        set_text(self.by_buttons["day"], self.tr("Per day"))
        set_text(self.by_buttons["hour"], self.tr("Per hour"))

    def show_stats(self, stats: ConsoleStats, period: str, labels: Labels) -> None:
        self.stats = stats
        self._show_visits(stats)
        self.lessons_title.setText(self.tr("Lessons: average score and how many finished"))
        self.storage_title.setText(self.tr("Storage"))
        self.days_chart.empty_text = self.lessons_chart.empty_text = self.tr("No visits in this period yet.")
        self.today_card.show_totals(self.tr("Today"), stats.today)
        self.period_card.show_totals(period, stats.period)
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
