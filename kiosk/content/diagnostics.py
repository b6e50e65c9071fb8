"""Compiler-style diagnostics (``path:line: error|warning: message``) and the loader's error type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

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


def error(path: Path, line: int, message: str) -> Diagnostic:
    return Diagnostic(Path(path), line, Severity.ERROR, message)


def warning(path: Path, line: int, message: str) -> Diagnostic:
    return Diagnostic(Path(path), line, Severity.WARNING, message)


class ContentError(Exception):
    """A lesson or quiz file that cannot be used. Carries the diagnostics that say why."""

    def __init__(self, diagnostics: list[Diagnostic] | Diagnostic):
        if isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))
