"""Names for the console's charts: lesson titles and question and choice texts as one plain line each.

The one place the console turns ids (lesson, question, choice) into words: from the lesson pack, in
the console's language; for content the pack no longer has, from the words the results recorded when
it was shown (``words``, from kiosk.results.words.lookup); else the ids themselves.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.content.diagnostics import ContentError
from kiosk.content.model import Lesson, LessonEntry, Pack, Question

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def plain(fragment_html: str) -> str:
    """Sanitised lesson HTML as one line of text."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment_html))).strip()


class RecordedChoice(Protocol):
    choice_id: str
    text: str
    correct: bool


class RecordedWords(Protocol):
    """What the results recorded of the content shown; every name falls back to the id."""

    def lesson(self, lesson_id: str) -> str: ...

    def question(self, lesson_id: str, question_id: str) -> str: ...

    def choices(self, lesson_id: str, question_id: str) -> tuple[RecordedChoice, ...]: ...


@dataclass
class Labels:
    """Lesson titles, question texts and choice texts of one pack in one language, loaded once."""

    pack: Pack
    language: str
    load_lesson: Callable[[LessonEntry, str], Lesson]
    words: RecordedWords | None = None  # for content the pack no longer has
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
        if entry is not None:
            return entry.meta(self.language).title
        return self.words.lesson(lesson_id) if self.words else lesson_id

    def _recorded(self, lesson_id: str, question_id: str) -> tuple[RecordedChoice, ...]:
        return self.words.choices(lesson_id, question_id) if self.words else ()

    def question(self, lesson_id: str, question_id: str) -> str:
        question = self.question_of(lesson_id, question_id)
        if question is not None:
            return plain(question.html)
        return self.words.question(lesson_id, question_id) if self.words else question_id

    def question_of(self, lesson_id: str, question_id: str) -> Question | None:
        """The question itself (its kind, its choices), or None when the pack no longer has it."""
        lesson = self._lesson(lesson_id)
        if lesson and lesson.quiz:
            for question in lesson.quiz.questions:
                if question.id == question_id:
                    return question
        return None

    def choice(self, lesson_id: str, question_id: str, choice_id: str) -> tuple[str, bool | None]:
        """The choice's text and whether it is right (None when neither the pack nor the results know it)."""
        question = self.question_of(lesson_id, question_id)
        if question is not None:
            for choice in question.choices:
                if choice.id == choice_id:
                    return plain(choice.html), choice.correct
            return choice_id, None
        for recorded in self._recorded(lesson_id, question_id):
            if recorded.choice_id == choice_id:
                return recorded.text, recorded.correct
        return choice_id, None

    def choice_ids(self, lesson_id: str, question_id: str) -> tuple[str, ...]:
        """Every choice the question offers, in its order: the pack's, else the recorded ones."""
        question = self.question_of(lesson_id, question_id)
        if question is not None:
            return tuple(choice.id for choice in question.choices)
        return tuple(c.choice_id for c in self._recorded(lesson_id, question_id))

    def several_right(self, lesson_id: str, question_id: str) -> bool:
        """Whether a visitor may tick several choices (a select-all question)."""
        question = self.question_of(lesson_id, question_id)
        if question is not None:
            return question.kind == "multiple"
        return sum(1 for c in self._recorded(lesson_id, question_id) if c.correct) > 1
