"""Typed kiosk settings: defaults, then a TOML file, then the command line, in that order of strength.

A bad file stops the kiosk with one clear line naming the file, the line and the key, because the
person reading it is a teacher or booth operator with a text editor, not a developer. No Qt here.
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class SettingsError(Exception):
    """A settings file that cannot be used; the message names the file, line and key."""


@dataclass(frozen=True)
class Settings:
    lessons: Path | None = None  # None: the bundled course (kiosk.paths.default_lessons_dir)
    idle_timeout: float = 90.0  # seconds without a touch before "Still there?"; 0 turns the idle reset off
    idle_countdown: int = 10  # seconds the "Still there?" countdown runs
    language: str | None = None  # the kiosk's default language; None: the pack's default
    kiosk_name: str = ""
    event_label: str = ""
    database: Path | None = None  # None: kiosk.paths.default_database()
    windowed: bool = False
    hide_cursor: bool = False
    timezone: str | None = (
        None  # IANA name ("Asia/Shanghai") for days and hours in reports; None: the system's
    )
    attract_loop: bool = True  # the start screen cycles tips and lesson teasers, with a gentle pulse
    attract_seconds: float = 8.0  # how long each slide of the attract loop shows
    source: Path | None = None  # the file these came from, for messages

    def with_overrides(self, **overrides: Any) -> Settings:
        """The command line's options, where given (None means "not given"), win over the file."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


_PATH_KEYS = {"lessons", "database"}
_KEY_TYPES: dict[str, tuple[type, ...]] = {
    "lessons": (str,),
    "idle_timeout": (int, float),
    "idle_countdown": (int,),
    "language": (str,),
    "kiosk_name": (str,),
    "event_label": (str,),
    "database": (str,),
    "windowed": (bool,),
    "hide_cursor": (bool,),
    "timezone": (str,),
    "attract_loop": (bool,),
    "attract_seconds": (int, float),
}
_TYPE_WORDS = {str: "a text in quotes", int: "a whole number", float: "a number", bool: "true or false"}
_KNOWN = [f.name for f in fields(Settings) if f.name != "source"]
#: the range each number setting may take, in seconds: QTimer counts milliseconds in 32 bits (24 days),
#: and no booth waits more than a day for a visitor
SECONDS_RANGE: dict[str, tuple[float, float]] = {
    "idle_timeout": (0, 86_400),
    "idle_countdown": (1, 600),
    "console_idle_timeout": (0, 86_400),
    "attract_seconds": (2, 600),
}
_ZERO_MEANS = {"idle_timeout": "0 turns the idle reset off", "console_idle_timeout": "0 keeps it open"}


def seconds_problem(key: str, value: float) -> str | None:
    """Why ``value`` cannot be the number of seconds ``key`` holds (``inf``, ``nan``, ``1e10``...), or None."""
    low, high = SECONDS_RANGE[key]
    if not math.isfinite(value):
        return f"must be a number of seconds from {low:g} to {high:g}, not {value!r}"
    if value < 0:
        return f"must not be negative ({_ZERO_MEANS.get(key, 'at least 1 second')})"
    if value < low:
        return f"must be at least {low:g} second{'s' if low != 1 else ''}"
    if value > high:
        return f"must be at most {high:g} seconds (a day), not {value:g}"
    return None


# Tables that later parts of the kiosk read (the operator console): not ours to check, so let them be.
_FOREIGN_TABLES = {
    "operator",
    "results",
    "printer",
    "challenge",
    "rewards",
}  # the last two: operator/booth.py


def time_zone(name: str | None) -> ZoneInfo | None:
    """The zone an IANA name names, or None (the system's local zone) for no name; ValueError if unknown."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {name!r}: use an IANA name such as 'Asia/Shanghai', 'Europe/London' or 'UTC'"
        ) from None


def unknown_key_hint(key: str, known: Sequence[str]) -> str:
    """What follows "unknown key" in a message: the known key nearest to ``key``, or all of them."""
    close = difflib.get_close_matches(key, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else f"; known keys: {', '.join(known)}"


def _line_of(text: str, key: str) -> int:
    pattern = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def _fail(path: Path, line: int, key: str, message: str) -> SettingsError:
    where = f"{path}:{line}" if line else str(path)
    return SettingsError(f"{where}: {key}: {message}")


def load_settings(path: Path, *, required: bool) -> Settings:
    """Read ``path``; a missing file gives the defaults unless it was named on the command line."""
    text = settings_text(path)
    if text is None:
        if required:
            raise SettingsError(f"{path}: no such settings file")
        return Settings()
    return parse_settings(text, path)


def settings_text(path: Path) -> str | None:
    """The text of the settings file ``path``, or None when there is none; SettingsError if it cannot be read."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot read the settings file: {exc}") from None


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """The settings file's text as TOML; SettingsError, leading with the file, line and column, if it is not."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib puts "(at line L, column C)" at the end of its message; lead with the position instead.
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        where = f"{path}:{match.group(1)}:{match.group(2)}" if match else str(path)
        raise SettingsError(f"{where}: not valid TOML: {reason}") from None


def parse_settings(text: str, path: Path) -> Settings:
    data = parse_toml(text, path)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in _FOREIGN_TABLES and isinstance(value, dict):
            continue
        line = _line_of(text, key)
        if key not in _KEY_TYPES:
            raise _fail(path, line, key, f"unknown key{unknown_key_hint(key, _KNOWN)}")
        types = _KEY_TYPES[key]
        # bool is an int in Python; a number key given `true` is still a mistake.
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise _fail(path, line, key, f"must be {_TYPE_WORDS[types[-1]]}, not {value!r}")
        problem = seconds_problem(key, value) if key in SECONDS_RANGE else None
        if problem:
            raise _fail(path, line, key, problem)
        if key == "timezone":
            try:
                time_zone(value)
            except ValueError as exc:
                raise _fail(path, line, key, str(exc)) from None
        if key in _PATH_KEYS:
            value = (path.parent / Path(value).expanduser()).resolve()
        values[key] = float(value) if key in ("idle_timeout", "attract_seconds") else value
    return Settings(source=path, **values)
