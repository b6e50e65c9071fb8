"""Opening a lesson without the screen ever waiting for it to be parsed.

A lesson the cache holds opens at once. Any other is parsed on a worker thread (joining the warm-up
thread's parse if that is on it already) while the catalogue stays live and says that the lesson is
coming; the lesson opens when its parse ends, or the catalogue says that it cannot be shown. A parse
takes milliseconds for a normal lesson and at most seconds for a hostile one
(``kiosk.content.render``'s bounds): either way, taps keep working.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kiosk.content.cache import LessonCache

if TYPE_CHECKING:
    from kiosk.content.model import LessonEntry
    from kiosk.journey import Journey

log = logging.getLogger(__name__)

#: how often the GUI thread looks whether the parse has ended (a check costs microseconds)
POLL_MS = 20


class LessonOpener(QObject):
    """Says whether a lesson can open now; otherwise parses it off the GUI thread and calls back.

    ``opened(lesson_id)`` is called when the parse ended and the lesson is ready to open at once,
    ``failed(lesson_id, problem)`` when it cannot be shown. Neither is called if the visitor left the
    catalogue meanwhile or asked for another lesson.
    """

    def __init__(
        self,
        journey: Journey,
        ready: Callable[[str], None],
        failed: Callable[[str, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self._ready, self._failed = ready, failed
        self.wanted: str | None = None  # the lesson the visitor last asked for, while it is parsed
        self._thread: threading.Thread | None = None
        self._problem: list[str] = []  # filled by the current request's worker when its parse fails
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def _target(self, lesson_id: str) -> tuple[LessonEntry, str] | None:
        entry = self.journey.pack.lesson(lesson_id)
        return None if entry is None else (entry, self.journey.language)

    def can_open_now(self, lesson_id: str) -> bool:
        """True when opening ``lesson_id`` parses nothing; else its parse starts in the background."""
        cache = self.journey.lesson_loader
        target = self._target(lesson_id)
        if not isinstance(cache, LessonCache) or target is None or target in cache:
            self.cancel()
            return True
        if self.wanted != lesson_id or self._thread is None:
            self.wanted = lesson_id
            self._start(cache, target)
        return False

    def _start(self, cache: LessonCache, target: tuple[LessonEntry, str]) -> None:
        problem: list[str] = []  # this request's own: an abandoned worker never writes into the next
        self._problem = problem

        def parse() -> None:
            try:
                cache(*target)
            except Exception as exc:  # noqa: BLE001 (reported on the GUI thread, never raised in a worker)
                problem.append(str(exc) or type(exc).__name__)

        self._thread = threading.Thread(target=parse, name="lesson-open", daemon=True)
        self._thread.start()
        self._timer.start()

    def _poll(self) -> None:
        thread = self._thread
        if thread is not None and thread.is_alive():
            return
        self._timer.stop()
        lesson_id, problem = self.wanted, self._problem
        self.wanted, self._thread, self._problem = None, None, []
        if lesson_id is None:
            return
        if problem:
            self._failed(lesson_id, problem[0])
        else:
            self._ready(lesson_id)

    def finish(self, timeout: float = 30.0) -> None:
        """Wait for the parse under way and deliver its outcome now (tests and the screenshot tool)."""
        if self._thread is not None:
            self._thread.join(timeout)
            self._poll()

    def cancel(self) -> None:
        """Forget the lesson asked for (the visitor left, or it opened); a parse under way still fills the
        cache for next time."""
        self.wanted = None
        self._thread = None
        self._problem = []
        self._timer.stop()
