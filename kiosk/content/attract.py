"""What the attract loop shows: the pack's and lessons' tips, and teasers of the lessons, taking turns.

A teaser is a lesson's cover and title with its one-line ``hook:`` (its summary when it has none).
Plain data, no Qt: the attract screen (kiosk.ui.screens.attract) shows the slides and moves them on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.content.model import Pack


@dataclass(frozen=True)
class Slide:
    """A tip (``title`` empty, no picture) or a lesson's teaser (its title, hook and cover).

    ``cover`` is as the lesson wrote it, relative to ``folder``: the screen resolves it (with
    ``kiosk.content.resources.resolve_image``) only when the slide shows.
    """

    text: str
    title: str = ""
    lesson_id: str = ""
    folder: Path | None = None
    cover: str | None = None

    @property
    def is_teaser(self) -> bool:
        return bool(self.lesson_id)


def teasers(pack: Pack, language: str) -> list[Slide]:
    """One slide per lesson with something to say (a hook or a summary), in the catalogue's order."""
    out = []
    for entry in pack.lessons:
        meta = entry.meta(language)
        line = meta.hook or meta.summary
        if not line:
            continue
        out.append(Slide(line, meta.title, entry.id, meta.folder, meta.cover))
    return out


def slides(pack: Pack, language: str) -> tuple[Slide, ...]:
    """Tips and teasers spread evenly through each other, each list in its own order, a tip first.

    With 44 tips and 20 teasers a teaser comes every two or three tips, all the way round, rather
    than the teasers running out halfway.
    """
    tips = [Slide(tip) for tip in pack.tips_for(language)]
    lessons = teasers(pack, language)

    def spread(items: list[Slide], kind: int) -> list[tuple[float, int, Slide]]:
        return [(i / len(items), kind, slide) for i, slide in enumerate(items)]

    return tuple(slide for _, _, slide in sorted(spread(tips, 0) + spread(lessons, 1), key=lambda s: s[:2]))
