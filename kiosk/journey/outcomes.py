"""What journey calls return: plain values the UI renders without deciding anything itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.content.model import Choice, Question


@dataclass(frozen=True)
class PresentedQuestion:
    """A question as this visitor sees it: its choices in the visitor's order."""

    question: Question
    choices: tuple[Choice, ...]
    number: int  # 1-based position in this attempt
    total: int
    #: in the booth challenge, the lesson the question comes from and its folder (for pictures);
    #: empty for a lesson's own quiz, whose lesson is the journey's
    lesson_id: str = ""
    folder: Path | None = None

    @property
    def kind(self) -> str:
        """The question's kind (``kiosk.content.kinds``): the screen shows each kind its own way."""
        return self.question.kind


@dataclass(frozen=True)
class AnswerOutcome:
    """What happened when the visitor confirmed an answer."""

    question: PresentedQuestion
    chosen: frozenset[str]
    correct: bool
    #: feedback written for the choices the visitor picked, in display order (empty ones left out)
    chosen_feedback_html: tuple[str, ...]
    explanation_html: str
    #: share of earlier visitors who got it right (0..1), or None when too few answered
    correct_rate: float | None
    is_last: bool

    @property
    def correct_ids(self) -> frozenset[str]:
        return self.question.question.correct_ids

    @classmethod
    def of(
        cls,
        shown: PresentedQuestion,
        chosen: frozenset[str],
        correct: bool,
        rate: float | None,
        is_last: bool,
    ) -> AnswerOutcome:
        """The outcome of choosing ``chosen`` on ``shown``: its words come from the question and choices."""
        return cls(
            question=shown,
            chosen=chosen,
            correct=correct,
            chosen_feedback_html=tuple(
                c.feedback_html for c in shown.choices if c.id in chosen and c.feedback_html
            ),
            explanation_html=shown.question.explanation_html,
            correct_rate=rate,
            is_last=is_last,
        )

    def told_for(self, shown: PresentedQuestion) -> AnswerOutcome:
        """The same outcome for ``shown``, the same question in another language."""
        return AnswerOutcome.of(shown, self.chosen, self.correct, self.correct_rate, self.is_last)


@dataclass(frozen=True)
class MissedQuestion:
    question: Question
    chosen: frozenset[str]
    right_choices: tuple[Choice, ...]


@dataclass(frozen=True)
class QuizResult:
    lesson_id: str
    score: int
    maximum: int
    pass_mark: int
    passed: bool
    percent: int
    missed: tuple[MissedQuestion, ...]


@dataclass(frozen=True)
class OpenLesson:
    """The answer to opening a lesson: it opened, or a message for the log and why it did not."""

    ok: bool
    problem: str = ""
