"""Settings from TOML: defaults, values, command-line overrides, and errors naming file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.settings import Settings, SettingsError, load_settings, parse_settings

GOOD = """
# A classroom: slow readers, so a long idle time
lessons = "my-lessons"
idle_timeout = 300
language = "zh-CN"
kiosk_name = "Room 4"
event_label = "Safer Internet Day"
hide_cursor = true

[operator]
pin_hash = "whatever the console writes"
"""


def test_values_are_typed_and_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    settings = parse_settings(GOOD, tmp_path / "kiosk.toml")
    assert settings.lessons == (tmp_path / "my-lessons").resolve()
    assert settings.idle_timeout == 300.0 and isinstance(settings.idle_timeout, float)
    assert (settings.language, settings.kiosk_name, settings.event_label) == (
        "zh-CN",
        "Room 4",
        "Safer Internet Day",
    )
    assert settings.hide_cursor and not settings.windowed
    assert settings.idle_countdown == 10


def test_a_missing_default_file_gives_defaults_but_a_named_one_is_an_error(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.toml", required=False) == Settings()
    with pytest.raises(SettingsError, match="none.toml: no such settings file"):
        load_settings(tmp_path / "none.toml", required=True)


def test_the_command_line_wins_where_given() -> None:
    settings = Settings(idle_timeout=300, kiosk_name="Room 4").with_overrides(idle_timeout=0, kiosk_name=None)
    assert (settings.idle_timeout, settings.kiosk_name) == (0, "Room 4")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'kiosk_name = "a"\nidle_timout = 30\n',
            r"kiosk.toml:2: idle_timout: unknown key \(did you mean 'idle_timeout'\?\)",
        ),
        ('\n\nidle_timeout = "ninety"\n', r"kiosk.toml:3: idle_timeout: must be a number, not 'ninety'"),
        ("windowed = 1\n", r"kiosk.toml:1: windowed: must be true or false"),
        ("idle_timeout = true\n", r"kiosk.toml:1: idle_timeout: must be a number"),
        ("idle_timeout = -5\n", r"kiosk.toml:1: idle_timeout: must not be negative"),
        ("idle_countdown = 0\n", r"kiosk.toml:1: idle_countdown: must be at least 1 second"),
        ('kiosk_name = "a"\nlanguage = zh\n', r"kiosk.toml:2:\d+: not valid TOML: "),
        (
            "\nidle_timeout = inf\n",
            r"kiosk.toml:2: idle_timeout: must be a number of seconds from 0 to 86400",
        ),
        ("idle_timeout = nan\n", r"kiosk.toml:1: idle_timeout: must be a number of seconds from 0 to 86400"),
        ("idle_timeout = -inf\n", r"kiosk.toml:1: idle_timeout: must be a number of seconds"),
        ("idle_timeout = 1e10\n", r"kiosk.toml:1: idle_timeout: must be at most 86400 seconds"),
        ("idle_countdown = 100000000000\n", r"kiosk.toml:1: idle_countdown: must be at most 600 seconds"),
        (
            '\ntimezone = "Asia/Beijing"\n',
            r"kiosk.toml:2: timezone: unknown time zone 'Asia/Beijing': use an IANA",
        ),
        ('timezone = "../etc/passwd"\n', r"kiosk.toml:1: timezone: unknown time zone"),
        ("attract_seconds = 1\n", r"kiosk.toml:1: attract_seconds: must be at least 2 seconds"),
        ('attract_loop = "yes"\n', r"kiosk.toml:1: attract_loop: must be true or false"),
    ],
)
def test_bad_files_name_the_file_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=expected):
        load_settings(path, required=True)


def test_an_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"kiosk_name = '\xff\xfe'")
    with pytest.raises(SettingsError, match="cannot read the settings file"):
        load_settings(path, required=True)


@pytest.mark.parametrize("value", ["inf", "nan", "-inf", "1e10", "-1"])
def test_a_bad_idle_timeout_on_the_command_line_is_a_message_not_a_traceback(
    tmp_path: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.cli import main

    config = tmp_path / "kiosk.toml"
    config.write_text("", encoding="utf-8")
    assert main(["--config", str(config), f"--idle-timeout={value}", "--windowed"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kiosk: --idle-timeout ") and "Traceback" not in err, err


@pytest.mark.parametrize("value", ["inf", "nan", "1e10"])
def test_the_console_idle_timeout_must_be_finite_and_at_most_a_day(tmp_path: Path, value: str) -> None:
    from kiosk.operator.config import parse_operator_config

    with pytest.raises(SettingsError, match="operator.console_idle_timeout: must be"):
        parse_operator_config(f"[operator]\nconsole_idle_timeout = {value}\n", tmp_path / "kiosk.toml")


def test_the_time_zone_is_an_iana_name_and_defaults_to_the_system(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from kiosk.settings import time_zone

    settings = parse_settings('timezone = "Asia/Shanghai"\n', tmp_path / "kiosk.toml")
    assert time_zone(settings.timezone) == ZoneInfo("Asia/Shanghai")
    assert Settings().timezone is None and time_zone(None) is None  # None: the system's local zone
