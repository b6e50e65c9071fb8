"""Spot-the-flags pictures: ``#id`` areas measured inside the picture, and a translated picture found by
its file name (``sms.zh-CN.svg`` beside ``sms.svg``), from the quiz's Markdown to ``kiosk check``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.content.check import check_pack
from kiosk.content.kinds.svg_bounds import element_box
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.quiz import parse_quiz
from kiosk.content.render import RenderContext

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">
<rect id="sender" x="10" y="10" width="200" height="40"/>
<g transform="translate(300 250)"><rect id="corner" x="0" y="0" width="80" height="30"/></g>
<g transform="translate(300 250)"><rect id="spill" x="50" y="0" width="80" height="30"/></g>
<circle id="badge" cx="380" cy="20" r="30"/>
<text id="words" x="20" y="120">http://example.invalid</text>
</svg>
"""

QUIZ = """## Tap the red flags in this message. {#sms}
kind: spot
picture: images/sms.svg

- [x] The sender {#sender}
  area: #sender
  > A fake base station can show a bank's real number.
- [x] The corner {#corner}
  area: #corner
  > Something in the corner.
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


def parse(folder: Path, text: str, language: str = ""):
    ctx = RenderContext(folder / "quiz.md", folder, folder.parent, language=language)
    return parse_quiz(text, ctx), [str(d) for d in ctx.diagnostics]


# -- #id areas inside the picture ------------------------------------------------------------------


def test_an_element_inside_the_picture_through_its_group_s_transform_is_accepted(tmp_path: Path) -> None:
    quiz, diags = parse(lesson_folder(tmp_path), QUIZ)
    assert quiz is not None and diags == [], diags


@pytest.mark.parametrize(
    ("element", "where"),
    [
        ("spill", "spans x 350 to 430 and y 250 to 280"),  # moved out by its group's translate
        ("badge", "spans x 350 to 410 and y -10 to 50"),  # a circle over the top right corner
    ],
)
def test_an_element_partly_outside_the_picture_is_named_with_its_line(
    tmp_path: Path, element: str, where: str
) -> None:
    quiz, diags = parse(lesson_folder(tmp_path), QUIZ.replace("area: #corner", f"area: #{element}"))
    assert quiz is None
    (message,) = [d for d in diags if "is not inside the picture" in d]
    assert message.startswith(str(tmp_path / "pack" / "scams" / "quiz.md") + ":9:"), message
    assert f"the element #{element} {where}" in message
    assert "'images/sms.svg', which spans x 0 to 400 and y 0 to 300" in message


def test_an_id_the_picture_lacks_is_named_with_its_line(tmp_path: Path) -> None:
    folder = lesson_folder(tmp_path)
    quiz, diags = parse(folder, QUIZ.replace("area: #corner", "area: #nowhere"))
    assert quiz is None
    assert any(":9:" in d and 'has no element with id="nowhere"' in d for d in diags), diags
    quiz, diags = parse(folder, QUIZ.replace("area: #corner", "area: #coner"))
    assert any(":9:" in d and "id=\"coner\" (did you mean '#corner'?)" in d for d in diags), diags


def test_text_cannot_be_measured_without_its_font_so_it_is_not_judged(tmp_path: Path) -> None:
    quiz, diags = parse(lesson_folder(tmp_path), QUIZ.replace("area: #corner", "area: #words"))
    assert quiz is not None and diags == [], diags


def test_kiosk_check_reports_an_element_outside_the_picture(tmp_path: Path) -> None:
    folder = lesson_folder(tmp_path)
    (folder / "lesson.md").write_text("---\ntitle: Scams\n---\n# Page\n\nText.\n", encoding="utf-8")
    (folder / "quiz.md").write_text(QUIZ.replace("area: #corner", "area: #spill"), encoding="utf-8")
    messages = [str(d) for d in check_pack(folder.parent).diagnostics]
    assert any("quiz.md:9:" in m and "the element #spill" in m for m in messages), messages


@pytest.mark.parametrize(
    ("shape", "box"),
    [
        ('<rect id="x" x="10" y="20" width="30" height="40" transform="scale(2)"/>', (20, 40, 80, 120)),
        ('<ellipse id="x" cx="100" cy="50" rx="40" ry="10"/>', (60, 40, 140, 60)),
        ('<line id="x" x1="5" y1="90" x2="50" y2="10"/>', (5, 10, 50, 90)),
        ('<polygon id="x" points="10,10 60,20 30,70" transform="translate(5 5)"/>', (15, 15, 65, 75)),
        (
            '<path id="x" d="M 0 100 Q 50 0 100 100"/>',
            (0, 50, 100, 100),
        ),  # the curve's top, not its control point's
        (
            '<path id="x" d="M 10 10 h 20 v 30 h -20 z" transform="matrix(1 0 0 1 100 0)"/>',
            (110, 10, 130, 40),
        ),
        ('<path id="x" d="M 0 50 A 50 50 0 0 1 100 50"/>', (0, 0, 100, 50)),  # the upper half circle
        (
            '<g id="x"><rect x="0" y="0" width="5" height="5"/><circle cx="50" cy="50" r="5"/></g>',
            (0, 0, 55, 55),
        ),
    ],
)
def test_shapes_are_measured_as_drawn(shape: str, box: tuple[float, ...]) -> None:
    root = ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200">{shape}</svg>')
    measured = element_box(root, "x")
    assert measured is not None
    assert measured == pytest.approx(box, abs=1e-6)


def test_lengths_in_other_units_are_not_guessed() -> None:
    root = ET.fromstring(
        '<svg xmlns="http://www.w3.org/2000/svg"><rect id="x" width="50%" height="2em"/></svg>'
    )
    assert element_box(root, "x") is None


# -- a translated picture by its file name ---------------------------------------------------------


def bilingual_pack(tmp_path: Path, translated_name: str, chinese_quiz: str | None = None) -> Path:
    folder = lesson_folder(tmp_path)
    (folder.parent / "pack.yaml").write_text("languages: [en, zh-CN]\n", encoding="utf-8")
    (folder / "lesson.md").write_text("---\ntitle: Scams\n---\n# Page\n\nText.\n", encoding="utf-8")
    (folder / "lesson.zh-CN.md").write_text("---\ntitle: 诈骗\n---\n# 页\n\n文字。\n", encoding="utf-8")
    (folder / "quiz.md").write_text(QUIZ, encoding="utf-8")
    if chinese_quiz is not None:
        (folder / "quiz.zh-CN.md").write_text(chinese_quiz, encoding="utf-8")
    (folder / "images" / translated_name).write_text(SVG, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["sms.zh-CN.svg", "sms.zh_CN.svg", "sms.zh-cn.svg", "sms.zh.svg"])
def test_the_chinese_quiz_shows_the_picture_s_translation_beside_it(tmp_path: Path, name: str) -> None:
    folder = bilingual_pack(tmp_path, name, chinese_quiz=QUIZ)
    entry = load_pack(folder.parent).lesson("scams")
    chinese, english = load_lesson(entry, "zh-CN"), load_lesson(entry, "en")
    assert chinese.quiz is not None and english.quiz is not None
    assert chinese.quiz.questions[0].picture == f"images/{name}"
    assert english.quiz.questions[0].picture == "images/sms.svg"


def test_a_lesson_without_a_chinese_quiz_shows_the_translated_picture_with_the_english_areas(
    tmp_path: Path,
) -> None:
    folder = bilingual_pack(tmp_path, "sms.zh-CN.svg")
    entry = load_pack(folder.parent).lesson("scams")
    chinese = load_lesson(entry, "zh-CN")
    assert chinese.quiz is not None
    assert chinese.quiz.questions[0].picture == "images/sms.zh-CN.svg"


def test_a_picture_named_with_its_language_is_used_as_named(tmp_path: Path) -> None:
    folder = bilingual_pack(tmp_path, "sms.zh-CN.svg", chinese_quiz=QUIZ.replace("sms.svg", "sms.zh-CN.svg"))
    chinese = load_lesson(load_pack(folder.parent).lesson("scams"), "zh-CN")
    assert chinese.quiz is not None and chinese.quiz.questions[0].picture == "images/sms.zh-CN.svg"


def test_another_language_s_picture_is_not_taken(tmp_path: Path) -> None:
    folder = bilingual_pack(tmp_path, "sms.fr.svg", chinese_quiz=QUIZ)
    chinese = load_lesson(load_pack(folder.parent).lesson("scams"), "zh-CN")
    assert chinese.quiz is not None and chinese.quiz.questions[0].picture == "images/sms.svg"


def test_kiosk_check_measures_the_areas_on_the_translated_picture(tmp_path: Path) -> None:
    # The Chinese picture is narrower: the time's area fits the English picture, not the Chinese one.
    quiz = QUIZ.replace("300 10 90 30", "310 10 80 30")
    folder = bilingual_pack(tmp_path, "sms.zh-CN.svg", chinese_quiz=quiz)
    (folder / "quiz.md").write_text(quiz, encoding="utf-8")
    narrow = SVG.replace('viewBox="0 0 400 300"', 'viewBox="0 0 380 300"')
    (folder / "images" / "sms.zh-CN.svg").write_text(narrow, encoding="utf-8")
    messages = [str(d) for d in check_pack(folder.parent).diagnostics]
    chinese = [m for m in messages if "quiz.zh-CN.md:12:" in m]
    assert chinese, messages
    assert "'images/sms.zh-CN.svg', which spans x 0 to 380" in chinese[0]
    assert not any("quiz.md:12:" in m for m in messages), messages
