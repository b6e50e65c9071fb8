"""The bundled CJK font: it covers the whole course and the interface, and draws real glyphs offscreen.

These tests are meaningful on a machine with no CJK font installed (CI's is one): every check goes
through the bundled files alone, with Qt's font merging switched off where text is drawn.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QFontMetrics, QImage, QPainter, QRawFont

from kiosk import paths
from kiosk.ui import fonts

REPO = Path(__file__).resolve().parents[2]
HINT = "re-run `python packaging/subset_font.py` (see assets/fonts/README.md)"


def _load_subset_script():
    spec = importlib.util.spec_from_file_location("subset_font", REPO / "packaging" / "subset_font.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("subset_font", module)
    spec.loader.exec_module(module)
    return module


subset_font = _load_subset_script()


@pytest.fixture(scope="module")
def families(qapp) -> list[str]:
    return fonts.register_bundled_fonts()


# PySide6 turns a one-character str into a QChar wrongly for some code points (inFont("£") is
# False for a font that has it), so every check here passes the code point as an int.


def _show(chars) -> str:
    return " ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(chars))


def _font_files() -> list[Path]:
    return fonts.bundled_font_files()


def test_regular_and_bold_subsets_ship_with_their_licence_and_notes():
    names = sorted(p.name for p in _font_files())
    assert names == sorted(
        [subset_font.file_name(w) for w in subset_font.WEIGHTS]
        + [subset_font.latin_file_name(s) for s in subset_font.LATIN_STYLES]
    )
    for path in _font_files():
        # The kiosk bundle is copied to school PCs on USB sticks: keep each weight small.
        assert path.stat().st_size < 2.5 * 1024 * 1024, path
    licence = paths.asset("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Adobe" in licence
    latin_licence = paths.asset("fonts", "OFL-AtkinsonHyperlegible.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in latin_licence and "Braille Institute" in latin_licence
    readme = paths.asset("fonts", "README.md").read_text(encoding="utf-8")
    assert "fonts-noto-cjk" in readme and "packaging/subset_font.py" in readme
    assert "fontpkg-atkinson-hyperlegible" in readme


def test_register_bundled_fonts_gives_a_latin_and_a_cjk_family(families):
    assert sorted(families) == sorted([fonts.BUNDLED_LATIN_FAMILY, fonts.BUNDLED_CJK_FAMILY])
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(fonts.BUNDLED_CJK_FAMILY))
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= set(
        QFontDatabase.styles(fonts.BUNDLED_LATIN_FAMILY)
    )
    # A second call (a restarted window, another test) must not add the files again.
    before = len(QFontDatabase.applicationFontFamilies(0))
    assert fonts.register_bundled_fonts() == families
    assert len(QFontDatabase.applicationFontFamilies(0)) == before


def test_register_bundled_fonts_copes_with_a_missing_or_bad_folder(qapp, tmp_path):
    assert fonts.register_bundled_fonts(tmp_path / "nowhere") == []
    (tmp_path / "broken.otf").write_bytes(b"not a font at all")
    assert fonts.register_bundled_fonts(tmp_path) == []


@pytest.mark.parametrize("weight", ["Regular", "Bold"])
def test_every_character_of_the_course_and_the_translations_is_in_the_font(qapp, weight):
    required = subset_font.required_characters()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in required), "the course should contain Chinese"
    raw = QRawFont(str(paths.asset("fonts", subset_font.file_name(weight))), 24)
    assert raw.isValid()
    missing = {ch for ch in required if not raw.supportsCharacter(ord(ch))}
    assert not missing, f"the bundled {weight} font lacks {_show(missing)}: {HINT}"


def test_all_gb2312_hanzi_are_in_the_font(qapp):
    # A teacher who edits a lesson should rarely need a new subset: the 6,763 GB2312 hanzi are in.
    common = subset_font.gb2312_hanzi()
    assert len(set(common)) == 6763 and len(set(subset_font.gb2312_hanzi(levels=1))) == 3755
    raw = QRawFont(str(paths.asset("fonts", subset_font.file_name("Regular"))), 24)
    missing = {ch for ch in common if not raw.supportsCharacter(ord(ch))}
    assert not missing, f"{len(missing)} common hanzi missing: {HINT}"


def _bundled_only(pixel_size: int = 28, bold: bool = False) -> QFont:
    font = QFont(fonts.BUNDLED_CJK_FAMILY)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    # No merging: a character the bundled font lacks must show its box, not borrow from the system.
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font


def _draw(text: str, font: QFont, size: tuple[int, int] = (48, 48)) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
    painter.end()
    return image


def _ink(image: QImage) -> int:
    """How many pixels are darker than mid-grey."""
    dark = 0
    for y in range(image.height()):
        row = image.constScanLine(y).tobytes()[: image.width()]
        dark += sum(1 for value in row if value < 128)
    return dark


def _zh_page_text() -> str:
    """The body of a real Chinese lesson page from the bundled course."""
    files = sorted((REPO / "lessons").glob("*/lesson.zh-CN.md"))
    assert files, "the bundled course has no Chinese lesson"
    text = files[0].read_text(encoding="utf-8")
    body = text.split("---", 2)[2]  # after the front matter
    return body.split("\n---\n")[0]


@pytest.mark.parametrize("bold", [False, True])
def test_chinese_draws_as_real_glyphs_not_boxes(families, bold):
    font = _bundled_only(bold=bold)
    assert QFontInfo(font).family() == fonts.BUNDLED_CJK_FAMILY
    # The box the font draws for a character it does not have: two unassigned code points must
    # draw the same box, which shows the comparison below can tell a box from a glyph.
    box = _draw("\ue000", font)
    assert _ink(box) > 0
    assert _draw("\ue001", font) == box

    metrics = QFontMetrics(font)
    page = _zh_page_text()
    hanzi = sorted({ch for ch in page if "\u4e00" <= ch <= "\u9fff"})
    assert len(hanzi) > 20
    pack_chars = {ch for ch in subset_font.required_characters() if not ch.isspace()}
    not_in_font = {ch for ch in pack_chars if not metrics.inFontUcs4(ord(ch))}
    assert not not_in_font, f"not in the bundled font: {_show(not_in_font)}: {HINT}"

    boxes = [ch for ch in hanzi if _draw(ch, font) == box]
    blank = [ch for ch in hanzi if _ink(_draw(ch, font)) == 0]
    assert not boxes and not blank, f"drawn as a box: {boxes}, drawn blank: {blank}"
    # The whole first page drawn at once, wrapped as the reader would: plenty of ink, no boxes.
    image = QImage(900, 700, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(image.rect(), int(Qt.TextFlag.TextWordWrap), page)
    painter.end()
    assert _ink(image) > 20 * _ink(box)


def test_interface_families_put_the_bundled_font_first_for_chinese():
    latin, cjk = fonts.BUNDLED_LATIN_FAMILY, fonts.BUNDLED_CJK_FAMILY
    installed = ["DejaVu Sans", "Noto Sans", cjk, "Segoe UI", latin]
    assert fonts.interface_families("zh-CN", installed) == [cjk, latin]
    # English: the bundled Latin font first, whatever the system has, then Chinese from the CJK font.
    assert fonts.interface_families("en", installed) == [latin, cjk]
    # The bundled Latin font failed to load: a friendly system one stands in.
    assert fonts.interface_families("en", ["DejaVu Sans", cjk, "Segoe UI"]) == ["Segoe UI", cjk]
    # No friendly Latin family on the machine at all: the CJK font's own Latin letters serve.
    assert fonts.interface_families("en", ["DejaVu Sans", cjk]) == [cjk]


def test_apply_interface_font_sets_the_application_font(qapp, families):
    original = QFont(qapp.font())
    try:
        font = fonts.apply_interface_font(qapp, "zh-CN")
        assert qapp.font().families()[0] == fonts.BUNDLED_CJK_FAMILY
        assert font.pointSizeF() == original.pointSizeF()
        # The application font itself, merging allowed, draws Chinese with the bundled glyphs.
        assert QFontMetrics(qapp.font()).inFontUcs4(ord("密"))
        fonts.apply_interface_font(qapp, "en")
        assert qapp.font().families() == [fonts.BUNDLED_LATIN_FAMILY, fonts.BUNDLED_CJK_FAMILY]
    finally:
        qapp.setFont(original)


# A fresh process whose fontconfig knows no font at all (an empty configuration): the kiosk's English
# labels must still be drawn in the bundled Latin font, and the quotes and ellipsis of an English
# sentence must come from it, not from the CJK font's full-width shapes.
NO_SYSTEM_FONTS = r"""
import json
from PySide6.QtGui import QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel
from kiosk.ui import fonts, i18n

app = QApplication([])
fonts.register_bundled_fonts()
i18n.set_language(app, "en")
text = "You chose \u201cWait\u201d\u2026 it\u2019s fine"
label = QLabel(text)
layout = QTextLayout(text, label.font())
layout.beginLayout()
layout.createLine()
layout.endLayout()
runs = [run.rawFont().familyName() for run in layout.glyphRuns(-1, -1)]
i18n.set_language(app, "zh-CN")
chinese = QLabel("\u5bc6\u7801")
print(json.dumps({"label": QFontInfo(label.font()).family(), "runs": runs,
                  "chinese": QFontInfo(chinese.font()).family()}))
"""


def test_an_english_label_uses_the_bundled_latin_font_when_the_system_has_no_fonts(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(config), PYTHONPATH=str(REPO))
    env.pop("FONTCONFIG_PATH", None)
    out = subprocess.run(
        [sys.executable, "-c", NO_SYSTEM_FONTS],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["label"] == fonts.BUNDLED_LATIN_FAMILY
    assert seen["runs"] and set(seen["runs"]) == {fonts.BUNDLED_LATIN_FAMILY}, seen
    assert seen["chinese"] == fonts.BUNDLED_CJK_FAMILY
