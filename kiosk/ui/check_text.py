"""``kiosk check`` messages in the console's language: a diagnostic's marked template, translated in
Qt Linguist's "check" context, filled with its arguments; the English message whenever that fails."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from kiosk.content.diagnostics import Diagnostic, Text

log = logging.getLogger(__name__)


def translated(text: str) -> str:
    """``text`` in the installed language if it is ``Text`` with a usable translation; else as given.

    A translation that names a field its template lacks, or has a stray brace, falls back to the
    English: a slip in the .ts file must never take the console down.
    """
    if not isinstance(text, Text):
        return text
    args = {name: translated(value) if isinstance(value, Text) else value for name, value in text.args}
    words = QCoreApplication.translate("check", text.template)
    if not args:
        return words or str(text)
    try:
        return words.format(**args)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        log.warning("the translation of a check message does not fit its template; shown in English")
        return str(text)


def diagnostic_message(diagnostic: Diagnostic) -> str:
    """The diagnostic's message in the console's language (the English when it has no translation)."""
    return translated(diagnostic.message)
