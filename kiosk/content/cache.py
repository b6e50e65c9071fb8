"""Parsed lessons kept in memory, so a lesson opened again is not parsed and rendered again.

A lesson is re-read when its lesson or quiz file changed on disk (an operator edited the pack and
reloaded it), so the cache never shows stale text. Bounded: the oldest entries go first.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from kiosk.content.loader import load_lesson
from kiosk.content.model import Lesson, LessonEntry


def _stamp(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


class LessonCache:
    """A drop-in for ``load_lesson(entry, language)`` that remembers up to ``size`` parsed lessons."""

    def __init__(self, size: int = 64, loader: Callable[[LessonEntry, str], Lesson] = load_lesson) -> None:
        self._size = size
        self._loader = loader
        self._lessons: OrderedDict[tuple, Lesson] = OrderedDict()

    def __call__(self, entry: LessonEntry, language: str) -> Lesson:
        meta = entry.meta(language)
        key = (str(meta.path), language, _stamp(meta.path), str(meta.quiz_path), _stamp(meta.quiz_path))
        lesson = self._lessons.get(key)
        if lesson is not None:
            self._lessons.move_to_end(key)
            return lesson
        lesson = self._loader(entry, language)  # a ContentError is not cached: the next open retries
        self._lessons[key] = lesson
        if len(self._lessons) > self._size:
            self._lessons.popitem(last=False)
        return lesson

    def clear(self) -> None:
        self._lessons.clear()
