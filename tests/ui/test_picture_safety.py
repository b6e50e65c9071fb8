"""On screen, a picture is decoded at the size it is shown, and an SVG that names another file or a
pixel bomb never reaches Qt (issue 15, items 2 and 6)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from kiosk.ui.widgets.html import LessonView, load_image, localise


def write_png_header(path: Path, width: int, height: int) -> None:
    chunk = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )


def test_hostile_pictures_are_swapped_for_their_alt_text(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    pack = tmp_path / "pack"
    folder = pack / "x"
    folder.mkdir(parents=True)
    secret = tmp_path / "secret.png"
    QImage(4, 4, QImage.Format.Format_ARGB32).save(str(secret))
    (folder / "reach.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='9' height='9'>"
        f"<image xlink:href='{secret}' width='9' height='9'/></svg>",
        encoding="utf-8",
    )
    write_png_header(folder / "bomb.png", 8000, 8000)
    (folder / "fine.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'/>")
    html = (
        '<p><img src="reach.svg" alt="reach"><img src="bomb.png" alt="bomb"><img src="fine.svg" alt="ok"></p>'
    )
    out, approved = localise(html, folder, pack, scale=1.0, max_width=800, max_height=600)
    assert [path.name for path, _ in approved.values()] == ["fine.svg"]
    assert "<i>reach</i>" in out and "<i>bomb</i>" in out
    view = LessonView()
    qtbot.addWidget(view)
    view.show_html(html, folder, pack)
    assert "reach" in view.toPlainText() and "bomb" in view.toPlainText()


def test_a_large_photo_is_decoded_at_the_size_it_is_shown(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    photo = tmp_path / "photo.png"
    big = QImage(3000, 2000, QImage.Format.Format_RGB32)
    big.fill(QColor("steelblue"))
    assert big.save(str(photo))
    image = load_image(photo, QSize(300, 200), 1.0)
    assert (image.width(), image.height()) == (300, 200)
    assert image.sizeInBytes() <= 300 * 200 * 4
