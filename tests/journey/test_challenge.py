"""The booth challenge: the draw (seeded, even across lessons, visitor's language only), the journey
through it (from the attract screen, the catalogue, and as the only mode), and what gets recorded."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from kiosk.content.diagnostics import ContentError, error
from kiosk.content.model import Lesson, LessonEntry, Pack, Quiz
from kiosk.journey import Journey, JourneyError, Screen
from kiosk.journey.challenge import CHALLENGE_ID, ChallengePlan, draw
from kiosk.journey.records import VisitEnd
from kiosk.journey.rewards import Achievement, RewardOutcome, RewardStatus
from tests.journey.conftest import ROOT, lesson_meta, make_lesson, question
from tests.support.clock import FakeClock
from tests.support.recorder import FakeRecorder

LESSONS = ("alpha", "bravo", "charlie", "delta")
DEFAULT_PLAN = ChallengePlan()


def quiz_of(lesson_id: str, n: int = 5) -> Quiz:
    return Quiz(questions=tuple(question(f"{lesson_id}-{i}", "a") for i in range(n)))


class Pack4:
    """Four lessons with five questions each in English; only alpha and bravo have a Chinese quiz."""

    def __init__(self) -> None:
        self.broken: set[str] = set()
        self.loads: list[tuple[str, str]] = []

    def meta(self, lesson_id: str, language: str):
        meta = lesson_meta(lesson_id, language)
        translated = language == "en" or lesson_id in ("alpha", "bravo")
        name = "quiz.md" if language == "en" else f"quiz.{language}.md"
        return replace(meta, quiz_path=ROOT / lesson_id / (name if translated else "quiz.md"))

    def pack(self) -> Pack:
        entries = tuple(
            LessonEntry(
                id=lid,
                folder=ROOT / lid,
                versions={lang: self.meta(lid, lang) for lang in ("en", "zh-CN")},
                default_language="en",
            )
            for lid in LESSONS
        )
        return Pack(ROOT, {"en": "Cyber"}, "en", ("en", "zh-CN"), entries)

    def load(self, entry: LessonEntry, language: str) -> Lesson:
        self.loads.append((entry.id, language))
        if entry.id in self.broken:
            raise ContentError(error(entry.folder / "quiz.md", 3, "broken on purpose"))
        lesson = make_lesson(entry.id, language, quiz=quiz_of(entry.id))
        return replace(lesson, meta=self.meta(entry.id, language))


class Desk:
    """A reward desk that wins every time it is asked, and remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[Achievement] = []

    def claim(self, achievement: Achievement) -> RewardOutcome | None:
        self.asked.append(achievement)
        if not achievement.full_marks:
            return None
        return RewardOutcome(RewardStatus.WON)


@pytest.fixture
def pack4() -> Pack4:
    return Pack4()


def make(pack4: Pack4, plan: ChallengePlan | None = DEFAULT_PLAN, **kwargs) -> tuple[Journey, FakeRecorder]:
    recorder = FakeRecorder()
    clock = FakeClock()
    seeds = iter(range(1, 1000))
    journey = Journey(
        pack4.pack(),
        pack4.load,
        recorder,
        now=clock.now,
        monotonic=clock.monotonic,
        new_seed=lambda: next(seeds),
        challenge=plan,
        **kwargs,
    )
    return journey, recorder


def answer_all(journey: Journey, *, right: bool = True) -> None:
    while journey.screen is Screen.QUESTION:
        wanted = "a" if right else "b"
        journey.toggle_choice(wanted)
        journey.confirm()
        journey.next_question()


# -- the draw -------------------------------------------------------------------------------------------


def lessons(n: int = 5) -> list[Lesson]:
    return [make_lesson(lid, quiz=quiz_of(lid, n)) for lid in LESSONS]


def test_the_draw_is_seeded_and_a_new_attempt_draws_afresh() -> None:
    first = draw(lessons(), 8, seed=7, attempt=1)
    assert draw(lessons(), 8, seed=7, attempt=1) == first
    assert draw(lessons(), 8, seed=7, attempt=2) != first
    assert draw(lessons(), 8, seed=8, attempt=1) != first
    assert len({(d.lesson_id, d.question.id) for d in first}) == 8  # no question twice


@pytest.mark.parametrize("count", [1, 3, 4, 6, 8, 11])
def test_the_draw_spreads_questions_evenly_across_lessons(count: int) -> None:
    for seed in range(30):
        per_lesson = Counter(d.lesson_id for d in draw(lessons(), count, seed=seed, attempt=1))
        assert sum(per_lesson.values()) == count
        # every lesson gives one before any gives two: counts differ by at most one
        counts = [per_lesson.get(lid, 0) for lid in LESSONS]
        assert max(counts) - min(counts) <= 1, (seed, counts)


def test_a_small_lesson_runs_out_and_the_others_fill_the_challenge() -> None:
    pool = [make_lesson("alpha", quiz=quiz_of("alpha", 1)), make_lesson("bravo", quiz=quiz_of("bravo", 9))]
    drawn = draw(pool, 8, seed=3, attempt=1)
    assert Counter(d.lesson_id for d in drawn) == {"alpha": 1, "bravo": 7}
    assert len(draw(pool, 50, seed=3, attempt=1)) == 10  # all there is


def test_drawn_questions_keep_their_lesson_and_folder() -> None:
    for item in draw(lessons(), 8, seed=1, attempt=1):
        assert item.question.id.startswith(item.lesson_id)
        assert item.folder == ROOT / item.lesson_id


def marked_lessons(marks: dict[str, set[int]]) -> list[Lesson]:
    """LESSONS with five questions each; ``marks`` names, per lesson, the questions in the booth set."""
    made = []
    for lid in LESSONS:
        quiz = quiz_of(lid)
        chosen = marks.get(lid, set())
        questions = tuple(replace(q, challenge=i in chosen) for i, q in enumerate(quiz.questions))
        made.append(make_lesson(lid, quiz=replace(quiz, questions=questions)))
    return made


def test_a_booth_set_is_drawn_from_alone_and_evenly() -> None:
    pool = marked_lessons({"alpha": {0, 1, 2}, "bravo": {3, 4}, "charlie": {0, 2}, "delta": {1}})
    wanted = {"alpha-0", "alpha-1", "alpha-2", "bravo-3", "bravo-4", "charlie-0", "charlie-2", "delta-1"}
    for seed in range(20):
        drawn = draw(pool, 6, seed=seed, attempt=1)
        assert {d.question.id for d in drawn} <= wanted, seed
        counts = Counter(d.lesson_id for d in drawn)
        assert counts["delta"] == 1 and all(counts[lid] in (1, 2) for lid in LESSONS), (seed, counts)
    assert {d.question.id for d in draw(pool, 8, seed=5, attempt=1)} == wanted


def test_a_small_booth_set_comes_first_and_other_questions_fill_the_challenge() -> None:
    pool = marked_lessons({"alpha": {0}, "charlie": {4}})
    for seed in range(20):
        drawn = draw(pool, 6, seed=seed, attempt=1)
        ids = [d.question.id for d in drawn]
        assert len(ids) == len(set(ids)) == 6 and {"alpha-0", "charlie-4"} <= set(ids), seed
        others = Counter(d.lesson_id for d in drawn if d.question.id not in ("alpha-0", "charlie-4"))
        assert sum(others.values()) == 4 and max(others.values()) - min(others.values(), default=0) <= 1


# -- the journey ------------------------------------------------------------------------------------------


def test_a_challenge_from_the_catalogue_records_each_answer_under_its_own_lesson(pack4: Pack4) -> None:
    journey, recorder = make(pack4)
    journey.start()
    assert journey.can_start_challenge
    assert journey.start_challenge().ok
    assert journey.in_challenge and journey.screen is Screen.QUESTION
    assert journey.question.total == 8
    answer_all(journey)
    assert journey.screen is Screen.CHALLENGE_RESULT
    result = journey.result
    assert (result.lesson_id, result.score, result.maximum, result.passed) == (CHALLENGE_ID, 8, 8, True)
    answers = recorder.of("record_answer")
    assert len(answers) == 8
    assert {a.lesson_id for a in answers} == set(LESSONS)  # its own lesson, not the challenge
    assert all(a.question_id.startswith(a.lesson_id) for a in answers)
    (quiz,) = recorder.of("record_quiz_result")
    assert (quiz.lesson_id, quiz.score, quiz.maximum, quiz.passed) == (CHALLENGE_ID, 8, 8, True)
    assert journey.finished_lessons == frozenset()  # no lesson's tick for a challenge
    journey.try_another()
    assert journey.screen is Screen.CATALOGUE


def test_the_challenge_starts_the_visit_from_the_attract_screen(pack4: Pack4) -> None:
    journey, recorder = make(pack4)
    assert journey.can_start_challenge
    assert journey.start_challenge().ok
    assert journey.visit is not None and len(recorder.of("start_visit")) == 1
    assert journey.screen is Screen.QUESTION


def test_the_pass_mark_is_the_challenges_own(pack4: Pack4) -> None:
    journey, _ = make(pack4, ChallengePlan(questions=4, pass_mark=100))
    journey.start_challenge()
    journey.toggle_choice("b")  # one wrong: 3 of 4 is below 100 %
    journey.confirm()
    journey.next_question()
    answer_all(journey)
    assert (journey.result.score, journey.result.maximum, journey.result.passed) == (3, 4, False)
    assert len(journey.result.missed) == 1


def test_only_questions_in_the_visitors_language(pack4: Pack4) -> None:
    journey, recorder = make(pack4)
    journey.set_language("zh-CN")
    journey.start_challenge()
    answer_all(journey)
    answers = recorder.of("record_answer")
    assert {a.lesson_id for a in answers} == {"alpha", "bravo"}  # charlie and delta have no Chinese quiz
    assert {a.language for a in answers} == {"zh-CN"}
    assert all(lang == "zh-CN" for _, lang in pack4.loads)


def test_a_lesson_that_fails_to_load_is_left_out(pack4: Pack4) -> None:
    pack4.broken = {"alpha", "charlie"}
    journey, recorder = make(pack4)
    journey.start_challenge()
    answer_all(journey)
    assert {a.lesson_id for a in recorder.of("record_answer")} == {"bravo", "delta"}


def test_nothing_to_draw_leaves_the_visitor_in_the_catalogue(pack4: Pack4) -> None:
    pack4.broken = set(LESSONS)
    journey, _ = make(pack4)
    opened = journey.start_challenge()
    assert not opened.ok and "no lesson" in opened.problem
    assert journey.screen is Screen.CATALOGUE


def test_the_mix_of_lessons_is_the_operators(pack4: Pack4) -> None:
    journey, recorder = make(pack4, ChallengePlan(questions=6, lessons=("delta", "bravo")))
    journey.start_challenge()
    answer_all(journey)
    assert Counter(a.lesson_id for a in recorder.of("record_answer")) == {"bravo": 3, "delta": 3}


def test_another_challenge_is_a_new_draw(pack4: Pack4) -> None:
    journey, recorder = make(pack4, ChallengePlan(questions=4))
    journey.start_challenge()
    first = [p.question.id for p in journey.quiz_run.presented]
    answer_all(journey)
    journey.retry_challenge()
    assert journey.screen is Screen.QUESTION and journey.reward is None
    assert [p.question.id for p in journey.quiz_run.presented] != first
    answer_all(journey)
    assert len(recorder.of("record_quiz_result")) == 2


def test_off_means_no_challenge(pack4: Pack4) -> None:
    journey, _ = make(pack4, None)
    journey.start()
    assert not journey.can_start_challenge
    with pytest.raises(JourneyError):
        journey.start_challenge()


def test_only_mode_goes_attract_challenge_result_attract(pack4: Pack4) -> None:
    journey, recorder = make(pack4, ChallengePlan(questions=3, only=True))
    assert journey.only_challenge
    journey.start()  # "Touch to start"
    assert journey.in_challenge and journey.screen is Screen.QUESTION
    answer_all(journey)
    assert journey.screen is Screen.CHALLENGE_RESULT
    with pytest.raises(JourneyError):
        journey.try_another()  # no catalogue in this mode
    journey.finish()
    assert journey.screen is Screen.ATTRACT and journey.visit is None
    assert recorder.of("end_visit")[-1][1] is VisitEnd.FINISHED


def test_leaving_the_only_challenge_ends_the_visit(pack4: Pack4) -> None:
    journey, recorder = make(pack4, ChallengePlan(questions=3, only=True))
    journey.start_challenge()
    journey.leave_lesson()
    assert journey.screen is Screen.ATTRACT
    assert recorder.of("end_visit")[-1][1] is VisitEnd.ABANDONED


# -- rewards as the journey sees them ----------------------------------------------------------------------


def test_the_desk_is_asked_with_the_achievement_only_and_once_per_visit(pack4: Pack4) -> None:
    desk = Desk()
    journey, _ = make(pack4, ChallengePlan(questions=4), rewards=desk)
    journey.start_challenge()
    answer_all(journey, right=False)
    assert journey.reward is None  # 0 of 4 earns nothing
    journey.retry_challenge()
    answer_all(journey)
    assert journey.reward == RewardOutcome(RewardStatus.WON)
    journey.retry_challenge()
    answer_all(journey)
    assert journey.reward is None  # one reward per visit
    assert desk.asked == [
        Achievement(True, 0, 4, False),
        Achievement(True, 4, 4, True),
    ]
    journey.finish()
    journey.start_challenge()  # the next visitor may win again
    answer_all(journey)
    assert journey.reward == RewardOutcome(RewardStatus.WON)


def test_a_desk_that_fails_costs_only_the_reward(pack4: Pack4) -> None:
    class Broken:
        def claim(self, achievement: Achievement) -> RewardOutcome | None:
            raise OSError("disk gone")

    journey, recorder = make(pack4, ChallengePlan(questions=2), rewards=Broken())
    journey.start_challenge()
    answer_all(journey)
    assert journey.screen is Screen.CHALLENGE_RESULT
    assert journey.reward == RewardOutcome(RewardStatus.UNAVAILABLE)
    assert len(recorder.of("record_quiz_result")) == 1
