"""Importers that turn question banks (Moodle GIFT and Aiken, Excel workbooks) into a lesson folder with a ``quiz.md``.

``import_file`` reads and parses a file into an ``ImportReport``; ``writer.write_lesson`` writes it.
"""

from __future__ import annotations

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
    try:
        source, encoding = read_bank(path, limit=MAX_BANK_BYTES, encoding=encoding)
    except ContentError as exc:
        return ImportReport(source=path, diagnostics=tuple(exc.diagnostics))
    return replace(PARSERS[kind](source, path), encoding=encoding)


__all__ = [
    "FORMAT_NAMES",
    "PARSERS",
    "ImportReport",
    "import_file",
    "parse_aiken",
    "parse_excel",
    "parse_gift",
]
