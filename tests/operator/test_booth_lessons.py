"""The lessons the booth challenge draws from (``[challenge] lessons``): listed for the console by
title, saved into kiosk.toml keeping its comments, and ids the pack does not have reported."""

from __future__ import annotations

import tomllib
from pathlib import Path

from kiosk.content.model import LessonEntry, LessonMeta, Pack
from kiosk.operator.booth import BoothConfig, ChallengeConfig, load_booth_config
from kiosk.operator.booth_setup import (
    LessonChoice,
    challenge_choices,
    load_booth,
    save_booth_config,
    unknown_lessons,
)

ROOT = Path("/packs/booth")


def entry(lesson_id: str, titles: dict[str, str], *, quiz: bool = True) -> LessonEntry:
    folder = ROOT / lesson_id
    versions = {
        language: LessonMeta(
            lesson_id, language, title, folder / "lesson.md", quiz_path=folder / "quiz.md" if quiz else None
        )
        for language, title in titles.items()
    }
    return LessonEntry(lesson_id, folder, versions, "en")


PACK = Pack(
    root=ROOT,
    titles={"en": "Booth"},
    default_language="en",
    languages=("en", "zh-CN"),
    lessons=(
        entry("passwords", {"en": "Strong passwords", "zh-CN": "安全的密码"}),
        entry("wifi", {"en": "Public Wi-Fi"}),
        entry("welcome", {"en": "Welcome"}, quiz=False),
        entry("phishing", {"en": "Phishing", "zh-CN": "钓鱼"}),
    ),
)


def test_the_console_lists_lessons_with_a_quiz_as_visitors_see_them_then_the_hidden() -> None:
    # visitors see phishing first, then passwords; wifi is hidden; welcome has no quiz to draw from
    choices = challenge_choices(PACK, ["phishing", "welcome", "passwords"], [], "zh-CN")
    assert choices == (
        LessonChoice("phishing", "钓鱼"),
        LessonChoice("passwords", "安全的密码"),
        LessonChoice("wifi", "Public Wi-Fi", "hidden"),  # no Chinese title: the lesson's own language
    )
    assert [choice.drawable for choice in choices] == [True, True, False]


def test_what_the_file_names_is_listed_even_when_it_gives_no_question() -> None:
    choices = challenge_choices(PACK, ["passwords", "welcome"], ["old-lesson", "welcome", "passwords"], "en")
    assert [(c.lesson_id, c.title, c.state) for c in choices] == [
        ("passwords", "Strong passwords", "ok"),
        ("welcome", "Welcome", "no_quiz"),
        ("wifi", "Public Wi-Fi", "hidden"),
        ("phishing", "Phishing", "hidden"),
        ("old-lesson", "old-lesson", "unknown"),  # not in the pack: kept, by its id
    ]
    assert unknown_lessons(["old-lesson", "wifi", "gone"], PACK) == ("old-lesson", "gone")


def test_lessons_the_pack_does_not_have_are_reported_at_start(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[challenge]\nmode = "on"\nlessons = ["wifi", "old-lesson"]\n', encoding="utf-8")
    booth = load_booth(path, PACK)
    assert booth.plan is not None and booth.plan.lessons == ("wifi", "old-lesson")  # the file as written
    (problem,) = booth.problems
    assert problem.startswith(f"{path}: challenge.lessons names lessons the lesson pack")
    assert "does not have: old-lesson (the challenge draws from the others;" in problem
    path.write_text('[challenge]\nmode = "on"\nlessons = ["gone", "old-lesson"]\n', encoding="utf-8")
    (problem,) = load_booth(path, PACK).problems
    assert "does not have: gone, old-lesson (it has no question;" in problem
    path.write_text('[challenge]\nmode = "on"\nlessons = ["wifi"]\n', encoding="utf-8")
    assert load_booth(path, PACK).problems == ()
    assert load_booth(path).problems == ()  # without the pack, nothing to compare with


def test_the_lessons_are_saved_keeping_the_files_lines_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[challenge]\nmode = "on"  # for the fair\nlessons = ["wifi"]   # hand-picked\n', encoding="utf-8"
    )
    chosen = BoothConfig(ChallengeConfig(mode="on", lessons=("phishing", "passwords")))
    save_booth_config(path, chosen)
    text = path.read_text(encoding="utf-8")
    assert 'mode = "on"  # for the fair\n' in text  # unchanged: as written
    assert 'lessons = ["phishing", "passwords"]   # hand-picked\n' in text
    assert load_booth_config(path) == (chosen, [])
    every = BoothConfig(ChallengeConfig(mode="on"))  # none picked: every lesson
    save_booth_config(path, every)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["challenge"]["lessons"] == []
    assert load_booth_config(path) == (every, [])
