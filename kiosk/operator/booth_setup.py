"""Putting the booth together from the settings: the challenge plan, and the reward book with its secret.

Shared by the running kiosk (``kiosk.app``) and ``kiosk rewards``, so both count the same days, use the
same event and find the same secret. The reward book's module (kiosk.operator.rewards: with hashlib,
hmac and sqlite3 about 7 ms of the kiosk's start) is imported when the book is first opened, which is
never before the attract screen's first frame (docs/benchmarks.md).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import paths
from kiosk.content.model import LessonEntry, Pack
from kiosk.journey.challenge import ChallengePlan
from kiosk.journey.rewards import Achievement, RewardOutcome
from kiosk.operator.booth import BoothConfig, load_booth_config, parse_challenge, parse_rewards
from kiosk.settings import Settings, SettingsError, time_zone

if TYPE_CHECKING:
    from sqlite_utils import Database

    from kiosk.operator.config import TomlValue
    from kiosk.operator.rewards import RewardBook


def secret_file(config_path: Path) -> Path:
    """Where the install's reward secret lives: next to the settings file, unless that folder cannot be
    written (a read-only stick), then in the kiosk's data folder. An existing secret is used where it is."""
    from kiosk.operator.rewards import SECRET_FILE

    beside = config_path.parent / SECRET_FILE
    fallback = paths.data_dir() / SECRET_FILE
    for candidate in (beside, fallback):
        if candidate.is_file():
            return candidate
    folder = config_path.parent
    if not folder.exists() or os.access(folder, os.W_OK):
        return beside
    return fallback


def local_day(zone_name: str | None) -> Callable[[], date]:
    """Today in the kiosk's time zone (the settings' ``timezone``, else the computer's)."""
    zone = time_zone(zone_name)
    return lambda: datetime.now(zone).date() if zone else datetime.now().astimezone().date()


def reward_event(settings: Settings, config: BoothConfig) -> str:
    return config.rewards.event or settings.event_label


@dataclass(frozen=True)
class Booth:
    config: BoothConfig
    problems: tuple[str, ...]

    @property
    def plan(self) -> ChallengePlan | None:
        return self.config.challenge.plan()


def load_booth(config_path: Path, pack: Pack | None = None) -> Booth:
    """The booth's settings and their problems, for the log; with ``pack``, lessons named in
    ``[challenge] lessons`` that it does not have are among the problems."""
    config, problems = load_booth_config(config_path)
    if pack is not None:
        named = config.challenge.lessons
        unknown = unknown_lessons(named, pack)
        if unknown:
            outcome = (
                "the challenge draws from the others" if len(unknown) < len(named) else "it has no question"
            )
            problems.append(
                f"{config_path}: challenge.lessons names lessons the lesson pack {pack.root} does not have: "
                f"{', '.join(unknown)} ({outcome}; choose its lessons on the console's Booth set-up page)"
            )
    return Booth(config, tuple(problems))


# -- the lessons the challenge draws from, as the console lists them ----------------------------------


@dataclass(frozen=True)
class LessonChoice:
    """A lesson the console's booth page lists for the challenge to draw from."""

    lesson_id: str
    title: str  # in the console's language; the id itself for a lesson the pack does not have
    #: "ok"; "hidden" (visitors do not see it), "no_quiz" or "unknown" (not in the pack): gives no question
    state: str = "ok"

    @property
    def drawable(self) -> bool:
        return self.state == "ok"


def has_quiz(entry: LessonEntry) -> bool:
    return any(meta.quiz_path is not None for meta in entry.versions.values())


def unknown_lessons(lesson_ids: Sequence[str], pack: Pack) -> tuple[str, ...]:
    """The ids of ``lesson_ids`` that ``pack`` has no lesson for."""
    return tuple(lesson_id for lesson_id in lesson_ids if pack.lesson(lesson_id) is None)


def challenge_choices(
    full_pack: Pack, shown: Sequence[str], chosen: Sequence[str], language: str
) -> tuple[LessonChoice, ...]:
    """Every lesson with a quiz, in the order visitors see them (``shown``), then the hidden ones; a
    lesson without a quiz only if ``chosen`` names it; then the ``chosen`` ids the pack does not have,
    so nothing the settings file names is dropped unseen."""
    seen = set(shown)
    entries = [entry for entry in map(full_pack.lesson, shown) if entry is not None]
    entries += [entry for entry in full_pack.lessons if entry.id not in seen]
    choices = []
    for entry in entries:
        state = "ok" if entry.id in seen else "hidden"
        if not has_quiz(entry):
            if entry.id not in chosen:
                continue
            state = "no_quiz"
        choices.append(LessonChoice(entry.id, entry.meta(language).title, state))
    choices += [
        LessonChoice(lesson_id, lesson_id, "unknown") for lesson_id in unknown_lessons(chosen, full_pack)
    ]
    return tuple(choices)


def open_reward_book(
    settings: Settings, config_path: Path, config: BoothConfig, database: Callable[[], Database | None]
) -> RewardBook:
    """The reward book over ``database``; makes the install's secret on first use (OSError if it cannot)."""
    from kiosk.operator.rewards import RewardBook, load_or_make_secret

    secret = load_or_make_secret(secret_file(config_path))
    return RewardBook(
        database, secret, config.rewards, reward_event(settings, config), today=local_day(settings.timezone)
    )


def booth_values(config: BoothConfig) -> dict[str, dict[str, TomlValue]]:
    """The ``[challenge]`` and ``[rewards]`` keys the console sets."""
    challenge, rules = config.challenge, config.rewards
    return {
        "challenge": {
            "mode": challenge.mode,
            "questions": challenge.questions,
            "pass_mark": challenge.pass_mark,
            "lessons": list(challenge.lessons),
        },
        "rewards": {
            "earn": rules.earn,
            "daily_cap": rules.daily_cap,
            "stock": rules.stock,
            "chance": rules.chance,
            "valid_days": rules.valid_days,
            "event": rules.event,
        },
    }


def save_booth_config(path: Path, config: BoothConfig) -> None:
    """Write ``config``'s challenge and reward settings into the settings file, keeping every other line
    and comment; SettingsError (and the old file kept) if they would not read back as ``config``."""

    def check(text: str) -> None:
        data = tomllib.loads(text)
        if parse_challenge(data, path) != config.challenge or parse_rewards(data, path) != config.rewards:
            raise SettingsError(f"{path}: the booth settings would not read back as set; not saved")

    from kiosk.operator.config import save_settings  # the console's, not the start's

    save_settings(path, tables=booth_values(config), check=check)


class RewardAccess:
    """The reward book, opened at first need (the install's secret is made then, not at every start).

    It is the journey's reward desk while rewards are on, and the console's way to the book whether
    they are on or not (codes given earlier can be redeemed after the operator turns rewards off).
    """

    def __init__(
        self,
        settings: Settings,
        config_path: Path,
        config: BoothConfig,
        database: Callable[[], Database | None],
    ) -> None:
        self.settings, self.config_path, self.config = settings, config_path, config
        self._database = database
        self._book: RewardBook | None = None

    @property
    def on(self) -> bool:
        return self.config.rewards.on

    def reconfigure(self, config: BoothConfig, event_label: str | None = None) -> None:
        """New rules (the console saved them), and the kiosk's event label if it changed: the book
        is opened again at its next use, with the new rules and event."""
        self.config = config
        if event_label is not None and event_label != self.settings.event_label:
            self.settings = replace(self.settings, event_label=event_label)
        self._book = None

    def book(self) -> RewardBook:
        """The book (OSError when the secret cannot be read or made)."""
        if self._book is None:
            self._book = open_reward_book(self.settings, self.config_path, self.config, self._database)
        return self._book

    def claim(self, achievement: Achievement) -> RewardOutcome | None:
        if not self.on:
            return None
        return self.book().claim(achievement)
