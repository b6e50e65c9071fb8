"""One reader for the settings file's tables: checked keys, did-you-mean hints, file:line: table.key."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.operator.booth import ChallengeConfig, RewardRules, load_booth_config
from kiosk.operator.toml_table import boolean, line_of, read_table, seconds, string, strings, whole
from kiosk.settings import SettingsError

PATH = Path("kiosk.toml")
KEYS = {"name": string, "on": boolean, "count": whole(1, 9), "ids": strings("lesson ids")}


def read(source: str) -> dict:
    return read_table(tomllib.loads(source), "demo", KEYS, PATH, source)


def problem(source: str) -> str:
    with pytest.raises(SettingsError) as caught:
        read(source)
    return str(caught.value)


def test_the_checked_values_of_the_keys_set_and_nothing_for_a_missing_table() -> None:
    assert read('[demo]\nname = "A"\non = true\ncount = 3\nids = ["x", "y"]\n') == {
        "name": "A",
        "on": True,
        "count": 3,
        "ids": ("x", "y"),
    }
    assert read('top = 1\n[other]\nname = "b"\n') == {}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("[demo]\ncoutn = 3\n", "kiosk.toml:2: demo.coutn: unknown key (did you mean 'count'?)"),
        ("[demo]\nzzz = 3\n", "kiosk.toml:2: demo.zzz: unknown key; known keys: name, on, count, ids"),
        ('[demo]\n\non = "yes"\n', "kiosk.toml:3: demo.on: must be true or false, not 'yes'"),
        ("[demo]\ncount = true\n", "kiosk.toml:2: demo.count: must be a whole number from 1 to 9, not True"),
        ("[demo]\nids = [1]\n", "kiosk.toml:2: demo.ids: must be a list of lesson ids in quotes, not [1]"),
        ("[demo]\nname = 1\n", "kiosk.toml:2: demo.name: must be a text in quotes, not 1"),
        ('demo = "x"\n', "kiosk.toml: demo: must be a table ([demo])"),
    ],
)
def test_a_problem_names_the_file_line_and_key_and_what_to_write(source: str, message: str) -> None:
    assert problem(source) == message


def test_every_problem_of_the_table_is_named_at_once() -> None:
    found = problem("[demo]\ncount = 0\non = 1\n")
    assert found == (
        "kiosk.toml:2: demo.count: must be a whole number from 1 to 9, not 0; "
        "kiosk.toml:3: demo.on: must be true or false, not 1"
    )


def test_the_line_is_the_one_in_the_named_table_and_left_out_when_it_cannot_be_told() -> None:
    source = '[other]\ncount = 1\n\n[demo] # the demo\n"count" = 0\n'
    assert line_of(source, "demo", "count") == 5
    assert problem(source).startswith("kiosk.toml:5: demo.count:")
    dotted = "demo.count = 0\n"  # a dotted key outside any [demo] header: no line to point at
    with pytest.raises(SettingsError, match=r"^kiosk.toml: demo.count: must be"):
        read_table(tomllib.loads(dotted), "demo", KEYS, PATH, dotted)


def test_seconds_are_a_float_in_the_settings_range() -> None:
    check = seconds("console_idle_timeout")
    assert check(120) == 120.0 and isinstance(check(120), float)
    for bad, words in ((True, "a number of seconds, not True"), (-1, "negative"), (1e10, "at most")):
        with pytest.raises(ValueError, match=words):
            check(bad)


def test_the_booth_tables_are_read_and_a_bad_one_stays_off_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[challenge]\nmode = "only"\nlessons = ["wifi"]\n\n'
        '[rewards]\nearn = "pass"\nchance = 50.0\nevent = " Expo "\n',
        encoding="utf-8",
    )
    config, problems = load_booth_config(path)
    assert config.challenge == ChallengeConfig(mode="only", lessons=("wifi",))
    assert config.rewards == RewardRules(earn="pass", chance=50, event="Expo")
    assert problems == []
    path.write_text('[challenge]\nmode = "yes"\n\n[rewards]\nern = "pass"\n', encoding="utf-8")
    config, problems = load_booth_config(path)
    assert config.challenge == ChallengeConfig() and config.rewards == RewardRules()
    assert problems == [
        f'{path}:2: challenge.mode: must be one of "off", "on", "only", not \'yes\' (the booth challenge is off)',
        f"{path}:5: rewards.ern: unknown key (did you mean 'earn'?) (rewards are off)",
    ]


def test_the_operator_table_gets_the_same_messages(tmp_path: Path) -> None:
    from kiosk.operator.config import parse_operator_config

    with pytest.raises(SettingsError) as caught:
        parse_operator_config('kiosk_name = "A"\n[operator]\nhiden_lessons = ["wifi"]\n', PATH)
    assert (
        str(caught.value)
        == "kiosk.toml:3: operator.hiden_lessons: unknown key (did you mean 'hidden_lessons'?)"
    )
    with pytest.raises(SettingsError, match=r"^kiosk.toml:2:\d+: not valid TOML: "):
        parse_operator_config("[operator]\npin_hash = \n", PATH)


def test_an_unreadable_file_is_one_message_for_every_table(tmp_path: Path) -> None:
    from kiosk.operator.config import load_operator_config
    from kiosk.operator.printing import PrinterConfig, load_printer_config

    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"kiosk_name = '\xff\xfe'\n")
    with pytest.raises(SettingsError, match="kiosk.toml: cannot read the settings file"):
        load_operator_config(path)
    config, problem = load_printer_config(path)
    assert config == PrinterConfig()
    assert (
        problem is not None
        and "cannot read the settings file" in problem
        and problem.endswith("printer is off")
    )
