"""Aiken parsing: Moodle's documented examples, and errors that name their line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content.importers import parse_aiken

from .helpers import DATA


def aiken(text: str):
    return parse_aiken(text, Path("bank.txt"))


def test_documentation_examples():
    report = parse_aiken((DATA / "moodle_docs.aiken").read_text(encoding="utf-8"), Path("bank.txt"))
    assert report.ok
    first, second = report.questions
    assert (first.line, first.text.text) == (1, "What is the correct answer to this question?")
    assert [(c.text.text, c.correct) for c in first.choices] == [
        ("Is it this one?", False),
        ("Maybe this answer?", False),
        ("Possibly this one?", False),
        ("Must be this one!", True),
    ]
    assert second.line == 8
    assert [c.text.text for c in second.choices] == [
        "Moodle",
        "ATutor",
        "Claroline",
        "Blackboard",
        "WebCT",
        "Ilias",
    ]
    assert [c.correct for c in second.choices] == [True, False, False, False, False, False]
    assert report.summary() == "2 imported, 0 skipped"


def test_blank_lines_and_windows_line_ends_are_fine():
    report = aiken("\r\nQ?\r\nA. x\r\n\r\nB) y\r\nANSWER: B\r\n")
    (q,) = report.questions
    assert [c.correct for c in q.choices] == [False, True]


def test_text_is_plain():
    (q,) = aiken("Is <b>this</b> *bold*?\nA. <i>no</i>\nB. yes\nANSWER: A").questions
    assert q.text.text == "Is <b>this</b> *bold*?"
    assert q.text.format == "plain"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "A. lonely choice\nB. another\nANSWER: A",
            "bank.txt:1: error: choice 'A' comes before any question text",
        ),
        ("Q?\nA. x\nB. y", "bank.txt:1: error: the question has no 'ANSWER: X' line after its choices"),
        (
            "Q?\nA. x\nB. y\nANSWER: E",
            "bank.txt:4: error: 'ANSWER:' must name one of the choices A, B; found 'E'",
        ),
        (
            "Q?\nA. x\nB. y\nANSWER:",
            "bank.txt:4: error: 'ANSWER:' must name one of the choices A, B; found ''",
        ),
        ("Q?\nA. x\nANSWER: A", "bank.txt:3: error: the question on line 1 needs at least two choices"),
        ("Q?\nA. x\nC. y\nANSWER: A", "bank.txt:3: error: choice 'C' is out of order: expected 'B.' here"),
        (
            "Q?\nmore question text\nA. x\nB. y\nANSWER: A",
            "bank.txt:2: error: expected the choices 'A. ...', 'B. ...'",
        ),
        (
            "Q?\nA. x\nB. y\nsomething else\nANSWER: A",
            "bank.txt:4: error: expected 'ANSWER: X' after the choices",
        ),
        ("ANSWER: A", "bank.txt:1: error: 'ANSWER:' without a question and choices before it"),
    ],
)
def test_malformed_questions_name_their_line_and_the_next_question_still_imports(source, expected):
    report = aiken(f"{source}\n\nLater?\nA. yes\nB. no\nANSWER: A\n")
    (problem,) = report.errors
    assert str(problem).startswith(expected)
    assert [q.text.text for q in report.questions] == ["Later?"]


def test_lower_case_answer_letter_is_accepted():
    (q,) = aiken("Q?\nA. x\nB. y\nanswer: b").questions
    assert [c.correct for c in q.choices] == [False, True]


_AIKEN_LINES = st.sampled_from(
    ["Q?", "A. x", "B) y", "C. z", "D.", "ANSWER: A", "ANSWER: B", "ANSWER:", "answer: c", "", "  ", "é"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_AIKEN_LINES, max_size=30).map("\n".join))
def test_any_input_gives_questions_or_diagnostics_never_an_exception(source):
    report = aiken(source)
    for diagnostic in report.diagnostics:
        assert diagnostic.is_error and diagnostic.line >= 1
    for question in report.questions:
        assert len(question.choices) >= 2
        assert sum(c.correct for c in question.choices) == 1
