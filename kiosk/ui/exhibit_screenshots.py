"""The exhibits' part of ``kiosk --screenshot DIR``: the first spot-the-flags question of every lesson
that has one (asked, partly found, checked: a tall picture and a wide one lay out differently) and a
lesson page with the password tester, in every language and size.

Files are named ``<w>x<h>-<language>-exhibit-<nn>-<state>.png``, with "spot" (and the lesson's id) or
"password-tester" in the state, so each exhibit can be found and judged by eye.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kiosk.content.diagnostics import ContentError
from kiosk.content.loader import load_lesson
from kiosk.content.model import Pack
from kiosk.ui.screenshot import OpenWindow, close_window, save_picture


def _find(pack: Pack, language: str) -> tuple[list[str], str | None]:
    """(the lessons with a spot-the-flags question, a lesson with a page holding an exhibit)."""
    spots: list[str] = []
    tester = None
    for entry in pack.lessons:
        try:
            lesson = load_lesson(entry, language)
        except ContentError:
            continue
        if lesson.quiz and any(q.kind == "spot" for q in lesson.quiz.questions):
            spots.append(entry.id)
        if tester is None and any(page.exhibits for page in lesson.pages):
            tester = entry.id
    return spots, tester


def _walk_spot(window, lesson_id: str) -> Iterator[str]:  # noqa: ANN001 (a MainWindow)
    journey, router = window.journey, window.router

    def act(action, *args) -> None:  # noqa: ANN001
        action(*args)
        router.sync()

    act(journey.start)
    router.open_lesson(lesson_id)
    router.opener.finish()
    while journey.screen.value == "reader":
        act(journey.next_page)
    while journey.screen.value in ("question", "feedback") and journey.question.kind != "spot":
        if journey.screen.value == "question":
            act(journey.toggle_choice, sorted(journey.question.question.correct_ids)[0])
            act(journey.confirm)
        act(journey.next_question)
    if journey.screen.value != "question":
        return
    yield f"spot-question-{lesson_id}"
    shown = journey.question
    flags = [c.id for c in shown.choices if c.correct]
    decoys = [c.id for c in shown.choices if not c.correct]
    for choice_id in flags[:2] + decoys[:1]:
        act(journey.toggle_choice, choice_id)
    yield f"spot-found-{lesson_id}"
    act(journey.confirm)
    yield f"spot-checked-{lesson_id}"


def _walk_tester(window, lesson_id: str) -> Iterator[str]:  # noqa: ANN001 (a MainWindow)
    journey, router = window.journey, window.router
    journey.start()
    router.sync()
    router.open_lesson(lesson_id)
    router.opener.finish()
    while journey.screen.value == "reader" and not journey.page.exhibits:
        journey.next_page()
        router.sync()
    if journey.screen.value != "reader":
        return
    yield "password-tester"
    tester = router.reader.exhibit("password-tester")
    if tester is not None:
        tester.try_example(0)
        tester.finish()
        yield "password-tester-typed"


def render_exhibits(
    pack: Pack, open_window: OpenWindow, out_dir: Path, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    saved: list[Path] = []
    for language in pack.languages:
        spots, tester = _find(pack, language)
        walks = [(lesson_id, _walk_spot) for lesson_id in spots] + [(tester, _walk_tester)]
        for width, height in sizes:
            for lesson_id, walk in walks:
                if lesson_id is None:
                    continue
                window = open_window(language, (width, height))
                for number, name in enumerate(walk(window, lesson_id), start=1):
                    path = out_dir / f"{width}x{height}-{language}-exhibit-{number:02}-{name}.png"
                    saved.append(save_picture(window, path))
                close_window(window)
    return saved
