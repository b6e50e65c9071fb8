"""Reading a question bank whose encoding nobody wrote down: UTF-8 (with or without a BOM), UTF-16 and
the Chinese GB18030/GBK that Windows editors in China save by default, detected with charset-normalizer.

``read_bank`` returns the text with ``\\n`` line ends and the name of the encoding it was read in, so the
import can say which one it used: a wrong guess then shows as garbled text the teacher can recognise.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from kiosk.content.diagnostics import ContentError, error

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
#: the detector names the smallest Chinese code page that fits; GB18030 reads all of them
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030"}


def read_bank(path: Path, limit: int) -> tuple[str, str]:
    """The text of ``path`` and the encoding it was read in; ContentError when it cannot be read."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ContentError(error(path, 0, "this is not a regular file"))
        if size > limit:
            raise ContentError(
                error(path, 0, f"the file is too large ({size // 1024} KiB; at most {limit // 1024} KiB)")
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ContentError(error(path, 0, f"cannot read the file: {exc.strerror or exc}")) from None
    text, encoding = decode_bank(data, path)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def decode_bank(data: bytes, path: Path) -> tuple[str, str]:
    """``data`` decoded: a BOM decides, then strict UTF-8, then charset-normalizer's best guess."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff"), name
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ContentError(
            error(path, 0, "cannot tell which text encoding this file is in; save it as UTF-8 and try again")
        )
    codec = _WIDER.get(best.encoding, best.encoding)
    text = data.decode(codec, errors="replace")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ContentError(error(path, line, "this is not a text file (it contains NUL bytes)"))
    return text, codecs.lookup(codec).name.upper().replace("_", "-")
