"""Reading a lesson again when its files change: a file watcher with a short pause, and a worker thread.

Editors save in bursts (a temporary file, a rename, the file's time stamp), so a change starts the
read only after ``PAUSE_MS`` without another. Many editors replace a file rather than write into it,
which makes ``QFileSystemWatcher`` forget it: the paths are watched afresh after every read. The read
itself (pack, lesson in every language, ``kiosk check``) runs on a worker thread, so the window never
waits for it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.ui.preview.reading import Reading, read_lesson

log = logging.getLogger(__name__)

#: quiet time after the last change before reading again: editors' bursts end well within it
PAUSE_MS = 150


class Reloader(QObject):
    """Reads ``root``'s lesson on a worker thread when asked and when its files change; emits ``read``."""

    read = Signal(object)  # a Reading
    failed = Signal(str)  # an unexpected error while reading (a bug, not a mistake in the lesson)
    _done = Signal(object, object)  # (Reading or None, error text or None), from the worker thread

    def __init__(self, root: Path, lesson_id: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.lesson_id = lesson_id
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self._thread: threading.Thread | None = None
        self._again = False  # a change came in while a read was under way
        self._closed = False
        self._done.connect(self._finished)

    def set_lesson(self, lesson_id: str | None) -> None:
        self.lesson_id = lesson_id
        self.reload()

    def _changed(self, _path: str) -> None:
        if not self._closed:
            self._pause.start()

    def reload(self) -> None:
        """Read now (or as soon as the read under way ends)."""
        if self._closed:
            return
        if self._thread is not None:
            self._again = True
            return
        root, lesson_id = self.root, self.lesson_id

        def work() -> None:
            try:
                reading = read_lesson(root, lesson_id)
            except Exception as exc:  # noqa: BLE001 (shown in the window, never raised in a worker)
                log.exception("reading %s failed", root)
                self._done.emit(None, f"{type(exc).__name__}: {exc}")
                return
            self._done.emit(reading, None)

        self._thread = threading.Thread(target=work, name="preview-read", daemon=True)
        self._thread.start()

    def _finished(self, reading: Reading | None, problem: str | None) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        if self._closed:
            return
        if reading is not None:
            self.watch(reading.watched)
            if not self._again:
                self.read.emit(reading)
        elif problem is not None:
            self.failed.emit(problem)
        if self._again:
            self._again = False
            self.reload()

    def watch(self, paths: tuple[Path, ...]) -> None:
        wanted = {str(p) for p in paths if p.exists()}
        current = set(self.watcher.files()) | set(self.watcher.directories())
        gone = sorted(current - wanted)
        new = sorted(wanted - current)
        if gone:
            self.watcher.removePaths(gone)
        if new:
            self.watcher.addPaths(new)

    @property
    def busy(self) -> bool:
        return self._thread is not None or self._pause.isActive()

    def close(self) -> None:
        """Stop watching and wait for a read under way (the window is closing)."""
        self._closed = True
        self._pause.stop()
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        if self._thread is not None:
            self._thread.join()
            self._thread = None
