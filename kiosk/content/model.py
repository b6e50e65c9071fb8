"""Immutable model of a lesson pack's catalogue: pack, lesson entry (every language), lesson summary.

The model of one lesson opened in full (lesson, page, quiz, question, choice) is in
``kiosk.content.lesson_model`` and is importable from here too.

Text fields ending in ``_html`` hold HTML already sanitised by ``kiosk.content.render``; image
``src`` attributes in them are paths relative to ``Lesson.folder`` (resolve them with
``kiosk.content.resources.resolve_image``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.diagnostics import Diagnostic
from kiosk.content.lesson_model import Choice, Lesson, Page, Question, Quiz, Region

__all__ = ["Choice", "Lesson", "LessonEntry", "LessonMeta", "Pack", "Page", "Question", "Quiz", "Region"]


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
    hook: str = ""  # one line that draws a visitor in (the attract loop); the summary when empty
    link: str = ""  # an official https page for the take-home QR code; the pack's when empty

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
class Pack:
    """A lesson pack's catalogue: what the kiosk lists before any lesson is opened."""

    root: Path
    titles: dict[str, str]  # language -> title
    default_language: str
    languages: tuple[str, ...]
    lessons: tuple[LessonEntry, ...]
    tips: dict[str, tuple[str, ...]] = field(default_factory=dict)  # language -> tips
    diagnostics: tuple[Diagnostic, ...] = ()
    links: dict[str, str] = field(default_factory=dict)  # language -> official https page (QR codes)

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
