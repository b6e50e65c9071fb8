"""``kiosk check`` output a terminal can trust: control characters escaped, no python-markdown internals in
messages, every forbidden construct reported, and markup in plain-text fields flagged (issue 15, items 1, 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main as kiosk_main
from kiosk.content.check import check_pack
from kiosk.content.diagnostics import warning
from kiosk.content.loader import load_lesson, load_pack


def run_check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = kiosk_main(["check", str(root)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_control_characters_in_folder_names_are_printed_escaped(
    make_pack, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_pack({"bad\x1b[2J\x07dir/lesson.md": '---\ntitle: T\n"k\\e[1A\\u202e": 1\n---\nhi\n'})
    _status, out, err = run_check(root, capsys)
    assert "bad\\x1b[2J\\x07dir" in out, out
    assert "\\x1b[1A\\u202e" in out, out  # a key quoted in a message
    for text in (out, err):
        assert not [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 or c == "\u202e"]


def test_a_diagnostic_prints_escaped_but_keeps_its_text() -> None:
    d = warning(Path("a\x1bb/lesson.md"), 3, "key 'x\ty\r' and\nmore \u2066")
    assert str(d) == "a\\x1bb/lesson.md:3: warning: key 'x\\ty\\r' and\\nmore \\u2066"
    assert d.message == "key 'x\ty\r' and\nmore \u2066"


def test_escaped_characters_in_picture_paths_never_show_markdown_placeholders(make_pack) -> None:
    root = make_pack(
        {
            "x/lesson.md": "---\ntitle: T\n---\nOne\n\n![a](x\\_y.png)\n\n* ![b](q\\(.png)\n",
            "x/x_y.png": b"\x89PNG\r\n\x1a\n",
        }
    )
    lesson = load_lesson(load_pack(root).lesson("x"))
    messages = [str(d) for d in lesson.diagnostics]
    assert not [m for m in messages if "\\x02" in m or "\x02" in m or "klzzwxh" in m or "x_y" in m], messages
    assert [
        m
        for m in messages
        if m.endswith("x/lesson.md:8: warning: picture 'q(.png' not found in the lesson folder")
    ], messages
    assert 'x_y.png"' in lesson.pages[0].html  # the escaped name still finds its file


def test_every_forbidden_construct_in_a_block_is_reported(make_pack) -> None:
    root = make_pack(
        {
            "x/lesson.md": "---\ntitle: T\n---\nFine.\n\n<script>a</script> then <iframe src=x></iframe>\n"
            "<p onclick=go()>and</p> <object></object>\n"
        }
    )
    report = check_pack(root)
    found = sorted((d.line, d.message) for d in report.diagnostics)
    assert [line for line, message in found if "is not allowed" in message] == [6, 6, 7, 7], found
    for construct in ("<script", "<iframe", "onclick=", "<object"):
        assert any(f"'{construct}' is not allowed" in m for _, m in found), (construct, found)


def test_markup_in_titles_summaries_and_tips_is_flagged(make_pack) -> None:
    root = make_pack(
        {
            "pack.yaml": "title: <b>Booth</b>\ntips:\n  - fine tip\n  - <img src='/dev/zero'>\n",
            "x/lesson.md": "---\ntitle: Safe <img src=/etc/passwd>\nsummary: <i>x</i>\n"
            "tips: ['a <a href=x>b</a>']\n---\nHi\n",
            "ok/lesson.md": "---\ntitle: Tom <3 Jerry & a < b\nsummary: fine\n---\nHi\n",
        }
    )
    report = check_pack(root)
    text = "\n".join(str(d) for d in report.diagnostics)
    for where in ("pack.yaml:1: warning:", "pack.yaml:2: warning:", "x/lesson.md:2: warning:",
                  "x/lesson.md:3: warning:", "x/lesson.md:4: warning:"):  # fmt: skip
        assert where in text and "plain text" in text, (where, text)
    markup = "\n".join(line for line in text.split("\n") if "holds HTML markup" in line)
    assert "ok/lesson.md" not in markup, text
