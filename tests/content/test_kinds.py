"""Question kinds in content: the ``kind:`` line, inference, true/false rules and their diagnostics."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import kinds
from kiosk.content.check import check_pack
from kiosk.content.quiz import parse_quiz
from kiosk.content.render import RenderContext


def parse(text: str):
    folder = Path("/nonexistent/pack/lesson")
    ctx = RenderContext(Path("quiz.md"), folder, folder.parent)
    return parse_quiz(text, ctx), [str(d) for d in ctx.diagnostics]


def only(text: str):
    quiz, diags = parse(text)
    assert quiz is not None and len(quiz.questions) == 1, diags
    return quiz.questions[0], diags


def test_without_a_kind_line_the_choices_decide() -> None:
    single, _ = only("## One {#one}\n\n- [x] a\n- [ ] b\n- [ ] c\n")
    several, _ = only("## All {#all}\n\n- [x] a\n- [x] b\n- [ ] c\n")
    assert (single.kind, several.kind) == ("single", "multiple")


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("True", "False"),
        ("true.", "FALSE"),
        ("对", "错"),
        ("正确", "错误"),
        ("√", "×"),
        ("**True**", "False"),
    ],
)
def test_a_true_false_pair_is_a_true_false_question_in_either_order(right: str, wrong: str) -> None:
    question, diags = only(f"## Statement {{#s}}\n\n- [ ] {wrong}\n  > Not so.\n- [x] {right}\n")
    assert question.kind == "true_false" and diags == []
    # True comes first whatever the file's order, and the ids say which is which.
    assert [(c.id, c.correct) for c in question.choices] == [("true", True), ("false", False)]
    assert question.choices[1].feedback_html == "<p>Not so.</p>"


def test_a_false_statement_marks_false_right() -> None:
    question, _ = only("## The padlock means the site is honest. {#padlock}\n\n- [ ] True\n- [x] False\n")
    assert question.kind == "true_false" and question.correct_ids == {"false"}


@pytest.mark.parametrize("line", ["kind: true-false", "Kind: True_False", "kind: truefalse", "kind：判断"])
def test_the_kind_line_names_the_kind_and_is_not_shown(line: str) -> None:
    question, diags = only(f"## Statement {{#s}}\n{line}\n\nSome words.\n\n- [x] True\n- [ ] False\n")
    assert question.kind == "true_false" and diags == []
    assert "kind" not in question.html.lower() and "Some words." in question.html


def test_other_languages_say_which_choice_is_true_with_an_id() -> None:
    question, diags = only("## Énoncé {#e}\nkind: true-false\n\n- [ ] Faux {#false}\n- [x] Vrai {#true}\n")
    assert diags == [] and [c.source for c in question.choices] == ["Vrai", "Faux"]
    assert question.correct_ids == {"true"}


def test_multiple_may_have_one_right_answer_when_written() -> None:
    question, diags = only("## Which apply? {#w}\nkind: multiple\n\n- [x] a\n- [ ] b\n- [ ] c\n")
    assert question.kind == "multiple" and diags == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "## S {#s}\nkind: true-false\n\n- [x] True\n- [ ] False\n- [ ] Maybe\n",
            "quiz.md:1: error: true/false question 's' has 3 choices: it needs exactly two, "
            "'- [ ] True' and '- [ ] False', one of them marked '- [x]'",
        ),
        (
            "## S {#s}\nkind: true-false\n\n- [x] Yes\n- [ ] No\n",
            "quiz.md:4: error: true/false question 's': the choice 'Yes' is neither True nor False; "
            "write True or False (对 or 错), or end it with {#true} or {#false}",
        ),
        (
            "## S {#s}\nkind: true-false\n\n- [x] True\n- [ ] 对\n",
            "quiz.md:1: error: true/false question 's' needs one True choice and one False choice",
        ),
        (
            "## S {#s}\nkind: true-false\n\n- [x] True\n- [x] False\n",
            "quiz.md:1: error: true/false question 's' has 2 choices marked right: mark exactly one with '- [x]'",
        ),
        (
            "## S {#s}\nkind: sorting\n\n- [x] a\n- [ ] b\n",
            "quiz.md:2: error: unknown question kind 'sorting': write one of single, multiple, true-false, spot",
        ),
        (
            "## S {#s}\nkind: single\n\n- [x] a\n- [x] b\n",
            "quiz.md:1: error: question 's' is 'kind: single' but 2 choices are marked right: mark exactly "
            "one with '- [x]', or write 'kind: multiple'",
        ),
    ],
)
def test_a_malformed_kind_leaves_the_question_out_with_its_line(text: str, message: str) -> None:
    quiz, diags = parse(text + "\n## Fine {#fine}\n\n- [x] a\n- [ ] b\n")
    assert [q.id for q in quiz.questions] == ["fine"]
    assert message in diags


def test_a_kind_the_choices_imply_keeps_the_question_hash() -> None:
    plain, _ = only("## One {#one}\n\n- [x] a\n- [ ] b\n")
    named, _ = only("## One {#one}\nkind: single\n\n- [x] a\n- [ ] b\n")
    asked_otherwise, _ = only("## One {#one}\nkind: multiple\n\n- [x] a\n- [ ] b\n")
    # Results keep counting the same question; asked another way, it is another version.
    assert plain.content_hash == named.content_hash != asked_otherwise.content_hash


def test_questions_built_without_the_parser_follow_their_choices() -> None:
    from kiosk.content.model import Choice, Question

    two_right = (Choice("a", "a", True), Choice("b", "b", True))
    assert Question("q", "q", two_right).kind == "multiple"
    assert Question("q", "q", two_right[:1]).kind == "single"


def test_every_kind_has_a_spelling_and_rules() -> None:
    assert set(kinds.KINDS) == {"single", "multiple", "true_false", "spot"}
    for name, rules in kinds.KINDS.items():
        assert rules.name == name and kinds.by_spelling(rules.written) is rules


def test_check_reports_a_translation_asked_another_way(make_pack) -> None:  # noqa: ANN001
    pack = make_pack(
        {
            "pack.yaml": "languages: [en, zh-CN]\n",
            "one/lesson.md": "---\ntitle: One\n---\n# Page\n",
            "one/lesson.zh-CN.md": "---\ntitle: 一\n---\n# 页\n",
            "one/quiz.md": "## S {#s}\n\n- [x] True\n- [ ] False\n",
            "one/quiz.zh-CN.md": "## 句 {#s}\nkind: single\n\n- [x] 对 {#true}\n- [ ] 错 {#false}\n",
        }
    )
    messages = [str(d) for d in check_pack(pack).diagnostics]
    assert (
        f"{pack / 'one' / 'quiz.zh-CN.md'}:1: error: question 's' is a single question here but a "
        "true-false question in the original; ask it the same way"
    ) in messages


def test_check_passes_a_translated_true_false_question(make_pack) -> None:  # noqa: ANN001
    pack = make_pack(
        {
            "pack.yaml": "languages: [en, zh-CN]\n",
            "one/lesson.md": "---\ntitle: One\n---\n# Page\n",
            "one/lesson.zh-CN.md": "---\ntitle: 一\n---\n# 页\n",
            "one/quiz.md": "## S {#s}\n\n- [ ] True\n- [x] False\n",
            "one/quiz.zh-CN.md": "## 句 {#s}\n\n- [ ] 正确\n- [x] 错误\n",
        }
    )
    assert [str(d) for d in check_pack(pack).diagnostics] == []


def test_the_quiz_examples_of_the_authors_guide_parse_cleanly() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "lesson-format.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in guide.split("```markdown\n")[1:]]
    quizzes = [block for block in blocks if "- [x]" in block]
    assert len(quizzes) >= 2
    kinds_seen = set()
    bundled = Path(__file__).resolve().parents[2] / "lessons"
    for block in quizzes:
        if "kind: spot" in block:  # its picture is the bundled scam lesson's
            ctx = RenderContext(Path("quiz.md"), bundled / "scam-messages", bundled)
            quiz, diags = parse_quiz(block, ctx), [str(d) for d in ctx.diagnostics]
        else:
            quiz, diags = parse(block)
        # The first example shows 'draw: 5' on a quiz that is cut short to two questions.
        assert quiz is not None and [d for d in diags if "'draw'" not in d] == [], block
        kinds_seen |= {q.kind for q in quiz.questions}
    assert kinds_seen == {"single", "multiple", "true_false", "spot"}
