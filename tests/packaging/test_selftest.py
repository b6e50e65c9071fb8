"""The self-test in process: it passes on the bundled course, and fails loudly when something is missing."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kiosk import cli, paths, selftest

ROOT = Path(__file__).resolve().parents[2]
SMALL_PACK = ROOT / "tests" / "ui" / "data" / "pack"
CHECKS = (
    "bundled files",
    "lesson pack",
    "Qt, fonts and images",
    "visitor journey",
    "results read back",
    "offline",
)


def run(**kwargs: object) -> tuple[int, list[str]]:
    lines: list[str] = []
    code = selftest.run_self_test(write=lines.append, **kwargs)  # type: ignore[arg-type]
    return code, lines


def test_the_self_test_passes_on_the_bundled_course_and_prints_every_check(qapp) -> None:  # noqa: ANN001
    code, lines = run()
    assert code == 0, "\n".join(lines)
    for name in CHECKS:
        assert any(line.startswith(f"ok   {name}: ") for line in lines), name
    assert "from source" in lines[0] and str(paths.default_lessons_dir()) in lines[0]
    assert lines[-1] == f"self-test passed: {len(CHECKS)} checks"
    journey = next(line for line in lines if line.startswith("ok   visitor journey"))
    assert "switched to zh-CN" in journey and "finished" in journey


def test_it_fails_when_no_lesson_can_be_shown(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "pack.yaml").write_text("title: Empty\nlanguages: [en]\n", encoding="utf-8")
    code, lines = run(lessons=tmp_path)
    assert code == 1
    assert any(line.startswith("FAIL lesson pack: ") for line in lines)
    assert any(line.startswith("FAIL visitor journey: not run") for line in lines)
    assert lines[-1].startswith("self-test FAILED: 4 of 6 checks")


def test_it_fails_when_the_compiled_translations_are_missing(qapp, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(paths, "translations_dir", lambda: tmp_path)
    code, lines = run(lessons=SMALL_PACK)
    assert code == 1
    assert any(line.startswith("FAIL bundled files: ") and "translations" in line for line in lines)


def test_it_fails_when_a_screen_does_not_react_to_a_tap(qapp, monkeypatch) -> None:  # noqa: ANN001
    from kiosk.ui.screens.attract import AttractScreen

    # A start button that no longer asks to start: exactly the break a visitor would meet.
    original = AttractScreen.__init__

    def deaf(self, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        original(self, *args, **kwargs)
        self.start_button.clicked.disconnect()

    monkeypatch.setattr(AttractScreen, "__init__", deaf)
    code, lines = run(lessons=SMALL_PACK)
    assert code == 1
    assert any(line.startswith("FAIL visitor journey: ") and "catalogue" in line for line in lines)


def test_sockets_are_refused_and_reported_while_it_runs() -> None:
    with selftest.no_sockets() as attempts, pytest.raises(OSError, match="never opens"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(attempts) == 1
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()  # restored afterwards


def test_dash_dash_self_test_runs_it_from_the_command_line(qapp, capsys) -> None:  # noqa: ANN001
    assert cli.main(["--self-test", "--lessons", str(SMALL_PACK)]) == 0
    out = capsys.readouterr().out
    assert "ok   visitor journey: switched to zh-CN; read 2 pages of basics" in out
    assert out.rstrip().endswith("self-test passed: 6 checks")


def test_the_self_test_sub_command_parses_too() -> None:
    import argparse

    from kiosk.commands import self_test

    parser = argparse.ArgumentParser()
    self_test.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["self-test", "--lessons", "x"])
    assert args.func is self_test.run and args.lessons == Path("x")
    assert cli.build_parser().parse_args(["--self-test"]).run_func is self_test.run


def test_the_booth_note_says_how_the_challenge_and_rewards_are_set(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    assert selftest._booth_note(config) == "ok   booth: challenge off; rewards off"
    config.write_text('[challenge]\nmode = "on"\n[rewards]\nearn = "pass"\nstock = 40\n', encoding="utf-8")
    note = selftest._booth_note(config)
    assert note.startswith(
        "ok   booth: challenge on (8 questions); rewards for pass, cap none a day, stock 40"
    )
    assert "secret made at the first code" in note and not (tmp_path / "reward-secret.key").exists()
    (tmp_path / "reward-secret.key").write_bytes(b"x")
    assert "damaged" in selftest._booth_note(config)
    config.write_text('[rewards]\nearn = "pass"\n', encoding="utf-8")
    assert "needs the booth challenge" in selftest._booth_note(config)
