"""Quiz-quality warnings of ``kiosk check`` (issue 18 item 5), and the per-question ``shuffle: false``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.check import check_pack
from kiosk.content.quiz import parse_quiz
from kiosk.content.render import RenderContext
from kiosk.journey.shuffle import choice_order

LESSON = "---\ntitle: T\n---\nHello\n"
LESSON_ZH = "---\ntitle: 题\n---\n你好\n"


def question(qid: str, right: str, wrong: tuple[str, ...], head: str = "") -> str:
    lines = [f"## Question {qid}? {{#{qid}}}", head, ""]
    lines += [f"- [x] {right}"] + [f"- [ ] {w}" for w in wrong]
    return "\n".join(lines) + "\n\n"


def warnings_for(make_pack, files: dict[str, str]) -> list[str]:
    report = check_pack(make_pack(files), workers=1)
    assert report.errors == 0, [str(d) for d in report.diagnostics]
    return [f"{d.path.name}:{d.line}: {d.message}" for d in report.diagnostics]


LONG = "Call the bank on the number printed on your card"
SHORT = ("Reply", "Click it", "Ignore it")


def test_the_right_answer_longest_in_most_questions_is_named_with_counts_and_lines(make_pack) -> None:
    quiz = "".join(question(f"q{i}", LONG, SHORT) for i in range(5))
    quiz += question("q5", "Hang up", ("Read out the code", "Pay the fee now", "Tell them your PIN"))
    found = warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz})
    assert found == [
        "quiz.md:1: the right answer is the longest choice in 5 of 6 single-answer questions "
        "(lines 1, 9, 17, 25, 33): visitors can pass by picking the longest; make some wrong answers as "
        "long and as believable as the right one (at most 40% of the questions should have the right "
        "answer as the one longest choice)"
    ]


def test_two_longest_of_four_happens_by_chance_and_is_not_warned(make_pack) -> None:
    even = ("Read out the code to them", "Pay the fee right now", "Tell them your PIN")
    quiz = question("a", LONG, SHORT) + question("b", LONG, SHORT)
    quiz += question("c", "Hang up", even) + question("d", "Hang up", even)
    assert warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz}) == []


def test_too_few_questions_to_judge_say_nothing(make_pack) -> None:
    quiz = question("a", LONG, SHORT) + question("b", LONG, SHORT)
    assert warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz}) == []


def test_each_language_is_judged_on_its_own(make_pack) -> None:
    even = ("长度差不多的错误答案", "另一个同样长的答案", "第三个一样长的答案")
    zh = "".join(question(f"q{i}", "挂断电话", even) for i in range(4))
    en = "".join(question(f"q{i}", LONG, SHORT) for i in range(4))
    found = warnings_for(
        make_pack,
        {
            "pack.yaml": "languages: [en, zh-CN]\n",
            "a/lesson.md": LESSON,
            "a/lesson.zh-CN.md": LESSON_ZH,
            "a/quiz.md": en,
            "a/quiz.zh-CN.md": zh,
        },
    )
    assert len(found) == 1 and found[0].startswith(
        "quiz.md:1: the right answer is the longest choice in 4 of 4"
    )


def test_the_pack_as_a_whole_is_judged_per_language_across_quizzes(make_pack) -> None:
    even = ("Read out the code to them", "Pay the fee right now", "Tell them your PIN")
    # each quiz: two of four (not warned on its own); the pack: four of eight, in every quiz a visitor takes
    quiz = question("a", LONG, SHORT) + question("b", LONG, SHORT)
    quiz += question("c", "Hang up", even) + question("d", "Hang up", even)
    files = {"a/lesson.md": LESSON, "a/quiz.md": quiz, "b/lesson.md": LESSON, "b/quiz.md": quiz}
    found = warnings_for(make_pack, {"pack.yaml": "title: P\n", **files})
    assert found == [
        "pack.yaml:0: the right answer is the longest choice in 4 of 8 single-answer questions of the "
        "en quizzes taken together: visitors can pass by picking the longest; make some wrong answers "
        "as long and as believable as the right one (at most 40% of the questions should have the "
        "right answer as the one longest choice)"
    ]


def test_two_choices_are_warned_unless_the_question_is_true_false(make_pack) -> None:
    quiz = question("two", "Hang up", ("Pay",))
    quiz += "## Scammers can fake a caller's number. {#tf}\n\n- [x] True\n- [ ] False\n"
    found = warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz})
    assert found == [
        "quiz.md:1: question 'two' has only two choices, so a guess is right half the time: add a third "
        "believable choice, or, if it is a statement to judge, make it a true/false question "
        "('- [x] True' and '- [ ] False')"
    ]


@pytest.mark.parametrize(
    ("choices", "how", "numbers"),
    [
        ((".", ".", ".", "."), "the same", "1 and 2"),  # an Aiken import of blank choices
        (("Hang up", "Click it", "hang up!"), "the same", "1 and 3"),
        (("Hang up", "Use a password manager", "Use a pasword manager"), "nearly the same", "2 and 3"),
        (("挂断电话", "点击链接", "转账", "挂断电话。"), "the same", "1 and 4"),
    ],
)
def test_duplicate_and_near_identical_choices(make_pack, choices, how, numbers) -> None:
    right, *wrong = choices
    quiz = question("dup", right, tuple(wrong))
    found = warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz})
    dup = [f for f in found if "say" in f]
    assert dup and dup[0].startswith(f"quiz.md:1: question 'dup': choices {numbers} say {how} (")
    assert dup[0].endswith("visitors cannot tell them apart; reword one or remove it")
    if choices[0] == ".":
        assert len(dup) == 3  # 1=2, 1=3, 1=4: each copy named once


@pytest.mark.parametrize(
    "choices",
    [
        ("At least 12 characters", "At least 10 characters", "At least 16 characters"),
        ("You should share it with IT", "You should not share it with IT", "Write it on a note"),
        ("开启自动更新", "不开启自动更新", "等别人提醒"),
    ],
)
def test_choices_differing_in_a_number_or_a_negation_are_different_answers(make_pack, choices) -> None:
    quiz = question("q", choices[0], choices[1:])
    assert warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz}) == []


@pytest.mark.parametrize(
    "text", ["All of the above", "None of the above", "以上都是", "以上都不是", "以上皆是", "以上均不对"]
)
def test_all_or_none_of_the_above_in_a_shuffled_question_suggests_shuffle_false(make_pack, text) -> None:
    quiz = question("above", text, ("Hang up", "Block the number"))
    found = warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz})
    assert found == [
        f"quiz.md:1: question 'above': choice 1 ('{text}') points at the other choices, but the choices "
        "are shuffled, so it may not come last: write 'shuffle: false' on a line under the question's "
        "heading and put that choice last"
    ]


@pytest.mark.parametrize("text", ["四个以上、别处没用过的随机词", "Long ones, above all for e-mail"])
def test_words_that_only_look_like_all_of_the_above_are_not_warned(make_pack, text) -> None:
    quiz = question("q", text, ("Hang up the phone", "Block the number"))
    assert warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz}) == []


def test_all_of_the_above_is_fine_when_the_question_or_the_quiz_does_not_shuffle(make_pack) -> None:
    kept = question("kept", "All of the above", ("Hang up", "Block the number"), head="shuffle: false")
    assert warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": kept}) == []
    quiz = "---\nshuffle_choices: false\n---\n" + question("q", "None of the above", ("Hang up", "Block"))
    assert warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz}) == []


def test_the_warnings_judge_only_the_kinds_with_a_list_of_choices(make_pack) -> None:
    # true/false: two choices that are "the same" length-wise and in number, never judged
    quiz = "".join(
        f"## Statement {i}. {{#s{i}}}\nkind: true-false\n\n- [x] True\n- [ ] False\n\n" for i in range(4)
    )
    assert warnings_for(make_pack, {"a/lesson.md": LESSON, "a/quiz.md": quiz}) == []


# --- shuffle: false -------------------------------------------------------------------------------


def parse(text: str, tmp_path: Path):
    ctx = RenderContext(tmp_path / "quiz.md", tmp_path, tmp_path)
    return parse_quiz(text, ctx), [f"{d.line}: {d.severity}: {d.message}" for d in ctx.diagnostics]


def test_shuffle_false_keeps_the_file_order_for_every_visitor(tmp_path: Path) -> None:
    text = (
        "## Which are signs of a scam? {#signs}\nkind: multiple\nshuffle: false\n\n"
        "- [x] Urgency\n- [x] A prize\n- [ ] Your name\n- [x] All of the above\n\n"
        "## Another {#other}\n\n- [x] One\n- [ ] Two\n- [ ] Three\n- [ ] Four\n"
    )
    quiz, found = parse(text, tmp_path)
    assert found == []
    kept, other = quiz.questions
    assert not kept.shuffle and kept.kind == "multiple" and other.shuffle
    assert "shuffle" not in kept.html and "kind" not in kept.html  # the lines are options, not text
    orders = {choice_order(kept, seed=seed, lesson_id="l", shuffle=True) for seed in range(30)}
    assert orders == {("a", "b", "c", "d")}
    assert len({choice_order(other, seed=seed, lesson_id="l", shuffle=True) for seed in range(30)}) > 1


def test_shuffle_false_leaves_the_question_hash_alone(tmp_path: Path) -> None:
    base = "## Pick one {#q}\n\n- [x] One\n- [ ] Two\n- [ ] Three\n"
    plain, _ = parse(base, tmp_path)
    kept, _ = parse(base.replace("{#q}\n", "{#q}\nshuffle: false\n"), tmp_path)
    assert plain.questions[0].content_hash == kept.questions[0].content_hash


def test_a_shuffle_value_that_is_not_true_or_false_is_an_error_naming_the_line(tmp_path: Path) -> None:
    quiz, found = parse("## Pick {#q}\nshuffle: sometimes\n\n- [x] One\n- [ ] Two\n- [ ] Three\n", tmp_path)
    assert quiz is None
    assert found == [
        "2: error: 'shuffle: sometimes': write 'shuffle: false' to keep this question's choices in the "
        "file's order, or leave the line out"
    ]
