"""The take-home text: tips and link from front matter, its QR size, and what `kiosk check` says about it."""

from __future__ import annotations

from pathlib import Path

import pytest
import segno

from kiosk.content import snapshot, takehome
from kiosk.content.check import check_pack
from kiosk.content.loader import load_pack

LINK = "https://www.example.org/anti-fraud"


@pytest.mark.parametrize("version", range(1, 21))
def test_the_capacity_table_matches_the_codes_segno_draws(version: int) -> None:
    capacity = takehome.BYTE_CAPACITY_L[version - 1]
    for size in (capacity, capacity + 1):
        text = "x" * size
        drawn = segno.make(text, encoding="utf-8", mode="byte", error="l", boost_error=False)
        assert drawn.version == takehome.qr_version(text)
    assert takehome.qr_version("x" * capacity) == version


def test_the_text_is_the_title_the_tips_one_a_line_and_the_link() -> None:
    text = takehome.take_home_text("Strong passwords", ["Use three words.", "  One  per\naccount. "], LINK)
    assert text.split("\n") == ["Strong passwords", "• Use three words.", "• One per account.", LINK]
    assert takehome.take_home_text("Strong passwords", [" ", ""], LINK) == ""  # no tips, no code


def test_lesson_tips_hook_and_link_are_read_per_language(make_pack) -> None:  # noqa: ANN001
    root = make_pack(
        {
            "pack.yaml": f"languages: [en, zh-CN]\nlink:\n  en: {LINK}\n  zh-CN: https://www.example.cn/\n"
            "tips:\n  en: [Pack tip.]\n  zh-CN: [整包提示。]\n",
            "a/lesson.md": "---\ntitle: A\nhook: Can you spot it?\ntips:\n  - Tip one.\n---\nHi\n",
            "a/lesson.zh-CN.md": "---\ntitle: 甲\ntips: [提示一。]\nlink: https://www.example.cn/a\n---\n你好\n",
            "b/lesson.md": "---\ntitle: B\n---\nHi\n",
        }
    )
    pack = load_pack(root)
    a, b = pack.lesson("a"), pack.lesson("b")
    assert a.meta("en").hook == "Can you spot it?" and a.meta("zh-CN").hook == ""
    assert takehome.for_lesson(pack, a.meta("en")) == f"A\n• Tip one.\n{LINK}"
    assert takehome.for_lesson(pack, a.meta("zh-CN")) == "甲\n• 提示一。\nhttps://www.example.cn/a"
    assert takehome.for_lesson(pack, b.meta("en")) == f"B\n• Pack tip.\n{LINK}"  # the pack's tips instead
    # a challenge's result: the pack's own tips and link
    assert takehome.for_pack(pack, "zh-CN", "挑战") == "挑战\n• 整包提示。\nhttps://www.example.cn/"
    # a snapshot keeps them
    again = snapshot.pack_from_json(snapshot.pack_to_json(pack))
    assert again == pack


@pytest.mark.parametrize(
    "link",
    ["http://www.example.org/", "www.example.org", "javascript:alert(1)", "https://", "https://x y.org/"],
)
def test_a_link_that_is_not_https_is_refused_with_a_warning(make_pack, link: str) -> None:  # noqa: ANN001
    root = make_pack({"a/lesson.md": f"---\ntitle: A\ntips: [T.]\nlink: '{link}'\n---\nHi\n"})
    pack = load_pack(root)
    assert pack.lesson("a").meta("en").link == ""
    found = [str(d) for d in check_pack(root).diagnostics]
    assert any("a/lesson.md:4: warning: 'link'" in line for line in found), found


def test_check_names_lessons_without_tips_once_a_pack_uses_them(make_pack, tmp_path: Path) -> None:  # noqa: ANN001
    root = make_pack(
        {
            "pack.yaml": "languages: [en, zh-CN]\n",
            "a/lesson.md": "---\ntitle: A\ntips: [Tip.]\n---\nHi\n",
            "a/lesson.zh-CN.md": "---\ntitle: 甲\n---\n你好\n",
            "b/lesson.md": "---\ntitle: B\ntips: [Tip.]\n---\nHi\n",
        }
    )
    found = [str(d) for d in check_pack(root).diagnostics]
    assert [line for line in found if "no 'tips'" in line] == [
        f"{root / 'a' / 'lesson.zh-CN.md'}:1: warning: the lesson has no 'tips' (zh-CN), so its result "
        "screen shows no take-home QR code; add 2 or 3 short tips"
    ]
    # a pack where no lesson has tips is not told about each lesson
    bare = tmp_path / "bare"
    (bare / "c").mkdir(parents=True)
    (bare / "c" / "lesson.md").write_text("---\ntitle: C\n---\nHi\n", encoding="utf-8")
    assert not [d for d in check_pack(bare).diagnostics if "tips" in d.message]


def test_check_warns_when_the_code_would_be_too_dense_to_read(make_pack) -> None:  # noqa: ANN001
    long_tip = "不要" * 70  # 420 bytes of UTF-8
    root = make_pack(
        {
            "ok/lesson.md": "---\ntitle: Fine\ntips: [Short and sweet.]\n---\nHi\n",
            "long/lesson.md": f"---\ntitle: Long\ntips: [{long_tip}]\n---\nHi\n",
        }
    )
    found = [str(d) for d in check_pack(root).diagnostics]
    assert len(found) == 1 and "long/lesson.md:1: warning: the take-home QR code's text is" in found[0]
    assert "shorten the tips" in found[0]


def test_the_bundled_course_has_tips_that_fit_in_both_languages() -> None:
    pack = load_pack(Path(__file__).parents[2] / "lessons")
    for entry in pack.lessons:
        for language in ("en", "zh-CN"):
            text = takehome.for_lesson(pack, entry.meta(language))
            assert text, (entry.id, language)
            assert takehome.qr_version(text) <= takehome.MAX_EASY_VERSION, (entry.id, language)


def test_a_challenge_takes_home_a_tip_of_each_lesson_it_drew_from(make_pack) -> None:  # noqa: ANN001
    lessons = {
        f"{name}/lesson.md": f"---\ntitle: {name.upper()}\ntips: [{name} first., {name} second.]\n---\nHi\n"
        for name in ("a", "b", "c", "d", "e")
    }
    lessons["e/lesson.zh-CN.md"] = "---\ntitle: 戊\ntips: [戊的提示。]\n---\n你好\n"
    root = make_pack(
        {
            "pack.yaml": f"languages: [en, zh-CN]\nlink: {LINK}\ntips:\n  en: [Pack tip.]\n  zh-CN: [整包提示。]\n",
            **lessons,
        }
    )
    pack = load_pack(root)
    # the lessons of the questions missed come first; each lesson once; four tips at most
    text, tips, link = takehome.for_challenge(pack, "en", "Booth", ["c", "a", "a", "b", "c", "d", "e"])
    assert tips == ("c first.", "a first.", "b first.", "d first.") and link == LINK
    assert text == "Booth\n• c first.\n• a first.\n• b first.\n• d first.\n" + LINK
    # in the visitor's language only
    assert takehome.for_challenge(pack, "zh-CN", "展台", ["a", "e"])[0] == f"展台\n• 戊的提示。\n{LINK}"
    # lessons without tips in that language: the pack's own
    assert takehome.for_challenge(pack, "zh-CN", "展台", ["a"])[1] == ("整包提示。",)


def test_a_challenge_code_keeps_to_what_a_phone_reads_easily(make_pack) -> None:  # noqa: ANN001
    tip = "遇到陌生来电要求转账，先挂断再用官方电话核实" * 2  # 132 bytes a tip
    root = make_pack(
        {f"{n}/lesson.md": f"---\ntitle: {n}\ntips: [{tip}{n}]\n---\nHi\n" for n in ("a", "b", "c", "d")}
    )
    text, tips, _ = takehome.for_challenge(load_pack(root), "en", "展台挑战", ["a", "b", "c", "d"])
    assert 1 <= len(tips) < 4 and takehome.qr_version(text) <= takehome.MAX_EASY_VERSION
    assert text.startswith(f"展台挑战\n• {tip}a")
