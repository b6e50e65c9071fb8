"""Names for the console's charts: lesson titles and question and choice texts as one plain line each.

Results store ids only (lesson, question, choice); the words come from the lesson pack, in the
console's language, falling back to the ids for anything the pack no longer has.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.content.diagnostics import ContentError
from kiosk.content.model import Lesson, LessonEntry, Pack, Question

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def plain(fragment_html: str) -> str:
    """Sanitised lesson HTML as one line of text."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment_html))).strip()


@dataclass
class Labels:
    """Lesson titles, question texts and choice texts of one pack in one language, loaded once."""

    pack: Pack
    language: str
    load_lesson: Callable[[LessonEntry, str], Lesson]
    _lessons: dict[str, Lesson | None] = field(default_factory=dict)

    def _lesson(self, lesson_id: str) -> Lesson | None:
        if lesson_id not in self._lessons:
            entry = self.pack.lesson(lesson_id)
            lesson = None
            if entry is not None:
                try:
                    lesson = self.load_lesson(entry, self.language)
                except ContentError:
                    lesson = None
            self._lessons[lesson_id] = lesson
        return self._lessons[lesson_id]

    def lesson_title(self, lesson_id: str) -> str:
        entry = self.pack.lesson(lesson_id)
        return entry.meta(self.language).title if entry else lesson_id

    def _question(self, lesson_id: str, question_id: str) -> Question | None:
        lesson = self._lesson(lesson_id)
        if lesson and lesson.quiz:
            for question in lesson.quiz.questions:
                if question.id == question_id:
                    return question
        return None

    def question(self, lesson_id: str, question_id: str) -> str:
        question = self._question(lesson_id, question_id)
        return plain(question.html) if question else question_id

    def question_of(self, lesson_id: str, question_id: str) -> Question | None:
        """The question itself (its kind, its choices), or None when the pack no longer has it."""
        lesson = self._lesson(lesson_id)
        if lesson and lesson.quiz:
            for question in lesson.quiz.questions:
                if question.id == question_id:
                    return question
        return None

    def choice(self, lesson_id: str, question_id: str, choice_id: str) -> tuple[str, bool | None]:
        """The choice's text and whether it is right (None when the pack no longer has it)."""
        question = self._question(lesson_id, question_id)
        for choice in question.choices if question else ():
            if choice.id == choice_id:
                return plain(choice.html), choice.correct
        return choice_id, None

    def choice_ids(self, lesson_id: str, question_id: str) -> tuple[str, ...]:
        """Every choice the pack's question offers, in its order (none when the pack no longer has it)."""
        question = self._question(lesson_id, question_id)
        return tuple(choice.id for choice in question.choices) if question else ()

    def several_right(self, lesson_id: str, question_id: str) -> bool:
        """Whether a visitor may tick several choices (a select-all question)."""
        question = self._question(lesson_id, question_id)
        return question is not None and question.kind == "multiple"
