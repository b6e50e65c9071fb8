"""YAML front matter between ``---`` lines: split it off, parse it safely, and check its keys.

Only ``yaml.safe_load`` semantics are used (the C loader when present, for speed). Anchors and aliases
are refused outright: lesson metadata never needs them, and they are how "billion laughs" documents
blow up whoever walks the result.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kiosk.content.diagnostics import ContentError, Diagnostic, error, warning


@cache
def _yaml() -> tuple[Any, Any]:
    """PyYAML and its safe loader (the C one when present, for speed), imported on first use.

    Importing PyYAML costs more than reading a whole catalogue; the kiosk starts from a catalogue
    snapshot (kiosk.content.snapshot) when it can, and then needs no YAML before the first lesson.
    """

    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)


MAX_FRONT_MATTER_LINES = 400


@dataclass(frozen=True)
class FrontMatter:
    data: dict[str, Any]
    body: str
    body_line: int  # 1-based line of the file where the body starts
    lines: dict[str, int]  # key -> line of the file (for diagnostics)


def split(text: str, path: Path, *, required: bool) -> FrontMatter:
    """Split ``text`` into front matter and body. Raises ContentError when the front matter is broken."""
    if not text.startswith("---") or text[3:4] not in ("\n", ""):
        if required:
            raise ContentError(
                error(path, 1, "the file must start with front matter: a line '---', 'title: ...', '---'")
            )
        return FrontMatter({}, text, 1, {})
    lines = text.split("\n")
    end = None
    for i in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[i].rstrip() in ("---", "..."):
            end = i
            break
    if end is None:
        raise ContentError(error(path, 1, "the front matter is not closed: add a line '---' after it"))
    yaml_text = "\n".join(lines[1:end])
    data = parse_yaml(yaml_text, path, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentError(error(path, 2, "the front matter must be a list of 'key: value' lines"))
    lines_of_keys = key_lines(lines[1:end], first_line=2)
    return FrontMatter(data, "\n".join(lines[end + 1 :]), end + 2, lines_of_keys)


def key_lines(lines: list[str], first_line: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for offset, line in enumerate(lines):
        if line and not line[0].isspace() and ":" in line and not line.startswith("#"):
            found.setdefault(line.split(":", 1)[0].strip().strip("'\""), first_line + offset)
    return found


def parse_yaml(text: str, path: Path, first_line: int = 1) -> Any:
    """``yaml.safe_load`` with aliases refused and errors turned into diagnostics with the file's line."""
    yaml, loader = _yaml()
    if "&" in text or "*" in text:
        try:
            for token in yaml.scan(text, Loader=loader):
                if isinstance(token, yaml.AliasToken | yaml.AnchorToken):
                    line = first_line + token.start_mark.line
                    raise ContentError(
                        error(path, line, "YAML anchors and aliases (& and *) are not allowed here")
                    )
        except yaml.YAMLError as exc:
            raise ContentError(_yaml_diagnostic(exc, path, first_line)) from None
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, by construction
    except yaml.YAMLError as exc:
        raise ContentError(_yaml_diagnostic(exc, path, first_line)) from None
    except (RecursionError, MemoryError):
        raise ContentError(error(path, first_line, "the YAML is too deeply nested")) from None


def _yaml_diagnostic(exc: Exception, path: Path, first_line: int) -> Diagnostic:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = first_line + mark.line if mark is not None else first_line
    problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    if "could not determine a constructor" in str(exc):
        problem = "YAML tags such as !!python/object are not allowed"
    return error(path, line, f"malformed front matter: {problem}; check the quotes and the indentation")


def unknown_keys(fm: FrontMatter, known: tuple[str, ...], path: Path) -> list[Diagnostic]:
    out = []
    for key in fm.data:
        if key in known:
            continue
        name = str(key)

        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else f"; known keys: {', '.join(known)}"
        out.append(warning(path, fm.lines.get(name, 1), f"unknown key '{name}'{hint}"))
    return out


def as_text(value: Any, key: str, path: Path, line: int) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ContentError(error(path, line, f"'{key}' must be a text"))


def as_text_list(value: Any, key: str, path: Path, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return tuple(str(v).strip() for v in value)
    raise ContentError(error(path, line, f"'{key}' must be a list of texts, one per line starting with '- '"))


def as_number(
    value: Any, low: float, high: float, *, whole: bool = False, integral_float: bool = True
) -> float | int | None:
    """``value`` as a finite number in ``[low, high]`` (a whole number when ``whole``), else None.

    YAML reads ``.inf``, ``.nan`` and ``1e400`` as floats; they are no number of minutes or percent,
    and turning them into ``int`` raises. ``integral_float`` lets ``3.0`` count as whole.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if whole:
            if not (integral_float and value.is_integer()):
                return None
            value = int(value)
    if not low <= value <= high:
        return None
    return value
