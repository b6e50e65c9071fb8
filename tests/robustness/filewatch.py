"""Which files under a folder any code of this process (Python or Qt's C++) opens: Linux inotify.

Python's audit hooks see only opens made through Python; Qt reads pictures, fonts and SVG references
in C++. The kernel reports every open of a watched file, whoever makes it, so a test can prove that
the kiosk never read a file outside the lesson pack. Linux only (``available()`` says so).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from pathlib import Path

IN_ACCESS, IN_OPEN, IN_NONBLOCK = 0x1, 0x20, 0o4000
_EVENT = struct.Struct("iIII")


def available() -> bool:
    return sys.platform.startswith("linux") and ctypes.util.find_library("c") is not None


class OpenWatch:
    """Records opens and reads of the files in the watched folders (and of watched single files)."""

    def __init__(self) -> None:
        self._libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._fd = self._libc.inotify_init1(IN_NONBLOCK)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self._paths: dict[int, Path] = {}

    def watch(self, path: Path) -> None:
        """Watch ``path`` (a folder: every file in it and, recursively, in its folders)."""
        targets = [path] + (
            [p for p in path.rglob("*") if p.is_dir() and not p.is_symlink()] if path.is_dir() else []
        )
        for target in targets:
            wd = self._libc.inotify_add_watch(self._fd, os.fsencode(target), IN_OPEN | IN_ACCESS)
            if wd < 0:
                raise OSError(ctypes.get_errno(), f"cannot watch {target}")
            self._paths[wd] = target

    def events(self) -> list[str]:
        """What was opened or read since the last call, as 'OPEN path' / 'ACCESS path'."""
        found: list[str] = []
        while True:
            try:
                data = os.read(self._fd, 64 * 1024)
            except BlockingIOError:
                return found
            pos = 0
            while pos < len(data):
                wd, mask, _cookie, length = _EVENT.unpack_from(data, pos)
                name = (
                    data[pos + _EVENT.size : pos + _EVENT.size + length]
                    .rstrip(b"\0")
                    .decode(errors="replace")
                )
                base = self._paths.get(wd, Path("?"))
                kind = "OPEN" if mask & IN_OPEN else "ACCESS"
                found.append(f"{kind} {base / name if name else base}")
                pos += _EVENT.size + length

    def close(self) -> None:
        os.close(self._fd)
