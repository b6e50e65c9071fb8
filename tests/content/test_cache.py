"""The lesson cache returns the parsed lesson again, and re-reads it when its files change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.content.cache import LessonCache
from kiosk.content.diagnostics import ContentError
from kiosk.content.loader import load_lesson, load_pack


def counting_loader():
    calls = []

    def load(entry, language):
        calls.append((entry.id, language))
        return load_lesson(entry, language)

    return load, calls


def test_a_lesson_opened_again_is_not_parsed_again(sample_pack: Path) -> None:
    load, calls = counting_loader()
    cache = LessonCache(loader=load)
    entry = load_pack(sample_pack).lesson("phishing")
    first = cache(entry, "en")
    assert cache(entry, "en") is first
    assert cache(entry, "zh-CN").language == "zh-CN"
    assert calls == [("phishing", "en"), ("phishing", "zh-CN")]


def test_an_edited_quiz_or_lesson_is_read_again(sample_pack: Path) -> None:
    load, calls = counting_loader()
    cache = LessonCache(loader=load)
    entry = load_pack(sample_pack).lesson("phishing")
    cache(entry, "en")
    quiz = sample_pack / "phishing" / "quiz.md"
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace("The police checked", "A judge checked"), "utf-8"
    )
    stat = quiz.stat()
    os.utime(quiz, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    again = cache(entry, "en")
    assert len(calls) == 2
    assert "A judge checked" in again.quiz.questions[0].choices[2].html


def test_failures_are_not_cached_and_the_cache_is_bounded(sample_pack: Path) -> None:
    load, calls = counting_loader()
    cache = LessonCache(size=1, loader=load)
    pack = load_pack(sample_pack)
    cache(pack.lesson("phishing"), "en")
    cache(pack.lesson("wifi"), "en")
    cache(pack.lesson("phishing"), "en")  # evicted by wifi, so parsed again
    assert len(calls) == 3
    lesson_file = sample_pack / "wifi" / "lesson.md"
    lesson_file.write_bytes(b"---\ntitle: W\n---\n\xff\n")
    for _ in range(2):
        with pytest.raises(ContentError):
            cache(pack.lesson("wifi"), "en")
    assert calls[-2:] == [("wifi", "en"), ("wifi", "en")]
