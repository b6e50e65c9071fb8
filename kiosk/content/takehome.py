"""What a visitor takes home: a lesson's tips (and an official link) as the plain text of a QR code.

The text is what a phone camera shows when it reads the code, with no network: the lesson's title,
its tips one per line, and the pack's or lesson's ``link:`` when there is one. ``kiosk check`` warns
about lessons with no tips and about texts too long for a code a phone reads easily off the screen.
No Qt here; the QR code is drawn by kiosk.ui.widgets.qr_code.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Diagnostic, Text, warning
from kiosk.content.model import LessonMeta, Pack

#: bytes of text a QR code of each version (1-40) holds in byte mode at error correction level L,
#: from the QR code standard (ISO/IEC 18004, table 7); tests/content/test_takehome.py checks it
#: against segno, which draws the codes
BYTE_CAPACITY_L = (
    17, 32, 53, 78, 106, 134, 154, 192, 230, 271,
    321, 367, 425, 458, 520, 586, 644, 718, 792, 858,
    929, 1003, 1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732,
    1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809, 2953,
)  # fmt: skip
#: the largest version a phone reads easily off the result screen: its QR box is 220 px on a 720p
#: screen (330 px at 1080p; kiosk.ui.widgets.qr_code), and a phone camera wants at least 3 px per
#: module; version 12 is 65 modules plus 4 of quiet zone on each side, 73 x 3 = 219 px
MAX_EASY_VERSION = 12
BULLET = "• "


def qr_version(text: str) -> int | None:
    """The smallest QR version holding ``text`` as UTF-8 at level L, or None when none does."""
    size = len(text.encode("utf-8"))
    for version, capacity in enumerate(BYTE_CAPACITY_L, start=1):
        if size <= capacity:
            return version
    return None


def take_home_text(title: str, tips: tuple[str, ...] | list[str], link: str = "") -> str:
    """The QR code's text: the title, each tip on its own line, then the link; "" without tips."""
    tips = [" ".join(tip.split()) for tip in tips if tip.strip()]
    if not tips:
        return ""
    lines = [title.strip()] if title.strip() else []
    lines += [BULLET + tip for tip in tips]
    if link:
        lines.append(link)
    return "\n".join(lines)


def link_problem(value: object) -> str | None:
    """Why ``value`` cannot be the official link a QR code points to, or None when it can."""
    if not isinstance(value, str) or not value.strip():
        return Text(
            QT_TRANSLATE_NOOP(
                "check", "'link' must be a web address in quotes, like \"https://www.example.org/page\""
            )
        )
    parts = urlsplit(value.strip())
    if parts.scheme.lower() != "https":
        return Text(
            QT_TRANSLATE_NOOP(
                "check", "'link' must start with https:// (phones warn about other addresses); it is not used"
            )
        )
    if not parts.hostname or "." not in parts.hostname or any(c.isspace() for c in value.strip()):
        return Text(
            QT_TRANSLATE_NOOP("check", "'link' is not a web address ({link}); it is not used"),
            link=repr(value.strip()),
        )
    return None


def lesson_tips(pack: Pack, meta: LessonMeta) -> tuple[str, ...]:
    """The lesson's tips in its language, or the pack's tips in that language when it has none."""
    return meta.tips or pack.tips.get(meta.language, ())


def lesson_link(pack: Pack, meta: LessonMeta) -> str:
    """The lesson's own link, else the pack's link in the lesson's language (or its default one)."""
    return meta.link or pack.links.get(meta.language) or pack.links.get(pack.default_language, "")


def for_lesson(pack: Pack, meta: LessonMeta) -> str:
    """The text of the QR code on a lesson's result screen, in the lesson's language."""
    return take_home_text(meta.title, lesson_tips(pack, meta), lesson_link(pack, meta))


def for_pack(pack: Pack, language: str, title: str) -> str:
    """The text of a QR code of the pack's own tips and link, under ``title`` (a challenge's result)."""
    tips = pack.tips.get(language) or ()
    link = pack.links.get(language) or pack.links.get(pack.default_language, "")
    return take_home_text(title, tips, link)


#: tips at most on a challenge's take-home code: one from each lesson it drew from, those missed first
MAX_CHALLENGE_TIPS = 4


def challenge_tips(pack: Pack, language: str, lesson_ids: Sequence[str]) -> tuple[str, ...]:
    """The first tip of each lesson in ``lesson_ids`` (in that order, each once) in ``language``, at
    most ``MAX_CHALLENGE_TIPS``; the pack's tips when those lessons have none."""
    tips: list[str] = []
    for lesson_id in dict.fromkeys(lesson_ids):
        entry = pack.lesson(lesson_id)
        meta = entry.versions.get(language) if entry is not None else None
        if meta is not None and meta.tips and meta.tips[0] not in tips:
            tips.append(meta.tips[0])
        if len(tips) == MAX_CHALLENGE_TIPS:
            break
    return tuple(tips) or pack.tips.get(language, ())


def for_challenge(
    pack: Pack, language: str, title: str, lesson_ids: Sequence[str]
) -> tuple[str, tuple[str, ...], str]:
    """The text of a challenge result's QR code, the tips in it and the pack's link, in ``language``.

    ``lesson_ids`` are the lessons the questions came from, the most useful first (those of the
    questions missed). Tips are dropped from the end while the text is too long for a code a phone
    reads easily off the screen, keeping at least one.
    """
    tips = list(challenge_tips(pack, language, lesson_ids))
    link = pack.links.get(language) or pack.links.get(pack.default_language, "")
    text = take_home_text(title, tips, link)
    while len(tips) > 1 and (qr_version(text) or MAX_EASY_VERSION + 1) > MAX_EASY_VERSION:
        tips.pop()
        text = take_home_text(title, tips, link)
    return text, tuple(tips), link


def problems(pack: Pack) -> list[Diagnostic]:
    """``kiosk check``'s warnings: lessons with no tips, and QR texts too long to read easily.

    A pack where no lesson has tips (an imported question bank, an older pack) is not told about each
    lesson: its authors have not taken up take-home codes, and the pack's own tips, if any, are shown.
    """
    out: list[Diagnostic] = []
    uses_tips = any(meta.tips for entry in pack.lessons for meta in entry.versions.values())
    for entry in pack.lessons:
        for language, meta in entry.versions.items():
            out += _lesson_problems(pack, meta, language, uses_tips)
    return out


def _lesson_problems(pack: Pack, meta: LessonMeta, language: str, uses_tips: bool) -> list[Diagnostic]:
    path: Path = meta.path
    if not meta.tips and not uses_tips:
        return []
    if not meta.tips:
        fallback = pack.tips.get(language)
        template = (
            QT_TRANSLATE_NOOP(
                "check",
                "the lesson has no 'tips' ({language}), so the take-home QR code on its result screen shows "
                "the pack's tips; add 2 or 3 short tips",
            )
            if fallback
            else QT_TRANSLATE_NOOP(
                "check",
                "the lesson has no 'tips' ({language}), so its result screen shows no take-home QR code; "
                "add 2 or 3 short tips",
            )
        )
        return [warning(path, 1, template, language=language)]
    text = for_lesson(pack, meta)
    version = qr_version(text)
    if version is None or version > MAX_EASY_VERSION:
        size = len(text.encode("utf-8"))
        limit = BYTE_CAPACITY_L[MAX_EASY_VERSION - 1]
        return [
            warning(
                path,
                1,
                QT_TRANSLATE_NOOP(
                    "check",
                    "the take-home QR code's text is {size} bytes (title, tips and link; a Chinese character "
                    "counts 3): above {limit}, phones struggle to read it off the screen; shorten the tips",
                ),
                size=size,
                limit=limit,
            )
        ]
    return []
