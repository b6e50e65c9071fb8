"""Visits per day and per hour from one pass (what the operator console shows), in the filter's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from kiosk.results.reports import ReportFilter, visits_per_day, visits_per_day_and_hour, visits_per_hour
from kiosk.results.store import ResultsStore


def test_days_and_hours_in_one_pass_match_the_separate_reports() -> None:
    store = ResultsStore.open(None)
    for visit_id, at in (
        ("late", datetime(2026, 11, 2, 23, 30, tzinfo=UTC)),
        ("day", datetime(2026, 11, 2, 10, 0, tzinfo=UTC)),
        ("next", datetime(2026, 11, 3, 10, 5, tzinfo=UTC)),
    ):
        store.start_visit(visit_id=visit_id, started_at=at, language="en", kiosk_name="k", event_label="")
    assert store.db is not None
    shanghai = ReportFilter(zone=ZoneInfo("Asia/Shanghai"))
    days, hours = visits_per_day_and_hour(store.db, shanghai)
    assert (days, hours) == (visits_per_day(store.db, shanghai), visits_per_hour(store.db, shanghai))
    assert [(d.day, d.visits) for d in days] == [(date(2026, 11, 2), 1), (date(2026, 11, 3), 2)]
    assert [(h.hour, h.visits) for h in hours] == [(7, 1), (18, 2)]
