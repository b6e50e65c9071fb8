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


def read_bank(path: Path, limit: int, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``path`` and the encoding it was read in (``encoding`` if given, else detected);
    ContentError when it cannot be read."""
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
    text, encoding = decode_as(data, path, encoding) if encoding else decode_bank(data, path)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


#: the code pages a question bank is plausibly saved in, most common first (ties go to the first); a short
#: file matches many exotic ones by chance, so the detector chooses among these only. GB18030 is not
#: among them: ``_as_chinese`` decides it, as the detector takes short Latin text for it
_CANDIDATES = (
    "utf_16_le", "utf_16_be", "cp1252", "big5", "cp1251", "cp1250", "koi8_r", "cp1253", "cp1254",
    "cp1257", "shift_jis", "euc_jp", "euc_kr", "cp874", "cp1255", "cp1256", "cp1258",
)  # fmt: skip


def _as_chinese(data: bytes) -> str | None:
    """The text, when ``data`` is valid GB18030 whose characters are nearly all common ones (in GB2312,
    as simplified Chinese text is): the encoding of Chinese Windows editors, and too often misread by a
    statistical detector on a short file. Latin text in a Western code page rarely passes."""
    try:
        text = data.decode("gb18030")
    except UnicodeError:
        return None
    wide = {ch for ch in text if ord(ch) > 0x7F}
    if "\x00" in text or not wide:
        return None
    common = sum(1 for ch in wide if _in_gb2312(ch))
    # a rare character or two (a name) is fine; Latin text misread as GB18030 is mostly rare ones
    return text if common >= 0.9 * len(wide) else None


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeError:
        return False
    return True


def decode_as(data: bytes, path: Path, encoding: str) -> tuple[str, str]:
    """``data`` in the encoding the teacher named; an error names the first line that does not fit."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ContentError(
            error(path, 0, f"'{encoding}' is not a text encoding Python knows (try utf-8, gb18030, cp1252)")
        ) from None
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(
            error(
                path,
                line,
                f"this line is not valid {encoding} (byte 0x{data[exc.start]:02x}); leave out "
                "--encoding to have it detected",
            )
        ) from None
    return text.lstrip("\ufeff"), name.upper().replace("_", "-")


def decode_bank(data: bytes, path: Path) -> tuple[str, str]:
    """``data`` decoded: a BOM decides, then strict UTF-8, then GB18030 of common Chinese characters,
    then charset-normalizer's best guess among the usual code pages."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff"), name
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    chinese = _as_chinese(data)
    if chinese is not None:
        return chinese, "GB18030"
    # charset-normalizer merges code pages that read the bytes alike (cp1250 and cp1252 for "café")
    # into one match; each such group and the separate matches are ranked by chaos, then by how
    # common the code page is
    ranked = [
        (round(match.chaos, 2), _CANDIDATES.index(name), name)
        for match in from_bytes(data, cp_isolation=list(_CANDIDATES))
        for name in {match.encoding, *match.could_be_from_charset}
        if name in _CANDIDATES
    ]
    if not ranked:
        raise ContentError(
            error(path, 0, "cannot tell which text encoding this file is in; save it as UTF-8 and try again")
        )
    best = min(ranked)[2]
    text = data.decode(best, errors="replace")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ContentError(error(path, line, "this is not a text file (it contains NUL bytes)"))
    return text, codecs.lookup(best).name.upper().replace("_", "-")
