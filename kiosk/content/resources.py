"""Where a lesson's image reference may point: inside its own lesson folder or the pack's ``assets/``.

Both the renderer (to refuse bad references with a diagnostic) and the UI (which loads images only
through ``resolve_image``) use this one function, so nothing outside the pack is ever read: neither
directly, nor through a link, nor through an SVG that names another file (``kiosk.content.pictures``).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Text
from kiosk.content.pictures import picture_problem
from kiosk.content.textfile import MAX_IMAGE_BYTES

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
IMAGE_SUFFIXES = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"}
ABSOLUTE = QT_TRANSLATE_NOOP(
    "check", "absolute paths are not allowed; use a path relative to the lesson folder"
)


def is_remote(src: str) -> bool:
    s = src.strip().lower()
    return s.startswith(("http:", "https:", "ftp:", "//")) or s.startswith("\\\\")


def refusal(src: str) -> str | None:
    """Why ``src`` may not be used as an image reference, or None when its form is acceptable."""
    s = src.strip()
    if not s:
        return Text(QT_TRANSLATE_NOOP("check", "the picture has no path"))
    if is_remote(s):
        return Text(
            QT_TRANSLATE_NOOP(
                "check",
                "pictures from the internet are not allowed (the kiosk is offline); save it in the lesson folder",
            )
        )
    if re.match(r"^[A-Za-z]:[\\/]", s):
        return Text(ABSOLUTE)
    if _SCHEME.match(s):
        return Text(
            QT_TRANSLATE_NOOP(
                "check", "'{scheme}:' addresses are not allowed; use a path inside the lesson folder"
            ),
            scheme=s.split(":", 1)[0],
        )
    path = unquote(s.split("#", 1)[0].split("?", 1)[0]).replace("\\", "/")
    if path.startswith("/") or re.match(r"^[A-Za-z]:", path):
        return Text(ABSOLUTE)
    if ".." in PurePosixPath(path).parts:
        return Text(
            QT_TRANSLATE_NOOP(
                "check",
                "'..' in a picture path is not allowed; keep pictures inside the lesson folder or assets/",
            )
        )
    if PurePosixPath(path).suffix.lower() not in IMAGE_SUFFIXES:
        return Text(
            QT_TRANSLATE_NOOP("check", "'{path}' is not a picture (use .svg, .png, .jpg, .gif or .webp)"),
            path=path,
        )
    return None


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def _find(lesson_folder: Path, pack_root: Path, src: str) -> Path | None:
    """The file ``src`` names inside the pack, or None when it is refused, missing or a link out."""
    if refusal(src) is not None:
        return None
    rel = unquote(src.strip().split("#", 1)[0].split("?", 1)[0]).replace("\\", "/")
    root = pack_root.resolve()
    candidates = [lesson_folder / rel]
    if rel.startswith("assets/"):
        candidates.append(pack_root / rel)
    for candidate in candidates:
        real = candidate.resolve()
        # resolve() follows symlinks: a link that points out of the pack lands outside root
        if _inside(real, root) and real.is_file():
            return real
    return None


def resolve_image(lesson_folder: Path, pack_root: Path, src: str) -> Path | None:
    """The file ``src`` names, or None when it is refused, missing, (through a link) outside the pack,
    too large, or an SVG that refers to anything outside itself. The UI shows only what this returns."""
    path = _find(lesson_folder, pack_root, src)
    if path is None or path.stat().st_size > MAX_IMAGE_BYTES or picture_problem(path) is not None:
        return None
    return path


def image_problem(lesson_folder: Path, pack_root: Path, src: str) -> str | None:
    """A message for a reference that cannot be shown, else None (used by the renderer and ``check``)."""
    why = refusal(src)
    if why:
        return why
    path = _find(lesson_folder, pack_root, src)
    if path is None:
        rel = src.strip()
        candidate = (lesson_folder / rel).resolve()
        if candidate.exists() and not _inside(candidate, pack_root.resolve()):
            return Text(
                QT_TRANSLATE_NOOP("check", "picture '{src}' is a link to a place outside the lesson pack"),
                src=rel,
            )
        return Text(QT_TRANSLATE_NOOP("check", "picture '{src}' not found in the lesson folder"), src=rel)
    if path.stat().st_size > MAX_IMAGE_BYTES:
        return Text(
            QT_TRANSLATE_NOOP("check", "picture '{src}' is larger than 10 MiB; make it smaller"),
            src=src.strip(),
        )
    problem = picture_problem(path)
    if problem:
        return Text(QT_TRANSLATE_NOOP("check", "picture '{src}' {problem}"), src=src.strip(), problem=problem)
    return None
