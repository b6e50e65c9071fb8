"""Spot-the-flags questions in content: the quiz syntax, the regions, and what `kiosk check` says."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.check import check_pack
from kiosk.content.model import Region
from kiosk.content.quiz import parse_quiz
from kiosk.content.render import RenderContext

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">'
    '<rect id="sender" x="10" y="10" width="200" height="40"/>'
    '<text id="link" x="20" y="120">http://example.invalid</text></svg>'
)

QUIZ = """## Tap the red flags in this message. {#sms}
kind: spot
picture: images/sms.svg

- [x] The sender {#sender}
  area: #sender
  > A fake base station can show a bank's real number.
- [x] The link {#link}
  area: 20, 100, 300, 30
  > Banks do not send links to log in.
- [ ] The time {#time}
  area: 300 10 90 30
  > The time is just the time.

> Judge what a message asks, not who it seems to come from.
"""


def lesson_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "pack" / "scams"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "sms.svg").write_text(SVG, encoding="utf-8")
    return folder


def parse(folder: Path, text: str):
    ctx = RenderContext(folder / "quiz.md", folder, folder.parent)
    return parse_quiz(text, ctx), [str(d) for d in ctx.diagnostics]


def test_a_spot_question_reads_its_picture_parts_areas_and_explanations(tmp_path: Path) -> None:
    quiz, diags = parse(lesson_folder(tmp_path), QUIZ)
    assert diags == []
    assert quiz is not None
    (question,) = quiz.questions
    assert question.kind == "spot"
    assert question.picture == "images/sms.svg"
    assert [(c.id, c.correct) for c in question.choices] == [
        ("sender", True),
        ("link", True),
        ("time", False),
    ]
    assert question.choices[0].region == Region(element="sender")
    assert question.choices[1].region == Region(20, 100, 300, 30)
    assert question.choices[2].region == Region(300, 10, 90, 30)
    # The area lines are not part of the words a visitor (or the console) reads.
    assert question.choices[1].html == "The link"
    assert "Banks do not send links" in question.choices[1].feedback_html
    assert question.need == 2  # 60% of 2 flags, rounded up
    assert "picture:" not in question.html and "Tap the red flags" in question.html


def test_the_picture_line_alone_makes_a_spot_question(tmp_path: Path) -> None:
    quiz, diags = parse(lesson_folder(tmp_path), QUIZ.replace("kind: spot\n", ""))
    assert quiz is not None and quiz.questions[0].kind == "spot", diags


def test_need_can_be_given(tmp_path: Path) -> None:
    quiz, diags = parse(lesson_folder(tmp_path), QUIZ.replace("picture:", "need: 1\npicture:"))
    assert diags == [] and quiz is not None and quiz.questions[0].need == 1


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("picture: images/sms.svg\n", ""), 1, "has no picture"),
        (("images/sms.svg", "images/missing.svg"), 3, "not found"),
        (("  area: #sender\n", ""), 5, "part 'sender' has no area"),
        (("area: #sender", "area: #nothing"), 6, 'no element with id="nothing"'),
        (("area: 20, 100, 300, 30", "area: 200, 100, 300, 30"), 9, "is not inside the picture"),
        (("area: 20, 100, 300, 30", "area: 20, 100"), 9, "is not an area"),
        (("area: 20, 100, 300, 30", "area: 20, 100, 0, 30"), 9, "must be more than 0"),
        (("  > A fake base station can show a bank's real number.\n", ""), 5, "has no explanation"),
        (("picture:", "need: 3\npicture:"), 3, "'need: 3' must be a whole number of flags from 1 to 2"),
    ],
)
def test_check_names_the_line_of_each_mistake(
    tmp_path: Path, change: tuple[str, str], line: int, words: str
) -> None:
    quiz, diags = parse(lesson_folder(tmp_path), QUIZ.replace(*change))
    assert quiz is None  # the only question is left out
    assert any(d.startswith(f"quiz.md:{line}:") or f"quiz.md:{line}: " in d for d in diags), diags
    assert any(words in d for d in diags), diags


def test_a_spot_question_with_no_flag_is_an_error(tmp_path: Path) -> None:
    quiz, diags = parse(lesson_folder(tmp_path), QUIZ.replace("- [x]", "- [ ]"))
    assert quiz is None and any("no correct choice" in d or "no red flag" in d for d in diags), diags


def test_no_decoys_is_a_warning(tmp_path: Path) -> None:
    text = QUIZ.replace("- [ ] The time {#time}\n  area: 300 10 90 30\n  > The time is just the time.\n", "")
    quiz, diags = parse(lesson_folder(tmp_path), text)
    assert quiz is not None and any("has no decoys" in d for d in diags), diags


def test_an_area_line_in_another_kind_is_a_warning(tmp_path: Path) -> None:
    quiz, diags = parse(
        lesson_folder(tmp_path), "## Q {#q}\nkind: single\n\n- [x] a\n  area: 1 2 3 4\n- [ ] b\n"
    )
    assert quiz is not None and quiz.questions[0].choices[0].html == "a"
    assert any("quiz.md:5:" in d and "'area:' is read only in 'spot' questions" in d for d in diags), diags


def test_a_png_picture_takes_rectangles_in_pixels(tmp_path: Path) -> None:
    folder = lesson_folder(tmp_path)
    png = (
        bytes.fromhex("89504e470d0a1a0a0000000d49484452")
        + (400).to_bytes(4, "big")
        + (300).to_bytes(4, "big")
    )
    (folder / "images" / "sms.png").write_bytes(png + b"\x08\x02\x00\x00\x00" + b"\x00" * 40)
    text = QUIZ.replace("sms.svg", "sms.png").replace("area: #sender", "area: 10 10 200 40")
    quiz, diags = parse(folder, text)
    assert quiz is not None and diags == [], diags
    bad, diags = parse(folder, QUIZ.replace("sms.svg", "sms.png"))
    assert bad is None and any("needs an SVG picture" in d for d in diags), diags


def test_kiosk_check_compares_a_translation_of_a_spot_question(tmp_path: Path) -> None:
    folder = lesson_folder(tmp_path)
    (folder.parent / "pack.yaml").write_text("languages: [en, zh-CN]\n", encoding="utf-8")
    (folder / "lesson.md").write_text("---\ntitle: Scams\n---\n# Page\n\nText.\n", encoding="utf-8")
    (folder / "lesson.zh-CN.md").write_text("---\ntitle: 诈骗\n---\n# 页\n\n文字。\n", encoding="utf-8")
    (folder / "quiz.md").write_text(QUIZ, encoding="utf-8")
    (folder / "images" / "sms.zh-CN.svg").write_text(SVG, encoding="utf-8")
    chinese = QUIZ.replace("images/sms.svg", "images/sms.zh-CN.svg").replace(
        "- [ ] The time", "- [x] The time"
    )
    (folder / "quiz.zh-CN.md").write_text(chinese, encoding="utf-8")
    report = check_pack(folder.parent)
    messages = [str(d) for d in report.diagnostics]
    assert any("quiz.zh-CN.md:1:" in m and "question 'sms'" in m for m in messages), messages
