"""Reading author-written text files safely: size limits, UTF-8 with a clear error, BOM and CRLF handled."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, ContentError, error
from kiosk.content.layout import file_stamp

__all__ = ["MAX_IMAGE_BYTES", "MAX_MARKDOWN_BYTES", "decode_text", "file_stamp", "read_text"]

#: a lesson is minutes of reading (a long one is 20 KiB); rendering hostile Markdown costs up to about
#: 30 microseconds a byte, so this bounds the worst lesson's parse to seconds
MAX_MARKDOWN_BYTES = 256 * 1024
MAX_IMAGE_BYTES = 10 * 1024 * 1024


#: the OS's own words for why follow (shown as given)
CANNOT_READ = QT_TRANSLATE_NOOP("check", "cannot read the file: {problem}")


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KiB"


def decode_text(data: bytes, path: Path) -> str:
    """Bytes of an author's file to text with ``\\n`` line ends; ContentError names the bad line."""
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ContentError(
            error(
                path,
                line,
                QT_TRANSLATE_NOOP(
                    "check", "this is not a text file (it contains NUL bytes); save it as UTF-8 text"
                ),
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(
            error(
                path,
                line,
                QT_TRANSLATE_NOOP(
                    "check", "the file is not valid UTF-8 (byte {byte}); save it as UTF-8 in your editor"
                ),
                byte=f"0x{data[exc.start]:02x}",
            )
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_text(path: Path, limit: int = MAX_MARKDOWN_BYTES, head: int | None = None) -> str:
    """Read a Markdown or YAML file; ``head`` reads only that many bytes (front matter for catalogues)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ContentError(error(path, 0, CANNOT_READ, problem=str(exc.strerror or exc))) from None
    if size > limit:
        raise ContentError(
            error(
                path,
                0,
                QT_TRANSLATE_NOOP("check", "the file is too large ({size}; at most {most}); split it up"),
                size=_mib(size),
                most=_mib(limit),
            )
        )
    # Not through a link swapped in since the folder was listed, and never blocking on a FIFO.
    flags = (
        os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ContentError(error(path, 0, CANNOT_READ, problem=str(exc.strerror or exc))) from None
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ContentError(
                error(
                    path,
                    0,
                    QT_TRANSLATE_NOOP("check", "this is not a regular file; save the text as a file here"),
                )
            )
        try:
            data = fh.read(head) if head else fh.read()
        except OSError as exc:
            raise ContentError(error(path, 0, CANNOT_READ, problem=str(exc.strerror or exc))) from None
    if head and len(data) == head:
        # the cut may fall inside a multi-byte character: drop the incomplete tail
        data = data[: data.rfind(b"\n") + 1] or data
    return decode_text(data, path)
