"""What an importer produces: questions in a neutral form (text plus its source format) and a report.

Importers (GIFT, Aiken) parse into these values; ``writer`` turns them into the pack's ``quiz.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from kiosk.content.diagnostics import Diagnostic, warning


class TextFormat(StrEnum):
    """How a piece of imported text is written; Moodle's ``[moodle]`` format is read as plain text."""

    PLAIN = "plain"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True)
class RichText:
    text: str
    format: TextFormat = TextFormat.PLAIN

    def __bool__(self) -> bool:
        return bool(self.text.strip())


NO_TEXT = RichText("")


@dataclass(frozen=True)
class ImportedChoice:
    text: RichText
    correct: bool
    feedback: RichText = NO_TEXT


@dataclass(frozen=True)
class ImportedQuestion:
    """One choice question. ``text`` may hold a blank (``BLANK``) where a missing word goes."""

    text: RichText
    choices: tuple[ImportedChoice, ...]
    line: int
    title: str = ""
    explanation: RichText = NO_TEXT
    #: a question kind of ``kiosk.content.kinds`` ("single", "multiple", "true_false"); true/false
    #: questions have the choices True then False, written in the pack's wording
    kind: str = "single"


#: the visible blank of a missing-word question, as the lesson format writes it
BLANK = "_____"


@dataclass(frozen=True)
class Skipped:
    """A question the kiosk has no screen for (essay, numerical, ...), left out of the quiz."""

    line: int
    kind: str
    reason: str
    title: str = ""


@dataclass(frozen=True)
class ImportReport:
    source: Path
    questions: tuple[ImportedQuestion, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    #: Moodle ``$CATEGORY:`` paths met in the file, in order
    categories: tuple[str, ...] = field(default=())

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.is_error)

    @property
    def ok(self) -> bool:
        return not self.errors

    def skipped_diagnostics(self) -> tuple[Diagnostic, ...]:
        """Each skipped question as a warning naming its line, so editors can jump to it."""
        return tuple(
            warning(
                self.source,
                s.line,
                f"skipped {s.kind} question{f' {s.title!r}' if s.title else ''}: {s.reason}",
            )
            for s in self.skipped
        )

    def summary(self) -> str:
        """One line for the command's output: counts, and the lines of skipped questions."""
        text = f"imported {len(self.questions)} question{'s' if len(self.questions) != 1 else ''}"
        if self.skipped:
            lines = ", ".join(str(s.line) for s in self.skipped)
            text += f", skipped {len(self.skipped)} (line{'s' if len(self.skipped) != 1 else ''} {lines})"
        else:
            text += ", skipped 0"
        if self.errors:
            text += f", {len(self.errors)} error{'s' if len(self.errors) != 1 else ''}"
        return text
