"""The visitor's journey: attract -> catalogue -> lesson pages -> questions -> result, and idle resets.

``Journey`` holds every rule of a visit and no Qt: the UI calls a method for each tap and renders what
the journey then holds (or what the call returned). Everything about the visitor lives in ``Visit``,
which is dropped whole when the visit ends, so nothing of one visitor survives to the next.
"""

from __future__ import annotations

import html
import logging
import random
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiosk.content.diagnostics import ContentError
from kiosk.content.model import Lesson, LessonEntry, LessonMeta, Pack, Page, Quiz
from kiosk.journey import challenge as booth
from kiosk.journey import kinds
from kiosk.journey.outcomes import AnswerOutcome, OpenLesson, PresentedQuestion, QuizResult
from kiosk.journey.quiz_run import QuizRun
from kiosk.journey.records import (
    AnswerRecord,
    NullRecorder,
    QuizResultRecord,
    Recorder,
    ShownQuestion,
    VisitEnd,
)
from kiosk.journey.rewards import Achievement, RewardDesk, RewardOutcome, RewardStatus
from kiosk.journey.scoring import is_correct
from kiosk.journey.states import JourneyError, Screen
from kiosk.journey.switch import Place, place_in

log = logging.getLogger(__name__)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _words(fragment_html: str) -> str:
    """Rendered lesson HTML as one line of plain text (what the visitor read, without markup)."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment_html))).strip()


def _new_id() -> str:
    """A random id for a visit or an answer."""
    return str(uuid.uuid4())


LessonLoader = Callable[[LessonEntry, str], Lesson]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _new_seed() -> int:
    return random.SystemRandom().getrandbits(64)


@dataclass
class Visit:
    """Everything the kiosk knows about the current visitor; thrown away when they leave."""

    id: str
    seed: int
    language: str
    finished: set[str] = field(default_factory=set)  # lesson ids, for the catalogue's ticks
    attempts: dict[str, int] = field(default_factory=dict)  # lesson id -> quiz attempts started
    rewarded: bool = False  # a reward (or a draw for one) was given: one per visit


class Journey:
    def __init__(
        self,
        pack: Pack,
        load_lesson: LessonLoader,
        recorder: Recorder | None = None,
        *,
        language: str | None = None,
        kiosk_name: str = "",
        event_label: str = "",
        now: Callable[[], datetime] = _utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        new_seed: Callable[[], int] = _new_seed,
        challenge: booth.ChallengePlan | None = None,
        rewards: RewardDesk | None = None,
    ) -> None:
        self.pack = pack
        self._load_lesson = load_lesson
        if recorder is None:
            recorder = NullRecorder()
        self._recorder: Recorder = recorder
        self._now, self._monotonic, self._new_seed = now, monotonic, new_seed
        self.kiosk_name, self.event_label = kiosk_name, event_label
        #: the booth challenge as the operator set it up (None: off), and who hands out rewards
        self.challenge_plan = challenge
        self.rewards = rewards
        self.home_language = language if language in pack.languages else pack.default_language
        self.language = self.home_language
        self._reset()

    def _reset(self) -> None:
        self.screen = Screen.ATTRACT
        self.language = self.home_language
        self.visit: Visit | None = None
        self.lesson: Lesson | None = None
        self.page_index = 0
        self.quiz_run: QuizRun | None = None
        self.outcome: AnswerOutcome | None = None
        self.result: QuizResult | None = None
        self.reward: RewardOutcome | None = None  # what the last finished quiz earned, for its result
        self._shown_at = 0.0

    # -- what the UI reads ---------------------------------------------------------------------------

    @property
    def languages(self) -> tuple[str, ...]:
        return self.pack.languages

    @property
    def can_switch_language(self) -> bool:
        """A pack in several languages offers the switch on every screen (the visitor keeps their place)."""
        return len(self.pack.languages) > 1

    def can_show_in(self, language: str) -> bool:
        """Whether switching to ``language`` keeps the visitor where they are: outside a lesson always
        (for a pack language); inside one, only if the lesson has a version in that language."""
        if language not in self.pack.languages:
            return False
        if self.lesson is None or language == self.lesson.language:
            return True
        entry = self.pack.lesson(self.lesson.id)
        return entry is not None and language in entry.versions

    @property
    def language_choices(self) -> tuple[tuple[str, bool], ...]:
        """The languages the switch offers, each with whether it can be taken here (none: no switch)."""
        if not self.can_switch_language:
            return ()
        return tuple((code, self.can_show_in(code)) for code in self.pack.languages)

    @property
    def idle_applies(self) -> bool:
        """The attract screen never times out: there is nobody's visit to end."""
        return self.screen is not Screen.ATTRACT

    @property
    def can_start_challenge(self) -> bool:
        return self.challenge_plan is not None and self.screen in (Screen.ATTRACT, Screen.CATALOGUE)

    @property
    def in_challenge(self) -> bool:
        return self.lesson is not None and self.lesson.id == booth.CHALLENGE_ID

    @property
    def only_challenge(self) -> bool:
        """The challenge is all the kiosk offers: no catalogue, and its result leads back to the start."""
        return self.challenge_plan is not None and self.challenge_plan.only

    @property
    def finished_lessons(self) -> frozenset[str]:
        return frozenset(self.visit.finished) if self.visit else frozenset()

    @property
    def page(self) -> Page:
        return self._need_lesson().pages[self.page_index]

    @property
    def page_count(self) -> int:
        return len(self.lesson.pages) if self.lesson else 0

    @property
    def on_last_page(self) -> bool:
        return self.page_index >= self.page_count - 1

    @property
    def has_quiz(self) -> bool:
        return bool(self.lesson and self.lesson.quiz and self.lesson.quiz.questions)

    @property
    def question(self) -> PresentedQuestion:
        return self._need_run().current

    @property
    def selection(self) -> frozenset[str]:
        return frozenset(self.quiz_run.selection) if self.quiz_run else frozenset()

    @property
    def can_confirm(self) -> bool:
        if self.screen is not Screen.QUESTION:
            return False
        return bool(self.selection) or kinds.of(self.question.question).confirm_empty

    # -- what is likely next (read-only: lets the UI prepare ahead of the visitor's tap) -------------

    @property
    def lesson_loader(self) -> LessonLoader:
        return self._load_lesson

    def lessons_to_warm(self) -> tuple[tuple[LessonEntry, str], ...]:
        """Every lesson in every pack language, likeliest to be opened first.

        The kiosk's own language comes first, then the others in the pack's order; within a language,
        lessons go in catalogue order (the cards a visitor sees first). A lesson missing a language
        is left out of that language (opening it shows its default version, listed under that one).
        """
        languages = [self.home_language] + [
            code for code in self.pack.languages if code != self.home_language
        ]
        return tuple(
            (entry, language)
            for language in languages
            for entry in self.pack.lessons
            if language in entry.versions
        )

    @property
    def upcoming_result(self) -> QuizResult | None:
        """On the last question's feedback, the result that Next will show (nothing is recorded yet)."""
        if self.screen is Screen.FEEDBACK and self.quiz_run is not None and self.quiz_run.is_last:
            return self.quiz_run.result()
        return None

    # -- taps ------------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """The visitor chose ``language``: everything shown switches, and the visitor keeps their place.

        In a lesson the lesson is opened again in ``language`` at the same page, or at the same question
        with the same choices in the same order, the same selection or feedback, or on the same result;
        answers already given stay recorded in the language they were given in. Refused (JourneyError,
        nothing changed) when the lesson has no usable version in ``language``.
        """
        if language not in self.pack.languages:
            raise JourneyError(f"the pack has no language {language!r}")
        if not self.can_switch_language:
            raise JourneyError("the pack has a single language")
        if self.lesson is not None and language != self.lesson.language:
            self._show_lesson_in(language)
        self.language = language
        if self.visit is None:
            # Chosen on the attract screen before touching start: it is this visitor's language, and
            # the next visitor gets the kiosk's own language back.
            return
        self.visit.language = language

    def start(self) -> None:
        """The visitor touched the attract screen: a visit begins."""
        self._expect(Screen.ATTRACT)
        self.visit = Visit(id=_new_id(), seed=self._new_seed(), language=self.language)
        self._recorder.start_visit(
            visit_id=self.visit.id,
            started_at=self._now(),
            language=self.language,
            kiosk_name=self.kiosk_name,
            event_label=self.event_label,
        )
        self.screen = Screen.CATALOGUE
        if self.only_challenge and not self.start_challenge().ok:
            log.error("the booth challenge has no question to ask; showing the lessons instead")

    def start_challenge(self) -> OpenLesson:
        """The booth challenge: questions drawn across the pack's lessons in the visitor's language.

        From the attract screen it starts the visit too; from the challenge's result it is a new draw.
        A lesson that cannot be loaded is left out of the draw. Nothing to ask leaves the visitor where
        they were (the catalogue), with the reason for the log.
        """
        plan = self.challenge_plan
        if plan is None:
            raise JourneyError("the booth challenge is off")
        self._expect(Screen.ATTRACT, Screen.CATALOGUE, Screen.CHALLENGE_RESULT)
        if self.screen is Screen.ATTRACT:
            self.start()
            if self.in_challenge:
                return OpenLesson(True)  # only mode: start() began it already
        visit = self._need_visit()
        lessons = []
        for entry in booth.candidates(self.pack.lessons, plan, self.language):
            try:
                lessons.append(self._load_lesson(entry, self.language))
            except ContentError as exc:
                log.warning("lesson %s is left out of the booth challenge: %s", entry.id, exc)
        attempt = visit.attempts.get(booth.CHALLENGE_ID, 0) + 1
        drawn = booth.draw(lessons, plan.questions, seed=visit.seed, attempt=attempt)
        if not drawn:
            if self.screen is Screen.CHALLENGE_RESULT:
                self._close_lesson()
            return OpenLesson(False, f"no lesson has a quiz in {self.language} to draw the challenge from")
        meta = LessonMeta(
            id=booth.CHALLENGE_ID, language=self.language, title="", path=self.pack.root / "challenge.md"
        )
        quiz = Quiz(questions=tuple(d.question for d in drawn), pass_mark=plan.pass_mark)
        self.lesson, self.page_index = Lesson(meta=meta, pages=(), quiz=quiz), 0
        self.outcome = self.result = self.reward = None
        self.quiz_run = QuizRun.challenge(booth.CHALLENGE_ID, quiz, drawn, seed=visit.seed ^ attempt)
        visit.attempts[booth.CHALLENGE_ID] = attempt
        self._shown_at = self._monotonic()
        self.screen = Screen.QUESTION
        self._record_shown()
        return OpenLesson(True)

    def retry_challenge(self) -> None:
        """ "Try another challenge" on its result: a fresh draw."""
        self._expect(Screen.CHALLENGE_RESULT)
        self.start_challenge()

    def open_lesson(self, lesson_id: str) -> OpenLesson:
        self._expect(Screen.CATALOGUE)
        entry = self.pack.lesson(lesson_id)
        if entry is None:
            raise JourneyError(f"no lesson {lesson_id!r} in the pack")
        try:
            lesson = self._load_lesson(entry, self.language)
        except ContentError as exc:
            # The catalogue stays up; the UI says the lesson cannot be shown and logs why.
            return OpenLesson(False, str(exc))
        if not lesson.pages and not (lesson.quiz and lesson.quiz.questions):
            return OpenLesson(False, f"{entry.folder}: the lesson has no pages and no quiz")
        self.lesson, self.page_index = lesson, 0
        self.quiz_run = self.outcome = self.result = None
        if lesson.pages:
            self.screen = Screen.READER
        else:
            self._start_quiz()
        return OpenLesson(True)

    def next_page(self) -> None:
        """Next on a lesson page: the next page, then the quiz (or, without a quiz, back to the list)."""
        self._expect(Screen.READER)
        if not self.on_last_page:
            self.page_index += 1
        elif self.has_quiz:
            self._start_quiz()
        else:
            self._need_visit().finished.add(self._need_lesson().id)
            self._close_lesson()

    def previous_page(self) -> None:
        """Back on a lesson page: the page before, or the catalogue from the first page."""
        self._expect(Screen.READER)
        if self.page_index > 0:
            self.page_index -= 1
        else:
            self._close_lesson()

    def show_page(self, index: int) -> None:
        """A tap on a page dot (or a swipe): that page of the lesson, 0-based."""
        self._expect(Screen.READER)
        if not 0 <= index < self.page_count:
            raise JourneyError(f"the lesson has no page {index + 1}")
        self.page_index = index

    def leave_lesson(self) -> None:
        """The visitor gave up on the lesson (the "Lessons" button): answers already given stay recorded."""
        self._expect(Screen.READER, Screen.QUESTION, Screen.FEEDBACK)
        if self.only_challenge:
            self._end("abandoned")  # no catalogue to go back to: the start screen again
            return
        self._close_lesson()

    def toggle_choice(self, choice_id: str) -> None:
        self._expect(Screen.QUESTION)
        self._need_run().toggle(choice_id)

    def confirm(self) -> AnswerOutcome:
        """Check the selection, record the answer (before any feedback shows), and say how it went."""
        self._expect(Screen.QUESTION)
        run, visit, lesson = self._need_run(), self._need_visit(), self._need_lesson()
        if not run.selection and not kinds.of(run.current.question).confirm_empty:
            raise JourneyError("nothing is chosen yet")
        shown, chosen = run.current, frozenset(run.selection)
        correct = is_correct(shown.question, chosen)
        # A challenge question counts for its own lesson's question (the item analysis); the challenge's
        # score goes into quiz_results under CHALLENGE_ID.
        lesson_id = shown.lesson_id or lesson.id
        self._recorder.record_answer(
            AnswerRecord(
                id=_new_id(),
                visit_id=visit.id,
                lesson_id=lesson_id,
                question_id=shown.question.id,
                question_hash=shown.question.content_hash,
                chosen=tuple(sorted(chosen)),
                correct=correct,
                seconds=max(0.0, self._monotonic() - self._shown_at),
                answered_at=self._now(),
                language=lesson.language,
            )
        )
        run.answers.append((shown, chosen, correct))
        rate = self._recorder.correct_rate(lesson_id, shown.question.id)
        self.outcome = AnswerOutcome.of(shown, chosen, correct, rate, run.is_last)
        self.screen = Screen.FEEDBACK
        return self.outcome

    def next_question(self) -> None:
        """Next after feedback: the next question, or the result once the last one is answered."""
        self._expect(Screen.FEEDBACK)
        run, visit, lesson = self._need_run(), self._need_visit(), self._need_lesson()
        self.outcome = None
        if not run.is_last:
            run.index += 1
            run.selection = set()
            self._shown_at = self._monotonic()
            self.screen = Screen.QUESTION
            self._record_shown()
            return
        self.result = run.result()
        self._recorder.record_quiz_result(
            QuizResultRecord(
                id=_new_id(),
                visit_id=visit.id,
                lesson_id=lesson.id,
                score=self.result.score,
                maximum=self.result.maximum,
                passed=self.result.passed,
                finished_at=self._now(),
                language=lesson.language,
            )
        )
        challenge = lesson.id == booth.CHALLENGE_ID
        if not challenge:
            visit.finished.add(lesson.id)
        self.screen = Screen.CHALLENGE_RESULT if challenge else Screen.RESULT
        self.reward = self._claim_reward(
            Achievement(challenge, self.result.score, self.result.maximum, self.result.passed)
        )

    def try_another(self) -> None:
        """ "Try another lesson" on the result screen: back to the catalogue, ticks kept."""
        self._expect(Screen.RESULT, Screen.CHALLENGE_RESULT)
        if self.only_challenge:
            raise JourneyError("there is no catalogue when the challenge is the only mode")
        self._close_lesson()

    def retry_lesson(self) -> None:
        """ "Try this lesson again" on the result screen: the same lesson from its first page.

        The lesson is read again before the quiz (the point is to learn it, not to guess again), and
        the quiz that follows is a new attempt, its choices in another order.
        """
        self._expect(Screen.RESULT)
        self.page_index = 0
        self.quiz_run = self.outcome = self.result = self.reward = None
        if self._need_lesson().pages:
            self.screen = Screen.READER
        else:
            self._start_quiz()

    def finish(self) -> None:
        """ "Finish" on the result screen (or the catalogue): the visit ends and the kiosk is clean."""
        self._expect(Screen.RESULT, Screen.CATALOGUE, Screen.CHALLENGE_RESULT)
        self._end("finished")

    def idle_reset(self) -> None:
        """Nobody answered "Still there?": end the visit and forget everything about the visitor."""
        self._end("idle")

    def abandon(self) -> None:
        """The app is closing or the operator took over: end any visit without counting it as finished."""
        self._end("abandoned")

    # -- internals ---------------------------------------------------------------------------------------

    def _claim_reward(self, achievement: Achievement) -> RewardOutcome | None:
        """Ask the reward desk once per visit; a desk that fails costs the visitor nothing but the reward."""
        visit = self._need_visit()
        if self.rewards is None or visit.rewarded:
            return None
        try:
            outcome = self.rewards.claim(achievement)
        except Exception:
            log.exception("the reward desk failed")
            return RewardOutcome(RewardStatus.UNAVAILABLE)
        if outcome is not None and outcome.status in (RewardStatus.WON, RewardStatus.LOST_DRAW):
            visit.rewarded = True
        return outcome

    def _show_lesson_in(self, language: str) -> None:
        """Swap the open lesson (and any quiz run, feedback, result) for its version in ``language``."""
        lesson = self._need_lesson()
        entry = self.pack.lesson(lesson.id)
        if entry is None or not self.can_show_in(language):
            raise JourneyError(f"lesson {lesson.id!r} has no version in {language!r}")
        here = Place(lesson, self.page_index, self.quiz_run, self.outcome, self.result)
        there = place_in(language, here, entry, self._load_lesson, reading=self.screen is Screen.READER)
        self.lesson, self.page_index, self.quiz_run = there.lesson, there.page_index, there.quiz_run
        self.outcome, self.result = there.outcome, there.result

    def _start_quiz(self) -> None:
        visit, lesson = self._need_visit(), self._need_lesson()
        self.quiz_run = self._next_run(visit, lesson)
        visit.attempts[lesson.id] = visit.attempts.get(lesson.id, 0) + 1  # the attempt just started
        self._shown_at = self._monotonic()
        self.screen = Screen.QUESTION
        self._record_shown()

    def _record_shown(self) -> None:
        """The words of the question now on screen, for reports that name it (no visitor data)."""
        lesson, shown = self._need_lesson(), self._need_run().current
        question, lesson_id, title = shown.question, lesson.id, lesson.meta.title
        if shown.lesson_id:  # a challenge question: it is its own lesson's
            entry = self.pack.lesson(shown.lesson_id)
            lesson_id = shown.lesson_id
            title = entry.meta(lesson.language).title if entry is not None else shown.lesson_id
        self._recorder.record_shown(
            ShownQuestion(
                lesson_id=lesson_id,
                lesson_title=title,
                question_id=question.id,
                question_hash=question.content_hash,
                language=lesson.language,
                text=_words(question.html),
                choices=tuple((c.id, _words(c.html), c.correct) for c in question.choices),
                shown_at=self._now(),
            )
        )

    @staticmethod
    def _next_run(visit: Visit, lesson: Lesson) -> QuizRun:
        """The quiz run of this visitor's next attempt at ``lesson`` (its order depends on the attempt)."""
        assert lesson.quiz is not None
        attempt = visit.attempts.get(lesson.id, 0) + 1
        return QuizRun.start(lesson.id, lesson.quiz, seed=visit.seed, attempt=attempt)

    def _close_lesson(self) -> None:
        self.lesson, self.page_index = None, 0
        self.quiz_run = self.outcome = self.result = self.reward = None
        self.screen = Screen.CATALOGUE

    def _end(self, how: str) -> None:
        """End any visit the way ``how`` names (a ``VisitEnd`` value) and forget the visitor."""
        if self.visit is not None:
            self._recorder.end_visit(self.visit.id, self._now(), VisitEnd(how))
        self._reset()

    def _expect(self, *screens: Screen) -> None:
        if self.screen not in screens:
            allowed = " or ".join(screens)
            raise JourneyError(f"this needs the {allowed} screen, but the journey is on {self.screen}")

    def _need_visit(self) -> Visit:
        if self.visit is None:
            raise JourneyError("no visit has started")
        return self.visit

    def _need_lesson(self) -> Lesson:
        if self.lesson is None:
            raise JourneyError("no lesson is open")
        return self.lesson

    def _need_run(self) -> QuizRun:
        if self.quiz_run is None:
            raise JourneyError("no quiz is running")
        return self.quiz_run
