"""The lesson cache returns the parsed lesson again, and re-reads it when its files change."""

from __future__ import annotations

import os
import threading
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


def test_warming_parses_ahead_in_the_order_given_and_no_more_than_it_holds(sample_pack: Path) -> None:
    load, calls = counting_loader()
    pack = load_pack(sample_pack)
    wanted = [(pack.lesson("wifi"), "zh-CN"), (pack.lesson("phishing"), "en"), (pack.lesson("wifi"), "en")]
    cache = LessonCache(size=2, loader=load)
    assert cache.warm(wanted) == 2
    assert calls == [("wifi", "zh-CN"), ("phishing", "en")]
    assert wanted[0] in cache and wanted[1] in cache and wanted[2] not in cache
    cache(*wanted[1])  # a visitor opening a warmed lesson parses nothing
    assert len(calls) == 2


def test_warming_stops_when_asked_and_skips_a_lesson_it_cannot_read(sample_pack: Path) -> None:
    load, calls = counting_loader()
    pack = load_pack(sample_pack)
    (sample_pack / "wifi" / "lesson.md").write_bytes(b"---\ntitle: W\n---\n\xff\n")
    cache = LessonCache(loader=load)
    assert cache.warm([(pack.lesson("wifi"), "en"), (pack.lesson("phishing"), "en")]) == 1
    assert (pack.lesson("phishing"), "en") in cache
    stop = threading.Event()
    stop.set()
    assert cache.warm([(pack.lesson("phishing"), "zh-CN")], stop) == 0
    assert calls == [("wifi", "en"), ("phishing", "en")]


def test_a_lesson_being_parsed_on_another_thread_is_waited_for_not_parsed_twice(sample_pack: Path) -> None:
    entry = load_pack(sample_pack).lesson("phishing")
    started, release = threading.Event(), threading.Event()
    calls = []

    def slow_load(entry, language):
        calls.append(language)
        started.set()
        release.wait()
        return load_lesson(entry, language)

    cache = LessonCache(loader=slow_load)
    got: dict[str, object] = {}
    warmer = threading.Thread(target=lambda: got.setdefault("warmer", cache(entry, "en")))
    warmer.start()
    started.wait()
    visitor = threading.Thread(target=lambda: got.setdefault("visitor", cache(entry, "en")))
    visitor.start()
    visitor.join(0.2)  # gives the second caller time to reach the cache while the first parse is held
    release.set()
    warmer.join()
    visitor.join()
    assert calls == ["en"]
    assert got["visitor"] is got["warmer"]


def test_when_the_parse_waited_for_fails_the_waiting_caller_reports_its_own_failure(
    sample_pack: Path,
) -> None:
    entry = load_pack(sample_pack).lesson("wifi")
    (sample_pack / "wifi" / "lesson.md").write_bytes(b"---\ntitle: W\n---\n\xff\n")
    started, release = threading.Event(), threading.Event()
    calls = []

    def slow_load(entry, language):
        calls.append(language)
        if len(calls) == 1:
            started.set()
            release.wait()
        return load_lesson(entry, language)

    cache = LessonCache(loader=slow_load)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            cache(entry, "en")
        except ContentError as exc:
            errors.append(exc)

    first = threading.Thread(target=call)
    first.start()
    started.wait()
    second = threading.Thread(target=call)
    second.start()
    second.join(0.2)
    release.set()
    first.join()
    second.join()
    assert len(errors) == 2 and calls == ["en", "en"]  # nothing failed is kept; each caller hears why
