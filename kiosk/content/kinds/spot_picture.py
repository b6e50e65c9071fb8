"""What a spot-the-flags question needs to know of its picture: the span of its own units (an SVG's
viewBox, a raster's pixels) and, for an SVG, the ids of its elements. No Qt: ``kiosk check`` uses it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.pictures import pixel_size
from kiosk.content.resources import resolve_image

_SPLIT = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class PictureFacts:
    src: str
    #: (left, top, width, height) in the units areas are written in; None when it cannot be told
    size: tuple[float, float, float, float] | None
    #: an SVG's element ids; None for a raster picture
    ids: frozenset[str] | None


def picture_facts(lesson_folder: Path, pack_root: Path, src: str) -> PictureFacts:
    """Facts about the picture ``src`` names (which ``image_problem`` has already accepted)."""
    path = resolve_image(lesson_folder, pack_root, src)
    if path is None:
        return PictureFacts(src, None, None)
    if path.suffix.lower() != ".svg":
        size = pixel_size(path)
        return PictureFacts(src, (0.0, 0.0, float(size[0]), float(size[1])) if size else None, None)
    try:
        # Safe: resolve_image has refused entities, includes and anything reaching outside the file.
        root = ET.fromstring(path.read_bytes())  # noqa: S314
    except (OSError, ET.ParseError):
        return PictureFacts(src, None, frozenset())
    ids = frozenset(element.get("id", "") for element in root.iter()) - {""}
    return PictureFacts(src, svg_span(root.get("viewBox"), root.get("width"), root.get("height")), ids)


def svg_span(
    view_box: str | None, width: str | None, height: str | None
) -> tuple[float, float, float, float] | None:
    """The user-unit span of an SVG: its viewBox, else its plain-number width and height."""
    try:
        if view_box:
            left, top, w, h = (float(part) for part in _SPLIT.split(view_box.strip()))
            return (left, top, w, h) if w > 0 and h > 0 else None
        w, h = float((width or "").removesuffix("px")), float((height or "").removesuffix("px"))
    except ValueError:
        return None
    return (0.0, 0.0, w, h) if w > 0 and h > 0 else None
