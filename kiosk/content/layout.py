"""How a lesson pack is laid out on disk (which folders hold lessons, which files are lessons and quizzes)
and how a change to one of its files is noticed.

Shared by the loader, the lesson cache and the catalogue snapshot; the last two run before the kiosk's
first frame, so this module loads nothing else (no parser, no diagnostics).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

PACK_FILE = "pack.yaml"
SHARED_ASSETS = "assets"
#: ``lesson.md``, ``quiz.md`` and their language versions (``lesson.zh-CN.md``, ``lesson.zh_CN.md``);
#: group 2 is the language as written (``kiosk.content.languages`` reads it as the pack's code)
LESSON_FILE = re.compile(r"^(lesson|quiz)(?:\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*))?\.md$")


def is_lesson_folder(name: str) -> bool:
    """Whether a folder of the pack holds a lesson: not hidden, not "_drafts" style, not shared assets."""
    return not name.startswith((".", "_")) and name != SHARED_ASSETS


def file_stamp(path: str | Path | None) -> tuple[int, int] | None:
    """(size, modification time in ns) of a file, or None when there is none: what tells that it changed."""
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)
