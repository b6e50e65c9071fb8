"""Immutable model of a lesson pack: pack, lesson summary, lesson, page, quiz, question, choice.

Text fields ending in ``_html`` hold HTML already sanitised by ``kiosk.content.render``; image
``src`` attributes in them are paths relative to ``Lesson.folder`` (resolve them with
``kiosk.content.resources.resolve_image``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.diagnostics import Diagnostic


@dataclass(frozen=True)
class Choice:
    id: str
    html: str
    correct: bool
    feedback_html: str = ""
    #: the choice's Markdown source, for hashing and for importers/exporters
    source: str = ""


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

    @property
    def multiple(self) -> bool:
        """True for "select all that apply" (more than one correct choice)."""
        return sum(1 for c in self.choices if c.correct) > 1

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.choices if c.correct)


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


@dataclass(frozen=True)
class LessonMeta:
    """What the catalogue needs about one language version of a lesson: front matter only."""

    id: str
    language: str
    title: str
    path: Path
    summary: str = ""
    minutes: int | None = None
    order: float | None = None
    tags: tuple[str, ...] = ()
    cover: str | None = None
    sources: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    quiz_path: Path | None = None

    @property
    def folder(self) -> Path:
        return self.path.parent


@dataclass(frozen=True)
class LessonEntry:
    """One lesson of the catalogue, with every language it exists in."""

    id: str
    folder: Path
    versions: dict[str, LessonMeta]  # language -> meta
    default_language: str

    def meta(self, language: str) -> LessonMeta:
        """The version in ``language``, else the default language's."""
        return self.versions.get(language) or self.versions[self.default_language]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.versions)


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


@dataclass(frozen=True)
class Pack:
    """A lesson pack's catalogue: what the kiosk lists before any lesson is opened."""

    root: Path
    titles: dict[str, str]  # language -> title
    default_language: str
    languages: tuple[str, ...]
    lessons: tuple[LessonEntry, ...]
    tips: dict[str, tuple[str, ...]] = field(default_factory=dict)  # language -> tips
    diagnostics: tuple[Diagnostic, ...] = ()

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles.get(self.default_language) or "Cyber Kiosk"

    def lesson(self, lesson_id: str) -> LessonEntry | None:
        for entry in self.lessons:
            if entry.id == lesson_id:
                return entry
        return None

    def tips_for(self, language: str) -> tuple[str, ...]:
        """Tips of the pack and of its lessons, in ``language`` (falling back to the default)."""
        tips = list(self.tips.get(language) or self.tips.get(self.default_language) or ())
        for entry in self.lessons:
            tips.extend(entry.meta(language).tips)
        return tuple(tips)
