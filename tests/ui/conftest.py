"""A kiosk window on the tiny test pack, built the way kiosk.app builds it, and shut down after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.settings import Settings
from kiosk.ui.window import MainWindow
from tests.support.recorder import FakeRecorder

PACK = Path(__file__).parent / "data" / "pack"


@pytest.fixture(autouse=True)
def delete_closed_widgets() -> Iterator[None]:
    """After each test, delete the widgets pytest-qt closed. It asks Qt to delete them later, which no
    event loop of the test run ever gets to: every window of the run stayed alive, and each theme or
    text-size switch (which restyles every widget of the application) grew slower test by test, to
    20-60 s a test in the full suite."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_window(qtbot, recorder: FakeRecorder) -> Iterator[Callable[..., MainWindow]]:  # noqa: ANN001
    windows: list[MainWindow] = []

    def make(
        *,
        kiosk: bool = False,
        idle: float = 0,
        countdown: int = 3,
        tick_ms: int = 20,
        size: tuple[int, int] = (1920, 1080),
        language: str | None = None,
        warm: bool = True,
        pack: Path = PACK,
    ) -> MainWindow:
        app = QApplication.instance()
        settings = Settings(
            lessons=pack, windowed=not kiosk, idle_timeout=idle, idle_countdown=countdown, language=language
        )
        journey = kiosk_app.make_journey(kiosk_app.open_pack(settings), settings, recorder)
        if warm:
            # Every lesson parsed, as once the kiosk's warm-up thread is done: a tap on a card then
            # opens it at once (tests/ui/test_opening.py covers a tap while the parse still runs).
            for entry, language in journey.lessons_to_warm():
                journey.lesson_loader(entry, language)
        window = kiosk_app.make_window(app, journey, settings, QSize(*size), tick_ms=tick_ms)
        window.setFixedSize(*size)
        window.show()
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        # Stops the idle timers and removes the application-wide filters, so nothing outlives the test.
        window.leave_kiosk()
        assert not window.idle.quiet.isActive() and not window.idle.ticker.isActive()
