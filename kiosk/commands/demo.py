"""``kiosk results demo``: fill a database with synthetic visits played through the real journey and store.

Each synthetic visitor (``demo_visitor``) taps through a real ``Journey`` on the real lesson pack with a
fake clock, and the journey records into the real ``ResultsStore``: the data has the shape real data has.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from kiosk.commands.demo_visitor import DemoVisitor, question_traits
from kiosk.content.model import Lesson, LessonEntry, Pack
from kiosk.journey import Journey, Screen
from kiosk.journey.records import VisitEnd
from kiosk.results.store import ResultsStore

#: called as progress(visits_done, visits_total)
DemoProgress = Callable[[int, int], None]

#: visits are spread over booth hours, UTC
OPENING, CLOSING = time(9, 0), time(17, 0)


class DemoClock:
    """The journey's clocks, moved forward by the demo instead of by real time."""

    def __init__(self, start: datetime) -> None:
        self.at = start
        self.elapsed = 0.0

    def now(self) -> datetime:
        return self.at

    def monotonic(self) -> float:
        return self.elapsed

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)
        self.elapsed += seconds

    def jump_to(self, moment: datetime) -> None:
        # Wall time may go back (a busy hour is served by several kiosks at once); the monotonic clock,
        # which times answers, only ever moves forward.
        self.at = moment


@dataclass(frozen=True)
class DemoReport:
    visits: int
    answers: int
    quiz_results: int
    lessons: tuple[str, ...]  # the lessons visitors could open


def bundled_pack(folder: Path | None = None) -> tuple[Pack, Callable[[LessonEntry, str], Lesson]]:
    """The lesson pack (the bundled one by default) and a loader that parses each lesson only once."""
    from kiosk import paths
    from kiosk.content.loader import load_lesson, load_pack

    pack = load_pack(folder or paths.default_lessons_dir())
    cache: dict[tuple[str, str], Lesson] = {}

    def load(entry: LessonEntry, language: str) -> Lesson:
        key = (entry.id, language)
        if key not in cache:
            cache[key] = load_lesson(entry, language)
        return cache[key]

    return pack, load


def arrival_times(rnd: random.Random, visits: int, first_day: date, days: int) -> list[datetime]:
    """Sorted start times: the visits spread evenly over the days, at random during booth hours."""
    opening = datetime.combine(first_day, OPENING, tzinfo=UTC)
    hours = (datetime.combine(first_day, CLOSING) - datetime.combine(first_day, OPENING)).total_seconds()
    times = []
    for i in range(visits):
        day = i * days // max(1, visits)
        times.append(opening + timedelta(days=day, seconds=rnd.uniform(0, hours)))
    return sorted(times)


def run_demo(
    store: ResultsStore,
    visits: int,
    *,
    seed: int = 1,
    pack: Pack | None = None,
    load_lesson: Callable[[LessonEntry, str], Lesson] | None = None,
    first_day: date | None = None,
    days: int = 3,
    kiosk_name: str = "demo-kiosk",
    event_label: str = "demo",
    progress: DemoProgress | None = None,
    batch: int = 200,
) -> DemoReport:
    """Play ``visits`` synthetic visits through a real journey that records into ``store``."""
    if pack is None or load_lesson is None:
        pack, load_lesson = bundled_pack()
    lesson_ids = tuple(entry.id for entry in pack.lessons)
    if not lesson_ids:
        raise ValueError(f"{pack.root}: the lesson pack has no lessons to play")
    rnd = random.Random(seed)
    first_day = first_day or (datetime.now(UTC).date() - timedelta(days=days - 1))
    arrivals = arrival_times(rnd, visits, first_day, days)
    clock = DemoClock(arrivals[0] if arrivals else datetime.combine(first_day, OPENING, tzinfo=UTC))
    journey = Journey(
        pack,
        load_lesson,
        store,
        kiosk_name=kiosk_name,
        event_label=event_label,
        now=clock.now,
        monotonic=clock.monotonic,
        new_seed=lambda: rnd.getrandbits(64),
    )
    languages = (pack.default_language, *(lang for lang in pack.languages if lang != pack.default_language))
    answers = quiz_results = 0
    done = 0
    while done < visits:
        # Commit a batch of visits at a time: the store's own commits become savepoints inside it, so
        # the demo is fast without touching how the store records.
        chunk = arrivals[done : done + batch]
        if store.db is not None:
            with store.db.atomic():
                counts = [
                    _play_visit(journey, clock, DemoVisitor(rnd, seed, languages, lesson_ids), at)
                    for at in chunk
                ]
        else:
            counts = [
                _play_visit(journey, clock, DemoVisitor(rnd, seed, languages, lesson_ids), at) for at in chunk
            ]
        answers += sum(a for a, _ in counts)
        quiz_results += sum(q for _, q in counts)
        done += len(chunk)
        if progress is not None:
            progress(done, visits)
    store.flush()
    return DemoReport(visits, answers, quiz_results, lesson_ids)


def _play_visit(
    journey: Journey, clock: DemoClock, visitor: DemoVisitor, arrival: datetime
) -> tuple[int, int]:
    """One visit from the attract screen to its end; returns (answers given, quizzes finished)."""
    plan = visitor.plan
    clock.jump_to(arrival)
    if plan.language != journey.language and plan.language in journey.languages:
        journey.set_language(plan.language)
    journey.start()
    answers = quizzes = 0
    for lesson_id in plan.lessons:
        clock.advance(visitor.rnd.uniform(2, 8))  # looking at the catalogue
        if not journey.open_lesson(lesson_id).ok:
            continue
        while journey.screen is Screen.READER:
            clock.advance(visitor.reading_seconds())
            if visitor.leaves_now():
                journey.leave_lesson()
                break
            journey.next_page()
        while journey.screen is Screen.QUESTION:
            shown = journey.question
            lesson = journey.lesson
            assert lesson is not None
            for choice_id in visitor.choose(lesson.id, shown.question, shown.choices):
                clock.advance(visitor.rnd.uniform(0.3, 1.5))
                journey.toggle_choice(choice_id)
            traits = question_traits(visitor.seed, lesson.id, shown.question)
            clock.advance(visitor.answer_seconds(traits))
            journey.confirm()
            answers += 1
            clock.advance(visitor.reading_seconds() / 2)  # reading the feedback
            if visitor.leaves_now():
                journey.leave_lesson()
                break
            journey.next_question()
        if journey.screen is Screen.RESULT:
            quizzes += 1
            clock.advance(visitor.rnd.uniform(3, 12))
            journey.try_another()
    if plan.ending is VisitEnd.FINISHED and journey.screen in (Screen.CATALOGUE, Screen.RESULT):
        journey.finish()
    elif plan.ending is VisitEnd.IDLE:
        clock.advance(100)  # the idle timeout and the "Still there?" countdown
        journey.idle_reset()
    else:
        journey.abandon()
    return answers, quizzes
