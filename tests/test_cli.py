"""The command line imports only what the chosen command needs, so the kiosk itself starts fast."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.cli import COMMANDS, _wanted_commands, main


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        ([], ()),
        (["--windowed", "--exit-after-start"], ()),
        (["check", "lessons"], ("check",)),
        (["--quiet", "results", "summary"], ("results",)),
        (["import", "gift", "f.txt"], ("import_",)),
        (["set-pin"], ("set_pin",)),
        (["--help"], COMMANDS),
        (["nonsense"], ()),  # parsed again with every command when it is not understood
        (["--config", "my.toml", "--lessons", "pack"], ()),  # option values are not command names
    ],
)
def test_only_the_named_command_module_is_imported(argv: list[str], wanted: tuple[str, ...]) -> None:
    assert _wanted_commands(argv) == wanted


def test_version_and_help_still_work(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("kiosk 0.")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("check", "results", "import", "set-pin"):
        assert name in out


def test_an_unknown_word_lists_the_real_commands(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["nonsense"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'nonsense'" in err
    assert "set-pin" in err


def test_starting_the_kiosk_does_not_import_other_commands() -> None:
    code = (
        "import sys; from kiosk.cli import build_parser, _wanted_commands;"
        "build_parser(_wanted_commands(['--windowed']));"
        "bad = [m for m in sys.modules if m.startswith(('kiosk.commands.results', 'kiosk.commands.set_pin',"
        " 'kiosk.commands.import_'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
