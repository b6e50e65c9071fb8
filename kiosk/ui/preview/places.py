"""The places of a lesson an author can jump to (its pages and questions), and where a diagnostic points.

Plain Python: names for the preview's side list, and the page or question a ``file:line`` falls in.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.diagnostics import Diagnostic
from kiosk.content.model import Lesson

_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
#: a place's name is cut to this many characters (the list elides it further to its width)
NAME_LENGTH = 120


@dataclass(frozen=True)
class Place:
    kind: str  # "page" or "question"
    index: int  # 0-based, in the file's order
    name: str  # a few words to recognise it by: the page's first heading, the question's text
    line: int  # where it starts in its file


def plain(fragment: str) -> str:
    """The words of an HTML fragment on one line."""
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def _short(text: str) -> str:
    return text if len(text) <= NAME_LENGTH else text[: NAME_LENGTH - 1].rstrip() + "…"


def places(lesson: Lesson) -> list[Place]:
    """Every page, then every question of the quiz, as the file has them."""
    out = []
    for index, page in enumerate(lesson.pages):
        heading = _HEADING.search(page.html)
        out.append(Place("page", index, _short(plain(heading.group(1) if heading else page.html)), page.line))
    if lesson.quiz is not None:
        for index, question in enumerate(lesson.quiz.questions):
            out.append(Place("question", index, _short(plain(question.html)), question.line))
    return out


def place_of(diagnostic: Diagnostic, lessons: dict[str, Lesson]) -> tuple[str, Place] | None:
    """(language, place) of the page or question a diagnostic's line falls in; None if none holds it.

    An error in a quiz leaves its question out, so it points at no question (the one before it would
    mislead); a warning's line is inside a question that is asked.
    """
    if not diagnostic.line:
        return None
    for language, lesson in lessons.items():
        if _same(diagnostic.path, lesson.meta.path):
            kind = "page"
        elif lesson.quiz is not None and _same(diagnostic.path, lesson.quiz.path):
            if diagnostic.is_error:
                return None
            kind = "question"
        else:
            continue
        found = [p for p in places(lesson) if p.kind == kind and p.line <= diagnostic.line]
        return (language, found[-1]) if found else None
    return None


def _same(a: Path | None, b: Path | None) -> bool:
    return a is not None and b is not None and Path(a) == Path(b)
