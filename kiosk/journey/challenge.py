"""The booth challenge: a short quiz drawn from the whole pack, a few questions from each lesson in turn.

Pure decisions, no Qt and no files: ``draw`` picks the questions from lessons already loaded, seeded by
the visitor's seed so a test can replay it, and the journey runs them like any quiz. Each drawn
question keeps its own lesson's id and folder, so its answers count for that lesson's question in the
item analysis and its pictures are found.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.model import Lesson, LessonEntry, Question

#: the lesson id a challenge's result is recorded under (a lesson folder's id starts with a-z or 0-9)
CHALLENGE_ID = "_challenge"
DEFAULT_QUESTIONS = 8


@dataclass(frozen=True)
class ChallengePlan:
    """How the operator set the challenge up (``kiosk.operator.booth`` reads it from the settings)."""

    questions: int = DEFAULT_QUESTIONS
    lessons: tuple[str, ...] = ()  # lesson ids to draw from, in any order; empty: every lesson shown
    pass_mark: int = 75  # percent of the questions asked
    only: bool = False  # the challenge is all the kiosk offers: attract -> challenge -> result -> attract


@dataclass(frozen=True)
class DrawnQuestion:
    lesson_id: str
    folder: Path
    question: Question
    shuffle: bool = True  # its quiz shuffles choices


def has_quiz_in(entry: LessonEntry, language: str) -> bool:
    """Whether the lesson has a quiz written in ``language`` (not one that falls back to another)."""
    meta = entry.versions.get(language)
    if meta is None or meta.quiz_path is None:
        return False
    own = "quiz.md" if language == entry.default_language else f"quiz.{language}.md"
    return meta.quiz_path.name == own


def candidates(entries: Sequence[LessonEntry], plan: ChallengePlan, language: str) -> tuple[LessonEntry, ...]:
    """The lessons a challenge in ``language`` may draw from: those chosen (all if none), with a quiz
    in that language."""
    chosen = set(plan.lessons)
    return tuple(
        entry for entry in entries if (not chosen or entry.id in chosen) and has_quiz_in(entry, language)
    )


def draw(lessons: Sequence[Lesson], count: int, *, seed: int, attempt: int) -> tuple[DrawnQuestion, ...]:
    """``count`` questions (fewer if the lessons hold fewer), spread evenly across ``lessons``.

    The lessons are put in a random order and each one's questions shuffled; then one question is taken
    from each lesson in turn, round after round, so no lesson gives a second question before every
    lesson has given one. The picked questions are shuffled again so lessons do not come in blocks.

    When the lessons mark questions ``challenge: true`` (the pack's booth challenge set), only marked
    questions are drawn, the same way; if they are fewer than ``count``, the rest are drawn from the
    other questions. Without marks, every question may be drawn.
    """
    rng = random.Random(f"{seed}/challenge/{attempt}")
    marked = any(q.challenge for lesson in lessons if lesson.quiz for q in lesson.quiz.questions)
    chosen: list[list[DrawnQuestion]] = []  # per lesson: the set's questions (all, without a set)
    others: list[list[DrawnQuestion]] = []  # per lesson: the rest, to top a small set up
    for lesson in sorted(lessons, key=lambda item: item.id):
        if lesson.quiz is None or not lesson.quiz.questions:
            continue
        shuffle = lesson.quiz.shuffle_choices
        pool = [DrawnQuestion(lesson.id, lesson.folder, q, shuffle) for q in lesson.quiz.questions]
        rng.shuffle(pool)
        chosen.append([d for d in pool if d.question.challenge or not marked])
        others.append([d for d in pool if marked and not d.question.challenge])
    order = list(range(len(chosen)))
    rng.shuffle(order)
    picked = _take_turns([chosen[i] for i in order], count)
    picked += _take_turns([others[i] for i in order], count - len(picked))
    rng.shuffle(picked)
    return tuple(picked)


def _take_turns(pools: list[list[DrawnQuestion]], count: int) -> list[DrawnQuestion]:
    """Up to ``count`` questions, one from each pool in turn, round after round (the pools are used up)."""
    picked: list[DrawnQuestion] = []
    while len(picked) < count and any(pools):
        for pool in pools:
            if pool and len(picked) < count:
                picked.append(pool.pop())
    return picked
