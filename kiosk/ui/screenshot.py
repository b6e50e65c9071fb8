"""``kiosk --screenshot DIR``: walk a visitor through every screen offscreen and save each one as a PNG.

Every language of the pack, at 1920x1080 and 1280x720, so a change to a screen can be judged by eye
(and the README's pictures stay current).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from kiosk.content.model import Lesson, Pack
from kiosk.settings import Settings

SIZES = ((1920, 1080), (1280, 720))


def _pick_lesson(pack: Pack, language: str) -> str | None:
    """The lesson whose quiz has the most kinds of question shows the most; else any lesson with a quiz."""
    from kiosk.content.diagnostics import ContentError
    from kiosk.content.loader import load_lesson

    best, most = None, 0
    for entry in pack.lessons:
        try:
            lesson: Lesson = load_lesson(entry, language)
        except ContentError:
            continue
        if not (lesson.quiz and lesson.quiz.questions):
            continue
        kinds = len({q.kind for q in lesson.quiz.questions})
        if kinds > most:
            best, most = entry.id, kinds
    return best or (pack.lessons[0].id if pack.lessons else None)


def _walk(window, journey, lesson_id: str) -> Iterator[str]:  # noqa: ANN001 (Qt objects)
    """Drive the journey through its states, yielding a name each time the window shows something new."""
    router = window.router

    def act(action, *args) -> None:  # noqa: ANN001
        action(*args)
        router.sync()

    yield "attract"
    act(journey.start)
    yield "catalogue"
    router.open_lesson(lesson_id)
    yield "reader-first-page"
    pictured = False
    while journey.screen.value == "reader" and not journey.on_last_page:
        act(journey.next_page)
        if not pictured and not journey.on_last_page and "<img" in journey.page.html:
            pictured = True
            yield "reader-page-with-picture"
    yield "reader-last-page"
    act(journey.next_page)
    if journey.screen.value != "question":
        return
    yield "question"
    answered_right = answered_wrong = answered_multiple = answered_true_false = False
    while journey.screen.value == "question":
        shown = journey.question
        right = sorted(shown.question.correct_ids)
        wrong = [c.id for c in shown.choices if not c.correct]
        if shown.kind == "true_false" and not answered_true_false:
            act(journey.toggle_choice, right[0])
            yield "question-true-false-selected"
            act(journey.confirm)
            yield "feedback-true-false"
            answered_true_false = True
        elif shown.kind == "multiple" and not answered_multiple:
            for cid in [c.id for c in shown.choices if c.id in right][:-1] + wrong[:1]:
                act(journey.toggle_choice, cid)
            yield "question-multiple-selected"
            act(journey.confirm)
            yield "feedback-multiple"
            answered_multiple = True
        elif not answered_wrong and wrong:
            act(journey.toggle_choice, wrong[0])
            yield "question-selected"
            act(journey.confirm)
            yield "feedback-wrong"
            answered_wrong = True
        else:
            for cid in right:
                act(journey.toggle_choice, cid)
            act(journey.confirm)
            if not answered_right:
                yield "feedback-right"
                answered_right = True
        act(journey.next_question)
    yield "result"
    act(journey.try_another)
    yield "catalogue-with-tick"
    window.overlay.start(7)
    yield "idle-still-there"
    window.overlay.hide()


def render_screens(settings: Settings, out_dir: Path, sizes=SIZES) -> list[Path]:  # noqa: ANN001
    from PySide6.QtCore import QSize

    from kiosk.app import application, make_journey, make_window, open_pack
    from kiosk.results.records import NullRecorder
    from kiosk.ui import fonts

    app = application()
    fonts.register_bundled_fonts()
    pack = open_pack(settings)
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = settings.with_overrides(windowed=True, idle_timeout=0)
    saved: list[Path] = []
    for language in pack.languages:
        lesson_id = _pick_lesson(pack, language)
        if lesson_id is None:
            continue
        for width, height in sizes:
            journey = make_journey(pack, settings.with_overrides(language=language), NullRecorder())
            window = make_window(app, journey, settings, QSize(width, height))
            window.setFixedSize(width, height)
            window.show()
            for number, name in enumerate(_walk(window, journey, lesson_id), start=1):
                app.processEvents()
                path = out_dir / f"{width}x{height}-{language}-{number:02}-{name}.png"
                window.grab().save(str(path))
                saved.append(path)
            window.leave_kiosk()
            window.deleteLater()
            app.processEvents()
    from kiosk.ui.admin.screenshot import render_console

    saved += render_console(settings, pack, out_dir, sizes)
    return saved


def screenshot_command(settings: Settings, out_dir: Path) -> int:
    # Offscreen whatever the desktop: the pictures must not depend on the screen they were made on.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    saved = render_screens(settings, out_dir)
    if not saved:
        print("kiosk: nothing to render: the lesson pack has no lesson that can be shown", file=sys.stderr)
        return 1
    print(f"kiosk: {len(saved)} screenshots in {out_dir}")
    return 0
