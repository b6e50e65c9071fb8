"""What a picture file holds, read without decoding it: its size in pixels from the header, and whether
an SVG drawing reaches outside itself.

Both guard the kiosk against a hostile pack. A PNG of 8000 x 8000 pixels is a small file that decodes
to 256 MB; ``pixel_size`` reads the few header bytes that say so (PNG, JPEG, GIF, WebP, BMP, and an
SVG's width/height or viewBox). An SVG can name other files (``<image href="/any/path">``, ``<use
href="other.svg#x">``, ``url(file)``, external entities, XInclude, style sheets) that Qt would read;
``svg_problem`` refuses every reference that does not stay inside the drawing (``#id``) or inline
(``data:``). No Qt here: ``kiosk check`` and the UI's picture resolver share these.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Text

#: above this many pixels a picture is not shown (4096 x 4096: 64 MiB once decoded); a phone photo
#: (4032 x 3024) fits, a pixel bomb does not
MAX_PIXELS = 4096 * 4096
#: how much of a file is read to find its size (a JPEG's frame header can follow large metadata)
_HEAD_BYTES = 256 * 1024

_SVG_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*(px)?\s*$")
_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY\b[^>]*\b(SYSTEM|PUBLIC)\b", re.IGNORECASE)
_ENTITY_IN_ENTITY = re.compile(rb"<!ENTITY\b[^>]*[\"'][^\"']*&", re.IGNORECASE)
_STYLESHEET_PI = re.compile(rb"<\?xml-stylesheet\b", re.IGNORECASE)
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_IMPORT = re.compile(r"@import\b", re.IGNORECASE)


def _local(name: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return name.rsplit("}", 1)[-1]


def _inside_itself(ref: str) -> bool:
    ref = ref.strip()
    return ref == "" or ref.startswith("#") or ref.lower().startswith("data:")


def _styles_problem(text: str) -> str | None:
    if _IMPORT.search(text):
        return "a style sheet '@import' (the drawing must not load other files)"
    for match in _URL.finditer(text):
        if not _inside_itself(match.group(1)):
            return f"'url({match.group(1)})'"
    return None


def _svg_reference(data: bytes) -> str | None:
    """The first reference to something outside the drawing, described, or None."""
    if _EXTERNAL_ENTITY.search(data):
        return "an external entity (<!ENTITY ... SYSTEM/PUBLIC>)"
    if _ENTITY_IN_ENTITY.search(data):
        return "an entity that expands other entities (the 'billion laughs' attack)"
    if _STYLESHEET_PI.search(data):
        return "an <?xml-stylesheet?> instruction"
    try:
        root = ET.fromstring(data)  # noqa: S314 - external entities and entity nesting refused above
    except ET.ParseError as exc:
        return f"broken XML ({exc}), which cannot be checked"
    for element in root.iter():
        tag = _local(str(element.tag))
        if tag == "include":
            return "an XInclude <include> of another file"
        for name, value in element.attrib.items():
            name = _local(name)
            if name == "href" and not _inside_itself(value):
                return f'<{tag} {name}="{value[:80]}">'
            if name in ("style",) or "url(" in value.lower():
                problem = _styles_problem(value)
                if problem:
                    return f"{problem} in <{tag}>"
        if tag == "style" and element.text:
            problem = _styles_problem(element.text)
            if problem:
                return f"{problem} in <style>"
    return None


UNREADABLE = QT_TRANSLATE_NOOP("check", "cannot be read ({problem})")


@lru_cache(maxsize=256)
def _svg_problem(path: str, _stamp: tuple[int, int]) -> str | None:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Text(UNREADABLE, problem=str(exc.strerror or exc))
    if data[:2] == b"\x1f\x8b":
        return Text(QT_TRANSLATE_NOOP("check", "is compressed (save it as a plain .svg)"))
    found = _svg_reference(data)  # the drawing's own code, shown as it is
    return (
        Text(
            QT_TRANSLATE_NOOP(
                "check", "refers to something outside itself: {found}; embed pictures or remove the reference"
            ),
            found=found,
        )
        if found
        else None
    )


def svg_problem(path: Path) -> str | None:
    """Why the SVG at ``path`` may not be shown (it names another file, a URL, an entity...), else None."""
    try:
        st = path.stat()
    except OSError as exc:
        return Text(UNREADABLE, problem=str(exc.strerror or exc))
    return _svg_problem(str(path), (st.st_size, st.st_mtime_ns))


def _svg_length(value: str | None) -> float | None:
    match = _SVG_NUMBER.match(value or "")
    return float(match.group(1)) if match else None


def _svg_size(head: bytes) -> tuple[int, int] | None:
    match = re.search(rb"<svg\b[^>]*>", head, re.IGNORECASE | re.DOTALL)
    if match is None:
        return None
    attrs = {
        m.group(1).decode("ascii", "replace").lower(): m.group(3).decode("utf-8", "replace")
        for m in re.finditer(rb"([\w:-]+)\s*=\s*([\"'])(.*?)\2", match.group(0), re.DOTALL)
    }
    width, height = _svg_length(attrs.get("width")), _svg_length(attrs.get("height"))
    if width is None or height is None:
        box = re.split(r"[\s,]+", attrs.get("viewbox", "").strip())
        try:
            width, height = float(box[2]), float(box[3])
        except (IndexError, ValueError):
            return None
    if not (0 <= width < 1e12 and 0 <= height < 1e12):
        return (10**12, 10**12)
    return round(width), round(height)


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 9 < len(head):
        if head[pos] != 0xFF:
            return None
        marker = head[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", head[pos + 2 : pos + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", head[pos + 5 : pos + 9])
            return width, height
        pos += 2 + length
    return None


def _raster_size(head: bytes) -> tuple[int, int] | None:
    if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR":
        return struct.unpack(">II", head[16:24])
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return struct.unpack("<HH", head[6:10])
    if head[:2] == b"\xff\xd8":
        return _jpeg_size(head)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        chunk = head[12:16]
        if chunk == b"VP8X":
            w = int.from_bytes(head[24:27], "little") + 1
            h = int.from_bytes(head[27:30], "little") + 1
            return w, h
        if chunk == b"VP8L":
            bits = int.from_bytes(head[21:25], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        if chunk == b"VP8 ":
            w, h = struct.unpack("<HH", head[26:30])
            return w & 0x3FFF, h & 0x3FFF
    if head[:2] == b"BM" and len(head) >= 26:
        w, h = struct.unpack("<ii", head[18:26])
        return abs(w), abs(h)
    return None


def pixel_size(path: Path) -> tuple[int, int] | None:
    """(width, height) that the file's header declares, without decoding it; None when it cannot tell."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except OSError:
        return None
    if path.suffix.lower() == ".svg":
        return _svg_size(head)
    try:
        return _raster_size(head)
    except struct.error:
        return None


def size_problem(path: Path) -> str | None:
    """Why a picture is too large to decode (a pixel bomb), else None."""
    size = pixel_size(path)
    if size is None or size[0] * size[1] <= MAX_PIXELS:
        return None
    return Text(
        QT_TRANSLATE_NOOP(
            "check",
            "is {width} x {height} pixels, too large to show (at most {most} pixels, like 4096 x 4096); "
            "make it smaller",
        ),
        width=size[0],
        height=size[1],
        most=f"{MAX_PIXELS:,}",
    )


def picture_problem(path: Path) -> str | None:
    """Why the picture file at ``path`` is not shown (too many pixels, an SVG reaching out), else None."""
    problem = size_problem(path)
    if problem is None and path.suffix.lower() == ".svg":
        problem = svg_problem(path)
    return problem
