"""Small lessons built straight from the content model, and a journey over them on a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.diagnostics import ContentError, error
from kiosk.content.model import Choice, Lesson, LessonEntry, LessonMeta, Pack, Page, Question, Quiz
from kiosk.journey import Journey
from tests.support.clock import FakeClock

# Re-exported: some test modules import the fake recorder from here.
from tests.support.recorder import FakeRecorder  # noqa: F401

ROOT = Path("/pack")


def question(
    qid: str, correct: str | set[str], n: int = 4, *, feedback: dict[str, str] | None = None
) -> Question:
    right = {correct} if isinstance(correct, str) else correct
    feedback = feedback or {}
    choices = tuple(
        Choice(id=cid, html=f"<p>{qid} {cid}</p>", correct=cid in right, feedback_html=feedback.get(cid, ""))
        for cid in "abcdefgh"[:n]
    )
    return Question(
        id=qid,
        html=f"<p>Question {qid}?</p>",
        choices=choices,
        explanation_html=f"<p>Because {qid}.</p>",
        content_hash=f"h-{qid}",
    )


def lesson_meta(lesson_id: str, language: str = "en") -> LessonMeta:
    suffix = "" if language == "en" else f".{language}"
    return LessonMeta(
        id=lesson_id,
        language=language,
        title=f"{lesson_id} ({language})",
        path=ROOT / lesson_id / f"lesson{suffix}.md",
        minutes=3,
    )


def make_lesson(lesson_id: str, language: str = "en", *, pages: int = 3, quiz: Quiz | None = None) -> Lesson:
    return Lesson(
        meta=lesson_meta(lesson_id, language),
        pages=tuple(Page(html=f"<h1>{lesson_id} page {i + 1}</h1>") for i in range(pages)),
        quiz=quiz,
    )


def standard_quiz(**kwargs: object) -> Quiz:
    return Quiz(
        questions=(
            question("q1", "b", feedback={"a": "<p>Not a.</p>", "b": "<p>Yes b.</p>"}),
            question("q2", {"a", "c"}),
            question("q3", "d"),
        ),
        **kwargs,  # type: ignore[arg-type]
    )


class Library:
    """A pack of lessons plus the loader the journey calls; lessons can be swapped per test."""

    def __init__(self) -> None:
        self.lessons: dict[tuple[str, str], Lesson] = {}
        self.broken: set[str] = set()
        self.loads: list[tuple[str, str]] = []
        for language in ("en", "zh-CN"):
            self.add(make_lesson("passwords", language, quiz=standard_quiz()))
            self.add(make_lesson("reading-only", language, pages=2))

    def add(self, lesson: Lesson) -> None:
        self.lessons[(lesson.id, lesson.language)] = lesson

    def pack(self) -> Pack:
        ids = sorted({lid for lid, _ in self.lessons} | self.broken)
        entries = tuple(
            LessonEntry(
                id=lid,
                folder=ROOT / lid,
                versions={lang: lesson_meta(lid, lang) for lang in ("en", "zh-CN")},
                default_language="en",
            )
            for lid in ids
        )
        return Pack(
            root=ROOT,
            titles={"en": "Cyber Safety", "zh-CN": "网络安全"},
            default_language="en",
            languages=("en", "zh-CN"),
            lessons=entries,
        )

    def load(self, entry: LessonEntry, language: str) -> Lesson:
        self.loads.append((entry.id, language))
        if entry.id in self.broken:
            raise ContentError(error(entry.folder / "lesson.md", 1, "broken on purpose"))
        return self.lessons[(entry.id, language)]


@pytest.fixture
def library() -> Library:
    return Library()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journey(library: Library, recorder: FakeRecorder, clock: FakeClock) -> Journey:
    seeds = iter(range(1, 1000))
    return Journey(
        library.pack(),
        library.load,
        recorder,
        kiosk_name="booth-1",
        event_label="Expo 2026",
        now=clock.now,
        monotonic=clock.monotonic,
        new_seed=lambda: next(seeds),
    )
