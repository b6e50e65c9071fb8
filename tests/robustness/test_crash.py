"""The crash handler: an exception inside a slot is logged with its traceback and the visitor sees attract."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

from kiosk import logs
from kiosk.journey import Screen
from kiosk.journey.records import VisitEnd
from kiosk.ui import crash
from kiosk.ui.window import MainWindow
from tests.robustness.driver import SMALL_PACK, build_window, close_window, tap, visible_texts
from tests.support.clock import FakeClock
from tests.support.recorder import FakeRecorder


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    handler = logs.setup_logging(tmp_path, echo=False)
    yield tmp_path / logs.LOG_NAME
    logs.close_logging(handler)
    root.setLevel(level)
    root.handlers[:] = handlers


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # noqa: ANN001
    window = build_window(SMALL_PACK, FakeRecorder(), kiosk=False)
    yield window
    close_window(window)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_the_kiosk_starts_over(
    qtbot,
    window: MainWindow,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    recorder: FakeRecorder = window.journey._recorder  # type: ignore[assignment]
    handler = crash.install(window)
    try:
        tap(window.router.attract.start_button)
        assert window.journey.screen is Screen.CATALOGUE

        # Outside a lesson (inside one, the router takes just that lesson out of use: see
        # tests/ui/test_contained_faults.py), a failing slot is the crash handler's.
        def broken_finish() -> None:
            raise RuntimeError("the page turner broke")

        monkeypatch.setattr(window.journey, "finish", broken_finish)
        # The router connected the bound method at start-up; replace its slot's target the same way.
        window.router.catalogue.finish_requested.disconnect()
        window.router.catalogue.finish_requested.connect(window.router._do(window.journey.finish))
        tap(window.router.catalogue.finish_button)
        qtbot.waitUntil(lambda: window.journey.screen is Screen.ATTRACT, timeout=5000)
    finally:
        handler.uninstall()
    assert handler.handled == 1
    assert window.stack.currentWidget() is window.router.attract and window.isVisible()
    assert window.journey.visit is None
    assert recorder.of("end_visit")[-1][1] is VisitEnd.ABANDONED
    # Nothing of the crashed visit is left on screen, and no traceback is shown anywhere.
    assert not any("Traceback" in t or "page turner" in t for t in visible_texts(window))
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error; the kiosk starts over" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: the page turner broke" in text and "broken_finish" in text


# The second warning is said on purpose, to show that the handler gave Qt's messages back (here to
# pytest-qt, which would fail the test on it).
@pytest.mark.qt_log_ignore("^said after the handler left$")
def test_qt_warnings_go_to_the_log(qtbot, qtlog, log_file: Path) -> None:  # noqa: ANN001
    handler = crash.CrashHandler(lambda: None).install()
    try:
        qWarning("a Qt warning for the log")
    finally:
        handler.uninstall()
    qWarning("said after the handler left")
    text = log_file.read_text(encoding="utf-8")
    assert "kiosk.qt: a Qt warning for the log" in text and "after the handler left" not in text
    assert [record.message for record in qtlog.records] == ["said after the handler left"]


def test_a_flood_of_errors_quits_for_the_supervisor(qtbot) -> None:  # noqa: ANN001
    clock = FakeClock(0.0)
    quits: list[int] = []
    handler = crash.CrashHandler(lambda: None, quit_app=quits.append, clock=clock)
    for _ in range(crash.FLOOD_COUNT - 1):
        handler.excepthook(ValueError, ValueError("x"), None)
        clock.advance(1)
    assert quits == []
    handler.excepthook(ValueError, ValueError("x"), None)
    assert quits == [crash.CRASH_STATUS]


def test_errors_far_apart_do_not_count_as_a_flood(qtbot) -> None:  # noqa: ANN001
    clock = FakeClock(0.0)
    quits: list[int] = []
    handler = crash.CrashHandler(lambda: None, quit_app=quits.append, clock=clock)
    for _ in range(3 * crash.FLOOD_COUNT):
        handler.excepthook(ValueError, ValueError("x"), None)
        clock.advance(crash.FLOOD_SECONDS / 2)
    assert quits == []


def test_a_recovery_that_fails_quits_for_the_supervisor(qtbot) -> None:  # noqa: ANN001
    quits: list[int] = []

    def cannot_recover() -> None:
        raise RuntimeError("the window is gone")

    handler = crash.CrashHandler(cannot_recover, quit_app=quits.append)
    handler.excepthook(ValueError, ValueError("x"), None)
    qtbot.waitUntil(lambda: quits == [crash.CRASH_STATUS], timeout=2000)
