"""The console's days are the kiosk's local days (the ``timezone`` setting), while times stay stored in UTC."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from kiosk.journey.records import AnswerRecord
from kiosk.results.store import ResultsStore
from kiosk.ui.admin.filters import local_today
from tests.support.console import unlock


def late_evening_store() -> ResultsStore:
    """One visit at 10:00 UTC on 13 May, one at 23:30 UTC on 13 May (07:30 on 14 May in Shanghai)."""
    store = ResultsStore.open(None)
    for visit, at in (
        ("early", datetime(2026, 5, 13, 10, 0, tzinfo=UTC)),
        ("late", datetime(2026, 5, 13, 23, 30, tzinfo=UTC)),
    ):
        store.start_visit(visit_id=visit, started_at=at, language="en", kiosk_name="k", event_label="")
        store.record_answer(AnswerRecord(f"a-{visit}", visit, "basics", "strong", "h", ("b",), True, 3.0, at))
    return store


def test_an_answer_at_2330_utc_counts_on_the_next_local_day_in_shanghai(qtbot, make_kiosk) -> None:  # noqa: ANN001
    store = late_evening_store()
    kiosk = make_kiosk(store=store, config_text='timezone = "Asia/Shanghai"\n')
    unlock(qtbot, kiosk)
    view = kiosk.console.view
    assert kiosk.console.zone == ZoneInfo("Asia/Shanghai")
    assert view.overview.days_chart.columns == (("05-13", 1), ("05-14", 1))
    # "Today" (14 May) is the Shanghai day: the late visit is in it.
    assert view.overview.today_card.totals.visits == 1 and view.overview.today_card.totals.answers == 1
    view.filters.set_period("today")
    assert [r.summary.answers for r in view.questions.rows] == [1]
    # The times in the file are still the UTC ones.
    stored = [row[0] for row in store.db.execute("SELECT started_at FROM visits ORDER BY started_at")]
    assert stored == ["2026-05-13T10:00:00.000Z", "2026-05-13T23:30:00.000Z"]
    assert view.overview.days_title.text() == "Visits per day (Asia/Shanghai time)"
    # Hours of the day are Shanghai's too: 18:00 and 07:30 there.
    view.filters.set_period("all")
    view.overview.by_buttons["hour"].click()
    assert view.overview.days_chart.columns == (("07:00", 1), ("18:00", 1))
    assert view.overview.days_title.text() == "Visits per hour of the day (Asia/Shanghai time)"


def test_the_same_answers_fall_on_one_utc_day_when_the_kiosk_keeps_utc(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(store=late_evening_store(), config_text='timezone = "UTC"\n')
    unlock(qtbot, kiosk)
    overview = kiosk.console.view.overview
    assert overview.days_chart.columns == (("05-13", 2),)
    assert overview.today_card.totals.visits == 0  # nothing on TODAY (14 May) in UTC


def test_today_is_the_day_in_the_kiosk_zone() -> None:
    # 25 hours apart: Kiritimati (UTC+14) is always a day or two ahead of Pago Pago (UTC-11).
    ahead, behind = local_today(ZoneInfo("Pacific/Kiritimati")), local_today(ZoneInfo("Pacific/Pago_Pago"))
    assert 1 <= (ahead - behind).days <= 2
    assert local_today(None) == datetime.now().date()
