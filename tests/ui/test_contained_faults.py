"""Issue 15, item 3: a fault a visitor can repeat never ends kiosk mode.

A lesson that raises anything at all (not only a ContentError) is taken out of use on its own, logged
once, and its card shows as unavailable; the crash handler never quits to the desktop in kiosk mode.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.content.cache import LessonCache
from kiosk.journey import Journey, Screen
from kiosk.settings import Settings
from kiosk.ui import crash
from kiosk.ui.window import MainWindow
from tests.robustness.driver import SMALL_PACK, close_window, open_card, settle, tap
from tests.support.recorder import FakeRecorder


class BrokenLoader:
    """Loads lessons as the kiosk does, but ``basics`` raises what no content check foresaw."""

    def __init__(self, broken: str = "basics", exc: Exception | None = None) -> None:
        self.cache = LessonCache()
        self.broken = broken
        self.exc = exc or OverflowError("cannot convert float infinity to integer")
        self.calls = 0

    def __call__(self, entry, language):  # noqa: ANN001, ANN204
        if entry.id == self.broken:
            self.calls += 1
            raise self.exc
        return self.cache(entry, language)


def window_with(loader: object, pack: Path = SMALL_PACK, *, kiosk: bool = True) -> MainWindow:
    settings = Settings(lessons=pack, windowed=not kiosk, idle_timeout=0)
    journey = Journey(kiosk_app.open_pack(settings), loader, FakeRecorder())  # type: ignore[arg-type]
    window = kiosk_app.make_window(QApplication.instance(), journey, settings, QSize(800, 600))  # type: ignore[arg-type]
    window.setFixedSize(800, 600)
    window.show()
    settle()
    return window


@pytest.fixture
def kiosk_window(qtbot) -> Iterator[MainWindow]:  # noqa: ANN001
    window = window_with(BrokenLoader())
    yield window
    close_window(window)


@pytest.mark.qt_no_exception_capture
def test_a_lesson_that_raises_is_unavailable_and_the_kiosk_stays(
    qtbot,
    kiosk_window: MainWindow,
    caplog: pytest.LogCaptureFixture,  # noqa: ANN001
) -> None:
    window = kiosk_window
    quits: list[int] = []
    handler = crash.install(window)
    handler.quit_app = quits.append
    caplog.set_level(logging.ERROR)
    try:
        tap(window.router.attract.start_button)
        open_card(window, "basics")
        for _ in range(crash.FLOOD_COUNT + 3):
            window.router.open_lesson("basics")  # its card is disabled now: a late or repeated tap
            settle()
    finally:
        handler.uninstall()
    assert quits == [] and window.isVisible()
    assert handler.handled == 0  # contained where it happened, not by the crash handler
    # The visit goes on: still on the catalogue, the other lesson opens.
    assert window.journey.screen is Screen.CATALOGUE and window.journey.visit is not None
    assert window.router.catalogue.problem.isVisible()
    card = window.router.catalogue.cards["basics"]
    assert not card.isEnabled() and "Not available" in card.accessibleName()
    assert card.minutes.text() == "Not available right now"
    assert window.router.catalogue.cards["phishing"].isEnabled()
    open_card(window, "phishing")
    assert window.journey.screen is Screen.READER
    # Logged once, with its traceback; the loader is not even asked again.
    failures = [r for r in caplog.records if "basics" in r.getMessage() and r.levelno >= logging.ERROR]
    assert len(failures) == 1 and failures[0].exc_info is not None
    assert window.journey.lesson_loader.calls == 1  # type: ignore[attr-defined]


@pytest.mark.qt_no_exception_capture
def test_a_lesson_that_raises_while_shown_goes_back_to_the_catalogue(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    window = window_with(BrokenLoader(broken="none"))
    try:
        tap(window.router.attract.start_button)
        open_card(window, "basics")
        assert window.journey.screen is Screen.READER

        def broken_render(journey: Journey) -> None:
            raise ZeroDivisionError("a page that cannot be drawn")

        monkeypatch.setattr(window.router.reader, "render", broken_render)
        tap(window.router.reader.next_button)
        assert window.journey.screen is Screen.CATALOGUE and window.journey.visit is not None
        assert "basics" in window.router.unavailable
        for _ in range(crash.FLOOD_COUNT + 1):
            window.router.open_lesson("basics")
        assert window.journey.screen is Screen.CATALOGUE and window.isVisible()
    finally:
        close_window(window)


def test_an_inf_pass_mark_does_not_end_kiosk_mode(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    pack = tmp_path / "pack"
    shutil.copytree(SMALL_PACK, pack)
    quiz = pack / "basics" / "quiz.md"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("pass_mark: 50", "pass_mark: .inf"), "utf-8")
    window = window_with(LessonCache(), pack)
    quits: list[int] = []
    handler = crash.install(window)
    handler.quit_app = quits.append
    try:
        tap(window.router.attract.start_button)
        for _ in range(crash.FLOOD_COUNT + 1):
            # Refused by the loader, shown without the bad value, or taken out of use: any of these,
            # never the desktop.
            window.router.open_lesson("basics")
            settle()
            if window.journey.screen is not Screen.CATALOGUE:
                tap(window.router.reader.top.lessons_button)
        assert quits == [] and window.isVisible() and handler.handled == 0
        assert window.journey.screen is Screen.CATALOGUE and window.journey.visit is not None
    finally:
        handler.uninstall()
        close_window(window)


def test_a_storm_of_errors_never_quits_in_kiosk_mode(qtbot) -> None:  # noqa: ANN001
    now = [0.0]
    quits: list[int] = []
    recovered: list[int] = []
    handler = crash.CrashHandler(
        lambda: recovered.append(1), quit_app=quits.append, clock=lambda: now[0], kiosk_mode=lambda: True
    )
    for _ in range(5 * crash.FLOOD_COUNT):
        handler.excepthook(ValueError, ValueError("x"), None)
        handler._recover()
        now[0] += 0.1
    assert quits == [] and len(recovered) == 5 * crash.FLOOD_COUNT


def test_a_failed_reset_in_kiosk_mode_quits_only_under_the_supervisor(qtbot) -> None:  # noqa: ANN001
    def cannot_recover() -> None:
        raise RuntimeError("no way back")

    for supervised, expected in ((False, []), (True, [crash.CRASH_STATUS])):
        quits: list[int] = []
        handler = crash.CrashHandler(
            cannot_recover, quit_app=quits.append, kiosk_mode=lambda: True, supervised=lambda s=supervised: s
        )
        handler.excepthook(ValueError, ValueError("x"), None)
        handler._recover()
        assert quits == expected


def test_the_same_error_is_logged_in_full_once(qtbot, caplog: pytest.LogCaptureFixture) -> None:  # noqa: ANN001
    handler = crash.CrashHandler(lambda: None, quit_app=lambda _: None, kiosk_mode=lambda: True)
    caplog.set_level(logging.DEBUG, logger="kiosk.crash")
    for _ in range(12):
        try:
            raise ValueError("again")
        except ValueError as exc:
            handler.excepthook(ValueError, exc, exc.__traceback__)
    with_traceback = [r for r in caplog.records if r.exc_info]
    assert len(with_traceback) == 1
    assert any("10 times" in r.getMessage() for r in caplog.records)
    assert len(caplog.records) <= 4  # the first, the storm note, the 10th
