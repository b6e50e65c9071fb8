"""The console's filter bar: which event (or class) and which days the statistics cover.

Days are the kiosk's local days (the ``timezone`` setting, else the system's zone); the results keep
their times in UTC, and ``ReportFilter`` turns a local day into its UTC bounds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.results.reports import ReportFilter
from kiosk.ui.widgets.buttons import big_button
from kiosk.ui.widgets.plain import plain_text

PERIODS = ("today", "week", "month", "all", "custom")


def local_today(zone: tzinfo | None = None) -> date:
    """Today in ``zone`` (None: the system's zone)."""
    return datetime.now(zone).date()  # with None, the system's local time


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        scale: float,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
        *,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone  # the time zone of the days; None: the system's
        self.today = today or (lambda: local_today(zone))
        self.period = "all"
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(12 * scale))
        self.event_caption = QLabel()
        plain_text(self.event_caption)
        self.event_caption.setObjectName("SectionTitle")
        self.events = QComboBox()
        self.events.setMinimumWidth(round(280 * scale))
        self.events.currentIndexChanged.connect(lambda _: self.changed.emit())
        row.addWidget(self.event_caption)
        row.addWidget(self.events)
        row.addSpacing(round(24 * scale))
        self.period_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for name in PERIODS:
            button = big_button("small")
            button.setCheckable(True)
            group.addButton(button)
            button.clicked.connect(lambda _=False, n=name: self.set_period(n))
            self.period_buttons[name] = button
            row.addWidget(button)
        self.period_buttons["all"].setChecked(True)
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(self.today().year, self.today().month, self.today().day))
            edit.dateChanged.connect(lambda _: self.changed.emit())
            edit.setVisible(False)
            row.addWidget(edit)
        row.addStretch(1)
        self.event_labels: tuple[str, ...] = ()
        self.retranslate()

    def set_events(self, labels: tuple[str, ...]) -> None:
        """Offer every label the results hold, keeping the current choice if it is still there."""
        current = self.event_label()
        self.event_labels = labels
        self.events.blockSignals(True)
        self.events.clear()
        self.events.addItem(self.tr("All events"), None)
        for label in labels:
            self.events.addItem(label or self.tr("(no label)"), label)
        index = self.events.findData(current) if current is not None else 0
        self.events.setCurrentIndex(max(0, index))
        self.events.blockSignals(False)

    def event_label(self) -> str | None:
        return self.events.currentData() if self.events.count() else None

    def set_event(self, label: str | None) -> None:
        self.events.setCurrentIndex(max(0, self.events.findData(label)) if label is not None else 0)

    def set_period(self, name: str) -> None:
        self.period = name
        self.period_buttons[name].setChecked(True)
        for edit in (self.since, self.until):
            edit.setVisible(name == "custom")
        self.changed.emit()

    def days(self) -> tuple[date | None, date | None]:
        today = self.today()
        if self.period == "today":
            return today, today
        if self.period == "week":
            return today - timedelta(days=6), today
        if self.period == "month":
            return today - timedelta(days=29), today
        if self.period == "custom":
            first, last = self.since.date().toPython(), self.until.date().toPython()
            return min(first, last), max(first, last)
        return None, None

    def filter(self) -> ReportFilter:
        since, until = self.days()
        return ReportFilter(since=since, until=until, event=self.event_label(), zone=self.zone)

    def today_filter(self) -> ReportFilter:
        return ReportFilter(since=self.today(), until=self.today(), event=self.event_label(), zone=self.zone)

    def period_name(self) -> str:
        since, until = self.days()
        names = {
            "today": self.tr("Today"),
            "week": self.tr("Last 7 days"),
            "month": self.tr("Last 30 days"),
            "all": self.tr("All time"),
        }
        if self.period in names:
            return names[self.period]
        return f"{since:%Y-%m-%d} – {until:%Y-%m-%d}"

    def retranslate(self) -> None:
        self.event_caption.setText(self.tr("Event"))
        texts = {
            "today": self.tr("Today"),
            "week": self.tr("7 days"),
            "month": self.tr("30 days"),
            "all": self.tr("All time"),
            "custom": self.tr("From… to…"),
        }
        for name, button in self.period_buttons.items():
            button.setText(texts[name])
        if self.events.count():
            self.events.setItemText(0, self.tr("All events"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
