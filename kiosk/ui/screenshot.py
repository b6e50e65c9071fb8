"""The visitor's part of ``kiosk --screenshot DIR``: walk a visitor through every screen and picture each.

Every language of the pack, at each size asked for (kiosk.commands.screenshot: 1920x1080, 1280x720,
1024x768 and portrait 1080x1920), so a change to a screen can be judged by eye
(and the README's pictures stay current). The windows are handed in (kiosk.commands.screenshot).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kiosk.content.diagnostics import ContentError
from kiosk.content.loader import load_lesson
from kiosk.content.model import Lesson, Pack
from kiosk.ui.speech import Speaker, SpeechBackend, Voice

if TYPE_CHECKING:
    from kiosk.ui.window import MainWindow

#: ``open_window(language, (width, height))``: a shown window of exactly that size, on a journey of its own
OpenWindow = Callable[[str, tuple[int, int]], "MainWindow"]


def _pick_lesson(pack: Pack, language: str) -> str | None:
    """The lesson whose quiz has the most kinds of question shows the most; else any lesson with a quiz."""

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

    router.attract.halo.end()  # the same picture whenever it is taken: no ring pulsing out
    yield "attract"
    act(journey.start)
    yield "catalogue"
    router.open_lesson(lesson_id)
    router.opener.finish()  # a screenshot may wait for the parse; a visitor never does
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
    # The same lesson again, straight to its quiz: "Leave this quiz?", then a result not passed.
    router.open_lesson(lesson_id)
    while journey.screen.value == "reader":
        act(journey.next_page)
    if journey.screen.value != "question":
        return
    router.ask_leave_quiz()
    yield "leave-quiz-asked"
    router.confirm.dismiss()
    while journey.screen.value == "question":
        shown = journey.question
        wrong = [c.id for c in shown.choices if not c.correct] or [shown.choices[0].id]
        act(journey.toggle_choice, wrong[0])
        act(journey.confirm)
        act(journey.next_question)
    if journey.result is not None and not journey.result.passed:
        yield "result-try-again"


#: the accessibility variants (issue 22): a name in the file names, and the choices a visitor makes
VARIANTS = (("large-text", 2, False), ("high-contrast", 0, True))
#: the screens each variant is pictured on (the whole walk again would double the command's time)
VARIANT_STATES = (
    "attract",
    "catalogue",
    "access-panel",
    "reader-first-page",
    "question-selected",
    "feedback-wrong",
    "result",
)


def _variant_walk(window, journey, lesson_id: str) -> Iterator[str]:  # noqa: ANN001 (Qt objects)
    """The visitor's walk with the accessibility panel pictured after the catalogue, key screens only."""
    for name in _walk(window, journey, lesson_id):
        if name in VARIANT_STATES:
            yield name
        if name == "catalogue":
            window.router.open_access_panel()
            yield "access-panel"
            window.router.access_panel.hide()


def _attract_loop(window) -> Iterator[str]:  # noqa: ANN001 (a MainWindow)
    """The attract loop's other kind of slide, a lesson's teaser (cover, title, hook), with the ring
    pulsing out from "Touch to start"; after the visit, so the other pictures keep their numbers."""
    window.overlay.hide()
    window.router.reset()  # the visit ends, as when the visitor walks away
    attract = window.router.attract
    teasers = [i for i, slide in enumerate(attract.slides) if slide.is_teaser]
    if teasers:
        attract.show_slide(teasers[0])
        attract.halo.hold(0.3)
        yield "attract-teaser"


class _PicturedVoices(SpeechBackend):
    """Voices for every language of the pack, saying nothing: the pictures show the read buttons where
    a kiosk with voices shows them, without starting a speech engine for pictures."""

    def __init__(self, languages: Iterable[str]) -> None:
        super().__init__()
        self.languages = tuple(languages)

    def start(self) -> None:
        self.voices_found.emit(
            [Voice(f"pictured {code}", code.replace("-", "_")) for code in self.languages], ""
        )

    def say(self, text: str, voice_name: str) -> None:
        pass

    def stop(self) -> None:
        pass


def with_voices(window: MainWindow, languages: Iterable[str]) -> MainWindow:
    """``window`` with read-aloud offered in ``languages`` (its read buttons shown), for pictures."""
    window.router.set_speaker(Speaker(_PicturedVoices(languages), window.router))
    QApplication.processEvents()
    return window


def save_picture(window: MainWindow, path: Path) -> Path:
    """Let the window finish what the last step queued, then save what it shows as a PNG."""

    # Three times: a column sized to its content (kiosk.ui.widgets.fit_scroll) asks for room once the
    # content's own layout has run, and the question screen then shares its column (its panel gives
    # way to the answers), as the next frames of a real window show.
    for _ in range(3):
        QApplication.processEvents()
    window.grab().save(str(path))
    return path


def close_window(window: MainWindow) -> None:
    window.leave_kiosk()
    window.deleteLater()
    QApplication.processEvents()


def render_visits(
    pack: Pack, open_window: OpenWindow, out_dir: Path, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    """A visitor's way through every screen, in each of the pack's languages and each size, as PNG
    files named ``<w>x<h>-<language>-<nn>-<state>.png`` (kiosk.commands.screenshot wires the windows);
    then the key screens in large text (150 %) and in high contrast, ``<w>x<h>-<language>-large-text-
    <nn>-<state>.png`` and ``...-high-contrast-...``."""
    saved: list[Path] = []
    for language in pack.languages:
        lesson_id = _pick_lesson(pack, language)
        if lesson_id is None:
            continue
        for width, height in sizes:
            window = with_voices(open_window(language, (width, height)), pack.languages)
            walk = itertools.chain(_walk(window, window.journey, lesson_id), _attract_loop(window))
            for number, name in enumerate(walk, start=1):
                saved.append(
                    save_picture(window, out_dir / f"{width}x{height}-{language}-{number:02}-{name}.png")
                )
            close_window(window)
            for variant, text_step, high_contrast in VARIANTS:
                window = with_voices(open_window(language, (width, height)), pack.languages)
                # chosen as a visitor does, on the panel's state: they last until the window closes
                window.router.access.set_text_step(text_step)
                window.router.access.set_high_contrast(high_contrast)
                walk = _variant_walk(window, window.journey, lesson_id)
                for number, name in enumerate(walk, start=1):
                    picture = out_dir / f"{width}x{height}-{language}-{variant}-{number:02}-{name}.png"
                    saved.append(save_picture(window, picture))
                close_window(window)
    return saved
