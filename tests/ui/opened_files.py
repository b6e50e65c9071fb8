"""Which files in a folder were opened meanwhile: Linux's inotify, so Qt's own (C++) opens are seen too.

Python's audit hooks only see Python's ``open``; the label bug this guards against is Qt reading a
file named in rich text, which no Python hook sees.
"""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from pathlib import Path

IN_ACCESS, IN_OPEN = 0x1, 0x20
_EVENT = struct.Struct("iIII")


class OpenWatch:
    """Watches ``folder`` (not its subfolders) from now until ``close``; ``opened()`` names what was opened."""

    def __init__(self, folder: Path) -> None:
        if not sys.platform.startswith("linux"):
            raise RuntimeError("OpenWatch needs Linux's inotify")
        self._libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        if self._libc.inotify_add_watch(self.fd, os.fsencode(folder), IN_OPEN | IN_ACCESS) < 0:
            raise OSError(ctypes.get_errno(), f"cannot watch {folder}")
        self._seen: list[str] = []

    def opened(self) -> list[str]:
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return list(self._seen)
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
                offset += _EVENT.size
                name = data[offset : offset + length].rstrip(b"\0").decode("utf-8", "replace")
                offset += length
                self._seen.append(name or ".")

    def close(self) -> None:
        os.close(self.fd)


def outside_picture(tmp_path: Path) -> tuple[Path, OpenWatch]:
    """A picture in a folder of its own (outside any pack), and a watch on that folder; close the watch."""
    from PySide6.QtGui import QColor, QImage

    folder = tmp_path / "outside"
    folder.mkdir()
    image = QImage(300, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    if not image.save(str(folder / "secret.png")):
        raise OSError("cannot write the test picture")
    return folder / "secret.png", OpenWatch(folder)
