"""Scripted visits one after another in one process, measuring live QObjects and resident memory after each.

Shared by tests/robustness/test_soak.py (100 visits) and bench/bench_soak.py (2,000 visits).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.journey import Screen
from kiosk.ui.window import MainWindow
from tests.robustness.driver import finish_lesson, flush_deletes, live_qobjects, open_card, tap


@dataclass(frozen=True, slots=True)  # slots: 2,000 of them are kept, small ones do not skew memory
class VisitSample:
    visit: int
    qobjects: int  # QObjects under the window
    widgets: int  # every widget the application holds, top-level ones too
    app_objects: int  # QObjects parented to the application itself
    rss_bytes: int  # resident memory, 0 where /proc is not available
    quizzes: int  # quizzes finished in this visit


def rss_bytes() -> int:
    """Resident memory now (Linux /proc); 0 elsewhere."""
    try:
        fields = Path("/proc/self/statm").read_text().split()
    except OSError:
        return 0
    import os

    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")


def malloc_in_use() -> int:
    """Bytes the C allocator has handed out and not had back (glibc's mallinfo2); 0 elsewhere.

    Set beside the resident size, it tells memory still in use from freed memory the allocator keeps.
    """
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd")] + [
            (name, ctypes.c_size_t) for name in ("usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")
        ]

    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return 0
    mallinfo2.restype = MallInfo2
    info = mallinfo2()
    return info.uordblks + info.hblkhd  # small blocks in the heaps plus blocks mapped on their own


FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


@dataclass(frozen=True, slots=True)
class FontMapping:
    """One mapping of a font file in this process (FreeType maps a file once per open face)."""

    path: str
    start: str  # the mapping's address, which tells two mappings of one file apart
    rss_bytes: int


def font_mappings() -> list[FontMapping]:
    """Every mapping of a font file in /proc/self/smaps with its resident size; [] where /proc is missing."""
    try:
        lines = Path("/proc/self/smaps").read_text().splitlines()
    except OSError:
        return []
    found: list[FontMapping] = []
    current: tuple[str, str] | None = None
    for line in lines:
        head = line.split(maxsplit=5)
        if len(head) >= 5 and "-" in head[0] and not head[0].endswith(":"):
            path = head[5] if len(head) > 5 else ""
            current = (path, head[0].split("-")[0]) if path.lower().endswith(FONT_SUFFIXES) else None
        elif current is not None and line.startswith("Rss:"):
            found.append(FontMapping(current[0], current[1], int(line.split()[1]) * 1024))
    return found


def memory_status() -> dict[str, int]:
    """RssAnon, RssFile and RssShmem from /proc/self/status, in bytes; {} where /proc is missing."""
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return {}
    wanted = ("RssAnon", "RssFile", "RssShmem")
    return {
        key: int(value.split()[0]) * 1024
        for key, _, value in (line.partition(":") for line in lines)
        if key in wanted
    }


def count_objects(window: MainWindow) -> tuple[int, int, int]:
    """QObjects under the window, every widget, and QObjects parented to the application (translators)."""
    return live_qobjects(window), len(QApplication.allWidgets()), live_qobjects(QApplication.instance())


def scripted_visit(window: MainWindow, rng: random.Random, visit: int) -> int:
    """A visit that varies with ``visit``: one to three lessons, a language switch now and then, and an
    ending by Finish (on the catalogue or the result screen) or by walking away (the idle reset)."""
    router, journey = window.router, window.journey
    assert journey.screen is Screen.ATTRACT, journey.screen
    if visit % 4 == 1 and len(journey.languages) > 1:
        tap(router.attract.language_buttons[rng.choice(journey.languages)])
    tap(router.attract.start_button)
    quizzes = 0
    lesson_ids = list(router.catalogue.cards)
    for lesson_id in rng.sample(lesson_ids, min(len(lesson_ids), 1 + visit % 3)):
        open_card(window, lesson_id)
        if journey.screen is Screen.CATALOGUE:
            continue
        quizzes += finish_lesson(window, rng)
        if journey.screen is Screen.RESULT:
            if visit % 5 == 3:
                break  # leave from the result screen
            tap(router.result.another_button)
    if visit % 7 == 6:
        window.idle.expired.emit()  # walked away: the idle timer's own signal, without the wait
    elif journey.screen is Screen.RESULT:
        tap(router.result.finish_button)
    else:
        tap(router.catalogue.finish_button)
    assert journey.screen is Screen.ATTRACT, journey.screen
    return quizzes


def tour(window: MainWindow, rng: random.Random) -> int:
    """A warm-up visit per language through every lesson of the pack; returns the quizzes finished.

    What the kiosk keeps for reuse grows to the largest thing it has had to show: the question
    screen's choice cards (as many as the largest question of any lesson opened so far) and the result
    screen's missed questions (as many as the most missed in one quiz so far). A QObject baseline taken
    before those are full would see them grow later and call it a leak. So each lesson's preparation
    runs in full on its first page, as it does while a visitor reads, and every question is answered
    wrongly, so every quiz's result lists all its questions as missed.
    """
    router, journey = window.router, window.journey
    quizzes = 0
    for language in journey.languages:
        assert journey.screen is Screen.ATTRACT, journey.screen
        if len(journey.languages) > 1:
            tap(router.attract.language_buttons[language])
        tap(router.attract.start_button)
        for lesson_id in list(router.catalogue.cards):
            open_card(window, lesson_id)
            if journey.screen is Screen.CATALOGUE:
                continue
            router.preparer.run_now()
            quizzes += finish_lesson(window, rng, wrong=True)
            if journey.screen is Screen.RESULT:
                tap(router.result.another_button)
        tap(router.catalogue.finish_button)
    return quizzes


def soak(
    window: MainWindow,
    visits: int,
    seed: int,
    on_sample: Callable[[VisitSample], None] | None = None,
) -> list[VisitSample]:
    rng = random.Random(seed)
    samples: list[VisitSample] = []
    for visit in range(1, visits + 1):
        quizzes = scripted_visit(window, rng, visit)
        flush_deletes()
        qobjects, widgets, app_objects = count_objects(window)
        sample = VisitSample(visit, qobjects, widgets, app_objects, rss_bytes(), quizzes)
        samples.append(sample)
        if on_sample is not None:
            on_sample(sample)
    return samples
