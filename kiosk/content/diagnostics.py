"""Compiler-style diagnostics (``path:line: error|warning: message``) and the loader's error type."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


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
        return f"{self.path}{line}: {self.severity}: {self.message}"

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
