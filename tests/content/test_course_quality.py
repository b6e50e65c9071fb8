"""The bundled course's quizzes test understanding (issue 23, item 4), in each language on its own.

The measure is the one ``kiosk check`` warns with (``kiosk.content.quality``), taken over the whole
course instead of one quiz: a visitor who always picks the longest (or the shortest) choice must not
pass. ``bench/course_quality.py`` prints the same figures.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from kiosk import paths
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.quality import visible_length, visible_text

LESSONS = paths.bundle_root() / "lessons"
PACK = load_pack(LESSONS)
LANGUAGES = ("en", "zh-CN")

#: at most this share of single-answer questions, per language, may have the right answer as the
#: one longest choice (the same share for the one shortest: avoiding one tell must not teach another)
LONGEST_RIGHT_MAX = 0.40

#: words that mark recall trivia in a question or its choices: study figures (99.9%; a "10% tax" in a
#: story is fine), named cases, foreign laws and agencies' lists. Feedback and explanations may name a
#: source; what a visitor answers may not.
TRIVIA = re.compile(r"\d\.\d+\s*[%％]|PSTI|KEV|Meyer|Baotou|包头|FTC|CISA|ETSI|APWG", re.IGNORECASE)


def _quizzes(language: str):
    for entry in PACK.lessons:
        quiz = load_lesson(entry, language).quiz
        assert quiz is not None, f"{entry.id}: no quiz in {language}"
        yield entry.id, quiz


def _judged(language: str):
    """Single-answer questions whose choices are words (a picture's length says nothing)."""
    for lesson_id, quiz in _quizzes(language):
        for question in quiz.questions:
            if question.kind == "single" and not any(
                c.html.lstrip().startswith("<img") for c in question.choices
            ):
                yield lesson_id, question


def _right_and_others(question):
    right = [visible_length(c) for c in question.choices if c.correct]
    others = [visible_length(c) for c in question.choices if not c.correct]
    assert len(right) == 1 and others, question.id
    return right[0], others


def right_is_unique_longest(question) -> bool:
    right, others = _right_and_others(question)
    return right > max(others)


def right_is_unique_shortest(question) -> bool:
    right, others = _right_and_others(question)
    return right < min(others)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_right_answer_is_the_one_longest_choice_in_at_most_40_percent(language) -> None:
    questions = list(_judged(language))
    assert len(questions) >= 60  # the course's 20 lessons: the share is over the whole course
    longest = [f"{lid}#{q.id}" for lid, q in questions if right_is_unique_longest(q)]
    assert len(longest) <= LONGEST_RIGHT_MAX * len(questions), (
        f"{language}: {len(longest)} of {len(questions)}: {longest}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_right_answer_is_the_one_shortest_choice_in_at_most_40_percent(language) -> None:
    questions = list(_judged(language))
    shortest = [f"{lid}#{q.id}" for lid, q in questions if right_is_unique_shortest(q)]
    assert len(shortest) <= LONGEST_RIGHT_MAX * len(questions), f"{language}: {shortest}"


def test_the_measure_counts_characters_as_the_visitor_sees_them() -> None:
    def question(*choices):
        return SimpleNamespace(
            id="q",
            choices=tuple(SimpleNamespace(html=f"<p>{t}</p>", source=t, correct=ok) for t, ok in choices),
        )

    assert right_is_unique_longest(question(("Call 110 at once", True), ("Wait", False)))
    assert not right_is_unique_longest(question(("Call 110", True), ("Pay more", False)))  # a tie
    assert right_is_unique_shortest(question(("Hang up", True), ("Read out the code", False)))
    # a Chinese character counts as one character, like a letter; spaces and Markdown marks do not
    assert right_is_unique_longest(question(("挂断后打110", True), ("`**转账**` now", False)))
    assert not right_is_unique_longest(question(("先转一小笔", True), ("先 转 一 小 笔", False)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_choice_question_unless_it_is_true_or_false(language) -> None:
    for _lesson_id, quiz in _quizzes(language):
        for question in quiz.questions:
            where = f"{quiz.path}:{question.line}"
            if question.kind == "true_false":
                assert len(question.choices) == 2, where
            else:
                assert len(question.choices) >= 3, f"{where}: two choices (true/false is its own kind)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_select_all_questions_have_at_least_two_believable_wrong_choices(language) -> None:
    """Not "three right and one absurd": with one odd one out the set is guessed, not known."""
    for _lesson_id, quiz in _quizzes(language):
        for question in quiz.questions:
            if question.kind == "multiple":
                wrong = [c for c in question.choices if not c.correct]
                assert len(wrong) >= 2, f"{quiz.path}:{question.line}"
                # a believable wrong answer gets feedback saying why it is wrong
                assert all(c.feedback_html for c in wrong), f"{quiz.path}:{question.line}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_questions_ask_what_to_do_not_study_figures_cases_or_foreign_laws(language) -> None:
    found = []
    for _lesson_id, quiz in _quizzes(language):
        for question in quiz.questions:
            asked = re.sub(r"<[^>]+>", "", question.html) + " ".join(
                visible_text(c) for c in question.choices
            )
            found += [f"{quiz.path}:{question.line}: {m.group()}" for m in TRIVIA.finditer(asked)]
    assert found == []


def test_myths_are_judged_as_true_or_false_in_both_languages_with_both_answers() -> None:
    """Common myths become true/false statements; some statements are true, so "False" is no tell."""
    keys = {}
    for language in LANGUAGES:
        keys[language] = {
            f"{lid}#{q.id}": q.correct_ids
            for lid, quiz in _quizzes(language)
            for q in quiz.questions
            if q.kind == "true_false"
        }
    assert keys["en"] == keys["zh-CN"]
    assert len({name.split("#")[0] for name in keys["en"]}) >= 5  # a handful, across lessons
    answers = [ids for ids in keys["en"].values()]
    assert frozenset({"true"}) in answers and frozenset({"false"}) in answers, answers
