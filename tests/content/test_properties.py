"""Property tests: any text given as a lesson or a quiz raises nothing but the loader's own error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.diagnostics import ContentError
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.quiz import parse_quiz
from kiosk.content.render import RenderContext

# text biased towards the format's own punctuation, so the parser's corners are reached
MARKUP = st.sampled_from(
    ["---\n", "## ", "- [x] ", "- [ ] ", "  > ", "> ", "{#id}", "```\n", "![a](b.png)", "<img src=x>",
     "title: ", "&a ", "*a ", "!!python/object ", "\n", "\r\n", "\ufeff", "[", "]", ":", "    - "]
)  # fmt: skip
TEXT = st.lists(st.one_of(MARKUP, st.text(max_size=20)), max_size=40).map("".join)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.slow
@SETTINGS
@given(text=TEXT)
def test_any_quiz_text_parses_or_reports(text: str, tmp_path: Path) -> None:
    ctx = RenderContext(tmp_path / "quiz.md", tmp_path, tmp_path.parent)
    try:
        quiz = parse_quiz(text, ctx)
    except ContentError as exc:
        assert exc.diagnostics
        return
    if quiz is not None:
        for question in quiz.questions:
            assert question.correct_ids, "a question without a right answer must never be asked"


@SETTINGS
@given(lesson=TEXT, quiz=TEXT, raw=st.binary(max_size=200))
def test_any_lesson_files_load_or_report(lesson: str, quiz: str, raw: bytes, tmp_path: Path) -> None:
    root = tmp_path / "pack"
    folder = root / "x"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lesson.md").write_text(lesson, encoding="utf-8", errors="surrogatepass")
    (folder / "quiz.md").write_text(quiz, encoding="utf-8", errors="surrogatepass")
    (folder / "lesson.zh-CN.md").write_bytes(raw)
    pack = load_pack(root)
    for entry in pack.lessons:
        for language in entry.languages:
            try:
                loaded = load_lesson(entry, language)
            except ContentError as exc:
                assert exc.diagnostics
                continue
            assert loaded.pages
