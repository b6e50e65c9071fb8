"""Shared helpers for importer tests: parse GIFT text, and read questions back as (text, right) pairs."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.importers import ImportReport, parse_gift
from kiosk.content.importers.model import ImportedQuestion

DATA = Path(__file__).parent / "data"


def gift(text: str) -> ImportReport:
    return parse_gift(text, Path("bank.gift"))


def choices(question: ImportedQuestion) -> list[tuple[str, bool, str]]:
    return [(c.text.text, c.correct, c.feedback.text) for c in question.choices]


def messages(report: ImportReport) -> list[str]:
    return [str(d) for d in report.diagnostics]
