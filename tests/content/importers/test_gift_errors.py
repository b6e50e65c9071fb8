"""GIFT escapes, skipped question types and malformed input: clear messages with lines, never a traceback."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content.importers.model import TextFormat

from .helpers import DATA, choices, gift, messages


def test_every_escape_in_title_text_choices_and_feedback():
    report = gift((DATA / "escapes.gift").read_text(encoding="utf-8"))
    assert report.ok, messages(report)
    first, second = report.questions
    assert first.title == "Escapes : all of them"
    assert first.text.text == "Which of ~ = # { } : are special in GIFT?"
    assert choices(first) == [
        ("All of them ~ = # { } :", True, "Right: every one of ~ = # { } needs a backslash."),
        ("Only { and }", False, "No: ~ and = are special too."),
        ("A backslash \\ alone", False, ""),
    ]
    assert second.text.text == "Line one\nline two"


@pytest.mark.parametrize("escape", ["\\~", "\\=", "\\#", "\\{", "\\}", "\\:"])
def test_each_escape_alone_is_a_literal_character(escape):
    (q,) = gift(f"Is {escape} special?{{={escape} ~no}}").questions
    assert q.text.text == f"Is {escape[1]} special?"
    assert q.choices[0].text.text == escape[1]


def test_a_backslash_before_another_character_stays():
    (q,) = gift("C:\\Users is a path {T}").questions
    assert q.text.text == "C:\\Users is a path"


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("Two plus two equals {=four =4}.", "short answer"),
        ("::Q5:: What is a number from 1 to 5? {#3:2}", "numerical"),
        ("Pi to 3 places? {#3.141..3.142}", "numerical"),
        ("When was Grant born? {#\n=1822:0\n=%50%1822:2}", "numerical"),
        ("Match {\n=Canada -> Ottawa\n=Italy -> Rome\n}", "matching"),
        ("How are you? {}", "essay"),
        ("Only some text, no answers.", "description"),
        ("Which two? {=a =b ~c}", "several right answers"),
    ],
)
def test_question_types_without_a_kiosk_screen_are_skipped_with_their_line(source, kind):
    report = gift(f"// first a comment\n\nQ0 {{T}}\n\n{source}")
    assert report.ok
    assert len(report.questions) == 1
    ((line, got),) = [(s.line, s.kind) for s in report.skipped]
    assert (line, got) == (5, kind)
    (note,) = report.skipped_diagnostics()
    assert str(note).startswith(f"bank.gift:5: warning: skipped {kind} question")
    assert report.summary() == "1 imported, 1 skipped: 1 of a kind the kiosk cannot show (line 5)"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Q1 {~a =b\n~c",
            "bank.gift:1: error: '{' is never closed with '}' (a blank line or the end of the file ends a question)",
        ),
        ("Q1 {=}", "bank.gift:1: error: '=' has no answer after it"),
        ("Q1 {~ ~}", "bank.gift:1: error: '~' has no answer after it (write \\~ for a literal '~')"),
        ("Q1 {~a ~b\n=}", "bank.gift:2: error: '=' has no answer after it (write \\= for a literal '=')"),
        ("Q1 {T =maybe}", "bank.gift:1: error: cannot read the answers 'T =maybe'"),
        ("Q1 {yes}", "bank.gift:1: error: cannot read the answers 'yes'"),
        ("Q1 {first ~a =b}", "bank.gift:1: error: 'first' before the first answer"),
        ("Q1 {~a ~b}", "bank.gift:1: error: no right answer"),
        ("Q1 {=a ~}", "bank.gift:1: error: '~' has no answer after it"),
        ("Q1 {~%-50%a ~%0%b}", "bank.gift:1: error: no right answer"),
        ("Q1 {=only}x{", "bank.gift:1: error: a second '{' after the answers"),
        ("Q1 } {=a ~b}", "bank.gift:1: error: '}' without a '{' before it"),
        ("Q1 {=a\n{~b}", "bank.gift:2: error: '{' inside the answers opened on line 1"),
        ("::no end Q1 {=a ~b}", "bank.gift:1: error: the title opened with '::' is not closed with '::'"),
        ("::t::{=a ~b}", "bank.gift:1: error: the question has no text before its answers"),
        ("::t::", "bank.gift:1: error: question 't' has no text and no answers"),
        ("Q1 {~a}", "bank.gift:1: error: a choice question needs at least two answers"),
        ("Q1 {=a ~b ####one ####two}", "bank.gift:1: error: a second '####'"),
    ],
)
def test_malformed_questions_give_one_clear_error_with_its_line(source, expected):
    report = gift(f"{source}\n\nLater {{T}}")
    (problem,) = report.errors
    assert str(problem).startswith(expected)
    # the questions after a broken one still import
    assert [q.text.text for q in report.questions] == ["Later"]


def test_a_blank_line_inside_the_answers_before_more_answers_is_tolerated():
    report = gift("Q1 {~a =b\n\n~c\n\n}\n\nQ2 {\n\nTRUE\n}")
    assert messages(report) == []
    assert [[c.text.text for c in q.choices] for q in report.questions] == [
        ["a", "b", "c"],
        ["True", "False"],
    ]


def test_a_blank_line_then_a_new_question_still_ends_an_unclosed_one():
    report = gift("Q1 {~a =b\n\nQ2 {=c ~d}")
    assert messages(report) == [
        "bank.gift:1: error: '{' is never closed with '}' (a blank line or the end of the file ends a question)",
    ]
    assert [q.line for q in report.questions] == [3]


def test_errors_point_at_the_line_inside_a_long_question():
    report = gift("::t::Which?\n{\n  ~a\n  ~b\n  =\n}")
    assert messages(report) == [
        "bank.gift:5: error: '=' has no answer after it (write \\= for a literal '=')"
    ]


def test_moodle_format_reads_as_plain():
    (q,) = gift("[moodle]Is *this* plain?{T}").questions
    assert q.text.format is TextFormat.PLAIN


_GIFT_PIECES = st.sampled_from(
    ["{", "}", "~", "=", "#", "####", "::", ":", "\\", "%", "%50%", "->", "T", "[html]", "[markdown]",
     "\n", "\n\n", "//", "$CATEGORY:", " ", "text", "<b>", "_____", "é"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_GIFT_PIECES, max_size=40).map("".join))
def test_any_input_gives_questions_or_diagnostics_never_an_exception(source):
    report = gift(source)
    for diagnostic in report.diagnostics:
        assert diagnostic.line >= 1
    for question in report.questions:
        assert len(question.choices) >= 2
        assert any(c.correct for c in question.choices)
