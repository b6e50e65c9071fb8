"""The catalogue and full lessons loaded from real example files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.diagnostics import ContentError
from kiosk.content.loader import load_lesson, load_pack, split_pages
from tests.content.conftest import LESSON


def test_catalogue_reads_titles_languages_order_and_tips(sample_pack: Path) -> None:
    pack = load_pack(sample_pack)
    assert pack.diagnostics == ()
    assert pack.title("en") == "Sample pack"
    assert pack.title("zh-CN") == "示例课程"
    assert pack.title("fr") == "Sample pack"  # unknown language falls back to the default
    assert pack.languages == ("en", "zh-CN")
    assert [e.id for e in pack.lessons] == ["wifi", "phishing"]  # pack.yaml order wins over `order`
    phishing = pack.lesson("phishing")
    assert phishing is not None
    en = phishing.meta("en")
    assert (en.title, en.minutes, en.tags, en.cover) == (
        "Spot the phish",
        3,
        ("phishing", "e-mail"),
        "images/cover.svg",
    )
    assert en.sources == ("FTC: How to recognize and avoid phishing scams",)
    assert phishing.meta("zh-CN").title == "识破钓鱼邮件"
    assert phishing.meta("de").title == "Spot the phish"
    assert pack.tips_for("en") == (
        "Think before you click.",
        "Beware of hotspots with look-alike names.",  # wifi, then phishing: the pack's order
        "Check the sender's address, not just the name.",
    )
    assert pack.tips_for("zh-CN")[0] == "点击之前先想一想。"


def test_lesson_pages_are_split_at_rule_lines_and_rendered(sample_pack: Path) -> None:
    entry = load_pack(sample_pack).lesson("phishing")
    lesson = load_lesson(entry, "en")
    assert lesson.diagnostics == ()
    assert len(lesson.pages) == 3
    assert "<strong>pretend</strong>" in lesson.pages[0].html
    assert lesson.pages[0].line == 13
    assert '<img alt="A fake e-mail" src="images/mail.svg">' in lesson.pages[1].html
    # links are shown as text with their address, never as a clickable anchor
    assert "<a" not in lesson.pages[1].html
    assert "the FTC" in lesson.pages[1].html and "(https://consumer.ftc.gov)" in lesson.pages[1].html
    assert 'src="assets/logo.svg"' in lesson.pages[2].html


def test_translation_loads_its_own_quiz(sample_pack: Path) -> None:
    entry = load_pack(sample_pack).lesson("phishing")
    zh = load_lesson(entry, "zh-CN")
    assert zh.language == "zh-CN"
    assert zh.quiz is not None and zh.quiz.questions[0].html.startswith("<p>网址")
    assert [q.id for q in zh.quiz.questions] == ["padlock", "signs", "which-one-is-the-fake"]


def test_a_broken_lesson_is_left_out_and_reported(make_pack) -> None:
    root = make_pack(
        {
            "good/lesson.md": LESSON,
            "broken/lesson.md": "---\ntitle: [unclosed\n---\nbody\n",
            "notitle/lesson.md": "---\nsummary: x\n---\nbody\n",
            "images/readme.txt": "not a lesson",
        }
    )
    pack = load_pack(root)
    assert [e.id for e in pack.lessons] == ["good"]
    messages = [str(d) for d in pack.diagnostics]
    assert any("broken/lesson.md:3: error: malformed front matter" in m for m in messages)
    assert any("notitle/lesson.md:1: error: the lesson needs a title" in m for m in messages)
    assert any("folder 'images' has no lesson.md" in m for m in messages)


def test_missing_pack_folder_is_a_diagnostic_not_a_crash(tmp_path: Path) -> None:
    pack = load_pack(tmp_path / "nowhere")
    assert pack.lessons == ()
    assert pack.diagnostics[0].is_error and "does not exist" in pack.diagnostics[0].message


def test_bom_crlf_are_handled_and_bad_utf8_names_the_line(make_pack) -> None:
    root = make_pack(
        {
            "crlf/lesson.md": "\ufeff---\r\ntitle: Windows\r\n---\r\nPage one\r\n---\r\nPage two\r\n".encode(),
            "latin1/lesson.md": "---\ntitle: T\n---\nline4\ncaf\xe9\n".encode("latin-1"),
        }
    )
    pack = load_pack(root)
    crlf = pack.lesson("crlf")
    assert crlf is not None and crlf.meta("en").title == "Windows"
    assert len(load_lesson(crlf).pages) == 2
    assert pack.lesson("latin1") is None
    assert any("latin1/lesson.md:5: error: the file is not valid UTF-8" in str(d) for d in pack.diagnostics)
    # a file that goes bad after the catalogue was read is refused when opened, naming the line
    (root / "crlf" / "lesson.md").write_bytes(b"---\ntitle: W\n---\nok\n\xff\n")
    with pytest.raises(ContentError) as info:
        load_lesson(crlf)
    assert "crlf/lesson.md:5: error: the file is not valid UTF-8" in str(info.value)


def test_front_matter_rule_lines_are_not_page_breaks_and_fences_protect_rules() -> None:
    body = "A\n---\n```\n---\n```\n---\nC"
    pages = split_pages(body, 10)
    assert [p for p, _ in pages] == ["A", "```\n---\n```", "C"]
    assert [line for _, line in pages] == [10, 12, 16]


def test_lesson_order_falls_back_to_order_key_then_title(make_pack) -> None:
    root = make_pack(
        {
            "b/lesson.md": "---\ntitle: Bravo\norder: 2\n---\nx\n",
            "a/lesson.md": "---\ntitle: Alpha\n---\nx\n",
            "c/lesson.md": "---\ntitle: Charlie\norder: 1\n---\nx\n",
        }
    )
    assert [e.id for e in load_pack(root).lessons] == ["c", "b", "a"]


def test_empty_pages_are_reported_and_skipped(make_pack) -> None:
    root = make_pack({"x/lesson.md": "---\ntitle: T\n---\n---\nOnly page\n"})
    lesson = load_lesson(load_pack(root).lesson("x"))
    assert len(lesson.pages) == 1
    assert any("x/lesson.md:4: warning: this page is empty" in str(d) for d in lesson.diagnostics)


def test_translation_without_own_quiz_falls_back_to_the_original(make_pack) -> None:
    root = make_pack(
        {
            "x/lesson.md": LESSON,
            "x/lesson.zh-CN.md": "---\ntitle: 中\n---\n你好\n",
            "x/quiz.md": "## Q {#q}\n\n- [x] yes\n- [ ] no\n",
        }
    )
    zh = load_lesson(load_pack(root).lesson("x"), "zh-CN")
    assert zh.quiz is not None and zh.quiz.questions[0].id == "q"
