"""Regenerate the bundled fonts: subsets of Noto Sans CJK SC (Chinese) and Atkinson Hyperlegible (Latin).

Run it again whenever a lesson or a translation uses a character the bundled font lacks (the test
``tests/ui/test_fonts.py`` says so). See ``assets/fonts/README.md`` for where the source fonts come from.
``--latin-source`` makes the Latin subsets as well (or alone, with ``--only-latin``).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FONTS_DIR = REPO / "assets" / "fonts"
LESSONS_DIR = REPO / "lessons"
I18N_DIR = REPO / "kiosk" / "i18n"

#: the family the subset is published under; renamed so it never shadows a full Noto CJK install
FAMILY = "Noto Sans SC Kiosk"
SOURCE_FAMILY = "Noto Sans CJK SC"
WEIGHTS = ("Regular", "Bold")
#: where Debian's fonts-noto-cjk puts the collections (also the default when the package is installed)
DEBIAN_FONT_DIR = Path("/usr/share/fonts/opentype/noto")

#: text files of a lesson pack whose characters may reach the screen
LESSON_SUFFIXES = (".md", ".yaml", ".yml", ".svg")


@dataclass(frozen=True)
class SubsetResult:
    weight: str
    path: Path
    size: int
    characters: int
    missing: tuple[str, ...]  # wanted but absent from the source font


#: the Latin font's family as published, and the styles the kiosk bundles (lessons use bold and italic)
LATIN_FAMILY = "Atkinson Hyperlegible Kiosk"
LATIN_SOURCE_FAMILY = "Atkinson Hyperlegible"
LATIN_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")


def file_name(weight: str) -> str:
    return f"NotoSansSC-{weight}-subset.otf"


def latin_file_name(style: str) -> str:
    return f"AtkinsonHyperlegible-{style}-subset.ttf"


def gb2312_hanzi(levels: int = 2) -> str:
    """The hanzi of GB2312: level 1 is the 3,755 most common (bytes 0xB0A1..0xD7F9), level 2 adds 3,008.

    Together they are the 6,763 characters nearly every Simplified Chinese text keeps to, so a teacher
    editing a lesson rarely needs a new subset.
    """
    last_row = 0xD7 if levels == 1 else 0xF7
    chars = []
    for row in range(0xB0, last_row + 1):
        last = 0xF9 if row == 0xD7 else 0xFE  # 0xD7FA..0xD7FE are unassigned
        for cell in range(0xA1, last + 1):
            chars.append(bytes((row, cell)).decode("gb2312"))
    return "".join(chars)


def base_characters() -> str:
    """Latin, common typographic marks and the CJK punctuation any Chinese text needs."""
    ranges = [
        (0x20, 0x7E),  # ASCII
        (0xA0, 0xFF),  # Latin-1
        (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
        (0x2030, 0x203A),  # per mille, primes, single guillemets
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0xFF01, 0xFF5E),  # full-width forms
    ]
    extra = "€™←↑→↓√×÷•·●○■□▲△★☆✓✔✗✘…￥￠￡"
    return "".join(chr(c) for lo, hi in ranges for c in range(lo, hi + 1)) + extra


def _visible(text: str) -> set[str]:
    # Control characters and line breaks never need a glyph.
    return {ch for ch in text if ch.isprintable() and ch != "\ufeff"}


def lesson_characters(lessons_dir: Path = LESSONS_DIR) -> set[str]:
    """Every printable character in the pack's Markdown, YAML and SVG files."""
    chars: set[str] = set()
    if not lessons_dir.is_dir():
        return chars
    for path in sorted(lessons_dir.rglob("*")):
        if path.suffix.lower() in LESSON_SUFFIXES and path.is_file():
            chars |= _visible(path.read_text(encoding="utf-8", errors="replace"))
    return chars


def translation_characters(i18n_dir: Path = I18N_DIR) -> set[str]:
    """Every printable character in the ``<translation>`` texts of the ``.ts`` sources."""
    chars: set[str] = set()
    for ts in sorted(i18n_dir.glob("*.ts")):
        root = ET.parse(ts).getroot()
        for node in root.iter("translation"):
            chars |= _visible("".join(node.itertext()))
    return chars


def required_characters(lessons_dir: Path = LESSONS_DIR, i18n_dir: Path = I18N_DIR) -> set[str]:
    """What the bundled font must draw: the pack and the translations (the test checks exactly this)."""
    return lesson_characters(lessons_dir) | translation_characters(i18n_dir)


def wanted_characters(lessons_dir: Path = LESSONS_DIR, i18n_dir: Path = I18N_DIR) -> set[str]:
    """What goes into the subset: the required characters plus all GB2312 hanzi, Latin and punctuation."""
    return required_characters(lessons_dir, i18n_dir) | set(gb2312_hanzi()) | set(base_characters())


def find_source(source: Path, weight: str) -> tuple[Path, int]:
    """The font file and collection index holding Noto Sans CJK SC in ``weight``.

    ``source`` is a folder (Debian's ``/usr/share/fonts/opentype/noto`` or an extracted package) or a
    single ``.ttc``/``.otf`` file.
    """
    from fontTools.ttLib import TTCollection, TTFont

    if source.is_dir():
        candidates = [
            source / f"NotoSansCJK-{weight}.ttc",
            source / f"NotoSansCJKsc-{weight}.otf",
            source / f"NotoSansSC-{weight}.otf",
        ]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            raise SystemExit(f"no Noto Sans CJK {weight} font in {source} (looked for {candidates})")
        source = found
    if source.suffix.lower() == ".ttc":
        collection = TTCollection(str(source), lazy=True)
        for index, font in enumerate(collection.fonts):
            name = font["name"]
            if name.getDebugName(1) == SOURCE_FAMILY and name.getDebugName(2) == weight:
                return source, index
        raise SystemExit(f"{source} holds no '{SOURCE_FAMILY} {weight}'")
    font = TTFont(str(source), lazy=True)
    if SOURCE_FAMILY.replace("CJK ", "") not in (font["name"].getDebugName(1) or "").replace("CJK ", ""):
        raise SystemExit(f"{source} is not Noto Sans (CJK) SC")
    return source, -1


def _rename(font, weight: str, family: str = FAMILY) -> None:
    """Give the subset its own family, so Qt never confuses it with a full install of the font alongside."""
    name = font["name"]
    postscript = f"{family.replace(' ', '')}-{weight}"
    style = {"BoldItalic": "Bold Italic"}.get(weight, weight)
    version = name.getDebugName(5) or ""
    # Typographic family names (16, 17) and localised names would still say "Noto Sans CJK SC".
    name.names = [n for n in name.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17)]
    for name_id, value in (
        (1, family),
        (2, style),
        (3, f"{postscript};{version.split(';')[0]};Cyber Kiosk subset"),
        (4, f"{family} {style}"),
        (6, postscript),
    ):
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName = f"{family} {style}"
        top.FamilyName = family


def latin_characters(lessons_dir: Path = LESSONS_DIR, i18n_dir: Path = I18N_DIR) -> set[str]:
    """What the Latin subset keeps: ASCII, Latin-1, Latin Extended-A, the typographic marks, and every
    other non-CJK character of the course and the interface (the source font simply lacks the rest,
    which then come from the CJK font)."""
    ranges = [(0x20, 0x7E), (0xA0, 0x17F), (0x2010, 0x2027), (0x2030, 0x203A), (0x20AC, 0x20AC)]
    chars = {chr(c) for lo, hi in ranges for c in range(lo, hi + 1)} | set("™←↑→↓√×÷•·●○✓✔✗✘")
    used = required_characters(lessons_dir, i18n_dir)
    return chars | {ch for ch in used if ord(ch) < 0x2E80 and not 0xFF00 <= ord(ch) <= 0xFFEF}


def find_latin_source(source: Path, style: str) -> Path:
    """``AtkinsonHyperlegible-<style>.ttf`` in ``source`` (the ``files/`` folder of the PyPI package
    ``fontpkg-atkinson-hyperlegible``, or any folder holding Google Fonts' release files)."""
    for candidate in (
        source / f"AtkinsonHyperlegible-{style}.ttf",
        source / "files" / f"AtkinsonHyperlegible-{style}.ttf",
    ):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no AtkinsonHyperlegible-{style}.ttf in {source}")


def subset_latin(source: Path, style: str, chars: Iterable[str], out_dir: Path) -> SubsetResult:
    """One style of Atkinson Hyperlegible, subset to ``chars`` and renamed ``LATIN_FAMILY``."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(find_latin_source(source, style)))
    if font["name"].getDebugName(1) != LATIN_SOURCE_FAMILY:
        raise SystemExit(f"{source} is not {LATIN_SOURCE_FAMILY}")
    font.recalcTimestamp = False
    cmap = font.getBestCmap()
    wanted = sorted(ch for ch in set(chars) if ord(ch) in cmap)
    options = subset.Options()
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.glyph_names = False
    options.layout_features = ["ccmp", "kern", "liga", "calt", "mark", "mkmk"]
    options.hinting = True  # ttfautohint's instructions keep small English type crisp on Windows
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in wanted])
    subsetter.subset(font)
    _rename(font, style, LATIN_FAMILY)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / latin_file_name(style)
    font.save(str(out))
    return SubsetResult(style, out, out.stat().st_size, len(font.getBestCmap()), ())


def subset_one(source: Path, index: int, weight: str, chars: Iterable[str], out_dir: Path) -> SubsetResult:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), fontNumber=index) if index >= 0 else TTFont(str(source))
    font.recalcTimestamp = False  # the same inputs give the same bytes
    cmap = font.getBestCmap()
    wanted = sorted(set(chars))
    missing = tuple(ch for ch in wanted if ord(ch) not in cmap)
    options = subset.Options()
    options.notdef_outline = True  # a visible box for anything still missing, never blank space
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.glyph_names = False
    # Only the horizontal features that matter for Latin and Simplified Chinese. Leaving out 'locl'
    # and the vertical ones drops the Japanese, Korean and Traditional alternates (about 40% of the
    # glyphs a default subset keeps); the SC forms are already the cmap's defaults in this face.
    options.layout_features = ["ccmp", "kern", "liga", "calt", "mark", "mkmk"]
    # Vertical metrics serve vertical writing, which the kiosk never uses.
    options.drop_tables += ["vhea", "vmtx", "VORG", "BASE"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in wanted if ord(ch) in cmap])
    subsetter.subset(font)
    _rename(font, weight)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / file_name(weight)
    font.save(str(out))
    return SubsetResult(weight, out, out.stat().st_size, len(font.getBestCmap()), missing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source",
        type=Path,
        default=DEBIAN_FONT_DIR,
        help="folder with NotoSansCJK-{Regular,Bold}.ttc (Debian fonts-noto-cjk), or one .ttc/.otf file",
    )
    parser.add_argument("--lessons", type=Path, default=LESSONS_DIR, help="the lesson pack to cover")
    parser.add_argument("--i18n", type=Path, default=I18N_DIR, help="folder of the .ts translations")
    parser.add_argument("--out", type=Path, default=FONTS_DIR, help="where the subset fonts go")
    parser.add_argument("--weights", nargs="+", default=list(WEIGHTS), choices=WEIGHTS)
    parser.add_argument(
        "--latin-source",
        type=Path,
        help="folder with AtkinsonHyperlegible-{Regular,Bold,Italic,BoldItalic}.ttf: also make the Latin subsets",
    )
    parser.add_argument("--only-latin", action="store_true", help="make only the Latin subsets")
    args = parser.parse_args(argv)

    chars = wanted_characters(args.lessons, args.i18n)
    required = required_characters(args.lessons, args.i18n)
    status = 0
    if args.latin_source is not None:
        latin = latin_characters(args.lessons, args.i18n)
        for style in LATIN_STYLES:
            result = subset_latin(args.latin_source, style, latin, args.out)
            print(f"{result.path.name}: {result.size / 1024:.1f} KiB, {result.characters} characters")
    elif args.only_latin:
        parser.error("--only-latin needs --latin-source")
    for weight in [] if args.only_latin else args.weights:
        source, index = find_source(args.source, weight)
        result = subset_one(source, index, weight, chars, args.out)
        print(
            f"{result.path.relative_to(REPO) if result.path.is_relative_to(REPO) else result.path}: "
            f"{result.size / 1024 / 1024:.2f} MiB, {result.characters} characters"
        )
        needed_but_missing = [ch for ch in result.missing if ch in required]
        if needed_but_missing:
            # Nothing can fix these by re-subsetting: the lesson must use another character.
            shown = " ".join(f"{ch!r} U+{ord(ch):04X}" for ch in needed_but_missing)
            print(f"  not in {SOURCE_FAMILY} at all, so a kiosk without such a font shows a box: {shown}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
