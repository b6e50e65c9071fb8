"""Immutable model of one lesson opened in full: lesson, page, quiz, question, choice.

Text fields ending in ``_html`` hold HTML already sanitised by ``kiosk.content.render``; image
``src`` attributes in them are paths relative to ``Lesson.folder``. The catalogue's model (pack,
lesson entry, lesson summary) is ``kiosk.content.model``, which also makes these importable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.diagnostics import Diagnostic
    from kiosk.content.model import LessonMeta


@dataclass(frozen=True)
class Region:
    """A part of a spot-the-flags picture: a rectangle in the picture's own units, or an SVG element."""

    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0
    #: the id of an element of the SVG picture, whose bounds the screen measures (the rectangle is then unused)
    element: str = ""


@dataclass(frozen=True)
class Choice:
    id: str
    html: str
    correct: bool
    feedback_html: str = ""
    #: the choice's Markdown source, for hashing and for importers/exporters
    source: str = ""
    #: where it is on the question's picture (spot-the-flags questions only)
    region: Region | None = None


@dataclass(frozen=True)
class Question:
    id: str
    html: str
    choices: tuple[Choice, ...]
    explanation_html: str = ""
    #: a short hash of everything that defines the question, so results know which version was answered
    content_hash: str = ""
    #: line of the question's heading in its quiz file (1-based)
    line: int = 0
    #: its kind, a name from ``kiosk.content.kinds.KINDS`` ("single", "multiple", "true_false"...);
    #: left empty, it is what the choices imply by themselves (``answers_kind``)
    kind: str = ""
    #: False when the author wrote ``shuffle: false`` under the heading: its choices keep the file's order
    shuffle: bool = True
    #: True when the author wrote ``challenge: true`` under the heading: one of the pack's booth
    #: challenge set, the questions the challenge draws from first (``kiosk.journey.challenge``)
    challenge: bool = False

    #: the picture the visitor taps (spot-the-flags questions): a path relative to the lesson folder
    picture: str = ""
    #: spot-the-flags: how many flags (less decoys tapped) count as answering right
    need: int = 0

    def __post_init__(self) -> None:
        if not self.kind:
            object.__setattr__(self, "kind", answers_kind(self.choices))

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.choices if c.correct)


def answers_kind(choices: tuple[Choice, ...]) -> str:
    """The kind choices imply with no kind written: "multiple" with several right ones, else "single"."""
    return "multiple" if sum(1 for c in choices if c.correct) > 1 else "single"


@dataclass(frozen=True)
class Quiz:
    questions: tuple[Question, ...]
    pass_mark: int = 60  # percent of the questions asked
    shuffle_choices: bool = True
    shuffle_questions: bool = False
    draw: int | None = None  # ask this many questions drawn from the bank; None = all
    path: Path | None = None

    @property
    def asked_count(self) -> int:
        return min(self.draw, len(self.questions)) if self.draw else len(self.questions)


@dataclass(frozen=True)
class Page:
    html: str
    line: int = 0  # line in lesson.md where the page starts
    #: hands-on widgets shown below the page's words (``kiosk.content.exhibits``), by name
    exhibits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lesson:
    """A fully loaded lesson in one language: its pages and, if it has one, its quiz."""

    meta: LessonMeta
    pages: tuple[Page, ...]
    quiz: Quiz | None = None
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def language(self) -> str:
        return self.meta.language

    @property
    def folder(self) -> Path:
        return self.meta.folder
