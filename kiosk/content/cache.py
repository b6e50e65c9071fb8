"""Parsed lessons kept in memory, so a lesson opened again is not parsed and rendered again.

A lesson is re-read when its lesson or quiz file changed on disk (an operator edited the pack and
reloaded it), so the cache never shows stale text. Bounded: the oldest entries go first. The cache
can be filled ahead of need from a worker thread (``warm``), so even a lesson's first opening finds
it parsed; a lesson asked for while that thread is parsing it waits for that parse, never repeats it.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable

from kiosk.content.layout import file_stamp
from kiosk.content.model import Lesson, LessonEntry

log = logging.getLogger(__name__)

_Key = tuple[str, str, tuple[int, int] | None, str, tuple[int, int] | None]


def _key(entry: LessonEntry, language: str) -> _Key:
    meta = entry.meta(language)
    return (str(meta.path), language, file_stamp(meta.path), str(meta.quiz_path), file_stamp(meta.quiz_path))


def _load_lesson(entry: LessonEntry, language: str) -> Lesson:
    """``load_lesson``, imported when the first lesson is parsed (after the kiosk's first frame): the
    loader's PyYAML and python-markdown would add about a third to the start (docs/benchmarks.md)."""
    from kiosk.content.loader import load_lesson

    return load_lesson(entry, language)


class LessonCache:
    """A drop-in for ``load_lesson(entry, language)`` that remembers up to ``size`` parsed lessons.

    Safe to call from several threads at once.
    """

    def __init__(self, size: int = 64, loader: Callable[[LessonEntry, str], Lesson] | None = None) -> None:
        self._size = size
        self._loader = loader or _load_lesson
        self._lessons: OrderedDict[_Key, Lesson] = OrderedDict()
        self._lock = threading.Lock()
        self._loading: dict[_Key, threading.Event] = {}  # parses under way, by the thread doing them

    @property
    def size(self) -> int:
        return self._size

    def __call__(self, entry: LessonEntry, language: str) -> Lesson:
        key = _key(entry, language)
        while True:
            with self._lock:
                lesson = self._lessons.get(key)
                if lesson is not None:
                    self._lessons.move_to_end(key)
                    return lesson
                underway = self._loading.get(key)
                if underway is None:
                    underway = self._loading[key] = threading.Event()
                    break
            # Another thread is parsing this very lesson: its result comes sooner than a second parse.
            # If that parse fails, the loop comes back here and this call tries (and reports) itself.
            underway.wait()
        try:
            lesson = self._loader(entry, language)  # a ContentError is not cached: the next open retries
            with self._lock:
                self._lessons[key] = lesson
                if len(self._lessons) > self._size:
                    self._lessons.popitem(last=False)
        finally:
            with self._lock:
                del self._loading[key]
            underway.set()
        return lesson

    def __contains__(self, item: tuple[LessonEntry, str]) -> bool:
        """Whether ``(entry, language)`` is parsed and current (its files unchanged since)."""
        key = _key(*item)
        with self._lock:
            return key in self._lessons

    def warm(self, lessons: Iterable[tuple[LessonEntry, str]], stop: threading.Event | None = None) -> int:
        """Parse ``lessons`` (entry, language) ahead of need, most wanted first; returns how many are ready.

        Meant for a worker thread: ``stop`` ends it between two lessons. Only as many as the cache
        holds are parsed, so warming never pushes out what it parsed itself. A lesson that cannot be
        read is skipped; opening it later reports the problem as usual.
        """
        ready = 0
        for count, (entry, language) in enumerate(lessons):
            if count >= self._size or (stop is not None and stop.is_set()):
                break
            try:
                self(entry, language)
            except Exception as exc:  # noqa: BLE001 (a worker thread must not die on one bad lesson)
                log.debug("not parsed ahead: %s (%s): %s", entry.id, language, exc)
                continue
            ready += 1
        return ready

    def clear(self) -> None:
        with self._lock:
            self._lessons.clear()
