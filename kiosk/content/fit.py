"""Will a lesson's title and summary fit its card in the catalogue? An estimate without Qt, for ``kiosk check``.

A card shows the title in at most :data:`TITLE_LINES` lines and the summary in :data:`SUMMARY_LINES`;
what needs more ends with "…" on screen. The lines' room is given in ems of their font on the
narrowest card the kiosk lays out (1280x720 landscape and 1080x1920 portrait, the smallest screens it
supports); ``tests/ui/test_layout_sizes.py`` measures the real cards at every supported size and
fails if a line holds fewer ems than these, so the estimate errs on the side of a warning.

Widths are estimated per character: Chinese, Japanese and Korean characters (and full-width forms)
are a full em, Latin letters about half an em, with narrow and wide ones told apart. Lines break
between words, and anywhere between CJK characters, as the screen breaks them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Diagnostic, Text, warning

if TYPE_CHECKING:
    from kiosk.content.model import LessonMeta

TITLE_LINES = 2
SUMMARY_LINES = 3
#: how many ems of its font a line holds on the narrowest card (title bold, summary regular)
TITLE_EMS_PER_LINE = 13.0
SUMMARY_EMS_PER_LINE = 18.0
#: the screens meant by "the smallest the kiosk supports", as the warning names them
SMALLEST_SCREENS = Text(QT_TRANSLATE_NOOP("check", "1280x720 and portrait 1080x1920"))

_NARROW = set("iljtfrI.,;:'!|()[]{}\"`· ")
_WIDE = set("mwMWOQDGHNU@%&")


@cache
def _is_wide(char: str) -> bool:
    """A character drawn a full em wide (CJK, full-width forms)."""
    # Imported here: the lesson cards import this module's line counts before the kiosk's first frame.
    import unicodedata

    return unicodedata.east_asian_width(char) in ("W", "F")


def char_ems(char: str, bold: bool = False) -> float:
    """The estimated width of ``char`` in ems of its font."""
    if _is_wide(char):
        return 1.0
    if char in _NARROW:
        width = 0.3
    elif char in _WIDE:
        width = 0.85
    elif char.isupper() or char.isdigit():
        width = 0.65
    else:
        width = 0.53
    return width * (1.08 if bold else 1.0)


def lines_needed(text: str, ems_per_line: float, bold: bool = False) -> int:
    """How many lines ``text`` wraps to, greedily, as a label breaks it (words whole, CJK anywhere)."""
    lines, used = 1, 0.0
    # words (runs of non-CJK non-space characters), spaces, and single CJK characters
    for piece in _pieces(text):
        if piece.isspace():
            used += 0.28
            continue
        width = sum(char_ems(c, bold) for c in piece)
        if used > 0 and used + width > ems_per_line:
            lines += 1
            used = 0.0
        while width > ems_per_line:  # a word longer than a line breaks anywhere
            lines += 1
            width -= ems_per_line
        used += width
    return lines if text.strip() else 0


def _pieces(text: str) -> list[str]:
    pieces: list[str] = []
    word = ""
    for char in text:
        if char.isspace() or _is_wide(char):
            if word:
                pieces.append(word)
                word = ""
            pieces.append(" " if char.isspace() else char)
        else:
            word += char
    if word:
        pieces.append(word)
    return pieces


def card_fit_warnings(meta: LessonMeta) -> list[Diagnostic]:
    """A warning, with the file and line, for a title or summary that will end with "…" on the
    smallest screens (the words themselves are fine: they show in full inside the lesson)."""
    found: list[Diagnostic] = []
    lines: dict[str, int] | None = None  # the file is read again only for a warning's line
    checks = (
        ("title", meta.title, TITLE_LINES, TITLE_EMS_PER_LINE, True),
        ("summary", meta.summary, SUMMARY_LINES, SUMMARY_EMS_PER_LINE, False),
    )
    for key, text, most, ems, bold in checks:
        needed = lines_needed(text, ems, bold)
        if needed <= most:
            continue
        fits = _characters_that_fit(text, most * ems, bold)
        if lines is None:
            lines = _key_lines(meta.path)
        found.append(
            warning(
                meta.path,
                lines.get(key, 0),
                QT_TRANSLATE_NOOP(
                    "check",
                    "the {key} needs about {needed} lines on a lesson card where {most} fit on the smallest "
                    "screens ({screens}), so it ends with '…' there; shorten it to about {fits} characters",
                ),
                key=key,
                needed=needed,
                most=most,
                screens=SMALLEST_SCREENS,
                fits=fits,
            )
        )
    return found


def _characters_that_fit(text: str, ems: float, bold: bool) -> int:
    # a little under the room: wrapping leaves some of each line empty
    room, count = ems * 0.85, 0
    for char in text:
        room -= 0.28 if char.isspace() else char_ems(char, bold)
        if room < 0:
            break
        count += 1
    return count


def _key_lines(path: Path) -> dict[str, int]:
    """The line of each front-matter key of a lesson file ({} if it cannot be read)."""
    # Here, not at the top: the lesson cards import this module's line counts before the kiosk's
    # first frame, and the front-matter parser would bring PyYAML with it.
    from kiosk.content.frontmatter import key_lines

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeError):
        return {}
    rows = text.split("\n")
    if not rows or rows[0].strip() != "---":
        return {}
    end = next((i for i in range(1, len(rows)) if rows[i].rstrip() in ("---", "...")), len(rows))
    return key_lines(rows[1:end], first_line=2)
