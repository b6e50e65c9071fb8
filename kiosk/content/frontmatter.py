"""YAML front matter between ``---`` lines: split it off, parse it safely, and check its keys.

Only ``yaml.safe_load`` semantics are used (the C loader when present, for speed). Anchors and aliases
are refused outright: lesson metadata never needs them, and they are how "billion laughs" documents
blow up whoever walks the result.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, ContentError, Diagnostic, Text, error, warning


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
    #: warnings about values YAML read otherwise than written (a '#' that cut a title short)
    notes: tuple[Diagnostic, ...] = ()


def split(text: str, path: Path, *, required: bool) -> FrontMatter:
    """Split ``text`` into front matter and body. Raises ContentError when the front matter is broken."""
    if not text.startswith("---") or text[3:4] not in ("\n", ""):
        if required:
            raise ContentError(
                error(
                    path,
                    1,
                    QT_TRANSLATE_NOOP(
                        "check", "the file must start with front matter: a line '---', 'title: ...', '---'"
                    ),
                )
            )
        return FrontMatter({}, text, 1, {})
    lines = text.split("\n")
    end = None
    for i in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[i].rstrip() in ("---", "..."):
            end = i
            break
    if end is None:
        raise ContentError(
            error(
                path,
                1,
                QT_TRANSLATE_NOOP("check", "the front matter is not closed: add a line '---' after it"),
            )
        )
    yaml_text = "\n".join(lines[1:end])
    data = parse_yaml(yaml_text, path, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentError(
            error(
                path, 2, QT_TRANSLATE_NOOP("check", "the front matter must be a list of 'key: value' lines")
            )
        )
    lines_of_keys = key_lines(lines[1:end], first_line=2)
    notes = comment_notes(lines[1:end], 2, path, data)
    return FrontMatter(data, "\n".join(lines[end + 1 :]), end + 2, lines_of_keys, notes)


#: a key's line or a list item, its value written without quotes: ``title: Top #1 tip``, ``- Tip #2``
_KEY_VALUE = re.compile(r"^(?:([A-Za-z_][\w-]*)\s*:|\s*-)\s+([^\s\"'|>\[{&*!%@`].*?)\s*$")
#: a YAML comment glued to what follows it ("#1"): a number or a tag, not an author's "# note"
_GLUED_COMMENT = re.compile(r"\s#(?=[^\s#])")


def comment_notes(
    lines: list[str], first_line: int, path: Path, data: dict[str, Any]
) -> tuple[Diagnostic, ...]:
    """Warnings for text values a ``#`` cut short: YAML takes `` #1 tip`` in ``title: Top #1 tip`` for a
    comment, and the title is "Top" without a word said. A comment written ``# like this`` is left alone."""
    notes = []
    for offset, line in enumerate(lines):
        match = _KEY_VALUE.match(line)
        if match is None or line.lstrip().startswith("#"):
            continue
        key, value = match.groups()
        glued = _GLUED_COMMENT.search(value)
        if glued is None or (key is not None and not isinstance(data.get(key), str)):
            continue
        kept, comment = value[: glued.start()].rstrip(), value[glued.start() :].strip()
        if key:
            template = QT_TRANSLATE_NOOP(
                "check",
                "YAML reads '{comment}' as a comment, so the {key} is '{kept}': put the value in quotes to "
                "keep all of it: {written}",
            )
            written = f"{key}: {_quoted(value)}"
        else:
            template = QT_TRANSLATE_NOOP(
                "check",
                "YAML reads '{comment}' as a comment, so the item is '{kept}': put the value in quotes to "
                "keep all of it: {written}",
            )
            written = f"- {_quoted(value)}"
        args = {"comment": comment, "kept": kept, "written": written} | ({"key": key} if key else {})
        notes.append(warning(path, first_line + offset, template, **args))
    return tuple(notes)


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
                        _sign_value(text.split("\n")[token.start_mark.line], path, line)
                        or error(
                            path,
                            line,
                            QT_TRANSLATE_NOOP(
                                "check", "YAML anchors and aliases (& and *) are not allowed here"
                            ),
                        )
                    )
        except yaml.YAMLError as exc:
            raise ContentError(
                _unquoted_value(exc, text, path, first_line) or _yaml_diagnostic(exc, path, first_line)
            ) from None
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, by construction
    except yaml.YAMLError as exc:
        raise ContentError(
            _unquoted_value(exc, text, path, first_line) or _yaml_diagnostic(exc, path, first_line)
        ) from None
    except (RecursionError, MemoryError):
        raise ContentError(
            error(path, first_line, QT_TRANSLATE_NOOP("check", "the YAML is too deeply nested"))
        ) from None


def _yaml_diagnostic(exc: Exception, path: Path, first_line: int) -> Diagnostic:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = first_line + mark.line if mark is not None else first_line
    # PyYAML's own words (English) are shown as given
    problem: str = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    if "could not determine a constructor" in str(exc):
        problem = Text(QT_TRANSLATE_NOOP("check", "YAML tags such as !!python/object are not allowed"))
    return error(
        path,
        line,
        QT_TRANSLATE_NOOP("check", "malformed front matter: {problem}; check the quotes and the indentation"),
        problem=problem,
    )


#: ``key: value`` or ``- value`` (indented or not): the prefix, then the value as written
_VALUE_LINE = re.compile(r"^(\s*(?:-\s+)?(?:[^\s:#\"'\[{-][^:#]*:\s+)?)(.*?)\s*$")
_CURLY = {"\u201c": "\u201d", "\u2018": "\u2019", "\u300c": "\u300d", "\u300e": "\u300f"}


def _unquoted_value(exc: Exception, text: str, path: Path, first_line: int) -> Diagnostic | None:
    """A plain-words diagnostic for the commonest YAML mistake in lesson metadata, else None.

    ``title: Phishing: spot the fake`` (a ": " inside an unquoted value) and the same value in curly
    quotes, which YAML does not take for quotes, both fail with "mapping values are not allowed here".
    The fix is always the same: straight quotes around the value.
    """
    mark = getattr(exc, "problem_mark", None)
    lines = text.split("\n")
    start = getattr(exc, "context_mark", None)
    if getattr(exc, "context", None) == "while scanning a quoted scalar" and start is not None:
        # YAML names the end of the front matter, where it gave up looking for the closing quote
        quote = lines[start.line][start.column : start.column + 1] if start.line < len(lines) else '"'
        return error(
            path,
            first_line + start.line,
            QT_TRANSLATE_NOOP(
                "check",
                "the quote that starts this value is never closed: end the value with {quote} on the same line",
            ),
            quote=quote,
        )
    if mark is None or not 0 <= mark.line < len(lines):
        return None
    line = first_line + mark.line
    signed = _sign_value(lines[mark.line], path, line)
    if signed is not None:
        return signed
    match = _VALUE_LINE.match(lines[mark.line])
    if match is None:
        return None
    prefix, value = match.group(1), match.group(2)
    if not value or value[0] in "\"'|>[{":
        return None
    opening = value[0]
    if opening in _CURLY:
        inner = value[1:]
        if inner.endswith(_CURLY[opening]):
            inner = inner[:-1]
        quoted = _quoted(inner)
        return error(
            path,
            line,
            QT_TRANSLATE_NOOP(
                "check",
                "the value is in curly quotes ({opening} {closing}), which YAML does not read as "
                "quotes; use straight quotes: {written}",
            ),
            opening=opening,
            closing=_CURLY[opening],
            written=f"{prefix.strip()} {quoted}".strip(),
        )
    if ": " in value or value.endswith(":"):
        return error(
            path,
            line,
            QT_TRANSLATE_NOOP(
                "check",
                "the value holds ': ', which YAML reads as another key; put the value in quotes: {written}",
            ),
            written=f"{prefix.strip()} {_quoted(value)}",
        )
    return None


#: ``key: value`` with the key before the value (no list item): where a value's first sign matters
_KEY_LINE = re.compile(r"^(\s*[A-Za-z_][\w-]*\s*:\s+|\s*-\s+)(.*?)\s*$")


def _sign_value(text_line: str, path: Path, line: int) -> Diagnostic | None:
    """A value that starts with a sign YAML reads as its own (``@home``, ``*New* tips``, ``[Draft] x``):
    put it in quotes. None when the line is no such value (a real list ``[a, b]``, say)."""
    match = _KEY_LINE.match(text_line)
    if match is None or not match.group(2):
        return None
    prefix, value = match.groups()
    sign = value[0]
    if sign in "[{":
        closing = "]" if sign == "[" else "}"
        # text after the closing bracket: a title like "[Draft] Phishing", not a list YAML could read
        if not re.match(rf"^\{sign}[^\{closing}]*\{closing}\s*[^\s,#]", value):
            return None
    elif sign not in "@`%!*&" or value.startswith("!!"):  # "!!python/..." is a tag: refused as one
        return None
    elif sign in "&*" and re.match(r"^[&*]\S+(\s+[\[{].*)?$", value):
        return None  # an anchor or alias as YAML writes one ("&a [...]", "*a"): refused as such
    return error(
        path,
        line,
        QT_TRANSLATE_NOOP(
            "check",
            "a value starting with '{sign}' means something else to YAML; put the value in quotes: {written}",
        ),
        sign=sign,
        written=f"{prefix.strip()} {_quoted(value)}",
    )


def _quoted(value: str) -> str:
    """``value`` in YAML quotes: double ones, or single ones when it holds a double quote."""
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"


def unknown_keys(fm: FrontMatter, known: tuple[str, ...], path: Path) -> list[Diagnostic]:
    """Unknown keys (with a did-you-mean), after the front matter's own notes (``comment_notes``)."""
    out = list(fm.notes)
    for key in fm.data:
        if key in known:
            continue
        name = str(key)

        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        line = fm.lines.get(name, 1)
        if close:
            out.append(
                warning(
                    path,
                    line,
                    QT_TRANSLATE_NOOP("check", "unknown key '{key}' (did you mean '{close}'?)"),
                    key=name,
                    close=close[0],
                )
            )
        else:
            out.append(
                warning(
                    path,
                    line,
                    QT_TRANSLATE_NOOP("check", "unknown key '{key}'; known keys: {known}"),
                    key=name,
                    known=", ".join(known),
                )
            )
    return out


def as_text(value: Any, key: str, path: Path, line: int) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, bool):
        raise ContentError(
            error(
                path,
                line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "'{key}' must be a text: YAML reads yes, no, on, off, true and false as a yes/no answer; "
                    "put the value in quotes, like {example}",
                ),
                key=key,
                example=f'{key}: "{"Yes" if value else "No"}"',
            )
        )
    raise ContentError(error(path, line, QT_TRANSLATE_NOOP("check", "'{key}' must be a text"), key=key))


def as_text_list(value: Any, key: str, path: Path, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return tuple(str(v).strip() for v in value)
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and len(item) == 1:  # "- UK NCSC: Three random words"
                ((head, tail),) = item.items()
                head, tail = str(head), str(tail)
                if head[:1] in _CURLY and tail.endswith(_CURLY[head[0]]):  # "- “UK NCSC: x”"
                    head, tail = head[1:], tail[:-1]
                raise ContentError(
                    error(
                        path,
                        line,
                        QT_TRANSLATE_NOOP(
                            "check",
                            "an item of '{key}' holds ': ', which YAML reads as a key; put the item in quotes: {written}",
                        ),
                        key=key,
                        written=f"- {_quoted(f'{head}: {tail}')}",
                    )
                )
    raise ContentError(
        error(
            path,
            line,
            QT_TRANSLATE_NOOP("check", "'{key}' must be a list of texts, one per line starting with '- '"),
            key=key,
        )
    )


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
