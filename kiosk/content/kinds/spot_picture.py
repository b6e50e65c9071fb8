"""What a spot-the-flags question needs to know of its picture: which file it is in the visitor's
language, the span of its own units (an SVG's viewBox, a raster's pixels) and, for an SVG, its
elements' ids and bounds. No Qt: ``kiosk check`` uses it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.languages import pack_language
from kiosk.content.pictures import pixel_size
from kiosk.content.resources import refusal, resolve_image

_SPLIT = re.compile(r"[\s,]+")
#: what may stand between a picture's name and its extension as a language: zh-CN, zh_CN, zh-cn, zh
_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def translated_src(lesson_folder: Path, pack_root: Path, src: str, language: str) -> str:
    """The picture to show for ``src`` in ``language``: its translation beside it when there is one
    (``images/scam-sms.zh-CN.png`` for ``images/scam-sms.png``, the language spelt any way a lesson
    file's may be: ``zh_CN``, ``zh-cn``, ``zh``), else ``src`` itself."""
    if not language or refusal(src) is not None:
        return src
    rel = src.strip().replace("\\", "/")
    head, _, name = rel.rpartition("/")
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        return src
    bases = [lesson_folder, pack_root] if rel.startswith("assets/") else [lesson_folder]
    for base in bases:
        folder = base / head if head else base
        try:
            names = sorted(entry.name for entry in folder.iterdir() if entry.is_file())
        except OSError:
            continue
        for candidate in names:
            front, _, ext = candidate.rpartition(".")
            if ext.lower() != extension.lower() or not front.startswith(stem + "."):
                continue
            code = front[len(stem) + 1 :]
            if _CODE.match(code) and pack_language(code, (language,)) == language:
                return f"{head}/{candidate}" if head else candidate
    return src


@dataclass(frozen=True)
class PictureFacts:
    src: str
    #: (left, top, width, height) in the units areas are written in; None when it cannot be told
    size: tuple[float, float, float, float] | None
    #: an SVG's element ids; None for a raster picture
    ids: frozenset[str] | None
    #: an SVG's parsed drawing, to measure its elements (``svg_bounds.element_box``)
    drawing: ET.Element | None = field(default=None, compare=False, repr=False)


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
    return PictureFacts(src, svg_span(root.get("viewBox"), root.get("width"), root.get("height")), ids, root)


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
