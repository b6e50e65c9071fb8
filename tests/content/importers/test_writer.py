"""Writing imported questions as quiz.md: escaping, HTML, Markdown, ids, wording, and reading it back."""

from __future__ import annotations

import html
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.content.importers import parse_gift
from kiosk.content.importers.markup import escape_plain
from kiosk.content.importers.model import ImportedChoice, ImportedQuestion, ImportReport, RichText, TextFormat
from kiosk.content.importers.writer import lesson_title, question_ids, quiz_markdown, write_lesson
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.quiz import parse_quiz
from kiosk.content.render import RenderContext, plain_text

from .helpers import DATA, gift


def load_quiz(text: str, tmp_path: Path):
    ctx = RenderContext(tmp_path / "quiz.md", tmp_path, tmp_path)
    quiz = parse_quiz(text, ctx)
    return quiz, [str(d) for d in ctx.diagnostics]


def shown(fragment: str) -> str:
    return html.unescape(plain_text(fragment))


def test_plain_text_with_markdown_characters_shows_literally(tmp_path):
    text = "Is *this* _bold_ or `code` or <b>html</b> or [a link](x) or #1 or {#id} or \\ or &amp;?"
    report = gift(
        "::t::"
        + text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("#", "\\#")
        + "{=- a list? #+ 1. no ~1. neither ~> quote}"
    )
    assert report.ok, report.diagnostics
    quiz, problems = load_quiz(quiz_markdown(report, "GIFT"), tmp_path)
    assert problems == []
    (question,) = quiz.questions
    assert shown(question.html) == text
    assert [shown(c.html) for c in question.choices] == ["- a list?", "1. neither", "> quote"]
    assert shown(question.choices[0].feedback_html) == "+ 1. no"


_PRINTABLE = st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(_PRINTABLE.filter(lambda s: s.strip() and "_____" not in s))
@example(">.")  # a quote marker before a dot once lost its escape
@example("---")  # a line of dashes was a horizontal rule, and the text was lost
@example("-- -")
@example("&#65;")  # a numeric entity's '#' was escaped first, and the entity then shown as "A"
def test_any_plain_choice_text_round_trips(tmp_path_factory, text):
    tmp = tmp_path_factory.mktemp("rt")
    right = ImportedChoice(RichText(text), True, feedback=RichText(text))
    question = ImportedQuestion(RichText(text), (right, ImportedChoice(RichText("other"), False)), 1)
    quiz, problems = load_quiz(quiz_markdown(ImportReport(Path("b.gift"), (question,)), "GIFT"), tmp)
    assert problems == []
    words = " ".join(text.split())
    (loaded,) = quiz.questions
    assert shown(loaded.html) == words
    assert shown(loaded.choices[0].html) == words
    assert shown(loaded.choices[0].feedback_html) == words


def test_the_blank_survives_escaping():
    assert escape_plain("Grant is _____ in x_y.") == "Grant is _____ in x\\_y."


def test_html_is_sanitised_and_kept_as_html(tmp_path):
    report = gift(
        "::Risky::[html]<p>Click <b>here</b><script>alert(1)</script> <a href='javascript:x()'>now</a>?</p>"
        "{=<i onclick\\='x()'>No</i>#[html]<u>Right</u> ~Yes}"
    )
    text = quiz_markdown(report, "GIFT")
    assert "script" not in text and "onclick" not in text and "javascript" not in text
    assert "## Click <b>here</b> now? {#risky}" in text
    quiz, problems = load_quiz(text, tmp_path)
    assert problems == []
    (question,) = quiz.questions
    assert "<b>here</b>" in question.html
    assert question.choices[0].html == "<i>No</i>"
    assert "<u>Right</u>" in question.choices[0].feedback_html


def test_html_with_blocks_keeps_the_first_paragraph_as_heading(tmp_path):
    report = gift("[html]<p>Which are true?</p>\n<ul><li>one</li><li>two</li></ul>{=Both ~Neither}")
    text = quiz_markdown(report, "GIFT")
    assert "## Which are true? {#which-are-true}\n\n<ul><li>one</li><li>two</li></ul>\n" in text
    quiz, problems = load_quiz(text, tmp_path)
    assert problems == []
    assert "<li>one</li>" in quiz.questions[0].html


def test_html_starting_with_a_list_uses_the_title_as_heading(tmp_path):
    report = gift("::Pick one::[html]<ol><li>first</li></ol>{=a ~b}")
    text = quiz_markdown(report, "GIFT")
    assert "## Pick one {#pick-one}\n\n<ol><li>first</li></ol>\n" in text
    assert load_quiz(text, tmp_path)[1] == []


def test_markdown_is_kept_and_a_list_after_the_first_paragraph_goes_in_the_body(tmp_path):
    report = gift(
        "[markdown]Who's buried in\n**Grant's tomb**?\n- a hint\n# not a new question{=no one ~Grant}"
    )
    text = quiz_markdown(report, "GIFT")
    assert (
        "## Who's buried in **Grant's tomb**? {#who-s-buried-in-grant-s-tomb}\n\n- a hint\n\\# not a new question\n"
        in text
    )
    quiz, problems = load_quiz(text, tmp_path)
    assert problems == []
    (question,) = quiz.questions
    assert "<strong>Grant's tomb</strong>" in question.html
    assert "<li>a hint" in question.html


def test_ids_come_from_titles_or_text_and_never_repeat():
    report = gift("::Q1::A {T}\n\n::Q1::B {T}\n\nSame words {T}\n\nSame words {F}\n\n::::Ωμέγα {T}")
    assert question_ids(report.questions) == [
        "q1",
        "q1-2",
        "same-words",
        "same-words-2",
        "q05",
    ]


def test_feedback_and_explanation_keep_their_lines(tmp_path):
    report = gift("Q {=a#line one\nline two ~b####general one\ngeneral two}")
    text = quiz_markdown(report, "GIFT")
    assert "- [x] a\n  > line one\n  > line two\n- [ ] b\n\n> general one\n> general two\n" in text
    quiz, problems = load_quiz(text, tmp_path)
    assert problems == []
    assert shown(quiz.questions[0].explanation_html) == "general one general two"


def test_write_lesson_makes_a_loadable_lesson_in_the_packs_wording(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("default_language: zh-CN\n", encoding="utf-8")
    report = gift(
        "$CATEGORY: $course$/top/Safety: basics\n\n::Sun::The sun rises in the east.{T}\n\nWhich? {~a =b}"
    )
    result = write_lesson(report, pack / "imported", "GIFT")
    assert [p.name for p in result.written] == ["quiz.md", "lesson.md"]
    assert result.diagnostics == ()
    quiz_text = (pack / "imported" / "quiz.md").read_text(encoding="utf-8")
    assert "## The sun rises in the east. {#sun}\nkind: true-false\n\n- [x] 正确\n- [ ] 错误\n" in quiz_text
    entry = load_pack(pack).lesson("imported")
    lesson = load_lesson(entry)
    assert lesson.meta.title == "Safety: basics"
    assert [q.id for q in lesson.quiz.questions] == ["sun", "which"]
    assert [sorted(q.correct_ids) for q in lesson.quiz.questions] == [["true"], ["b"]]
    assert [q.kind for q in lesson.quiz.questions] == ["true_false", "single"]
    assert [d for d in lesson.diagnostics if d.is_error] == []


def test_write_lesson_refuses_to_replace_a_quiz_and_keeps_the_authors_lesson(tmp_path):
    folder = tmp_path / "pack" / "bank"
    report = gift("Q {~a =b}")
    assert write_lesson(report, folder, "GIFT").written
    (folder / "lesson.md").write_text("---\ntitle: Mine\n---\nMy page\n", encoding="utf-8")
    refused = write_lesson(report, folder, "GIFT")
    assert refused.written == ()
    assert [str(d) for d in refused.diagnostics] == [
        f"{folder / 'quiz.md'}: error: already exists; add --force to replace it"
    ]
    forced = write_lesson(gift("Other {~a =b}"), folder, "GIFT", force=True)
    assert forced.written == (folder / "quiz.md",)
    assert "## Other {#other}" in (folder / "quiz.md").read_text(encoding="utf-8")
    assert (folder / "lesson.md").read_text(encoding="utf-8").startswith("---\ntitle: Mine")


def test_write_lesson_refuses_a_folder_name_that_is_not_a_lesson_id(tmp_path):
    result = write_lesson(gift("Q {~a =b}"), tmp_path / "My Quiz", "GIFT")
    assert result.written == ()
    assert "cannot be a lesson id" in str(result.diagnostics[0])
    assert not (tmp_path / "My Quiz").exists()


def test_lesson_title_falls_back_to_the_folder_name():
    assert lesson_title(ImportReport(Path("x.gift")), Path("lessons/moodle-quiz")) == "Moodle quiz"
    report = ImportReport(Path("x.gift"), categories=("$course$/top/",))
    assert lesson_title(report, Path("lessons/bank")) == "Bank"


def test_formats_of_rich_text_are_strings():
    assert TextFormat("html") is TextFormat.HTML


def test_a_moodle_html_export_becomes_clean_markdown(tmp_path):
    """Moodle exports HTML questions with `\\=` and `\\:` inside attributes and <p> around everything."""
    source = DATA / "moodle_export.gift"
    report = parse_gift(source.read_text(encoding="utf-8"), source)
    assert [str(d) for d in report.diagnostics] == [
        f"{source}:9: warning: 'Any spam' earns 50% in Moodle; the kiosk has no partial credit and counts it as wrong"
    ]
    result = write_lesson(report, tmp_path / "pack" / "phishing", "GIFT")
    assert result.diagnostics == ()
    text = (tmp_path / "pack" / "phishing" / "quiz.md").read_text(encoding="utf-8")
    assert "style" not in text and "<p>" not in text
    assert "## What is <strong>phishing</strong>? {#what-is-phishing}\n" in text
    assert "- [x] A scam message that pretends to come from someone you trust\n  > Yes.\n" in text
    assert "## Which are warning signs? {#links}\n\n<ul><li>Look carefully</li></ul>\n" in text
    assert "> Phishing tricks you into giving away details." in text
    lesson = load_lesson(load_pack(tmp_path / "pack").lesson("phishing"))
    assert lesson.meta.title == "Phishing"
    assert [sorted(q.correct_ids) for q in lesson.quiz.questions] == [["a"], ["a", "b"], ["false"]]
    assert [q.kind for q in lesson.quiz.questions] == ["single", "multiple", "true_false"]


def test_nothing_is_written_when_the_quiz_parser_would_reject_the_result(tmp_path):
    # Markdown is kept as written, so two choices ending in the same {#id} clash in quiz.md.
    report = gift("[markdown]Which?{=yes \\{\\#same\\} ~no \\{\\#same\\}}")
    assert report.ok
    result = write_lesson(report, tmp_path / "bank", "GIFT")
    assert result.written == ()
    assert [d.message for d in result.diagnostics] == ["two choices have the id 'same'"]
    assert not (tmp_path / "bank").exists()


def test_chinese_text_broken_over_lines_is_joined_without_a_space():
    # A question typed over two lines (an Excel cell with Alt+Enter, a GIFT question wrapped by an
    # editor) reads "第一行 第二行" with a space no Chinese text has; English lines still get one.
    report = gift(
        "::q::网上有人自称客服，\n要你提供验证码。怎么办？{\n=挂断，打官方电话\n~照做\n~问他工号\n}\n"
    )
    text = quiz_markdown(report, "GIFT")
    assert "## 网上有人自称客服，要你提供验证码。怎么办？ {#q}" in text
    english = quiz_markdown(gift("::e::Someone calls\nfrom the bank.{=a ~b ~c}\n"), "GIFT")
    assert "## Someone calls from the bank. {#e}" in english
    mixed = quiz_markdown(gift("::m::你的Wi-Fi\nrouter 密码\n安全吗？{T}\n"), "GIFT")
    assert "## 你的Wi-Fi router 密码安全吗？ {#m}" in mixed
