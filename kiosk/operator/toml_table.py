"""Reading one table of the kiosk's TOML file (``[operator]``, ``[printer]``, ``[challenge]``, ...).

Each key goes through a check of what it may hold; an unknown key is answered with the nearest known
one; every message names the file, the line and ``table.key``, because the reader is a teacher or a
booth operator with a text editor. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kiosk.settings import SettingsError, seconds_problem, unknown_key_hint

#: a key's check: the value as TOML gave it in, the value the kiosk keeps out; a ValueError says what
#: the value must be ("must be a whole number from 1 to 50, not 0")
Check = Callable[[Any], Any]

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def header_name(line: str) -> str | None:
    """The table a header line names (``[name]``, ``[[name]]``, ``["name"]``), or None for another line."""
    header = _HEADER.match(line)
    return header.group(1).strip().strip("\"'") if header else None


def key_pattern(key: str) -> re.Pattern[str]:
    """A line that sets ``key`` (bare or quoted)."""
    return re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")


def read_table(
    data: Mapping[str, Any], name: str, keys: Mapping[str, Check], path: Path, text: str = ""
) -> dict[str, Any]:
    """The checked values of the keys that table ``name`` of the parsed file ``data`` sets (a missing
    table sets none). ``text``, the file's text, lets messages give the line.

    Raises SettingsError naming every problem in the table, so one round of editing fixes them all.
    """
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: {name}: must be a table ([{name}])")
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in table.items():
        check = keys.get(key)
        try:
            if check is None:
                raise ValueError(f"unknown key{unknown_key_hint(key, list(keys))}")
            values[key] = check(value)
        except ValueError as exc:
            line = line_of(text, name, key)
            problems.append(f"{path}:{line}: {name}.{key}: {exc}" if line else f"{path}: {name}.{key}: {exc}")
    if problems:
        raise SettingsError("; ".join(problems))
    return values


def line_of(text: str, table: str, key: str) -> int:
    """The line (from 1) setting ``key`` under the header ``[table]``, or 0 where none does."""
    section: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        name = header_name(line)
        if name is not None:
            section = name
        elif section == table and key_pattern(key).match(line):
            return number
    return 0


# -- checks ------------------------------------------------------------------------------------------------


def string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be a text in quotes, not {value!r}")
    return value


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def whole(low: int, high: int) -> Check:
    """A whole number from ``low`` to ``high`` (``true`` is not one, though Python counts it as 1)."""

    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"must be a whole number from {low} to {high}, not {value!r}")
        return value

    return check


def one_of(*allowed: str) -> Check:
    def check(value: Any) -> str:
        if value not in allowed:
            words = ", ".join(f'"{a}"' for a in allowed)
            raise ValueError(f"must be one of {words}, not {value!r}")
        return str(value)

    return check


def strings(what: str) -> Check:
    """A list of texts, kept as a tuple; ``what`` names them in the message ("lesson ids")."""

    def check(value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"must be a list of {what} in quotes, not {value!r}")
        return tuple(value)

    return check


def seconds(key: str) -> Check:
    """A number of seconds in the range ``kiosk.settings.SECONDS_RANGE`` gives ``key``, as a float."""

    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"must be a number of seconds, not {value!r}")
        problem = seconds_problem(key, value)
        if problem:
            raise ValueError(problem)
        return float(value)

    return check
