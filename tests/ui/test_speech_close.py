"""Closing the kiosk while read-aloud is still trying to reach its engine (speech-dispatcher can be slow
to start on a busy machine): the speech thread stops at once instead of waiting out its pause between
tries. A QThread destroyed while it runs aborts the whole process, which a kiosk quitting right after
its start did ("QThread: Destroyed while thread 'read-aloud' is still running")."""

from __future__ import annotations

import sys
import threading
import time
import types

import pytest
from PySide6.QtCore import QObject

from kiosk.ui import speech
from kiosk.ui.speech import QtSpeechBackend


class FailingEngine(QObject):
    """Stands in for QTextToSpeech: an engine that is there but never answers."""

    made = threading.Event()
    count = 0

    class State:
        Error = "error"

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        type(self).count += 1
        type(self).made.set()

    @staticmethod
    def availableEngines() -> list[str]:  # noqa: N802 (Qt's name)
        return ["speechd"]

    def state(self) -> str:
        return self.State.Error

    def errorString(self) -> str:  # noqa: N802 (Qt's name)
        return "cannot connect"


@pytest.fixture
def failing_engine(monkeypatch: pytest.MonkeyPatch) -> type[FailingEngine]:
    module = types.ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = FailingEngine  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    monkeypatch.setattr(speech, "RETRY_S", 600.0)  # a pause no test could wait out
    FailingEngine.made.clear()
    FailingEngine.count = 0
    return FailingEngine


def test_closing_during_the_pause_between_tries_stops_the_thread_at_once(qtbot, failing_engine) -> None:  # noqa: ANN001
    backend = QtSpeechBackend()
    found: list[tuple[list, str]] = []
    backend.voices_found.connect(lambda voices, problem: found.append((voices, problem)))
    backend.start()
    assert failing_engine.made.wait(30), "the engine was never tried"
    started = time.monotonic()
    backend.close()
    # Far less than the 600 s pause: the pause was cut short, not waited out.
    assert time.monotonic() - started < 60
    assert not backend.thread.isRunning()
    assert failing_engine.count == 1  # no second try after closing
    assert found == []  # and no word about voices from a kiosk that is closing
