"""Exhibits a lesson page can hold: a line ``::: password-tester`` puts that hands-on widget on the page.

The directive line is taken out of the page's text (it is not shown); the screen puts the exhibit
beside the page's words on a landscape screen, below them on a portrait one. Only names in ``EXHIBITS`` are known; anything else is reported with its line
and left out, so a typo never shows raw ``:::`` to a visitor.
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Diagnostic, warning

#: every exhibit the kiosk can show on a page, by the name authors write after ``:::``
EXHIBITS = ("password-tester",)
_DIRECTIVE = re.compile(r"^\s{0,3}:::\s*([A-Za-z0-9_-]*)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def take_exhibits(text: str, first_line: int, path: Path) -> tuple[str, tuple[str, ...], list[Diagnostic]]:
    """The page's text without its directive lines, the exhibits they name, and what was wrong."""
    kept: list[str] = []
    found: list[str] = []
    diags: list[Diagnostic] = []
    in_fence = False
    for offset, line in enumerate(text.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _DIRECTIVE.match(line)
        if match is None:
            kept.append(line)
            continue
        name = match.group(1).lower()
        lineno = first_line + offset
        if name not in EXHIBITS:
            known = ", ".join(EXHIBITS)
            diags.append(
                warning(
                    path,
                    lineno,
                    QT_TRANSLATE_NOOP(
                        "check", "unknown exhibit '{name}': write '::: {known}'; the line is left out"
                    ),
                    name=match.group(1),
                    known=known,
                )
            )
        elif found:
            diags.append(
                warning(
                    path,
                    lineno,
                    QT_TRANSLATE_NOOP("check", "a page shows one exhibit; this second one is left out"),
                )
            )
        else:
            found.append(name)
        kept.append("")  # keeps the lines of what follows where they were, for later messages
    return "\n".join(kept), tuple(found), diags
