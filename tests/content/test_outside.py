"""Nothing outside the pack is read: not through a symlinked lesson, quiz or folder, not through an SVG that
names another file, and no picture too large to decode is handed on (issue 15, items 2 and 6)."""

from __future__ import annotations

import gzip
import os
import struct
import zlib
from pathlib import Path

import pytest

from kiosk.content.check import check_pack
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.pictures import MAX_PIXELS, pixel_size
from kiosk.content.resources import image_problem, resolve_image

LESSON = "---\ntitle: T\n---\nHello\n"
QUIZ = "## Q {#q}\n- [x] yes\n- [ ] no\n"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the pack, holding what a hostile pack points at."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "lesson.md").write_text("---\ntitle: Stolen\n---\nSECRET TEXT\n", encoding="utf-8")
    (folder / "quiz.md").write_text("## SECRET {#s}\n- [x] a\n- [ ] b\n", encoding="utf-8")
    (folder / "secret.png").write_bytes(png(10, 10))
    return folder


def png(width: int, height: int) -> bytes:
    """A PNG whose header says ``width`` x ``height`` (the pixel data is a stub: only the header is read)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))


def test_a_lesson_file_that_is_a_symlink_is_refused(make_pack, outside: Path) -> None:
    root = make_pack({"ok/lesson.md": LESSON, "stolen/.keep": ""})
    os.symlink(outside / "lesson.md", root / "stolen" / "lesson.md")
    pack = load_pack(root)
    assert [e.id for e in pack.lessons] == ["ok"]
    assert any("stolen/lesson.md: error:" in str(d) and "symbolic link" in str(d) for d in pack.diagnostics)


def test_a_translation_and_a_quiz_that_are_symlinks_are_refused(make_pack, outside: Path) -> None:
    root = make_pack({"x/lesson.md": LESSON})
    os.symlink(outside / "lesson.md", root / "x" / "lesson.zh-CN.md")
    os.symlink(outside / "quiz.md", root / "x" / "quiz.md")
    pack = load_pack(root)
    entry = pack.lesson("x")
    assert entry is not None and entry.languages == ("en",)
    lesson = load_lesson(entry)
    assert lesson.quiz is None and "SECRET" not in "".join(p.html for p in lesson.pages)
    text = "\n".join(str(d) for d in check_pack(root).diagnostics)
    assert "x/lesson.zh-CN.md: error:" in text and "x/quiz.md: error:" in text, text


def test_a_symlink_to_a_file_inside_the_pack_is_refused_too(make_pack) -> None:
    root = make_pack({"x/lesson.md": LESSON, "x/real-quiz.txt": QUIZ})
    os.symlink(root / "x" / "real-quiz.txt", root / "x" / "quiz.md")
    assert load_lesson(load_pack(root).lesson("x")).quiz is None


def test_a_lesson_folder_linked_out_of_the_pack_is_refused(make_pack, outside: Path) -> None:
    root = make_pack({"ok/lesson.md": LESSON})
    os.symlink(outside, root / "elsewhere")
    pack = load_pack(root)
    assert [e.id for e in pack.lessons] == ["ok"]
    assert any(
        "elsewhere: error:" in str(d) and "outside the lesson pack" in str(d) for d in pack.diagnostics
    )


def test_a_fifo_named_like_a_lesson_never_hangs_the_loader(make_pack) -> None:
    root = make_pack({"ok/lesson.md": LESSON, "x/.keep": ""})
    os.mkfifo(root / "x" / "lesson.md")
    os.mkfifo(root / "ok" / "quiz.md")
    pack = load_pack(root)
    assert [e.id for e in pack.lessons] == ["ok"]
    assert load_lesson(pack.lesson("ok")).quiz is None


SVG_HEAD = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='10' height='10'>"


@pytest.mark.parametrize(
    "body",
    [
        "<image xlink:href='{outside}/secret.png' width='5' height='5'/>",
        "<image href='{outside}/secret.png'/>",
        "<image xlink:href='file://{outside}/secret.png'/>",
        "<image xlink:href='../../outside/secret.png'/>",
        "<image xlink:href='http://evil.example/x.png'/>",
        "<use xlink:href='other.svg#shape'/>",
        "<rect width='5' height='5' fill='url(other.svg#grad)'/>",
        "<rect width='5' height='5' style='fill: url(\"/etc/x.svg#g\")'/>",
        "<style>@import url(x.css);</style>",
        "<style>rect {{ fill: url({outside}/g.svg#g) }}</style>",
        "<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='{outside}/lesson.md' parse='text'/>",
    ],
)
def test_an_svg_that_refers_outside_itself_is_refused(make_pack, outside: Path, body: str) -> None:
    root = make_pack({"x/lesson.md": "---\ntitle: T\n---\n![d](d.svg)\n"})
    (root / "x" / "d.svg").write_text(SVG_HEAD + body.format(outside=outside) + "</svg>", encoding="utf-8")
    assert resolve_image(root / "x", root, "d.svg") is None
    problem = image_problem(root / "x", root, "d.svg")
    assert problem is not None and "outside itself" in problem, problem
    lesson = load_lesson(load_pack(root).lesson("x"))
    assert "<img" not in lesson.pages[0].html
    assert any(
        "x/lesson.md:4: warning: picture 'd.svg' refers to something outside" in str(d)
        for d in lesson.diagnostics
    )


@pytest.mark.parametrize(
    "document",
    [
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
        "<svg xmlns='http://www.w3.org/2000/svg'><text>&e;</text></svg>",
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'x'><!ENTITY b '&a;&a;&a;'>]>"
        "<svg xmlns='http://www.w3.org/2000/svg'><text>&b;</text></svg>",
        "<?xml-stylesheet href='/etc/x.css'?><svg xmlns='http://www.w3.org/2000/svg'/>",
        "<svg xmlns='http://www.w3.org/2000/svg'><broken></svg>",
    ],
)
def test_entities_style_sheets_and_broken_svg_are_refused(make_pack, document: str) -> None:
    root = make_pack({"x/lesson.md": LESSON, "x/d.svg": document})
    assert resolve_image(root / "x", root, "d.svg") is None
    assert image_problem(root / "x", root, "d.svg") is not None


def test_a_compressed_svg_is_refused(make_pack) -> None:
    root = make_pack(
        {"x/lesson.md": LESSON, "x/d.svg": gzip.compress(b"<svg xmlns='http://www.w3.org/2000/svg'/>")}
    )
    assert resolve_image(root / "x", root, "d.svg") is None
    assert "compressed" in (image_problem(root / "x", root, "d.svg") or "")


def test_a_self_contained_svg_is_shown(make_pack) -> None:
    drawing = (
        SVG_HEAD + "<defs><linearGradient id='g'/><rect id='r' width='2' height='2'/></defs>"
        "<use xlink:href='#r'/><rect width='5' height='5' fill='url(#g)' style='stroke: url(#g)'/>"
        "<image href='data:image/png;base64,iVBORw0KGgo=' width='1' height='1'/></svg>"
    )
    root = make_pack({"x/lesson.md": LESSON, "x/d.svg": drawing})
    assert resolve_image(root / "x", root, "d.svg") == (root / "x" / "d.svg").resolve()
    assert image_problem(root / "x", root, "d.svg") is None


def jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def webp_vp8x(width: int, height: int) -> bytes:
    payload = b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", 4 + 8 + len(payload)) + b"WEBPVP8X" + struct.pack("<I", 10) + payload


@pytest.mark.parametrize(
    ("name", "data", "size"),
    [
        ("a.png", png(8000, 8000), (8000, 8000)),
        ("a.jpg", jpeg(9000, 7000), (9000, 7000)),
        ("a.gif", b"GIF89a" + struct.pack("<HH", 6000, 6000) + b"\x00" * 8, (6000, 6000)),
        ("a.webp", webp_vp8x(10000, 5000), (10000, 5000)),
        ("a.bmp", b"BM" + b"\x00" * 16 + struct.pack("<ii", 5000, -5000) + b"\x00" * 28, (5000, 5000)),
        ("a.svg", b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 90000 90000'/>", (90000, 90000)),
    ],
)
def test_pixel_bombs_are_read_from_the_header_and_refused(
    make_pack, name: str, data: bytes, size: tuple[int, int]
) -> None:
    root = make_pack({"x/lesson.md": f"---\ntitle: T\n---\n![bomb]({name})\n", f"x/{name}": data})
    assert pixel_size(root / "x" / name) == size
    assert size[0] * size[1] > MAX_PIXELS
    assert resolve_image(root / "x", root, name) is None
    report = check_pack(root)
    assert any(
        "too large to show" in str(d) and "x/lesson.md:4: warning:" in str(d) for d in report.diagnostics
    )


def test_an_ordinary_photo_size_is_shown(make_pack) -> None:
    root = make_pack({"x/lesson.md": LESSON, "x/photo.jpg": jpeg(4032, 3024), "x/p.png": png(1920, 1080)})
    assert pixel_size(root / "x" / "photo.jpg") == (4032, 3024)
    assert resolve_image(root / "x", root, "photo.jpg") is not None
    assert resolve_image(root / "x", root, "p.png") is not None
