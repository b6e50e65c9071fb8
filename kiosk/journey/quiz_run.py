"""One attempt at a lesson's quiz: the questions asked, the current selection and the answers given."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kiosk.content.model import Quiz
from kiosk.journey import kinds, scoring
from kiosk.journey.challenge import DrawnQuestion
from kiosk.journey.outcomes import MissedQuestion, PresentedQuestion, QuizResult
from kiosk.journey.shuffle import choice_order, questions_to_ask


@dataclass
class QuizRun:
    lesson_id: str
    quiz: Quiz
    presented: tuple[PresentedQuestion, ...]
    index: int = 0
    selection: set[str] = field(default_factory=set)
    answers: list[tuple[PresentedQuestion, frozenset[str], bool]] = field(default_factory=list)

    @classmethod
    def start(cls, lesson_id: str, quiz: Quiz, *, seed: int, attempt: int) -> QuizRun:
        questions = questions_to_ask(quiz, seed=seed, lesson_id=lesson_id, attempt=attempt)
        presented = []
        for number, question in enumerate(questions, start=1):
            order = choice_order(question, seed=seed, lesson_id=lesson_id, shuffle=quiz.shuffle_choices)
            by_id = {c.id: c for c in question.choices}
            presented.append(
                PresentedQuestion(question, tuple(by_id[i] for i in order), number, len(questions))
            )
        return cls(lesson_id, quiz, tuple(presented))

    @classmethod
    def challenge(cls, lesson_id: str, quiz: Quiz, drawn: Sequence[DrawnQuestion], *, seed: int) -> QuizRun:
        """A run over questions drawn from several lessons, each keeping its own lesson and folder."""
        presented = []
        for number, item in enumerate(drawn, start=1):
            order = choice_order(item.question, seed=seed, lesson_id=item.lesson_id, shuffle=item.shuffle)
            by_id = {c.id: c for c in item.question.choices}
            presented.append(
                PresentedQuestion(
                    item.question,
                    tuple(by_id[i] for i in order),
                    number,
                    len(drawn),
                    lesson_id=item.lesson_id,
                    folder=item.folder,
                )
            )
        return cls(lesson_id, quiz, tuple(presented))

    def translated(self, quiz: Quiz) -> QuizRun:
        """This run in another language's ``quiz``: the same questions, choice order, place, selection
        and answers, in the other words. A translation must keep the question and choice ids (``kiosk
        check`` says so); raises KeyError when ``quiz`` lacks one, so the run is never half-translated."""
        questions = {q.id: q for q in quiz.questions}

        def translate(shown: PresentedQuestion) -> PresentedQuestion:
            question = questions[shown.question.id]
            choices = {c.id: c for c in question.choices}
            if set(choices) != {c.id for c in shown.choices}:
                raise KeyError(f"question {question.id!r} has other choices in the translation")
            return PresentedQuestion(
                question, tuple(choices[c.id] for c in shown.choices), shown.number, shown.total
            )

        return QuizRun(
            self.lesson_id,
            quiz,
            tuple(translate(shown) for shown in self.presented),
            self.index,
            set(self.selection),
            [(translate(shown), chosen, correct) for shown, chosen, correct in self.answers],
        )

    @property
    def current(self) -> PresentedQuestion:
        return self.presented[self.index]

    @property
    def is_last(self) -> bool:
        return self.index >= len(self.presented) - 1

    @property
    def score(self) -> int:
        return sum(1 for _, _, correct in self.answers if correct)

    def toggle(self, choice_id: str) -> None:
        """A tap on a choice: the question's kind says what it does (choose it instead, or add/remove it)."""
        if choice_id not in {c.id for c in self.current.choices}:
            raise KeyError(choice_id)
        self.selection = set(kinds.of(self.current.question).tap(frozenset(self.selection), choice_id))

    def result(self) -> QuizResult:
        score, maximum = self.score, len(self.presented)
        missed = tuple(
            MissedQuestion(
                shown.question,
                chosen,
                tuple(c for c in shown.choices if c.correct),
            )
            for shown, chosen, correct in self.answers
            if not correct
        )
        return QuizResult(
            lesson_id=self.lesson_id,
            score=score,
            maximum=maximum,
            pass_mark=self.quiz.pass_mark,
            passed=scoring.passed(score, maximum, self.quiz.pass_mark),
            percent=scoring.percent(score, maximum),
            missed=missed,
        )
