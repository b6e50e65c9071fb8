"""Synthetic visitors for ``kiosk results demo``: what each one does and which choices they pick.

Only decisions live here (seeded, no clocks, no storage), so the patterns can be tested on their own:
most questions are answered well, a few "hard" ones are mostly missed, and people who miss a question
tend to pick the same tempting wrong choice, as real visitors with a shared misconception do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from kiosk.content.model import Choice, Question
from kiosk.journey.records import VisitEnd

#: share of questions that are "hard" (right for only a third or so of visitors)
HARD_SHARE = 0.15


@dataclass(frozen=True)
class QuestionTraits:
    """How a question behaves across all visitors: how often it is right, and its favourite wrong choice."""

    right_chance: float
    misconception: str | None  # the wrong choice id most people who miss it pick
    hard: bool


@lru_cache(maxsize=4096)
def question_traits(seed: int, lesson_id: str, question: Question) -> QuestionTraits:
    """The same question gets the same traits in every run with the same seed (and in every language)."""
    rnd = random.Random(f"{seed}:{lesson_id}:{question.id}")
    hard = rnd.random() < HARD_SHARE
    right_chance = rnd.uniform(0.2, 0.45) if hard else rnd.uniform(0.6, 0.92)
    wrong = sorted(c.id for c in question.choices if not c.correct)
    return QuestionTraits(right_chance, rnd.choice(wrong) if wrong else None, hard)


@dataclass(frozen=True)
class VisitPlan:
    """What one visitor will do, decided before they touch the screen."""

    language: str
    lessons: tuple[str, ...]  # lesson ids, in the order they open them
    skill: float  # added to every question's right chance
    leaves_lesson_early: float  # chance of walking away from each lesson part-way
    ending: VisitEnd


class DemoVisitor:
    """One synthetic visitor: a plan, and the choices they pick for each question shown."""

    def __init__(
        self, rnd: random.Random, seed: int, languages: tuple[str, ...], lesson_ids: tuple[str, ...]
    ):
        self.rnd = rnd
        self.seed = seed
        self.plan = self._make_plan(languages, lesson_ids)

    def _make_plan(self, languages: tuple[str, ...], lesson_ids: tuple[str, ...]) -> VisitPlan:
        rnd = self.rnd
        # The first language is the kiosk's; about a third of visitors switch to another one.
        language = languages[0] if len(languages) == 1 or rnd.random() < 0.65 else rnd.choice(languages[1:])
        # Early lessons in the catalogue are opened more often than later ones.
        weights = [1.0 / (1 + 0.25 * i) for i in range(len(lesson_ids))]
        count = min(len(lesson_ids), rnd.choices([1, 2, 3, 4], weights=[50, 30, 15, 5])[0])
        chosen: list[str] = []
        while len(chosen) < count:
            pick = rnd.choices(lesson_ids, weights=weights)[0]
            if pick not in chosen:
                chosen.append(pick)
        ending = rnd.choices(list(VisitEnd), weights=[65, 28, 7])[0]
        return VisitPlan(language, tuple(chosen), rnd.gauss(0, 0.08), rnd.uniform(0.0, 0.2), ending)

    def reading_seconds(self) -> float:
        return min(120.0, self.rnd.lognormvariate(2.8, 0.5))  # about 16 s per page, a long tail

    def answer_seconds(self, traits: QuestionTraits) -> float:
        return min(90.0, self.rnd.lognormvariate(2.3 if not traits.hard else 2.6, 0.45))

    def leaves_now(self) -> bool:
        return self.rnd.random() < self.plan.leaves_lesson_early / 4

    def choose(self, lesson_id: str, question: Question, shown: tuple[Choice, ...]) -> tuple[str, ...]:
        """The choice ids this visitor taps for ``question`` (shown in the order ``shown``)."""
        traits = question_traits(self.seed, lesson_id, question)
        right = sorted(c.id for c in shown if c.correct)
        wrong = [c.id for c in shown if not c.correct]
        chance = min(0.98, max(0.02, traits.right_chance + self.plan.skill))
        if self.rnd.random() < chance or not wrong:
            return tuple(right)
        tempting = traits.misconception if traits.misconception in wrong else None
        pick = tempting if tempting and self.rnd.random() < 0.7 else self.rnd.choice(wrong)
        if len(right) <= 1:
            return (pick,)
        # "Select all that apply": forget one right choice, or add a tempting wrong one, or both.
        kept = list(right)
        style = self.rnd.random()
        if style < 0.4:
            kept.remove(self.rnd.choice(kept))
        elif style < 0.8:
            kept.append(pick)
        else:
            kept.remove(self.rnd.choice(kept))
            kept.append(pick)
        return tuple(sorted(kept))
