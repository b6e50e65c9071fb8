"""The importers write each question's kind: GIFT true/false and weighted answers, Aiken True/False."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.importers import parse_aiken
from kiosk.content.importers.writer import quiz_markdown
from kiosk.content.quiz import parse_quiz
from kiosk.content.render import RenderContext

from .helpers import gift


def read_back(text: str, tmp_path: Path):
    ctx = RenderContext(tmp_path / "quiz.md", tmp_path, tmp_path)
    quiz = parse_quiz(text, ctx)
    assert ctx.diagnostics == []
    return quiz


def test_a_gift_true_false_becomes_a_true_false_question_true_first(tmp_path: Path) -> None:
    report = gift("::Sun::The sun rises in the west.{FALSE#It rises in the east.#Well spotted.}")
    (question,) = report.questions
    assert question.kind == "true_false"
    text = quiz_markdown(report, "GIFT")
    assert "## The sun rises in the west. {#sun}\nkind: true-false\n\n- [ ] True\n" in text
    quiz = read_back(text, tmp_path)
    (read,) = quiz.questions
    assert read.kind == "true_false" and [c.id for c in read.choices] == ["true", "false"]
    assert read.correct_ids == {"false"}
    assert read.choices[0].feedback_html == "<p>It rises in the east.</p>"


def test_gift_weights_alone_ask_for_every_right_answer_even_when_one_is_right(tmp_path: Path) -> None:
    report = gift(
        "Which?{~%100%only this ~%-50%not this ~neither}\n\nPick one {=a ~b}\n\nAll? {~%50%x ~%50%y ~z}"
    )
    assert [q.kind for q in report.questions] == ["multiple", "single", "multiple"]
    text = quiz_markdown(report, "GIFT")
    # The kind is written only where the choices do not already say it.
    assert text.count("kind:") == 1 and "{#which}\nkind: multiple\n" in text
    quiz = read_back(text, tmp_path)
    assert [q.kind for q in quiz.questions] == ["multiple", "single", "multiple"]


def test_an_aiken_true_false_pair_becomes_true_false_in_the_packs_words(tmp_path: Path) -> None:
    report = parse_aiken(
        "Banks ask for your PIN by text.\nA. False\nB. True\nANSWER: A\n\nPick\nA. x\nB. y\nANSWER: B\n",
        Path("bank.txt"),
    )
    assert [q.kind for q in report.questions] == ["true_false", "single"]
    assert [(c.text.text, c.correct) for c in report.questions[0].choices] == [
        ("True", False),
        ("False", True),
    ]
    text = quiz_markdown(report, "Aiken", "zh-CN")
    assert "kind: true-false\n\n- [ ] 正确\n- [x] 错误\n" in text
    quiz = read_back(text, tmp_path)
    assert [q.kind for q in quiz.questions] == ["true_false", "single"]
    assert quiz.questions[0].correct_ids == {"false"}
