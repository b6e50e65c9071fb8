"""Opening a lesson never makes the screen wait for its parse: the catalogue stays live, says the lesson
is coming, and opens it (or says it cannot) when the parse ends (issue 15, item 5)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from kiosk.content.cache import LessonCache
from kiosk.content.diagnostics import ContentError, error
from kiosk.content.loader import load_lesson
from kiosk.journey import Screen
from kiosk.ui.window import MainWindow


def slow_cache(release: threading.Event, fail: bool = False) -> tuple[LessonCache, list[str]]:
    """A cache whose parses wait for ``release`` (at most 5 s), as a hostile lesson's would take long."""
    finished: list[str] = []

    def load(entry, language):  # noqa: ANN001, ANN202
        release.wait(5)
        finished.append(entry.id)
        if fail:
            raise ContentError(error(entry.folder / "lesson.md", 3, "broken on purpose"))
        return load_lesson(entry, language)

    return LessonCache(loader=load), finished


def at_catalogue(make_window: Callable[..., MainWindow], cache: LessonCache) -> MainWindow:
    window = make_window()
    window.router.stop_warming()
    window.journey._load_lesson = cache  # noqa: SLF001 (the slow parse stands in for the real one)
    window.journey.start()
    window.router.sync()
    return window


def test_a_tap_on_a_lesson_still_being_parsed_returns_at_once(qtbot, make_window) -> None:  # noqa: ANN001
    release = threading.Event()
    cache, finished = slow_cache(release)
    window = at_catalogue(make_window, cache)
    window.router.open_lesson("basics")
    # The call came back while the parse still runs: the screen was never blocked.
    assert finished == [] and window.journey.screen is Screen.CATALOGUE
    problem = window.router.catalogue.problem
    assert problem.isVisible() and "Opening" in problem.text()
    window.router.open_lesson("basics")  # an impatient second tap starts nothing new
    release.set()
    qtbot.waitUntil(lambda: window.journey.screen is Screen.READER, timeout=5000)
    assert finished == ["basics"] and not problem.isVisible()


def test_a_lesson_that_cannot_be_parsed_says_so_on_the_catalogue(qtbot, make_window) -> None:  # noqa: ANN001
    release = threading.Event()
    release.set()
    cache, _ = slow_cache(release, fail=True)
    window = at_catalogue(make_window, cache)
    window.router.open_lesson("basics")
    problem = window.router.catalogue.problem
    qtbot.waitUntil(lambda: "cannot be shown" in problem.text(), timeout=5000)
    assert window.journey.screen is Screen.CATALOGUE and problem.isVisible()


def test_a_parse_that_ends_after_the_visitor_left_opens_nothing(qtbot, make_window) -> None:  # noqa: ANN001
    release = threading.Event()
    cache, finished = slow_cache(release)
    window = at_catalogue(make_window, cache)
    window.router.open_lesson("basics")
    window.router.reset()  # the idle reset: back to the attract screen
    release.set()
    qtbot.waitUntil(lambda: finished == ["basics"], timeout=5000)
    window.router.opener.finish()
    assert window.journey.screen is Screen.ATTRACT
