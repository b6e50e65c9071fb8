"""GIFT parsing: the question types from Moodle's documentation, formats, titles, comments and categories."""

from __future__ import annotations

from kiosk.content.importers import parse_gift
from kiosk.content.importers.model import BLANK, TextFormat

from .helpers import DATA, choices, gift, messages


def test_documentation_examples_import_or_skip_by_line():
    report = parse_gift((DATA / "moodle_docs.gift").read_text(encoding="utf-8"), DATA / "moodle_docs.gift")
    assert report.ok, messages(report)
    assert report.categories == ("$course$/top/Grant's tomb",)
    assert [q.line for q in report.questions] == [5, 8, 11, 13, 33, 37, 43, 46, 49, 57]
    assert [(s.line, s.kind) for s in report.skipped] == [
        (16, "short answer"),
        (19, "matching"),
        (27, "numerical"),
        (30, "essay"),
    ]
    assert (
        report.summary() == "10 imported, 4 skipped: 4 of a kind the kiosk cannot show (lines 16, 19, 27, 30)"
    )


def test_multiple_choice_with_one_right_answer():
    (q,) = gift("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}").questions
    assert q.text.text == "Who's buried in Grant's tomb?"
    assert choices(q) == [("Grant", False, ""), ("Jefferson", False, ""), ("no one", True, "")]
    assert q.kind == "single"


def test_missing_word_gets_a_visible_blank():
    (q,) = gift("Grant is {~buried =entombed ~living} in Grant's tomb.").questions
    assert q.text.text == f"Grant is {BLANK} in Grant's tomb."
    assert [c.correct for c in q.choices] == [False, True, False]


def test_answers_at_the_end_leave_no_blank():
    (q,) = gift("Japanese characters originally came from what country? {\n~India\n=China\n~Korea}").questions
    assert BLANK not in q.text.text


def test_true_false_in_all_four_spellings():
    for mark, right in (("T", True), ("TRUE", True), ("F", False), ("FALSE", False)):
        (q,) = gift(f"The sun rises in the east.{{{mark}}}").questions
        assert q.kind == "true_false"
        assert [c.correct for c in q.choices] == [right, not right], mark


def test_true_false_feedback_goes_with_the_wrong_and_the_right_choice():
    (q,) = gift("Grant is buried in Grant's tomb.{FALSE#Nobody is, in fact.#Well spotted.}").questions
    true, false = q.choices
    assert (true.correct, true.feedback.text) == (False, "Nobody is, in fact.")
    assert (false.correct, false.feedback.text) == (True, "Well spotted.")
    (q,) = gift("The sun rises in the east.{T#It does rise in the east.#Yes.}").questions
    true, false = q.choices
    assert (true.feedback.text, false.feedback.text) == ("Yes.", "It does rise in the east.")


def test_per_answer_and_general_feedback():
    report = gift(
        "What's the answer?{\n~wrong answer#comment on the wrong answer\n=right answer#Very good!\n"
        "####The general feedback, shown after any answer.}"
    )
    (q,) = report.questions
    assert choices(q) == [
        ("wrong answer", False, "comment on the wrong answer"),
        ("right answer", True, "Very good!"),
    ]
    assert q.explanation.text == "The general feedback, shown after any answer."


def test_multiple_answers_take_the_positive_weights_as_the_right_set():
    (q,) = gift(
        "Who is in the tomb? {~%-50%No one ~%50%Grant ~%50%Grant's wife ~%-50%Grant's father}"
    ).questions
    assert [c.correct for c in q.choices] == [False, True, True, False]
    (q,) = gift("Pick two {~No one ~%33.3%A ~%66.7%B}").questions
    assert [c.correct for c in q.choices] == [False, True, True]


def test_partial_credit_in_a_one_answer_question_is_wrong_with_a_warning():
    report = gift("Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}")
    (q,) = report.questions
    assert [c.correct for c in q.choices] == [False, False, True]
    assert messages(report) == [
        "bank.gift:1: warning: 'half credit answer' earns 50% in Moodle; the kiosk has no partial credit "
        "and counts it as wrong"
    ]


def test_full_weight_counts_as_right():
    (q,) = gift("Q {~%100%yes ~no}").questions
    assert [c.correct for c in q.choices] == [True, False]


def test_title_comments_and_multi_line_text():
    report = gift(
        "// a comment before\n::Kanji Origins::Japanese characters originally\n// a comment inside\n"
        "came from what country? {\n  ~India\n  =China // not a comment: it is not at the start of a line\n}"
    )
    (q,) = report.questions
    assert q.title == "Kanji Origins"
    assert q.line == 2
    assert q.text.text == "Japanese characters originally\ncame from what country?"
    assert choices(q)[1] == ("China // not a comment: it is not at the start of a line", True, "")


def test_category_lines_are_recorded_and_the_question_after_them_imported():
    report = gift("$CATEGORY: tom/dick/harry\n\nQ1 {~a =b}\n\n$CATEGORY: other\nQ2 {T}")
    assert report.categories == ("tom/dick/harry", "other")
    assert [q.line for q in report.questions] == [3, 6]


def test_text_formats_on_question_answers_and_feedback():
    (q,) = gift(
        "::t::[html]Is <b>this</b> right?{=[plain]<yes>#[markdown]**good** ~[moodle]no#[html]<i>no</i>}"
    ).questions
    assert q.text == q.text.__class__("Is <b>this</b> right?", TextFormat.HTML)
    right, wrong = q.choices
    assert (right.text.format, right.text.text) == (TextFormat.PLAIN, "<yes>")
    assert (right.feedback.format, right.feedback.text) == (TextFormat.MARKDOWN, "**good**")
    assert (wrong.text.format, wrong.feedback.format) == (TextFormat.PLAIN, TextFormat.HTML)


def test_answers_and_feedback_default_to_the_question_format():
    (q,) = gift("[markdown]Is **this** right?{=yes#*good* ~no}").questions
    assert q.text.format is TextFormat.MARKDOWN
    assert q.choices[0].text.format is TextFormat.MARKDOWN
    assert q.choices[0].feedback.format is TextFormat.MARKDOWN


def test_weight_and_format_together():
    (q,) = gift("colours {~%50%yellow ~%-100%[plain]blue # wrong ~%50%green}").questions
    assert choices(q)[1] == ("blue", False, "wrong")


def test_unknown_bracket_is_text():
    (q,) = gift("[x] marks the spot?{T}").questions
    assert q.text == q.text.__class__("[x] marks the spot?", TextFormat.PLAIN)


def test_stray_punctuation_after_a_finished_sentence_is_dropped_with_a_warning():
    report = gift('::Q1:: 42 is the answer.{\nFALSE#wrong#right\n####A reference.}";')
    (q,) = report.questions
    assert q.text.text == "42 is the answer."
    assert messages(report) == [
        "bank.gift:3: warning: ignored '\";' after the answers: the sentence had already ended"
    ]
    (q,) = gift("Jesus Christ was from {~Jerusalem =Nazareth}.").questions
    assert q.text.text == f"Jesus Christ was from {BLANK}."


def test_windows_line_ends_and_blank_lines_with_spaces():
    report = gift("Q1 {T}\r\n   \r\nQ2 {~a =b}\r\n")
    assert [q.line for q in report.questions] == [1, 3]
