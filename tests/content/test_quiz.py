"""The quiz format: questions, choices, feedback, explanations, ids, hashes and settings."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.quiz import derive_id, parse_quiz
from kiosk.content.render import RenderContext


def parse(text: str, folder: Path | None = None):
    folder = folder or Path("/nonexistent/pack/lesson")
    ctx = RenderContext(Path("quiz.md"), folder, folder.parent)
    return parse_quiz(text, ctx), ctx.diagnostics


def test_sample_quiz_structure(sample_pack: Path) -> None:
    quiz = load_lesson(load_pack(sample_pack).lesson("phishing"), "en").quiz
    assert quiz is not None
    assert (quiz.pass_mark, quiz.shuffle_choices, quiz.shuffle_questions, quiz.draw) == (
        50,
        True,
        False,
        None,
    )
    padlock, signs, fake = quiz.questions
    assert padlock.id == "padlock" and padlock.kind == "single"
    assert [c.id for c in padlock.choices] == ["a", "b", "c"]
    assert padlock.correct_ids == {"b"}
    assert padlock.choices[0].feedback_html == "<p>Scam sites have padlocks too.</p>"
    assert padlock.choices[1].feedback_html == ""
    assert padlock.explanation_html == "<p>The padlock only means nobody in between can read the traffic.</p>"
    assert signs.kind == "multiple" and signs.correct_ids == {"a", "b"}
    assert 'src="images/mail.svg"' in signs.html  # a picture in the question text
    assert signs.choices[1].feedback_html.startswith("<p>Right")
    assert fake.id == "which-one-is-the-fake"  # derived from the heading
    assert fake.choices[0].html == '<img alt="A fake e-mail" src="images/mail.svg">'  # an image choice
    assert quiz.asked_count == 3


def test_choice_ids_can_be_given_and_must_be_unique() -> None:
    quiz, diags = parse("## Q {#q}\n\n- [x] Yes {#yes}\n- [ ] No {#no}\n")
    assert [c.id for c in quiz.questions[0].choices] == ["yes", "no"]
    assert quiz.questions[0].choices[0].html == "Yes"
    quiz, diags = parse("## Q {#q}\n\n- [x] Yes {#a}\n- [ ] No {#a}\n")
    assert quiz is None
    assert "quiz.md:4: error: two choices have the id 'a'" in [str(d) for d in diags]


def test_question_without_correct_choice_or_choices_is_left_out_with_its_line() -> None:
    text = "## Fine {#fine}\n\n- [x] a\n- [ ] b\n\n## None right {#none}\n\n- [ ] a\n- [ ] b\n\n## Bare {#bare}\n\nNo list.\n"
    quiz, diags = parse(text)
    assert [q.id for q in quiz.questions] == ["fine"]
    messages = [str(d) for d in diags]
    assert "quiz.md:6: error: question 'none' has no correct choice: mark one with \"- [x]\"" in messages
    assert any(m.startswith("quiz.md:11: error: question 'bare' has no choices") for m in messages)


def test_duplicate_question_ids_are_errors() -> None:
    quiz, diags = parse("## A {#x}\n- [x] a\n- [ ] b\n## B {#x}\n- [x] a\n- [ ] b\n")
    assert len(quiz.questions) == 1
    assert "quiz.md:4: error: question id 'x' is already used on line 1" in [str(d) for d in diags]


def test_plain_list_item_among_choices_is_an_error() -> None:
    quiz, diags = parse("## Q {#q}\n- [x] a\n- b\n- [ ] c\n\n## R {#r}\n- [x] a\n- [ ] b\n")
    assert [q.id for q in quiz.questions] == ["r"]  # left out whole, as any question with an error
    assert "quiz.md:3: error: a choice must start with '- [x]' (right) or '- [ ]' (wrong)" in [
        str(d) for d in diags
    ]


def test_multi_line_choice_and_feedback() -> None:
    quiz, _ = parse(
        "## Q {#q}\n\n- [x] first line\n  second line\n  > feedback one\n  > feedback two\n- [ ] b\n"
    )
    choice = quiz.questions[0].choices[0]
    assert choice.source == "first line\nsecond line"
    assert "feedback one" in choice.feedback_html and "feedback two" in choice.feedback_html


def test_text_after_the_choices_is_reported() -> None:
    quiz, diags = parse("## Q {#q}\n\n- [x] a\n- [ ] b\n\nStray words.\n\n> Explanation.\n")
    assert quiz.questions[0].explanation_html == "<p>Explanation.</p>"
    assert any(str(d).startswith("quiz.md:6: warning: text after the choices is ignored") for d in diags)


def test_settings_are_validated_with_their_line() -> None:
    body = "## Q {#q}\n- [x] a\n- [ ] b\n"
    quiz, diags = parse("---\npass_mark: 70%\ndraw: 1\nshuffle_questions: true\n---\n" + body)
    assert (quiz.pass_mark, quiz.draw, quiz.shuffle_questions) == (70, 1, True)
    assert diags == []
    _, diags = parse("---\npass_mark: 170\n---\n" + body)
    assert "quiz.md:2: error: 'pass_mark' must be a percentage from 0 to 100" in [str(d) for d in diags]
    _, diags = parse("---\ndraw: 5\n---\n" + body)
    assert "quiz.md:2: error: 'draw' asks for 5 questions but the quiz has only 1" in [str(d) for d in diags]
    _, diags = parse("---\nshufle_choices: false\n---\n" + body)
    assert "quiz.md:2: warning: unknown key 'shufle_choices' (did you mean 'shuffle_choices'?)" in [
        str(d) for d in diags
    ]


def test_derived_ids_do_not_depend_on_other_questions() -> None:
    quiz_a, _ = parse("## What is a passkey?\n- [x] a\n- [ ] b\n## Second\n- [x] a\n- [ ] b\n")
    quiz_b, _ = parse(
        "## What is a passkey?\n- [x] a\n- [ ] b\n## Second, with a typo fixed\n- [x] a\n- [ ] b\n"
    )
    assert quiz_a.questions[0].id == quiz_b.questions[0].id == "what-is-a-passkey"
    assert derive_id("密码是什么？").startswith("q-") and derive_id("密码是什么？") == derive_id(
        "密码是什么？"
    )


def test_content_hash_changes_with_the_question_and_only_with_it() -> None:
    base = "## Q {#q}\n- [x] a\n- [ ] b\n> why\n"
    h0 = parse(base)[0].questions[0].content_hash
    assert parse(base + "\n## Other {#o}\n- [x] x\n- [ ] y\n")[0].questions[0].content_hash == h0
    assert parse(base.replace("- [x] a\n- [ ] b", "- [ ] a\n- [x] b"))[0].questions[0].content_hash != h0
    assert parse(base.replace("why", "because"))[0].questions[0].content_hash != h0
    assert len(h0) == 16


def test_fenced_code_in_a_question_is_not_a_heading() -> None:
    quiz, diags = parse("## Q {#q}\n\n```\n# not a heading\n```\n\n- [x] a\n- [ ] b\n")
    assert len(quiz.questions) == 1 and "# not a heading" in quiz.questions[0].html
    assert diags == []


def test_a_question_marked_for_the_booth_challenge() -> None:
    text = (
        "## One {#one}\nchallenge: true\nkind: single\n\n- [x] A\n- [ ] B\n\n"
        "## Two {#two}\nshuffle: false\nChallenge： yes\n\n- [x] A\n- [ ] B\n\n"
        "## Three {#three}\n\n- [x] A\n- [ ] B\n\n"
        "## Four {#four}\nchallenge: maybe\n\n- [x] A\n- [ ] B\n"
    )
    quiz, diags = parse(text)
    one, two, three, four = quiz.questions
    assert [q.challenge for q in quiz.questions] == [True, True, False, False]
    assert not two.shuffle and "challenge" not in one.html.lower()  # the line is not shown
    # a mark that cannot be read is ignored with a warning; the question is still asked
    assert [str(d) for d in diags] == [
        "quiz.md:21: warning: 'challenge: maybe': write 'challenge: true' to put this question in the "
        "pack's booth challenge set; the line is ignored"
    ]
    assert "maybe" not in four.html
    # the mark is not part of what the question is: results keep counting the same question
    plain, _ = parse(text.replace("challenge: true\n", ""))
    assert plain.questions[0].content_hash == one.content_hash
