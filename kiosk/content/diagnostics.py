"""Compiler-style diagnostics (``path:line: error|warning: message``) and the loader's error type.

A message is English ``Text`` that remembers its template and named arguments, so the console can show
it in the teacher's language: every template is marked ``QT_TRANSLATE_NOOP("check", ...)`` for Qt
Linguist (no Qt here; kiosk.ui.check_text translates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged (the content layer has no Qt)."""
    return text


class Text(str):
    """English text, formatted from a marked template and its named arguments, which it keeps.

    A ``str``, so the command line, logs and comparisons see the English; ``template`` and ``args``
    let the console translate it. An argument that is itself ``Text`` (a phrase built elsewhere, like
    a picture's problem) is translated too; any other argument (the teacher's words, a file name, a
    key, code) is shown as given. A template without arguments is taken literally (no ``{{``).
    """

    template: str
    args: tuple[tuple[str, Any], ...]

    def __new__(cls, template: str, /, **args: Any) -> Text:
        self = super().__new__(cls, template.format(**args) if args else template)
        self.template = template
        self.args = tuple(args.items())
        return self

    def to_json(self) -> list[Any]:
        """``[english, template, {name: argument}]``, nested Text the same way (``from_json`` reads it)."""
        return [
            str(self),
            self.template,
            {k: v.to_json() if isinstance(v, Text) else v for k, v in self.args},
        ]

    @classmethod
    def from_json(cls, data: Any) -> str:
        """The Text ``to_json`` wrote; a plain string stays a plain string."""
        if isinstance(data, str):
            return data
        _english, template, args = data
        return cls(
            template,
            **{k: v if isinstance(v, str | int | float) else cls.from_json(v) for k, v in args.items()},
        )


# C0 and C1 controls, DEL, and the invisible marks that reorder or hide what a terminal shows
# (bidirectional overrides and isolates, zero-width and line/paragraph separators)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` with every control character written as an escape: safe to print to a terminal.

    A folder name, a key or a title can hold ESC sequences that move the cursor and erase the lines a
    teacher is reading; shown as ``\\x1b`` they are visible and harmless.
    """

    def escape(match: re.Match[str]) -> str:
        char = match.group(0)
        if char in _SHORT:
            return _SHORT[char]
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, text)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: Path
    line: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        line = f":{self.line}" if self.line else ""
        return printable(f"{self.path}{line}: {self.severity}: {self.message}")

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def template(self) -> str:
        """The message's marked template (the message itself when it was not built from one)."""
        return getattr(self.message, "template", self.message)

    @property
    def args(self) -> dict[str, Any]:
        """The named arguments that fill the template's ``{fields}``."""
        return dict(getattr(self.message, "args", ()))


def error(path: Path, line: int, template: str, /, **args: Any) -> Diagnostic:
    """An error at ``path:line``: ``template`` is marked ``QT_TRANSLATE_NOOP("check", ...)`` (or is
    ``Text`` already: a problem another function put in words)."""
    return Diagnostic(Path(path), line, Severity.ERROR, _text(template, args))


def warning(path: Path, line: int, template: str, /, **args: Any) -> Diagnostic:
    """A warning at ``path:line``: like ``error``."""
    return Diagnostic(Path(path), line, Severity.WARNING, _text(template, args))


def _text(template: str, args: dict[str, Any]) -> Text:
    return template if isinstance(template, Text) and not args else Text(template, **args)


class ContentError(Exception):
    """A lesson or quiz file that cannot be used. Carries the diagnostics that say why."""

    def __init__(self, diagnostics: list[Diagnostic] | Diagnostic):
        if isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))
