"""The run options on the command line: settings from the file, options over them, clear errors."""

from __future__ import annotations

from pathlib import Path

from kiosk.cli import build_parser, main
from kiosk.commands.run import settings_from


def test_options_override_the_settings_file(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('idle_timeout = 300\nkiosk_name = "Room 4"\nlessons = "pack"\n', encoding="utf-8")
    args = build_parser().parse_args(["--config", str(config), "--idle-timeout", "0", "--windowed"])
    settings = settings_from(args)
    assert settings.idle_timeout == 0 and settings.kiosk_name == "Room 4" and settings.windowed
    assert settings.lessons == (tmp_path / "pack").resolve()
    assert not settings.hide_cursor


def test_a_bad_settings_file_stops_with_file_line_and_key(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    config = tmp_path / "kiosk.toml"
    config.write_text('kiosk_name = "x"\nidle_timeout = "soon"\n', encoding="utf-8")
    assert main(["--config", str(config), "--exit-after-start"]) == 2
    assert f"{config}:2: idle_timeout: must be a number" in capsys.readouterr().err


def test_a_missing_named_settings_file_is_an_error(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["--config", str(tmp_path / "nope.toml")]) == 2
    assert "no such settings file" in capsys.readouterr().err
