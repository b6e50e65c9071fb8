"""Run slow work (reloading the lesson pack, exporting) off the GUI thread, and hear back on it.

A plain thread does the work; a short QTimer on the GUI thread looks for the result, so no Qt object
crosses threads and the timer stops as soon as the result is in.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal


class Background(QObject):
    """``finished(result)`` or ``failed(message)`` on the GUI thread when ``start``'s work ends."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, poll_ms: int = 40) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self._poll)
        self._thread: threading.Thread | None = None
        self._outcome: tuple[bool, Any] | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, work: Callable[[], Any]) -> bool:
        """Start ``work`` in a thread; False (and nothing started) when a job is still running."""
        if self._thread is not None:
            return False
        self._outcome = None

        def run() -> None:
            try:
                self._outcome = (True, work())
            except Exception as exc:  # reported to the operator, never lost in a thread
                self._outcome = (False, f"{type(exc).__name__}: {exc}")

        self._thread = threading.Thread(target=run, name="kiosk-console-job", daemon=True)
        self._thread.start()
        self.timer.start()
        return True

    def _poll(self) -> None:
        if self._thread is None or self._thread.is_alive():
            return
        self._thread.join()
        self._thread = None
        self.timer.stop()
        ok, value = self._outcome or (False, "the job ended without a result")
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(value)

    def wait(self) -> None:
        """Block until the job is done (shutdown, tests); its signal still comes from the timer."""
        if self._thread is not None:
            self._thread.join()
