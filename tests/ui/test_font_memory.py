"""The bundled fonts live in memory, not as mapped files, and Chinese in pictures comes from them.

Both keep resident memory flat over a long day: FreeType maps a font file once per open face, and the
pictures' ``sans-serif`` used to reach the system's CJK fallback font through such mappings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QFont, QFontInfo, QTextLayout

from kiosk.ui import fonts

REPO = Path(__file__).resolve().parents[2]
SHOU = 0x6536  # 收, in the Chinese mail picture of the phishing lesson


@pytest.fixture(scope="module")
def families(qapp) -> list[str]:
    return fonts.register_bundled_fonts()


def _runs(text: str, family: str) -> list[tuple[str, str]]:
    """(the text of each glyph run, the family that drew it) for ``text`` laid out in ``family``."""
    font = QFont()
    font.setFamilies([family])
    font.setPixelSize(18)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = []
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        drawn = "".join(text[index] for index in sorted(set(run.stringIndexes())))
        runs.append((drawn, run.rawFont().familyName()))
    return runs


@pytest.mark.parametrize("generic", fonts.GENERIC_FAMILIES)
def test_chinese_in_a_generic_family_is_drawn_with_the_bundled_font(families, generic):
    assert fonts.BUNDLED_CJK_FAMILY in families
    runs = _runs("Inbox 收件箱", generic)
    chinese = [family for text, family in runs if "收" in text]
    assert chinese and all(f.casefold() == fonts.BUNDLED_CJK_FAMILY.casefold() for f in chinese), runs
    # Latin keeps the font the generic name stood for, so pictures keep the widths they were laid out
    # with; the substitutes list that font first.
    substitutes = [name.casefold() for name in QFont.substitutes(generic)]
    assert substitutes[-1] == fonts.BUNDLED_CJK_FAMILY.casefold()
    latin = [family.casefold() for text, family in runs if "Inbox" in text]
    assert latin and latin[0] in substitutes, (runs, substitutes)


def test_preferring_twice_adds_no_second_substitute(families):
    before = QFont.substitutes("sans-serif")
    fonts.prefer_for_generic_families(fonts.BUNDLED_CJK_FAMILY)
    assert QFont.substitutes("sans-serif") == before


def test_the_interface_font_still_resolves_to_the_bundled_family(families):
    assert QFontInfo(QFont(fonts.BUNDLED_CJK_FAMILY)).family() == fonts.BUNDLED_CJK_FAMILY
    bold = QFont(fonts.BUNDLED_CJK_FAMILY)
    bold.setBold(True)
    assert QFontInfo(bold).bold()


# A fresh process, so no face opened by another test is mapped already: register the fonts, draw a
# Chinese picture of the course and the Chinese interface text, then list the mapped font files.
PROBE = r"""
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QImage, QImageReader, QPainter, QRawFont
from PySide6.QtWidgets import QApplication
from kiosk.ui import fonts
from tests.robustness.soak import font_mappings

app = QApplication([])
if sys.argv[1] == "bundled":
    fonts.register_bundled_fonts()
reader = QImageReader(sys.argv[2])
reader.setScaledSize(QSize(900, 560))
picture = reader.read()
image = QImage(400, 80, QImage.Format.Format_ARGB32)
painter = QPainter(image)
painter.setFont(QFont(fonts.BUNDLED_CJK_FAMILY))
painter.drawText(10, 40, "收件箱 发件人")
painter.end()
mapped = sorted({m.path for m in font_mappings()})
# QRawFont reads the file into memory, so asking it adds no mapping of its own.
chinese = [path for path in mapped if QRawFont(path, 16).supportsCharacter(0x6536)]
print(json.dumps({"drawn": not picture.isNull(), "mapped": mapped, "chinese": chinese}))
"""


def _probe(mode: str) -> dict:
    picture = REPO / "lessons" / "phishing-email" / "images" / "mail-fake.zh-CN.svg"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode, str(picture)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_font_file_with_chinese_is_mapped_after_drawing_chinese_pictures_and_text():
    found = _probe("bundled")
    assert found["drawn"]
    assert not [path for path in found["mapped"] if "assets" in Path(path).parts], found
    assert found["chinese"] == [], found
