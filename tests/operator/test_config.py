"""The [operator] table: reading, saving without losing comments, lesson arrangement, and kiosk set-pin."""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path

import pytest

from kiosk.cli import build_parser
from kiosk.commands import set_pin
from kiosk.content.loader import load_pack
from kiosk.operator.config import (
    OperatorConfig,
    arrange_lessons,
    edit_toml,
    load_operator_config,
    load_operator_config_or_defaults,
    save_settings,
)
from kiosk.operator.drives import removable_mounts
from kiosk.operator.gesture import Corner, CornerSequence, corner_of
from kiosk.operator.pin import verify_pin
from kiosk.settings import SettingsError, load_settings

SAMPLE = Path(__file__).resolve().parents[1] / "content" / "data" / "sample"

HAND_WRITTEN = """# booth kiosk, day 2
idle_timeout = 90  # seconds
kiosk_name = "stand A"

[operator]
# the console goes home after this
console_idle_timeout = 120
lesson_order = [
    "wifi",
    "phishing",
]
"""


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_operator_config(tmp_path / "none.toml") == OperatorConfig()


def test_saving_changes_values_and_keeps_comments(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    save_settings(
        path,
        top={"idle_timeout": 45.0, "event_label": 'Class "7B" 周二', "language": "zh-CN"},
        operator={"lesson_order": ["phishing"], "hidden_lessons": ["wifi"], "console_idle_timeout": 60.0},
    )
    text = path.read_text(encoding="utf-8")
    assert "# booth kiosk, day 2" in text and "# the console goes home after this" in text
    settings = load_settings(path, required=True)
    assert settings.idle_timeout == 45 and settings.event_label == 'Class "7B" 周二'
    assert settings.language == "zh-CN" and settings.kiosk_name == "stand A"
    config = load_operator_config(path)
    assert config.lesson_order == ("phishing",) and config.hidden_lessons == ("wifi",)
    assert config.console_idle_timeout == 60
    # Top-level keys must land before the [operator] table, or TOML would file them under it.
    assert text.index("event_label") < text.index("[operator]")


def test_removing_a_key_and_creating_a_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "kiosk.toml"
    save_settings(path, operator={"pin_hash": "scrypt$1024$8$1$c2FsdHNhbHQ$" + "A" * 43})
    assert load_operator_config(path).has_pin
    save_settings(path, operator={"pin_hash": None})
    assert not load_operator_config(path).has_pin
    assert "pin_hash" not in path.read_text(encoding="utf-8")


def test_a_bad_operator_table_is_reported_with_the_key(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[operator]\nconsole_idle_timeout = "soon"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="console_idle_timeout"):
        load_operator_config(path)


def test_edit_toml_appends_a_table_when_missing() -> None:
    text = edit_toml("windowed = true\n", {"event_label": "x"}, {"operator": {"hidden_lessons": ["a"]}})
    assert tomllib.loads(text) == {
        "windowed": True,
        "event_label": "x",
        "operator": {"hidden_lessons": ["a"]},
    }


def test_a_value_saved_unchanged_keeps_its_line_and_a_changed_one_its_comment() -> None:
    text = (
        'event_label = "Expo # 2"   # the fair\n'
        'kiosk_name = "stand A"  # by the door\n'
        "idle_timeout = 45\n"
        "[challenge]\n"
        'lessons = ["a",   "b"]  # hand-picked\n'
        'mode = "off"   # not yet\n'
        "questions = [\n"
        "  1,  # spread over lines\n"
        "]\n"
    )
    new = edit_toml(
        text,
        {"event_label": "Expo 3", "kiosk_name": "stand A", "idle_timeout": 45.0},
        {"challenge": {"lessons": ["a", "b"], "mode": "on", "questions": 8}},
    )
    assert new.splitlines() == [
        'event_label = "Expo 3"   # the fair',  # a new value: the comment stays ("#" in a string is none)
        'kiosk_name = "stand A"  # by the door',  # the same value: the line as it was
        "idle_timeout = 45.0",  # 45 read back as an int: written as the float meant
        "[challenge]",
        'lessons = ["a",   "b"]  # hand-picked',
        'mode = "on"   # not yet',
        "questions = 8",
    ]


def test_arrange_lessons_orders_hides_and_never_empties() -> None:
    pack = load_pack(SAMPLE)
    ids = [entry.id for entry in pack.lessons]
    assert sorted(ids) == ["phishing", "wifi"]
    assert [e.id for e in arrange_lessons(pack, ["wifi"], []).lessons] == ["wifi", "phishing"]
    assert [e.id for e in arrange_lessons(pack, [], ["wifi"]).lessons] == ["phishing"]
    assert [e.id for e in arrange_lessons(pack, ["gone", "phishing"], []).lessons] == ["phishing", "wifi"]
    assert len(arrange_lessons(pack, [], ids).lessons) == 2


def test_set_pin_stores_only_a_hash(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('event_label = "Booth"\n', encoding="utf-8")
    args = build_parser().parse_args(["set-pin", "--config", str(path)])
    answers = iter(["90210", "90210"])
    assert set_pin.run(args, ask=lambda prompt: next(answers)) == 0
    text = path.read_text(encoding="utf-8")
    assert "90210" not in text
    stored = load_operator_config(path).pin_hash
    assert verify_pin("90210", stored) and not verify_pin("90211", stored)
    assert load_settings(path, required=True).event_label == "Booth"


def test_set_pin_refuses_a_mismatch_and_a_short_pin(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    args = argparse.Namespace(config=path, remove=False)
    answers = iter(["1234", "4321"])
    assert set_pin.run(args, ask=lambda prompt: next(answers)) == 1
    assert set_pin.run(args, ask=lambda prompt: "12") == 1
    assert not path.exists()


def test_corner_sequence() -> None:
    assert corner_of(5, 5, 1920, 1080) is Corner.TOP_LEFT
    assert corner_of(1915, 1075, 1920, 1080) is Corner.BOTTOM_RIGHT
    assert corner_of(960, 5, 1920, 1080) is None
    seq = CornerSequence(window_s=6)
    taps = [Corner.TOP_LEFT, Corner.TOP_RIGHT, Corner.BOTTOM_RIGHT, Corner.BOTTOM_LEFT]
    assert [seq.tap(c, t) for t, c in enumerate(taps)] == [False, False, False, True]
    # Too slow: the sequence starts over.
    assert not any(seq.tap(c, t * 3.0) for t, c in enumerate(taps))
    # A tap elsewhere in the middle breaks it.
    assert not any(seq.tap(c, 0) for c in [taps[0], taps[1], None, taps[2], taps[3]])
    # Wrong order never opens.
    assert not any(seq.tap(c, 0) for c in reversed(taps * 3))


def test_removable_mounts_lists_usb_sticks_by_platform(tmp_path: Path) -> None:
    for folder in ("media/ann/STICK", "run/media/ann/SD", "media/ann/.Trash-1000", "Volumes/USB"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "media" / "cdrom").mkdir()
    linux = removable_mounts(tmp_path, "linux", "ann")
    assert [p.name for p in linux] == ["STICK", "SD", "cdrom"]
    assert (tmp_path / "media" / "ann") not in linux
    assert [p.name for p in removable_mounts(tmp_path, "darwin", "ann")] == ["USB"]
    assert removable_mounts(tmp_path, "win32", "ann") == []


def test_which_taps_advance_the_sequence() -> None:
    seq = CornerSequence(window_s=6)
    assert seq.advances(Corner.TOP_LEFT, 0) and not seq.advances(Corner.TOP_RIGHT, 0)
    assert not seq.advances(None, 0)
    seq.tap(Corner.TOP_LEFT, 0)
    assert seq.advances(Corner.TOP_RIGHT, 1) and not seq.advances(Corner.BOTTOM_LEFT, 1)
    assert not seq.advances(Corner.TOP_RIGHT, 7)  # too late: only a fresh start counts


def test_a_damaged_operator_table_gives_the_defaults_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[operator]\nhidden_lessons = "phishing"\n', encoding="utf-8")  # a text, not a list
    with pytest.raises(SettingsError):
        load_operator_config(path)
    operator, problem = load_operator_config_or_defaults(path)
    assert operator == OperatorConfig()
    assert problem is not None and str(path) in problem and "hidden_lessons" in problem
    path.write_text('[operator]\nhidden_lessons = ["phishing"]\n', encoding="utf-8")
    assert load_operator_config_or_defaults(path) == (OperatorConfig(hidden_lessons=("phishing",)), None)


def test_the_operator_sets_the_text_size_and_contrast_every_visit_starts_with(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    assert (OperatorConfig().text_size, OperatorConfig().high_contrast) == (100, False)
    save_settings(path, operator={"text_size": 125, "high_contrast": True})
    config = load_operator_config(path)
    assert (config.text_size, config.high_contrast) == (125, True)
    for bad in ("text_size = 130", 'text_size = "large"', "high_contrast = 1", "text_size = true"):
        path.write_text(f"[operator]\n{bad}\n", encoding="utf-8")
        with pytest.raises(SettingsError, match=bad.split()[0]):
            load_operator_config(path)


def test_read_aloud_is_on_unless_the_operator_turns_it_off(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    assert load_operator_config(path).read_aloud is True
    path.write_text("[operator]\nread_aloud = false\n", encoding="utf-8")
    assert load_operator_config(path).read_aloud is False
    path.write_text('[operator]\nread_aloud = "no"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="read_aloud: must be true or false"):
        load_operator_config(path)
    path.write_text("[operator]\nconsole_idle_timeout = true\n", encoding="utf-8")  # still not a number
    with pytest.raises(SettingsError, match="console_idle_timeout"):
        load_operator_config(path)
