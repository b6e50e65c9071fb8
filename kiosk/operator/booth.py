"""The booth's settings: the ``[challenge]`` and ``[rewards]`` tables of the kiosk's TOML file (no Qt).

Both are off unless the operator turns them on. A damaged table is reported with the file and key and
leaves that feature off, so a typo in the rewards never keeps the lessons from a visitor.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.journey.challenge import DEFAULT_QUESTIONS, ChallengePlan
from kiosk.settings import SettingsError

CHALLENGE_MODES = ("off", "on", "only")
#: what earns a reward: a challenge with every answer right, a passed challenge, any finished quiz
EARN_RULES = ("off", "full_marks", "pass", "lesson")
MAX_CHALLENGE_QUESTIONS = 50


@dataclass(frozen=True)
class ChallengeConfig:
    mode: str = "off"  # off / on (a button on the start screen and the lessons) / only
    questions: int = DEFAULT_QUESTIONS
    lessons: tuple[str, ...] = ()  # the lessons to draw from; empty: every lesson visitors see
    pass_mark: int = 75

    def plan(self) -> ChallengePlan | None:
        if self.mode == "off":
            return None
        return ChallengePlan(self.questions, self.lessons, self.pass_mark, only=self.mode == "only")


@dataclass(frozen=True)
class RewardRules:
    earn: str = "off"  # one of EARN_RULES
    daily_cap: int = 0  # codes a day at most; 0: no cap
    stock: int = 0  # gifts for the event; 0: no limit (the code space still holds 32,767)
    chance: int = 100  # percent: an earned reward is a draw with this chance of winning
    valid_days: int = 0  # a code can be redeemed this many days from the day it was issued; 0: all event
    event: str = ""  # what codes are valid for; "" : the kiosk's event label

    @property
    def on(self) -> bool:
        return self.earn != "off"


@dataclass(frozen=True)
class BoothConfig:
    challenge: ChallengeConfig = field(default_factory=ChallengeConfig)
    rewards: RewardRules = field(default_factory=RewardRules)


def _whole(path: Path, key: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SettingsError(f"{path}: {key}: must be a whole number from {low} to {high}, not {value!r}")
    return value


def _one_of(path: Path, key: str, value: object, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        words = ", ".join(f'"{a}"' for a in allowed)
        raise SettingsError(f"{path}: {key}: must be one of {words}, not {value!r}")
    return str(value)


def _table(data: dict, name: str, known: tuple[str, ...], path: Path) -> dict:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: {name}: must be a table ([{name}])")
    for key in table:
        if key not in known:
            raise SettingsError(f"{path}: {name}.{key}: unknown key; known keys: {', '.join(known)}")
    return table


def parse_challenge(data: dict, path: Path) -> ChallengeConfig:
    known = ("mode", "questions", "lessons", "pass_mark")
    table = _table(data, "challenge", known, path)
    values: dict[str, object] = {}
    if "mode" in table:
        values["mode"] = _one_of(path, "challenge.mode", table["mode"], CHALLENGE_MODES)
    if "questions" in table:
        values["questions"] = _whole(
            path, "challenge.questions", table["questions"], 1, MAX_CHALLENGE_QUESTIONS
        )
    if "pass_mark" in table:
        values["pass_mark"] = _whole(path, "challenge.pass_mark", table["pass_mark"], 1, 100)
    if "lessons" in table:
        lessons = table["lessons"]
        if not isinstance(lessons, list) or not all(isinstance(item, str) for item in lessons):
            raise SettingsError(f"{path}: challenge.lessons: must be a list of lesson ids in quotes")
        values["lessons"] = tuple(lessons)
    return ChallengeConfig(**values)  # type: ignore[arg-type]


def parse_rewards(data: dict, path: Path) -> RewardRules:
    known = ("earn", "daily_cap", "stock", "chance", "valid_days", "event")
    table = _table(data, "rewards", known, path)
    values: dict[str, object] = {}
    if "earn" in table:
        values["earn"] = _one_of(path, "rewards.earn", table["earn"], EARN_RULES)
    for key, high in (("daily_cap", 100_000), ("stock", 1_000_000), ("valid_days", 3650)):
        if key in table:
            values[key] = _whole(path, f"rewards.{key}", table[key], 0, high)
    if "chance" in table:
        chance = table["chance"]
        if isinstance(chance, float) and math.isfinite(chance) and chance.is_integer():
            chance = int(chance)
        values["chance"] = _whole(path, "rewards.chance", chance, 1, 100)
    if "event" in table:
        if not isinstance(table["event"], str):
            raise SettingsError(f"{path}: rewards.event: must be a text in quotes")
        values["event"] = table["event"].strip()
    return RewardRules(**values)  # type: ignore[arg-type]


def load_booth_config(path: Path) -> tuple[BoothConfig, list[str]]:
    """The challenge and reward settings of ``path``; a table that cannot be used stays off, and its
    problem is in the list returned (for the log)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return BoothConfig(), []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return BoothConfig(), [f"{path}: cannot read the settings file: {exc}"]
    problems: list[str] = []
    try:
        challenge = parse_challenge(data, path)
    except SettingsError as exc:
        challenge = ChallengeConfig()
        problems.append(f"{exc} (the booth challenge is off)")
    try:
        rewards = parse_rewards(data, path)
    except SettingsError as exc:
        rewards = RewardRules()
        problems.append(f"{exc} (rewards are off)")
    if rewards.earn in ("full_marks", "pass") and challenge.mode == "off":
        problems.append(
            f"{path}: rewards.earn = {rewards.earn!r} needs the booth challenge, but challenge.mode is"
            ' "off": no reward can be earned'
        )
    return BoothConfig(challenge, rewards), problems
