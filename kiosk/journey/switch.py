"""The language switch inside a lesson: the visitor's place, told again in another language.

The lesson is read in the other language and the visitor stays where they were: the same page (or the
last one, if the translation is shorter), the same questions in the same order with their choices in
the same order, the same selection, the same feedback and result in the new words. Either all of it
switches or nothing does (JourneyError).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.content.diagnostics import ContentError
from kiosk.content.model import Lesson, LessonEntry
from kiosk.journey.outcomes import AnswerOutcome, QuizResult
from kiosk.journey.quiz_run import QuizRun
from kiosk.journey.states import JourneyError


@dataclass(frozen=True)
class Place:
    """Where the visitor is inside a lesson."""

    lesson: Lesson
    page_index: int = 0
    quiz_run: QuizRun | None = None
    outcome: AnswerOutcome | None = None
    result: QuizResult | None = None


def place_in(
    language: str,
    here: Place,
    entry: LessonEntry,
    load_lesson: Callable[[LessonEntry, str], Lesson],
    *,
    reading: bool,
) -> Place:
    """``here`` in ``language``; ``reading``: the visitor is on a page (not in the quiz)."""
    lesson = here.lesson
    try:
        translated = load_lesson(entry, language)
    except ContentError as exc:
        raise JourneyError(f"lesson {lesson.id!r} cannot be shown in {language!r}: {exc}") from exc
    if translated.language != language:
        raise JourneyError(f"lesson {lesson.id!r} falls back to {translated.language!r} in {language!r}")
    run = here.quiz_run
    if run is not None:
        if translated.quiz is None:
            raise JourneyError(f"lesson {lesson.id!r} has no quiz in {language!r}")
        try:
            run = run.translated(translated.quiz)
        except KeyError as exc:
            raise JourneyError(f"the quiz of {lesson.id!r} differs in {language!r}: {exc}") from exc
    elif reading and not translated.pages:
        raise JourneyError(f"lesson {lesson.id!r} has no pages in {language!r}")
    return Place(
        translated,
        min(here.page_index, max(0, len(translated.pages) - 1)),
        run,
        here.outcome.told_for(run.current) if here.outcome is not None and run is not None else None,
        run.result() if here.result is not None and run is not None else None,
    )
