"""The journey of ``kiosk preview``: a visit an author can jump around in, which records nothing.

The author jumps to any page or question of a lesson in any language, and from there the journey
behaves as a visitor's (Next, Check my answer, the result). Its quiz asks every question in the
file's order (no drawing, no question shuffling), so "question 3" is the file's third question; the
choices are shuffled as a visitor sees them, with a fixed seed so a reload keeps their order. Nothing
is recorded: the recorder is always a ``NullRecorder``.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.content.loader import load_lesson
from kiosk.content.model import Lesson, LessonEntry, Pack
from kiosk.journey.journey import Journey, Visit
from kiosk.journey.quiz_run import QuizRun
from kiosk.journey.records import NullRecorder
from kiosk.journey.states import JourneyError, Screen

#: the seed of every preview visit: choices keep one order from reload to reload
PREVIEW_SEED = 18


class PreviewJourney(Journey):
    """A journey over lessons already loaded (``lessons``, by lesson id and language) that records nothing."""

    def __init__(
        self, pack: Pack, lessons: dict[tuple[str, str], Lesson], language: str | None = None
    ) -> None:
        self.lessons = lessons
        super().__init__(pack, self._loaded, NullRecorder(), language=language, new_seed=lambda: PREVIEW_SEED)

    def _loaded(self, entry: LessonEntry, language: str) -> Lesson:
        """The lesson as last read; another lesson (opened from the catalogue on screen) is read now."""
        lesson = self.lessons.get((entry.id, language))
        if lesson is None:
            lesson = load_lesson(entry, language)  # raises ContentError: the screen says it cannot open
        return lesson

    def replace_content(self, pack: Pack, lessons: dict[tuple[str, str], Lesson]) -> None:
        """The pack and lessons as just read again; the place is set again by ``go_to``."""
        self.pack = pack
        self.lessons = lessons
        if self.home_language not in pack.languages:
            self.home_language = pack.default_language

    @staticmethod
    def _next_run(visit: Visit, lesson: Lesson) -> QuizRun:
        assert lesson.quiz is not None
        every_question = replace(lesson.quiz, draw=None, shuffle_questions=False)
        return QuizRun.start(lesson.id, every_question, seed=visit.seed, attempt=1)

    def go_to(
        self, lesson_id: str, language: str, *, page: int | None = None, question: int | None = None
    ) -> None:
        """Show ``lesson_id`` in ``language`` at its page ``page`` or its question ``question`` (0-based).

        Raises JourneyError when the lesson cannot be opened or has no such page or question.
        """
        if language not in self.pack.languages:
            raise JourneyError(f"the pack has no language {language!r}")
        self._reset()
        self.language = language
        self.start()
        opened = self.open_lesson(lesson_id)
        if not opened.ok:
            raise JourneyError(opened.problem)
        if question is None:
            if self.screen is Screen.READER:  # a lesson without pages opens on its quiz
                self.show_page(page or 0)
            return
        lesson = self.lesson
        assert lesson is not None
        if not (lesson.quiz and 0 <= question < len(lesson.quiz.questions)):
            raise JourneyError(f"the lesson has no question {question + 1}")
        self._start_quiz()
        assert self.quiz_run is not None
        self.quiz_run.index = question

    @property
    def place(self) -> tuple[str, int] | None:
        """Where the visitor is in the lesson: ("page", index) or ("question", index in the file)."""
        if self.lesson is None:
            return None
        if self.screen is Screen.READER:
            return ("page", self.page_index)
        if self.screen in (Screen.QUESTION, Screen.FEEDBACK) and self.quiz_run is not None:
            return ("question", self.quiz_run.index)
        return None
