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
from kiosk.operator.toml_table import Check, one_of, read_table, string, strings, whole
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


def _percent(value: object) -> int:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)  # 50.0 is 50
    return whole(1, 100)(value)


_CHALLENGE_KEYS: dict[str, Check] = {
    "mode": one_of(*CHALLENGE_MODES),
    "questions": whole(1, MAX_CHALLENGE_QUESTIONS),
    "lessons": strings("lesson ids"),
    "pass_mark": whole(1, 100),
}
_REWARD_KEYS: dict[str, Check] = {
    "earn": one_of(*EARN_RULES),
    "daily_cap": whole(0, 100_000),
    "stock": whole(0, 1_000_000),
    "chance": _percent,
    "valid_days": whole(0, 3650),
    "event": lambda value: string(value).strip(),
}


def parse_challenge(data: dict, path: Path, source: str = "") -> ChallengeConfig:
    """The ``[challenge]`` table of the parsed file ``data`` (``source``: its text, for line numbers)."""
    return ChallengeConfig(**read_table(data, "challenge", _CHALLENGE_KEYS, path, source))


def parse_rewards(data: dict, path: Path, source: str = "") -> RewardRules:
    """The ``[rewards]`` table of the parsed file ``data`` (``source``: its text, for line numbers)."""
    return RewardRules(**read_table(data, "rewards", _REWARD_KEYS, path, source))


def load_booth_config(path: Path) -> tuple[BoothConfig, list[str]]:
    """The challenge and reward settings of ``path``; a table that cannot be used stays off, and its
    problem is in the list returned (for the log)."""
    try:
        source = path.read_text(encoding="utf-8-sig")
        data = tomllib.loads(source)
    except FileNotFoundError:
        return BoothConfig(), []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return BoothConfig(), [f"{path}: cannot read the settings file: {exc}"]
    problems: list[str] = []
    try:
        challenge = parse_challenge(data, path, source)
    except SettingsError as exc:
        challenge = ChallengeConfig()
        problems.append(f"{exc} (the booth challenge is off)")
    try:
        rewards = parse_rewards(data, path, source)
    except SettingsError as exc:
        rewards = RewardRules()
        problems.append(f"{exc} (rewards are off)")
    if rewards.earn in ("full_marks", "pass") and challenge.mode == "off":
        problems.append(
            f"{path}: rewards.earn = {rewards.earn!r} needs the booth challenge, but challenge.mode is"
            ' "off": no reward can be earned'
        )
    return BoothConfig(challenge, rewards), problems
