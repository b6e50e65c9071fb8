"""Item analysis (facility, discrimination, rarely chosen wrong answers) on data worked out by hand."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from results_helpers import T0, make_answer, make_quiz

from kiosk.results.item_analysis import ADVICE_CHECK_KEY, ADVICE_RARE_WRONG, ADVICE_WEAK, correlation
from kiosk.results.report_text import format_summary
from kiosk.results.reports import ReportFilter, summarize
from kiosk.results.store import ResultsStore


def record(
    store: ResultsStore, visit: str, answers: list[tuple[str, tuple[str, ...], bool]], *, finished=True
):
    """One visit's attempt at lesson "quiz": (question, chosen, right) in order, then its quiz result."""
    store.start_visit(visit_id=visit, started_at=T0, language="en", kiosk_name="k", event_label="e")
    for n, (question, chosen, right) in enumerate(answers):
        store.record_answer(
            make_answer(
                visit,
                lesson_id="quiz",
                question_id=question,
                chosen=chosen,
                correct=right,
                at=T0 + timedelta(minutes=n),
            )
        )
    if finished:
        score = sum(right for _, _, right in answers)
        store.record_quiz_result(make_quiz(visit, "quiz", score, len(answers)))


@pytest.fixture
def small():
    """Four finished attempts at three questions (1 = right):

    attempt  q1 q2 q3
    A1        1  1  1   (then retries q1 and gets it wrong: the first answer counts)
    A2        1  0  1
    A3        0  1  0
    A4        0  0  0
    A5        1  -  -   (never finished the quiz: left out)
    """
    store = ResultsStore.open(None)
    grid = {"A1": (1, 1, 1), "A2": (1, 0, 1), "A3": (0, 1, 0), "A4": (0, 0, 0)}
    for visit, marks in grid.items():
        answers = [(f"q{i}", ("a",) if m else ("b",), bool(m)) for i, m in enumerate(marks, start=1)]
        record(store, visit, answers)
    record(store, "A5", [("q1", ("a",), True)], finished=False)
    record(store, "A6", [(f"q{i}", ("b",), False) for i in (1, 2, 3)])
    for i in (1, 2, 3):
        store.record_answer(
            make_answer("A6", lesson_id="quiz", question_id=f"q{i}", at=T0 + timedelta(hours=1))
        )
    store.record_quiz_result(make_quiz("A6", "quiz", 3, 3, at=T0 + timedelta(hours=1)))
    assert store.db is not None
    return store.db


def test_facility_and_discrimination_match_the_hand_computation(small) -> None:
    items = {item.question_id: item for item in summarize(small).items}
    # q1: scores 1,1,0,0 against the rest (q2 + q3) 2,1,1,0: deviations (.5,.5,-.5,-.5) and
    # (1,0,0,-1), so r = 1 / sqrt(1 * 2).
    assert items["q1"].attempts == 4
    assert items["q1"].facility == 0.5
    assert items["q1"].discrimination == pytest.approx(1 / math.sqrt(2))
    # q2: 1,0,1,0 against q1 + q3 = 2,2,0,0: the products cancel, r = 0.
    assert items["q2"].facility == 0.5
    assert items["q2"].discrimination == pytest.approx(0.0)
    # q3 has the same pattern as q1.
    assert items["q3"].discrimination == pytest.approx(1 / math.sqrt(2))


def test_a_date_filter_gives_the_same_analysis(small) -> None:
    assert summarize(small).items == summarize(small, ReportFilter(since=date(2000, 1, 1))).items


def test_below_twenty_answers_the_report_says_too_few(small) -> None:
    items = summarize(small).items
    assert all(item.too_few and item.advice == () for item in items)
    text = format_summary(summarize(small))
    assert "Item analysis" in text
    header = next(line for line in text.splitlines() if "facility" in line)
    assert "discrimination" in header
    assert "quiz / q1: too few answers (4) to judge; it needs at least 20" in text


def test_correlation_is_none_when_nothing_varies() -> None:
    assert correlation(3, 3, 2, 3, 2, 2) is None  # everyone right
    assert correlation(1, 1, 1, 1, 1, 1) is None


@pytest.fixture
def flagged(flagged_store):
    return flagged_store.db


@pytest.fixture
def flagged_store():
    """24 finished attempts at qk and qr. Half get qr right and qk wrong, half the other way round,
    so both questions correlate -1 with the rest. qk's key is "a"; of the 12 wrong answers 11 chose
    "c" and 1 chose "b" (1/24 = 4%, under the 5% line)."""
    store = ResultsStore.open(None)
    for n in range(24):
        strong = n < 12
        wrong_choice = ("b",) if n == 0 else ("c",)
        record(
            store,
            f"V{n}",
            [
                ("qk", wrong_choice if strong else ("a",), not strong),
                ("qr", ("a",) if strong else ("b",), strong),
            ],
        )
    assert store.db is not None
    return store


def test_flags_a_rare_wrong_answer_and_a_key_to_check(flagged) -> None:
    items = {item.question_id: item for item in summarize(flagged).items}
    qk = items["qk"]
    assert (qk.attempts, qk.facility, qk.too_few) == (24, 0.5, False)
    assert qk.discrimination == pytest.approx(-1.0)
    assert qk.rare_wrong == ("b",)  # "c" is chosen by 11 of 24: a believable wrong answer
    assert qk.advice == (ADVICE_CHECK_KEY, f"choice b: {ADVICE_RARE_WRONG}")
    text = format_summary(summarize(flagged))
    assert "quiz / qk: people who do well overall get this wrong: check the key" in text
    assert "quiz / qk: choice b: almost nobody chooses this wrong answer: make it more believable" in text
    lines = text.splitlines()
    section = lines[next(i for i, line in enumerate(lines) if line.startswith("Item analysis")) :]
    row = next(line.split() for line in section if line.split()[:3] == ["quiz", "qk", "24"])
    assert row[3:5] == ["50%", "-1.00"]


def test_a_question_that_separates_well_gets_no_advice() -> None:
    # 20 attempts: the ones right on qa are exactly the ones right on qb (r = 1), no wrong choice rare.
    store = ResultsStore.open(None)
    for n in range(20):
        right = n % 2 == 0
        record(store, f"W{n}", [(q, ("a",) if right else ("b",), right) for q in ("qa", "qb")])
    assert store.db is not None
    items = summarize(store.db).items
    assert [(i.discrimination, i.advice) for i in items] == [
        (pytest.approx(1.0), ()),
        (pytest.approx(1.0), ()),
    ]


def test_the_choices_column_marks_the_right_ones_and_lists_those_nobody_chose(flagged_store) -> None:
    # Without the words a teacher cannot tell a letter from the key; a choice nobody chose was missing.
    from kiosk.journey.records import ShownQuestion
    from kiosk.results.words import lookup

    store, flagged = flagged_store, flagged_store.db
    store.record_shown(  # the words of qk as the kiosk showed it
        ShownQuestion(
            lesson_id="quiz",
            lesson_title="Quiz",
            question_id="qk",
            question_hash="h",
            language="en",
            text="Which is the key?",
            choices=(
                ("a", "The key", True),
                ("b", "Rare", False),
                ("c", "Tempting", False),
                ("d", "Never", False),
            ),
            shown_at=T0,
        )
    )
    store.record_answer(make_answer("V0", lesson_id="other", question_id="x", at=T0))
    assert [c.text for c in lookup(flagged).choices("quiz", "qk")] == ["The key", "Rare", "Tempting", "Never"]
    lines = format_summary(summarize(flagged)).splitlines()
    section = lines[next(i for i, line in enumerate(lines) if line.startswith("Item analysis")) :]
    assert "choices chosen (* right)" in section[1]
    row = next(line for line in section if line.split()[:2] == ["Quiz", "Which"])
    assert row.endswith("a* 50%  b 4%  c 46%  d 0%")
    qr = next(line for line in section if line.split()[:2] == ["Quiz", "qr"])
    assert qr.endswith("a 50%  b 50%")  # no words: the letters as recorded, nothing marked


@pytest.mark.parametrize(
    ("discrimination", "said"),
    [(-0.3, (ADVICE_CHECK_KEY,)), (0.0, (ADVICE_WEAK,)), (0.05, (ADVICE_WEAK,)), (0.1, ()), (None, ())],
)
def test_a_weak_question_is_not_said_to_be_missed_by_those_who_do_well(discrimination, said) -> None:
    # "People who do well overall get this wrong" is only true of a negative discrimination; at +0.05
    # (common for an easy question) the teacher is told the question sets nobody apart instead.
    from kiosk.results.item_analysis import ItemAnalysis

    item = ItemAnalysis("quiz", "q", attempts=40, facility=0.9, discrimination=discrimination)
    assert item.advice == said


def test_many_questions_with_too_few_answers_are_counted_in_one_line(flagged_store) -> None:
    # A booth's first morning: every question under 20 answers gave one advice line each, a screenful
    # of the same sentence above the advice that matters.
    store = flagged_store
    for n in range(6):
        record(store, f"F{n}", [(f"few{k}", ("a",), k % 2 == 0) for k in range(6)])
    text = format_summary(summarize(store.db))
    advice = text.split("\nAdvice\n", 1)[1].splitlines()
    assert advice[0] == (
        "  6 questions have too few answers to judge (fewer than 20 finished attempts each): their "
        "facility and discrimination show as '-' above"
    )
    assert "  quiz / qk: people who do well overall get this wrong: check the key" in advice
    assert not any("few0" in line for line in advice)
