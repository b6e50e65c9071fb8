"""Issue 23: a pack's booth challenge set (``challenge: true`` under a question's heading), and what
`kiosk check` says about marks it cannot use. The bundled course's own set is checked here too."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.check import check_pack
from kiosk.content.loader import load_lesson, load_pack

LESSONS = Path(__file__).resolve().parents[2] / "lessons"


def quiz(marks: list[bool], words: str = "Q") -> str:
    return "\n".join(
        f"## {words} {i} {{#q{i}}}\n" + ("challenge: true\n" if mark else "") + "\n- [x] A\n- [ ] B\n"
        for i, mark in enumerate(marks)
    )


def messages(root: Path) -> list[str]:
    return [str(d) for d in check_pack(root, workers=1).diagnostics if "challenge" in d.message]


def test_marks_in_one_language_only_and_a_small_set_are_told(make_pack) -> None:  # noqa: ANN001
    root = make_pack(
        {
            "pack.yaml": "languages: [en, zh-CN]\n",
            "a/lesson.md": "---\ntitle: A\n---\nHi\n",
            "a/lesson.zh-CN.md": "---\ntitle: 甲\n---\n你好\n",
            "a/quiz.md": quiz([True, True, False]),
            "a/quiz.zh-CN.md": quiz([False, False, False], "问"),
        }
    )
    found = messages(root)
    translation = root / "a" / "quiz.zh-CN.md"
    for line_number, qid in ((1, "q0"), (6, "q1")):
        expected = (
            f"{translation}:{line_number}: warning: question '{qid}' is not marked 'challenge: true' here"
        )
        assert any(line.startswith(expected) for line in found), found
    pack_file = root / "pack.yaml"
    assert any(
        line.startswith(f"{pack_file}: warning: no zh-CN question is marked 'challenge: true'")
        for line in found
    ), found
    assert any("the booth challenge set has 2 en question(s)" in line for line in found), found


def test_a_pack_without_marks_says_nothing_about_them(make_pack) -> None:  # noqa: ANN001
    root = make_pack({"a/lesson.md": "---\ntitle: A\n---\nHi\n", "a/quiz.md": quiz([False] * 3)})
    assert messages(root) == []


def test_the_bundled_course_has_a_mixed_practical_booth_set_in_both_languages() -> None:
    pack = load_pack(LESSONS)
    marked: dict[str, list[tuple[str, str, str]]] = {"en": [], "zh-CN": []}
    for entry in pack.lessons:
        for language, found in marked.items():
            lesson = load_lesson(entry, language)
            found += [(entry.id, q.id, q.kind) for q in lesson.quiz.questions if q.challenge]
    en, zh = marked["en"], marked["zh-CN"]
    assert en == zh  # the same questions in both languages
    assert 16 <= len(en) <= 24
    lessons = {lesson for lesson, _, _ in en}
    assert len(lessons) >= 12  # across the topics, not a few lessons' worth
    kinds = {kind for _, _, kind in en}
    assert {"spot", "true_false", "single", "multiple"} <= kinds
    assert not messages(LESSONS)  # nothing `kiosk check` would say about the marks
