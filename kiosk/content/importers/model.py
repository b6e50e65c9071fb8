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
    #: the text encoding the file was read in (``UTF-8``, ``GB18030``...), empty when not a text file
    encoding: str = ""

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

    @property
    def unreadable(self) -> bool:
        """True when the file itself could not be read (an error naming no line): no question was seen."""
        return any(d.line == 0 for d in self.errors)

    @property
    def broken(self) -> int:
        """How many questions could not be read (each malformed question gives one error, at its line)."""
        return sum(1 for d in self.errors if d.line > 0)

    def summary(self) -> str:
        """One line for the command's output: ``48 imported, 4 skipped``, then which lines and why."""
        text = f"{len(self.questions)} imported, {len(self.skipped) + self.broken} skipped"
        details = []
        if self.broken:
            lines = sorted({d.line for d in self.errors if d.line > 0})
            details.append(f"{self.broken} broken (line{'s' if len(lines) != 1 else ''} {_lines(lines)})")
        if self.skipped:
            lines = [s.line for s in self.skipped]
            details.append(
                f"{len(self.skipped)} of a kind the kiosk cannot show "
                f"(line{'s' if len(lines) != 1 else ''} {_lines(lines)})"
            )
        if details:
            text += ": " + ", ".join(details)
        if self.encoding:
            text += f"; read as {self.encoding}"
        return text


def _lines(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)
