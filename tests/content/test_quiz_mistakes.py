"""Quiz mistakes that would silently change what a question asks or shows, each with a diagnostic."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.quiz import parse_quiz
from kiosk.content.render import RenderContext


def parse(text: str, tmp_path: Path):
    path = tmp_path / "quiz.md"
    ctx = RenderContext(path, tmp_path, tmp_path)
    quiz = parse_quiz(text, ctx)
    return quiz, [f"{d.line}: {d.severity}: {d.message}" for d in ctx.diagnostics]


def test_a_choice_without_its_dash_is_an_error_not_question_text(tmp_path: Path) -> None:
    quiz, found = parse(
        "## Which make a password stronger? {#stronger}\n\n"
        "- [x] Length\n"
        "[x] A password manager\n"
        "- [ ] Your pet's name\n\n"
        "## Another {#other}\n\n- [x] Yes\n- [ ] No\n",
        tmp_path,
    )
    assert found == [
        "4: error: this line looks like a choice but does not start with '- ': "
        "write '- [x] ...' for a right choice or '- [ ] ...' for a wrong one"
    ]
    assert [q.id for q in quiz.questions] == ["other"]  # left out, not asked as a single-answer question


def test_a_bare_choice_before_the_list_is_an_error_too(tmp_path: Path) -> None:
    quiz, found = parse("## Pick one {#q}\n\n[x] Yes\n[ ] No\n", tmp_path)
    assert [f.split(":")[0] for f in found] == ["3", "4", "1"]  # and line 1: "has no choices"
    assert quiz is None


def test_feedback_quote_at_the_start_of_the_line_under_a_choice_is_named(tmp_path: Path) -> None:
    quiz, found = parse(
        "## Is the padlock a sign of a safe site? {#padlock}\n\n"
        "- [ ] Yes\n"
        "> No: it only means the connection is encrypted.\n"
        "- [x] No\n",
        tmp_path,
    )
    assert found == [
        "4: warning: this '>' quote right under a choice is the question's explanation, shown after "
        "every answer; indent it by two spaces to make it that choice's feedback, or put a blank line "
        "before it to keep it the explanation"
    ]
    assert quiz is not None and len(quiz.questions) == 1


def test_an_explanation_after_a_blank_line_and_indented_feedback_say_nothing(tmp_path: Path) -> None:
    quiz, found = parse(
        "## Is the padlock a sign of a safe site? {#padlock}\n\n"
        "- [ ] Yes\n"
        "  > It only means the connection is encrypted.\n"
        "- [x] No\n\n"
        "> Scam sites have padlocks too.\n",
        tmp_path,
    )
    assert found == []
    (question,) = quiz.questions
    assert "Scam sites" in question.explanation_html and "encrypted" in question.choices[0].feedback_html


def test_a_choice_with_no_space_after_its_dash_is_the_same_error(tmp_path: Path) -> None:
    # '-[x]' is no list item to Markdown: it used to end the list with "text after the choices is
    # ignored", and the select-all question below was asked as a single-answer one.
    quiz, found = parse(
        "## Which make a password stronger? {#stronger}\n\n"
        "- [x] Length\n"
        "-[x] A password manager\n"
        "- [ ] Your pet's name\n\n"
        "## Another {#other}\n\n- [x] Yes\n- [ ] No\n",
        tmp_path,
    )
    assert found == [
        "4: error: this line looks like a choice but does not start with '- ': "
        "write '- [x] ...' for a right choice or '- [ ] ...' for a wrong one"
    ]
    assert [q.id for q in quiz.questions] == ["other"]


def test_a_choice_with_a_malformed_box_leaves_its_question_out_as_the_docs_say(tmp_path: Path) -> None:
    # Dropping only that choice would ask another question than the one written, and the lesson
    # pack's "what visitors see" would not mention it.
    quiz, found = parse(
        "## Which make a password stronger? {#stronger}\n\n"
        "- [x] Length\n"
        "- [] Your pet's name\n"
        "- [v] A password manager\n\n"
        "## Another {#other}\n\n- [x] Yes\n- [ ] No\n",
        tmp_path,
    )
    assert found == [
        "4: error: a choice must start with '- [x]' (right) or '- [ ]' (wrong)",
        "5: error: a choice must start with '- [x]' (right) or '- [ ]' (wrong)",
    ]
    assert [q.id for q in quiz.questions] == ["other"]
