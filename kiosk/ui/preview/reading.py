"""One reading of a lesson for the preview: the pack, the lesson in every language, its diagnostics.

Plain Python (no Qt): ``read_lesson`` runs on a worker thread (``kiosk.ui.preview.reloader``). The
diagnostics are exactly ``kiosk check``'s for that one lesson, quiz-quality warnings included.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.check import check_pack
from kiosk.content.diagnostics import ContentError, Diagnostic
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.model import Lesson, Pack

#: at most this many files and folders are watched (a lesson has a dozen; a picture folder may have more)
MAX_WATCHED = 400


@dataclass(frozen=True)
class Reading:
    pack: Pack
    lesson_id: str | None  # None when the pack has no lesson that can be listed
    #: the lesson as visitors see it, by language (a language that cannot be opened is missing)
    lessons: dict[str, Lesson] = field(default_factory=dict)
    #: why a language's version cannot be opened, by language
    problems: dict[str, str] = field(default_factory=dict)
    diagnostics: tuple[Diagnostic, ...] = ()
    #: the files and folders whose change means reading again
    watched: tuple[Path, ...] = ()
    seconds: float = 0.0

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> int:
        return len(self.diagnostics) - self.errors


def _tree(folder: Path, out: list[Path]) -> None:
    """``folder``, the folders under it and their files (hidden ones left out), up to ``MAX_WATCHED``."""
    if not folder.is_dir():
        return
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out.append(Path(top))
        out.extend(Path(top) / name for name in sorted(files) if not name.startswith("."))
        if len(out) >= MAX_WATCHED:
            del out[MAX_WATCHED:]
            return


def watched_paths(root: Path, lesson_folder: Path | None) -> tuple[Path, ...]:
    """The pack folder and pack.yaml, the lesson's folder and everything in it, and the shared assets/."""
    out: list[Path] = [root]
    if (root / "pack.yaml").is_file():
        out.append(root / "pack.yaml")
    if lesson_folder is not None:
        _tree(lesson_folder, out)
    _tree(root / "assets", out)
    return tuple(dict.fromkeys(out))


def read_lesson(root: Path, lesson_id: str | None) -> Reading:
    """Read the pack at ``root`` and its lesson ``lesson_id`` (the first lesson when None or gone)."""
    start = time.perf_counter()
    root = Path(root)
    pack = load_pack(root)
    entry = pack.lesson(lesson_id) if lesson_id else None
    if entry is None and pack.lessons and not (lesson_id and (root / lesson_id / "lesson.md").is_file()):
        entry = pack.lessons[0]
    chosen = entry.id if entry is not None else lesson_id
    lessons: dict[str, Lesson] = {}
    problems: dict[str, str] = {}
    if entry is not None:
        for language in pack.languages:
            try:
                lessons[language] = load_lesson(entry, language)
            except ContentError as exc:
                problems[language] = str(exc)
    if chosen is not None and (root / chosen).is_dir():
        report = check_pack(root, workers=1, only=chosen)
        diagnostics = report.diagnostics
    else:
        diagnostics = pack.diagnostics
    folder = root / chosen if chosen else None
    return Reading(
        pack,
        chosen,
        lessons,
        problems,
        tuple(diagnostics),
        watched_paths(root, folder),
        time.perf_counter() - start,
    )
