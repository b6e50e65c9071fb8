"""The bundled fonts: register them with Qt at start and build the interface font for a language.

The kiosk ships a subset of Noto Sans CJK SC so Chinese shows as Chinese on a machine with no CJK font
(a fresh Linux kiosk, a stripped Windows image), and a subset of Atkinson Hyperlegible for Latin text,
so English looks the same everywhere and never takes the CJK font's full-width quotes and ellipsis;
``packaging/subset_font.py`` makes both. The CJK font is also the first font for Chinese in text that
names a generic family (pictures' ``font-family="sans-serif"``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QFile, QIODevice
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from kiosk import paths

log = logging.getLogger(__name__)

#: the family name the bundled subset carries (set by packaging/subset_font.py)
BUNDLED_CJK_FAMILY = "Noto Sans SC Kiosk"

#: the family the bundled Latin subset carries (Atkinson Hyperlegible, renamed by packaging/subset_font.py)
BUNDLED_LATIN_FAMILY = "Atkinson Hyperlegible Kiosk"

#: friendly sans-serifs for Latin text found on common kiosk systems, used only if the bundled one
#: could not be loaded
LATIN_FAMILIES: tuple[str, ...] = (
    "Segoe UI",  # Windows
    "Helvetica Neue",  # macOS
    "Noto Sans",
    "Cantarell",
    "Ubuntu",
    "Open Sans",
    "Roboto",
)

FONT_SUFFIXES = (".otf", ".ttf", ".ttc")

#: the generic families of CSS and SVG; text that names one of them gets the bundled font for the
#: characters the family's own font lacks, before any system fallback font is tried
GENERIC_FAMILIES: tuple[str, ...] = ("sans-serif", "serif", "monospace")

# Qt keeps application fonts for the life of the process; remember what was added so a second
# call (tests, a restart of the main window) does not register the same files twice.
_registered: dict[Path, list[str]] = {}
_resolved_generics: list[QFont] = []


def bundled_font_files(folder: Path | None = None) -> list[Path]:
    folder = paths.asset("fonts") if folder is None else folder
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def register_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Add every font file under ``assets/fonts`` to Qt's font database; return their families.

    Needs a QGuiApplication. A file Qt cannot read is logged and skipped, so a damaged font never
    stops the kiosk from starting (Chinese would then fall back to whatever the system has).

    The files are read into memory and handed over as data, not as paths. Given a path, FreeType maps
    the file once for every face Qt opens of it, and the soak bench saw up to four faces of one CJK
    font open at once, their mapped pages adding up in resident memory. Given data, every face reads
    the one copy Qt keeps (1.8 MB for the regular weight).
    """
    families: list[str] = []
    for path in bundled_font_files(folder):
        key = path.resolve()
        if key not in _registered:
            data = _read(path)
            if data is None:
                log.warning("could not read the bundled font %s", path)
                continue
            font_id = QFontDatabase.addApplicationFontFromData(data)
            if font_id < 0:
                log.warning("Qt could not load the bundled font %s", path)
                continue
            _registered[key] = list(QFontDatabase.applicationFontFamilies(font_id))
        for family in _registered[key]:
            if family not in families:
                families.append(family)
    if BUNDLED_CJK_FAMILY in families:
        prefer_for_generic_families(BUNDLED_CJK_FAMILY)
    return families


def _read(path: Path) -> QByteArray | None:
    """The file's bytes in one copy (Python's read_bytes and a QByteArray of it would make two)."""
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        return file.readAll()
    finally:
        file.close()


def prefer_for_generic_families(family: str) -> None:
    """Make ``family`` the font for the characters a generic family's own font lacks (Chinese, mostly).

    The pictures' SVG text names ``sans-serif``; on Linux that is DejaVu Sans, which has no Chinese, so
    Qt went on to the system's CJK fallback (DroidSansFallbackFull.ttf, 4 MB, opened from its file).
    Qt tries a name's substitutes in order and skips the generic name itself once it has any, so the
    font the name stood for comes first (Latin letters keep their look, and the pictures' text keeps
    the widths it was laid out with), then ``family``. Qt ignores a repeated substitute.
    """
    for generic in GENERIC_FAMILIES:
        if family in QFont.substitutes(generic):
            continue
        font = QFont(generic)
        resolved = QFontInfo(font).family()
        # Kept for the life of the process: this font holds the face Qt just opened. Let go, its face
        # is the first Qt closes (serif is used nowhere), and from the first close on Qt 6.11 kept
        # opening new faces of fonts already open (see the soak part of docs/benchmarks.md).
        _resolved_generics.append(font)
        if resolved and resolved != family:
            QFont.insertSubstitution(generic, resolved)
        QFont.insertSubstitution(generic, family)


def is_cjk_language(language: str) -> bool:
    return language.split("-")[0].split("_")[0].lower() in {"zh", "ja", "ko"}


def interface_families(
    language: str,
    installed: Iterable[str],
    cjk_family: str = BUNDLED_CJK_FAMILY,
    latin_family: str = BUNDLED_LATIN_FAMILY,
) -> list[str]:
    """The family list for the interface font in ``language``, given the families Qt knows.

    Latin text gets the bundled Latin font (else the first friendly sans-serif the system has); CJK
    falls back to the bundled CJK font. For Chinese the CJK font comes first, so Chinese punctuation
    and quotes take their full-width CJK shapes rather than the Latin font's; for every other language
    the Latin font comes first, so English quotes and ellipses keep their Latin shapes. With no Latin
    font at all, the CJK font's own Latin letters (from Source Sans) serve.
    """
    installed_set = set(installed)
    candidates = (latin_family, *LATIN_FAMILIES)
    latin = [family for family in candidates if family in installed_set][:1]
    cjk = [cjk_family] if cjk_family in installed_set else []
    ordered = cjk + latin if is_cjk_language(language) else latin + cjk
    return ordered or [QFont().defaultFamily()]


def interface_font(language: str, base: QFont | None = None) -> QFont:
    """A copy of ``base`` (default: the application font) with the family list for ``language``."""
    font = QFont(base if base is not None else QGuiApplication.font())
    font.setFamilies(interface_families(language, QFontDatabase.families()))
    return font


def apply_interface_font(app: QGuiApplication, language: str) -> QFont:
    """Set the application font for ``language``; widgets without their own font follow it."""
    font = interface_font(language, app.font())
    app.setFont(font)
    return font
