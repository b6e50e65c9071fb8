"""Days and hours in the kiosk's time zone: stored in UTC, counted on local days."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from results_helpers import make_answer, make_quiz

from kiosk.cli import main
from kiosk.results.reports import DayVisits, HourVisits, ReportFilter, day_start, summarize
from kiosk.results.store import ResultsStore

SHANGHAI = ZoneInfo("Asia/Shanghai")  # UTC+8 all year


def visit(store: ResultsStore, visit_id: str, at: datetime) -> None:
    store.start_visit(visit_id=visit_id, started_at=at, language="zh-CN", kiosk_name="k", event_label="e")
    store.record_answer(make_answer(visit_id, at=at))
    store.record_quiz_result(make_quiz(visit_id, "passwords", 1, 1, at=at))


@pytest.fixture
def late(tmp_path: Path) -> Path:
    """One visit at 23:30 UTC on 2 November (07:30 on 3 November in Shanghai), one at 10:00 UTC."""
    path = tmp_path / "results.db"
    store = ResultsStore.open(path)
    visit(store, "late", datetime(2026, 11, 2, 23, 30, tzinfo=UTC))
    visit(store, "day", datetime(2026, 11, 2, 10, 0, tzinfo=UTC))
    store.close()
    return path


def test_a_late_utc_visit_counts_on_the_next_local_day(late: Path) -> None:
    db = ResultsStore.open(late).db
    assert db is not None
    utc = summarize(db)
    assert [(d.day, d.visits) for d in utc.days] == [(date(2026, 11, 2), 2)]
    local = summarize(db, ReportFilter(zone=SHANGHAI))
    assert local.days == (
        DayVisits(date(2026, 11, 2), 1, 0, 0, 0, 1),
        DayVisits(date(2026, 11, 3), 1, 0, 0, 0, 1),
    )
    assert local.hours == (HourVisits(7, 1), HourVisits(18, 1))
    assert summarize(db).hours == (HourVisits(10, 1), HourVisits(23, 1))


def test_day_filters_are_local_days(late: Path) -> None:
    db = ResultsStore.open(late).db
    assert db is not None
    # Local midnight starting 3 November in Shanghai is 16:00 UTC on the 2nd.
    assert day_start(date(2026, 11, 3), SHANGHAI) == "2026-11-02T16:00:00.000Z"
    third = ReportFilter(since=date(2026, 11, 3), until=date(2026, 11, 3), zone=SHANGHAI)
    summary = summarize(db, third)
    assert (summary.visits, summary.answers, summary.quiz_results) == (1, 1, 1)
    assert summarize(db, ReportFilter(since=date(2026, 11, 3), until=date(2026, 11, 3))).visits == 0


def test_daylight_saving_time_moves_the_local_hour() -> None:
    store = ResultsStore.open(None)
    # London: 09:30 UTC is 10:30 local in summer (BST) and 09:30 in winter.
    visit(store, "summer", datetime(2026, 7, 1, 9, 30, tzinfo=UTC))
    visit(store, "winter", datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    assert store.db is not None
    hours = summarize(store.db, ReportFilter(zone=ZoneInfo("Europe/London"))).hours
    assert hours == (HourVisits(9, 1), HourVisits(10, 1))


def test_the_command_uses_the_zone_it_is_given(late: Path, capsys) -> None:
    assert main(["results", "summary", "--db", str(late), "--timezone", "Asia/Shanghai"]) == 0
    text = capsys.readouterr().out
    assert "Visits per day (Asia/Shanghai)" in text
    days = [line.split()[:2] for line in text.splitlines() if line.strip().startswith("2026-11-0")]
    assert days == [["2026-11-02", "1"], ["2026-11-03", "1"]]
    assert main(["results", "summary", "--db", str(late), "--timezone", "Mars/Olympus"]) == 1
    assert "unknown time zone 'Mars/Olympus'" in capsys.readouterr().err


def test_no_zone_means_the_system_zone(late: Path, monkeypatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        db = ResultsStore.open(late).db
        assert db is not None
        assert [d.day for d in summarize(db, ReportFilter(zone=None)).days] == [
            date(2026, 11, 2),
            date(2026, 11, 3),
        ]
        assert day_start(date(2026, 11, 3), None) == "2026-11-02T16:00:00.000Z"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_settings_files_zone_is_used_and_a_broken_file_is_named(
    late: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    # A mistyped zone in kiosk.toml made every results command fall back to the computer's zone
    # without a word: a teacher in London reading a Shanghai booth's file got London's days.
    config = tmp_path / "kiosk.toml"
    monkeypatch.setattr("kiosk.paths.default_config_file", lambda: config)
    config.write_text('timezone = "Asia/Shanghai"\n', encoding="utf-8")
    assert main(["results", "summary", "--db", str(late)]) == 0
    captured = capsys.readouterr()
    assert "Visits per day (Asia/Shanghai)" in captured.out and captured.err == ""
    config.write_text('kiosk_name = "booth"\ntimezone = "Asia/Beijing"\n', encoding="utf-8")
    assert main(["results", "summary", "--db", str(late)]) == 0
    captured = capsys.readouterr()
    assert "Visits per day (local time)" in captured.out
    assert captured.err.startswith(f"kiosk results: warning: the settings file cannot be used ({config}:2: ")
    assert "unknown time zone 'Asia/Beijing'" in captured.err
    assert captured.err.endswith("; its settings (timezone, language) are left out\n")
    assert captured.err.count("\n") == 1  # said once, though the command reads the settings thrice


def test_a_settings_file_named_on_the_command_line_is_the_one_used(
    late: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    # `kiosk --config FILE results ...` read the default settings file all the same: a teacher reading
    # a Shanghai booth's results with that booth's kiosk.toml got the computer's days.
    default = tmp_path / "default.toml"
    default.write_text('timezone = "Europe/London"\n', encoding="utf-8")
    monkeypatch.setattr("kiosk.paths.default_config_file", lambda: default)
    booth = tmp_path / "booth.toml"
    booth.write_text('timezone = "Asia/Shanghai"\n', encoding="utf-8")
    assert main(["--config", str(booth), "results", "summary", "--db", str(late)]) == 0
    assert "Visits per day (Asia/Shanghai)" in capsys.readouterr().out
    assert main(["results", "summary", "--db", str(late)]) == 0  # without it, the default file again
    assert "Visits per day (Europe/London)" in capsys.readouterr().out
    missing = tmp_path / "nowhere.toml"
    assert main(["--config", str(missing), "results", "summary", "--db", str(late)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kiosk results: the settings file named by --config cannot be used: ")
    assert "nowhere.toml" in err
