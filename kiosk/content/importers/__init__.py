"""Importers that turn question banks (Moodle GIFT and Aiken, Excel workbooks) into a lesson folder with a ``quiz.md``.

``import_file`` reads and parses a file into an ``ImportReport``; ``writer.write_lesson`` writes it.
"""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

from kiosk.content.diagnostics import ContentError, error
from kiosk.content.importers.aiken import parse_aiken
from kiosk.content.importers.encoding import read_bank
from kiosk.content.importers.excel import parse_excel
from kiosk.content.importers.gift import parse_gift
from kiosk.content.importers.model import ImportReport

#: Moodle exports of a whole course can be large; anything past this is not a question bank
MAX_BANK_BYTES = 16 * 1024 * 1024

PARSERS = {"gift": parse_gift, "aiken": parse_aiken}
FORMAT_NAMES = {"gift": "GIFT", "aiken": "Aiken", "excel": "Excel"}


def import_file(kind: str, path: Path, encoding: str | None = None) -> ImportReport:
    """Read ``path`` and parse it as ``kind``: "gift" or "aiken" (text, its encoding detected, any line
    ends, or in ``encoding`` when given) or "excel" (an .xlsx workbook)."""
    if kind == "excel":
        try:
            too_large = path.stat().st_size > MAX_BANK_BYTES
        except OSError as exc:
            return ImportReport(path, diagnostics=(error(path, 0, f"cannot read the file: {exc.strerror}"),))
        if too_large:
            return ImportReport(
                path, diagnostics=(error(path, 0, "the workbook is too large (over 16 MiB)"),)
            )
        return parse_excel(path)
    workbook = _workbook_kind(path)
    if workbook:
        return ImportReport(
            path,
            diagnostics=(
                error(
                    path,
                    0,
                    f"this is {workbook}, not {FORMAT_NAMES[kind]} text: "
                    + (
                        f"import it with 'kiosk import excel {path} --out ...'"
                        if workbook == "an Excel workbook"
                        else "save it as .xlsx in Excel or WPS, then import that with 'kiosk import excel'"
                    ),
                ),
            ),
        )
    try:
        source, encoding = read_bank(path, limit=MAX_BANK_BYTES, encoding=encoding)
    except ContentError as exc:
        return ImportReport(source=path, diagnostics=tuple(exc.diagnostics))
    return replace(PARSERS[kind](source, path), encoding=encoding)


#: the first bytes of an old Excel .xls file (an OLE compound document)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _workbook_kind(path: Path) -> str:
    """What ``path`` is when it is a workbook ("an Excel workbook", "an old Excel .xls workbook"), else ""."""
    try:
        with path.open("rb") as file:
            head = file.read(8)
        if head == _OLE_MAGIC:
            return "an old Excel .xls workbook"
        if head.startswith(b"PK\x03\x04"):
            with zipfile.ZipFile(path) as archive:
                if "xl/workbook.xml" in archive.namelist():
                    return "an Excel workbook"
    except (OSError, zipfile.BadZipFile):
        pass  # read_bank names what is wrong with the file
    return ""


__all__ = [
    "FORMAT_NAMES",
    "PARSERS",
    "ImportReport",
    "import_file",
    "parse_aiken",
    "parse_excel",
    "parse_gift",
]
