"""The console's numbers and charts match the results store on a known data set; filters and warnings."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.results.reports import ReportFilter, question_summaries
from kiosk.results.store import ResultsStore
from tests.support.console import do_gesture, enter_pin, unlock
from tests.ui.admin.conftest import TODAY, record_known_data

TODAY_AT = datetime(2026, 5, 14, 9, 0, tzinfo=UTC)


def test_question_chart_matches_the_store_hardest_first(qtbot, make_kiosk, known_store: ResultsStore) -> None:  # noqa: ANN001
    kiosk = make_kiosk(store=known_store)
    unlock(qtbot, kiosk)
    page = kiosk.console.view.questions
    bars = page.questions_chart.bars
    # strong: 3 of 10 right; safer: 3 of 4 right. Hardest first.
    assert [r.summary.question_id for r in page.rows] == ["strong", "safer"]
    assert [b.value for b in bars] == [0.3, 0.75]
    assert [b.text for b in bars] == ["30%", "75%"]
    assert bars[0].label == "Which one is the strong password?"
    assert all(b.faded for b in bars)  # fewer than 20 answers each
    store_rates = {s.question_id: s.correct_rate for s in question_summaries(known_store.db)}
    assert store_rates == {"strong": 0.3, "safer": 0.75}
    # For the hardest question, the share of each choice, and the popular misconception.
    choices = page.choices_chart.bars
    assert [(b.label, b.value, b.text) for b in choices] == [
        ("123456", 0.5, "50% (5)"),
        ("correct-horse-battery-staple", 0.3, "30% (3)"),
        ("password", 0.2, "20% (2)"),
    ]
    assert choices[0].detail == "most chosen wrong answer" and choices[1].detail == "right answer"
    assert "50%" in page.misconception.text() and "123456" in page.misconception.text()
    # Tapping the other question shows its choices (a select-all question: shares add up past 100 %).
    page.select(1)
    assert [round(b.value, 2) for b in page.choices_chart.bars] == [1.0, 0.75, 0.25]


def test_overview_totals_today_and_all_time(qtbot, make_kiosk, known_store: ResultsStore) -> None:  # noqa: ANN001
    kiosk = make_kiosk(store=known_store)
    unlock(qtbot, kiosk)
    overview = kiosk.console.view.overview
    today, period = overview.today_card.totals, overview.period_card.totals
    assert (today.visits, period.visits) == (10, 12)
    # Quizzes finished: visits 0-3 (three scored 2/2, one 1/2): average 87.5 %.
    assert today.lessons_finished == 4 and today.average_score == pytest.approx(0.875)
    assert overview.period_card.values[2].text() == "88%"
    assert kiosk.console.view.overview.days_chart.columns == (("05-13", 2), ("05-14", 10))
    assert [b.text for b in overview.lessons_chart.bars] == ["88%"]


def test_filters_by_event_label_and_date_range(qtbot, make_kiosk, known_store: ResultsStore) -> None:  # noqa: ANN001
    kiosk = make_kiosk(store=known_store)
    unlock(qtbot, kiosk)
    view = kiosk.console.view
    filters = view.filters
    assert filters.event_labels == ("Booth", "Class 7B")  # newest first
    filters.set_event("Class 7B")
    assert view.overview.period_card.totals.visits == 2
    assert view.questions.rows == []  # that class answered nothing
    filters.set_event(None)
    filters.set_period("custom")
    filters.since.setDate(date(2026, 5, 13))
    filters.until.setDate(date(2026, 5, 13))
    assert filters.filter() == ReportFilter(
        since=date(2026, 5, 13), until=date(2026, 5, 13), event=None, zone=ZoneInfo("UTC")
    )
    assert view.overview.period_card.totals.visits == 2
    filters.set_period("today")
    assert filters.filter().since == TODAY and view.overview.period_card.totals.visits == 10


def test_storage_warnings_show_in_the_console(qtbot, make_kiosk, tmp_path: Path) -> None:  # noqa: ANN001
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    broken = ResultsStore.open(blocker / "results.db")  # its folder cannot be made: offline
    broken.start_visit(visit_id="v", started_at=TODAY_AT, language="en", kiosk_name="", event_label="")
    kiosk = make_kiosk(store=broken)
    unlock(qtbot, kiosk)
    warnings = " ".join(kiosk.console.view.overview.warnings)
    assert "cannot be opened" in warnings and "waiting in memory" in warnings and "failed" in warnings


def test_pack_problems_show_and_reload_picks_up_changes(qtbot, make_kiosk, tmp_path: Path) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    console = kiosk.console
    console.view.show_page("content")
    assert console.check_report is not None and console.check_report.lessons == 2
    # Reload from a copy of the pack with one lesson broken: its diagnostics show, the rest carries on.
    import shutil

    from kiosk.content.loader import load_pack

    copy = tmp_path / "pack"
    shutil.copytree(console.controls.full_pack.root, copy)
    (copy / "basics" / "quiz.md").write_text("## A question with no choices {#q}\n", encoding="utf-8")
    console.controls.set_pack(load_pack(copy))
    with qtbot.waitSignal(console.reload_job.finished, timeout=10000):
        console.view.content.reload.click()
    texts = [
        console.view.content.problems.item(i).text() for i in range(console.view.content.problems.count())
    ]
    assert any("basics" in t and "quiz.md" in t for t in texts)
    assert console.check_report.errors >= 1
    # The tap is answered with what it did, first.
    assert console.view.content.status.text().startswith("Reloaded: 2 lessons, 1 with errors. Checked: ")
    assert console.view.content.status.property("tone") == "bad"


def test_statistics_of_a_database_file_are_read_off_the_gui_thread(qtbot, make_kiosk, tmp_path: Path) -> None:  # noqa: ANN001
    store = ResultsStore.open(tmp_path / "results.db")
    record_known_data(store)
    kiosk = make_kiosk(store=store)
    console = kiosk.console
    do_gesture(kiosk.window)
    with qtbot.waitSignal(console.stats_job.finished, timeout=10000):
        enter_pin(console, "2468")
    overview = console.view.overview
    assert overview.today_card.totals.visits == 10 and overview.period_card.totals.visits == 12
    assert [r.summary.question_id for r in console.view.questions.rows] == ["strong", "safer"]
    # A filter change while a read is running is not lost: it is read again afterwards.
    with qtbot.waitSignal(console.stats_job.finished, timeout=10000):
        console.view.filters.set_event("Class 7B")
        console.view.filters.set_period("today")
    qtbot.waitUntil(lambda: not console.stats_job.running, timeout=10000)
    assert console.stats is not None and console.stats.filter.event == "Class 7B"
    assert console.stats.filter.since == TODAY
    assert overview.period_card.totals.visits == 0
    store.close()
