"""Content that would freeze the kiosk is bounded, each bound with a diagnostic naming file and line:
paragraphs full of links or tags, deep nesting, thousands of choices or questions, huge files
(issue 15, item 5). How fast a hostile lesson is checked is measured in bench/bench_hostile.py."""

from __future__ import annotations

import html as html_lib
from pathlib import Path

import pytest

from kiosk.content.check import check_pack
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.quiz import MAX_CHOICES, MAX_QUESTIONS
from kiosk.content.render import MAX_DEPTH, MAX_OPENERS, RenderContext, plain_text, render_markdown
from tests.robustness.hostile_content import (
    FREEZING_PATTERNS,
    freezing_lesson,
    freezing_text,
    many_choices_quiz,
)


def render(text: str, tmp_path: Path) -> tuple[str, list[str]]:
    ctx = RenderContext(tmp_path / "lesson.md", tmp_path, tmp_path.parent)
    html = render_markdown(text, ctx, first_line=5)
    return html, [str(d) for d in ctx.diagnostics]


@pytest.mark.parametrize("pattern", FREEZING_PATTERNS)
def test_a_paragraph_of_unclosed_links_or_tags_is_shown_as_plain_text(pattern: str, tmp_path: Path) -> None:
    text = "Intro.\n\n" + freezing_text(12_000, pattern)
    html, diags = render(text, tmp_path)
    assert any("lesson.md:7: warning:" in d and "shown as plain text" in d for d in diags), diags
    shown = html_lib.unescape(plain_text(html))
    assert shown.startswith("Intro.") and pattern.strip() in shown  # the author's characters
    assert "&amp;lt;" not in html and "<a" not in html and "<img" not in html  # not escaped twice


def test_a_few_links_and_tags_in_a_paragraph_are_left_alone(tmp_path: Path) -> None:
    links = " ".join(f"[site {i}](https://example.org/{i})" for i in range(MAX_OPENERS // 2))
    html, diags = render(links + " and <b>bold</b>", tmp_path)
    assert diags == [] and "<b>bold</b>" in html and "(https://example.org/3)" in html


def test_a_very_long_paragraph_is_plain_text(tmp_path: Path) -> None:
    html, diags = render("**word** " * 3000, tmp_path)
    assert any("characters long" in d for d in diags) and "<strong>" not in html


def test_deep_nesting_is_flattened_with_a_warning(tmp_path: Path) -> None:
    html, diags = render(">" * 60 + " deep words", tmp_path)
    assert html.count("<blockquote>") <= MAX_DEPTH + 1 and "deep words" in html
    assert any(f"nested more than {MAX_DEPTH} levels" in d for d in diags), diags


def test_ten_thousand_choices_leave_the_question_out_and_keep_the_rest(make_pack) -> None:
    root = make_pack({"x/lesson.md": "---\ntitle: T\n---\nHi\n", "x/quiz.md": many_choices_quiz(10_000)})
    lesson = load_lesson(load_pack(root).lesson("x"))
    assert lesson.quiz is not None and [q.id for q in lesson.quiz.questions] == ["fine"]
    assert any(
        f"x/quiz.md:1: error: question 'many' has 10000 choices; at most {MAX_CHOICES}" in str(d)
        for d in lesson.diagnostics
    ), lesson.diagnostics


def test_questions_beyond_the_limit_are_left_out(make_pack) -> None:
    quiz = "".join(f"## Q{i} {{#q{i}}}\n- [x] a\n- [ ] b\n\n" for i in range(MAX_QUESTIONS + 5))
    root = make_pack({"x/lesson.md": "---\ntitle: T\n---\nHi\n", "x/quiz.md": quiz})
    lesson = load_lesson(load_pack(root).lesson("x"))
    assert lesson.quiz is not None and len(lesson.quiz.questions) == MAX_QUESTIONS
    line = 1 + 4 * MAX_QUESTIONS
    assert any(
        f"x/quiz.md:{line}: error: the quiz has {MAX_QUESTIONS + 5} questions" in str(d)
        for d in lesson.diagnostics
    )


def test_a_lesson_over_the_size_limit_is_refused(make_pack) -> None:
    root = make_pack(
        {"x/lesson.md": "---\ntitle: T\n---\n" + "word " * 60_000, "ok/lesson.md": "---\ntitle: T\n---\nok\n"}
    )
    report = check_pack(root)
    assert any(
        "x/lesson.md: error: the file is too large (293 KiB; at most 256 KiB)" in str(d)
        for d in report.diagnostics
    )


def test_a_hostile_150_kb_lesson_is_checked_and_every_page_reported(make_pack) -> None:
    text = freezing_lesson(150_000)
    assert len(text.encode()) >= 150_000
    root = make_pack({"x/lesson.md": text})
    report = check_pack(root)
    flagged = [d for d in report.diagnostics if "shown as plain text" in d.message]
    assert len({d.line for d in flagged}) >= len(FREEZING_PATTERNS), report.diagnostics
    lesson = load_lesson(load_pack(root).lesson("x"))
    assert len(lesson.pages) == len(FREEZING_PATTERNS) + 1 and "safe to read" in lesson.pages[0].html


def test_kiosk_check_reports_a_long_paragraph_even_without_links(make_pack) -> None:
    root = make_pack({"x/lesson.md": "---\ntitle: T\n---\nShort.\n\n" + "**word** " * 1200 + "\n"})
    report = check_pack(root)
    assert any(
        "x/lesson.md:6: warning: this paragraph is 10,800 characters long" in str(d)
        for d in report.diagnostics
    )
