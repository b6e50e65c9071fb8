"""The visitor's journey: attract -> catalogue -> lesson pages -> questions -> result, and idle resets.

``Journey`` holds every rule of a visit and no Qt: the UI calls a method for each tap and renders what
the journey then holds (or what the call returned). Everything about the visitor lives in ``Visit``,
which is dropped whole when the visit ends, so nothing of one visitor survives to the next.
"""

from __future__ import annotations

import html
import random
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiosk.content.diagnostics import ContentError
from kiosk.content.model import Lesson, LessonEntry, Pack, Page
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
from kiosk.journey.scoring import is_correct
from kiosk.journey.states import JourneyError, Screen

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
    ) -> None:
        self.pack = pack
        self._load_lesson = load_lesson
        if recorder is None:
            recorder = NullRecorder()
        self._recorder: Recorder = recorder
        self._now, self._monotonic, self._new_seed = now, monotonic, new_seed
        self.kiosk_name, self.event_label = kiosk_name, event_label
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
        self._recorder.record_answer(
            AnswerRecord(
                id=_new_id(),
                visit_id=visit.id,
                lesson_id=lesson.id,
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
        rate = self._recorder.correct_rate(lesson.id, shown.question.id)
        self.outcome = self._outcome(shown, chosen, correct, rate, run.is_last)
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
        visit.finished.add(lesson.id)
        self.screen = Screen.RESULT

    def try_another(self) -> None:
        """ "Try another lesson" on the result screen: back to the catalogue, ticks kept."""
        self._expect(Screen.RESULT)
        self._close_lesson()

    def retry_lesson(self) -> None:
        """ "Try this lesson again" on the result screen: the same lesson from its first page.

        The lesson is read again before the quiz (the point is to learn it, not to guess again), and
        the quiz that follows is a new attempt, its choices in another order.
        """
        self._expect(Screen.RESULT)
        self.page_index = 0
        self.quiz_run = self.outcome = self.result = None
        if self._need_lesson().pages:
            self.screen = Screen.READER
        else:
            self._start_quiz()

    def finish(self) -> None:
        """ "Finish" on the result screen (or the catalogue): the visit ends and the kiosk is clean."""
        self._expect(Screen.RESULT, Screen.CATALOGUE)
        self._end("finished")

    def idle_reset(self) -> None:
        """Nobody answered "Still there?": end the visit and forget everything about the visitor."""
        self._end("idle")

    def abandon(self) -> None:
        """The app is closing or the operator took over: end any visit without counting it as finished."""
        self._end("abandoned")

    # -- internals ---------------------------------------------------------------------------------------

    def _show_lesson_in(self, language: str) -> None:
        """Swap the open lesson (and any quiz run, feedback, result) for its version in ``language``."""
        lesson = self._need_lesson()
        if not self.can_show_in(language):
            raise JourneyError(f"lesson {lesson.id!r} has no version in {language!r}")
        entry = self.pack.lesson(lesson.id)
        assert entry is not None
        try:
            translated = self._load_lesson(entry, language)
        except ContentError as exc:
            raise JourneyError(f"lesson {lesson.id!r} cannot be shown in {language!r}: {exc}") from exc
        if translated.language != language:
            raise JourneyError(f"lesson {lesson.id!r} falls back to {translated.language!r} in {language!r}")
        run = self.quiz_run
        if run is not None:
            if translated.quiz is None:
                raise JourneyError(f"lesson {lesson.id!r} has no quiz in {language!r}")
            try:
                run = run.translated(translated.quiz)
            except KeyError as exc:
                raise JourneyError(f"the quiz of {lesson.id!r} differs in {language!r}: {exc}") from exc
        elif self.screen is Screen.READER and not translated.pages:
            raise JourneyError(f"lesson {lesson.id!r} has no pages in {language!r}")
        # Nothing above changed the journey: from here on the switch happens whole.
        self.lesson = translated
        self.page_index = min(self.page_index, max(0, len(translated.pages) - 1))
        self.quiz_run = run
        if self.outcome is not None and run is not None:
            shown = run.current
            old = self.outcome
            self.outcome = self._outcome(shown, old.chosen, old.correct, old.correct_rate, old.is_last)
        if self.result is not None and run is not None:
            self.result = run.result()

    @staticmethod
    def _outcome(
        shown: PresentedQuestion, chosen: frozenset[str], correct: bool, rate: float | None, is_last: bool
    ) -> AnswerOutcome:
        return AnswerOutcome(
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

    def _start_quiz(self) -> None:
        visit, lesson = self._need_visit(), self._need_lesson()
        self.quiz_run = self._next_run(visit, lesson)
        visit.attempts[lesson.id] = visit.attempts.get(lesson.id, 0) + 1  # the attempt just started
        self._shown_at = self._monotonic()
        self.screen = Screen.QUESTION
        self._record_shown()

    def _record_shown(self) -> None:
        """The words of the question now on screen, for reports that name it (no visitor data)."""
        lesson, question = self._need_lesson(), self._need_run().current.question
        self._recorder.record_shown(
            ShownQuestion(
                lesson_id=lesson.id,
                lesson_title=lesson.meta.title,
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
        self.quiz_run = self.outcome = self.result = None
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
