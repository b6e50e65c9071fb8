"""Each results command reads its own settings file, loaded once and handed down (never kept in the module)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from results_helpers import make_answer, make_quiz

from kiosk.cli import main
from kiosk.journey.records import ShownQuestion
from kiosk.results.store import ResultsStore

AT = datetime(2026, 11, 2, 23, 30, tzinfo=UTC)  # 07:30 on 3 November in Shanghai


def shown(language: str, title: str, text: str) -> ShownQuestion:
    return ShownQuestion(
        lesson_id="passwords",
        lesson_title=title,
        question_id="q1",
        question_hash="h1",
        language=language,
        text=text,
        choices=(("a", "a", False), ("b", "b", True)),
        shown_at=AT,
    )


@pytest.fixture
def results(tmp_path: Path) -> Path:
    """One visit late on 2 November UTC, its question's words in English and Chinese."""
    path = tmp_path / "results.db"
    store = ResultsStore.open(path)
    store.start_visit(visit_id="v1", started_at=AT, language="en", kiosk_name="k", event_label="e")
    store.record_shown(shown("en", "Strong passwords", "Which password is strongest?"))
    store.record_shown(shown("zh-CN", "强密码", "哪个密码最强？"))
    store.record_answer(make_answer("v1", at=AT))
    store.record_quiz_result(make_quiz("v1", "passwords", 1, 1, at=AT))
    store.close()
    return path


def booth(folder: Path, name: str, zone: str, language: str) -> Path:
    path = folder / f"{name}.toml"
    path.write_text(f'timezone = "{zone}"\nlanguage = "{language}"\n', encoding="utf-8")
    return path


def summary(capsys, *args: str) -> str:  # noqa: ANN001
    assert main([*args]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def test_two_commands_in_one_process_each_read_their_own_settings_file(
    results: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    # The file --config named used to live in a module variable for the length of a command: a
    # console or a test running several commands in one process depended on it being reset.
    default = booth(tmp_path, "default", "America/New_York", "en")
    monkeypatch.setattr("kiosk.paths.default_config_file", lambda: default)
    shanghai = booth(tmp_path, "shanghai", "Asia/Shanghai", "zh-CN")
    london = booth(tmp_path, "london", "Europe/London", "en")
    db = ["--db", str(results)]

    first = summary(capsys, "--config", str(shanghai), "results", "summary", *db)
    second = summary(capsys, "--config", str(london), "results", "summary", *db)
    third = summary(capsys, "results", "summary", *db)
    again = summary(capsys, "--config", str(shanghai), "results", "summary", *db)

    assert "Visits per day (Asia/Shanghai)" in first and "2026-11-03" in first
    assert "强密码" in first and "哪个密码最强？" in first and "Strong passwords" not in first
    assert "Visits per day (Europe/London)" in second and "2026-11-02" in second
    assert "Strong passwords" in second and "强密码" not in second
    assert "Visits per day (America/New_York)" in third and "Strong passwords" in third
    assert again == first


def test_each_command_says_an_unusable_default_file_once(
    results: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    # Said once per command, not once per process: a second command must not hide the problem.
    default = tmp_path / "kiosk.toml"
    default.write_text('timezone = "Asia/Beijing"\n', encoding="utf-8")
    monkeypatch.setattr("kiosk.paths.default_config_file", lambda: default)
    for _ in range(2):
        assert main(["results", "summary", "--db", str(results)]) == 0
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert err.startswith(f"kiosk results: warning: the settings file cannot be used ({default}:1: ")
        assert "unknown time zone 'Asia/Beijing'" in err


def test_a_broken_file_named_by_config_is_refused_by_every_results_command(
    results: Path, tmp_path: Path, capsys
) -> None:
    broken = tmp_path / "booth.toml"
    broken.write_text('kiosk_name = "booth"\ntimezone = "Asia/Beijing"\n', encoding="utf-8")
    out = tmp_path / "merged.db"
    for command in (
        ["summary", "--db", str(results)],
        ["export", "--db", str(results), "--out", str(tmp_path / "csv")],
        ["purge", "--db", str(results), "--before", "2026-11-01", "--dry-run"],
        ["merge", str(results), "--out", str(out)],
    ):
        assert main(["--config", str(broken), "results", *command]) == 2, command
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith(
            f"kiosk results: the settings file named by --config cannot be used: {broken}:2: "
        )
    assert not out.exists() and not (tmp_path / "csv").exists()


def test_a_purge_of_a_named_database_reads_no_settings(
    results: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    # Only a command that needs the settings reads them: a broken default file is no reason to warn here.
    default = tmp_path / "kiosk.toml"
    default.write_text("timezone = 3\n", encoding="utf-8")
    monkeypatch.setattr("kiosk.paths.default_config_file", lambda: default)
    assert main(["results", "purge", "--db", str(results), "--before", "2026-11-01", "--dry-run"]) == 0
    assert capsys.readouterr().err == ""
    # Without --db it must find the database in the settings: then it reads them, and says the problem.
    assert main(["results", "purge", "--before", "2026-11-01", "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk results: warning: the settings file cannot be used")


def test_the_settings_files_database_is_the_default_one(results: Path, tmp_path: Path, capsys) -> None:
    named = tmp_path / "booth.toml"
    named.write_text(f'database = "{results.as_posix()}"\ntimezone = "Asia/Shanghai"\n', encoding="utf-8")
    out = summary(capsys, "--config", str(named), "results", "summary")
    assert "Visits per day (Asia/Shanghai)" in out and "Strong passwords" in out
