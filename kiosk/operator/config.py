"""The operator's settings in the kiosk's TOML file: reading the ``[operator]`` table, and saving changes.

Saving edits the file line by line instead of rewriting it, so a teacher's comments and layout survive;
the result is parsed again before it replaces the old file, and the replacement is atomic.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.content.model import Pack
from kiosk.operator.toml_table import (
    Check,
    boolean,
    header_name,
    key_pattern,
    read_table,
    seconds,
    string,
    strings,
)
from kiosk.settings import SettingsError, parse_settings, parse_toml, settings_text

TABLE = "operator"
#: minutes of quiet before the console goes back to the visitor screens
DEFAULT_CONSOLE_IDLE_S = 180.0

TomlValue = str | int | float | bool | Sequence[str] | None


@dataclass(frozen=True)
class OperatorConfig:
    pin_hash: str = ""  # "" means no PIN has been set yet
    console_idle_timeout: float = DEFAULT_CONSOLE_IDLE_S  # seconds; 0 keeps the console open
    lesson_order: tuple[str, ...] = ()  # lesson ids first in this order; the rest follow in pack order
    hidden_lessons: tuple[str, ...] = ()  # lesson ids visitors do not see
    #: what every visit starts with (issue 22; a visitor changes it on the accessibility panel)
    text_size: int = 100  # percent: one of TEXT_SIZES
    high_contrast: bool = False
    #: read-aloud buttons on lesson pages and questions (where the system has a voice for the language)
    read_aloud: bool = True

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_hash)


#: the text sizes a visit can start with, in percent (the steps of the accessibility panel)
TEXT_SIZES = (100, 125, 150)


def _text_size(value: object) -> int:
    """One of TEXT_SIZES, a whole number (``true`` is not one, though Python counts it as 1)."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in TEXT_SIZES:
        raise ValueError(f"must be 100, 125 or 150 (percent), not {value!r}")
    return value


_KEYS: dict[str, Check] = {
    "pin_hash": string,
    "console_idle_timeout": seconds("console_idle_timeout"),
    "lesson_order": strings("lesson ids"),
    "hidden_lessons": strings("lesson ids"),
    "text_size": _text_size,
    "high_contrast": boolean,
    "read_aloud": boolean,
}


def load_operator_config(path: Path) -> OperatorConfig:
    """The ``[operator]`` table of ``path``; defaults for a missing file or table."""
    text = settings_text(path)
    return OperatorConfig() if text is None else parse_operator_config(text, path)


def load_operator_config_or_defaults(path: Path) -> tuple[OperatorConfig, str | None]:
    """Like ``load_operator_config``, but a damaged ``[operator]`` table gives the defaults and its
    message (for the log): it must not keep the kiosk from starting."""
    try:
        return load_operator_config(path), None
    except SettingsError as exc:
        return OperatorConfig(), str(exc)


def parse_operator_config(text: str, path: Path) -> OperatorConfig:
    return OperatorConfig(**read_table(parse_toml(text, path), TABLE, _KEYS, path, text))


def arrange_lessons(pack: Pack, order: Sequence[str], hidden: Sequence[str]) -> Pack:
    """The pack as visitors see it: ``order`` first, the rest in pack order, ``hidden`` left out.

    Lessons added to the pack later are shown (at the end) until the operator hides them. If the choice
    would leave nothing to show, the whole pack is shown rather than an empty kiosk.
    """
    position = {lesson_id: i for i, lesson_id in enumerate(order)}
    ranked = sorted(
        enumerate(pack.lessons), key=lambda item: (position.get(item[1].id, len(position)), item[0])
    )
    shown = tuple(entry for _, entry in ranked if entry.id not in set(hidden))
    if not shown:
        shown = pack.lessons
    return replace(pack, lessons=shown)


# -- saving ----------------------------------------------------------------------------------------------


def toml_value(value: TomlValue) -> str:
    """``value`` written as TOML (JSON's string escapes are valid in TOML basic strings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        raise ValueError("None is not a TOML value")

    return "[" + ", ".join(json.dumps(str(item), ensure_ascii=False) for item in value) + "]"


def _value_end(lines: list[str], start: int) -> int:
    """Index after the last line of the value that starts on ``lines[start]`` (arrays may span lines)."""
    depth = 0
    i = start
    while i < len(lines):
        code = re.sub(r'"(?:\\.|[^"\\])*"|\'[^\']*\'', "", lines[i]).split("#", 1)[0]
        depth += code.count("[") - code.count("]")
        i += 1
        if depth <= 0:
            break
    return i


#: a TOML string on one line, quoted either way (what a ``#`` inside of is not a comment)
_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'[^\']*\'')


def _set_key(old: list[str], key: str, value: TomlValue) -> list[str]:
    """The lines setting ``key`` to ``value``, in place of ``old``: ``old`` itself when it sets that
    value already (a hand-written comment or layout stays), else ``key = value`` followed by the
    comment that ended the old line, if the old value was on one line."""
    try:
        current = tomllib.loads("\n".join(old)).get(key)
    except tomllib.TOMLDecodeError:
        current = None
    meant = list(value) if isinstance(value, tuple | list) else value
    if current == meant and type(current) is type(meant):  # 45 is not 45.0, nor 1 True
        return old
    line = f"{key} = {toml_value(value)}"
    if len(old) == 1:
        masked = _STRING.sub(lambda match: "_" * len(match.group()), old[0])
        if "#" in masked:
            at = masked.index("#")
            line += old[0][len(old[0][:at].rstrip()) :]  # the spaces before the comment, and the comment
    return [line]


def edit_toml(text: str, top: Mapping[str, TomlValue], tables: Mapping[str, Mapping[str, TomlValue]]) -> str:
    """``text`` with the given keys set (or removed, for None), leaving every other line as it was."""
    lines = text.splitlines()
    wanted: dict[str | None, dict[str, TomlValue]] = {None: dict(top)}
    for name, keys in tables.items():
        wanted[name] = dict(keys)
    out: list[str] = []
    section: str | None = None
    done: set[tuple[str | None, str]] = set()
    section_end: dict[str | None, int] = {None: 0}
    i = 0
    while i < len(lines):
        line = lines[i]
        name = header_name(line)
        if name is not None:
            section = name
            out.append(line)
            section_end[section] = len(out)
            i += 1
            continue
        replaced = False
        for key, value in wanted.get(section, {}).items():
            if key_pattern(key).match(line):
                end = _value_end(lines, i)
                if value is not None:
                    out += _set_key(lines[i:end], key, value)
                done.add((section, key))
                i = end
                replaced = True
                break
        if not replaced:
            out.append(line)
            i += 1
        if line.strip() and not line.lstrip().startswith("#"):
            section_end[section] = len(out)
    # Keys not found: top-level ones go before the first table, table keys at the end of their table.
    inserts: list[tuple[int, list[str]]] = []
    appended: list[str] = []
    for section_name, keys in wanted.items():
        new = [
            f"{k} = {toml_value(v)}"
            for k, v in keys.items()
            if v is not None and (section_name, k) not in done
        ]
        if not new:
            continue
        if section_name in section_end:
            inserts.append((section_end[section_name], new))
        else:
            appended += ["", f"[{section_name}]", *new]
    for at, new in sorted(inserts, key=lambda item: item[0], reverse=True):
        out[at:at] = new
    return "\n".join(out + appended).lstrip("\n") + "\n"


def save_settings(
    path: Path,
    top: Mapping[str, TomlValue] | None = None,
    operator: Mapping[str, TomlValue] | None = None,
    *,
    tables: Mapping[str, Mapping[str, TomlValue]] | None = None,
    check: Callable[[str], None] | None = None,
) -> None:
    """Set keys in the settings file (creating it if needed), atomically; raise SettingsError if it fails.

    ``tables`` sets keys of other tables (``{"rewards": {"stock": 300}}``); ``check`` is given the new
    text and raises SettingsError if it does not read back as meant (the old file then stays).
    """

    old = settings_text(path)
    if old is None:
        old = "# Cyber Kiosk settings. The operator console writes here too; comments are kept.\n"
    edits = dict(tables or {})
    if operator:
        edits[TABLE] = operator
    new = edit_toml(old, top or {}, edits)
    # Whatever was written must read back as the values meant, or the old file stays.
    parse_settings(new, path)
    parse_operator_config(new, path)

    data = tomllib.loads(new)
    for key, value in (top or {}).items():
        _same(path, key, data.get(key), value)
    for name, keys in edits.items():
        for key, value in keys.items():
            _same(path, f"{name}.{key}", data.get(name, {}).get(key), value)
    if check is not None:
        check(new)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)

        fd, tmp = tempfile.mkstemp(prefix=".kiosk-", suffix=".toml", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(new)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
        raise SettingsError(f"{path}: cannot save the settings: {exc}") from None


def _same(path: Path, key: str, read: object, meant: TomlValue) -> None:
    if isinstance(meant, tuple | list):
        meant = list(meant)
    if read != meant:
        raise SettingsError(f"{path}: {key}: the settings file would not keep the new value; not saved")
