"""Issue 17 item 9: Chinese lines break well in the lessons of the bundled course, at every screen size.

Every Chinese lesson page, question, choice, feedback and explanation is laid out by Qt (QTextDocument,
the engine of the reader and of rich-text labels) in the bundled fonts at the sizes the reader and
question screen use on 1920x1080, 1280x720, 1024x768 and portrait 1080x1920 screens, at a spread of
widths around each, and every line is checked: no paragraph ends in a line of one or two
characters, no line starts with closing punctuation, and no Latin token is split.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextDocument

from kiosk.content.linebreak import NBSP, WJ, hint_html, hint_text, is_han, strip_hints
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.render import plain_text, render_markdown
from kiosk.ui import fonts, resources, theme

REPO = Path(__file__).resolve().parents[2]
SIZES = [(1920, 1080), (1280, 720), (1024, 768), (1080, 1920)]
CLOSING = set("。，、；：？！）」』】〕》〉”’…%,.;:!?)]}")
TOKEN = re.compile(r"[!-~]+")


@pytest.fixture(scope="module")
def chinese_fragments(qapp) -> list[tuple[str, str, str]]:
    """(where, kind, html) of every rendered Chinese fragment of the bundled course."""
    fonts.register_bundled_fonts()
    pack = load_pack(REPO / "lessons")
    found = []
    for entry in pack.lessons:
        if "zh-CN" not in entry.versions:
            continue
        lesson = load_lesson(entry, "zh-CN")
        for number, page in enumerate(lesson.pages, 1):
            found.append((f"{entry.id} page {number}", "page", page.html))
        for question in lesson.quiz.questions if lesson.quiz else ():
            found.append((f"{entry.id} {question.id}", "question", question.html))
            found.append((f"{entry.id} {question.id} why", "panel", question.explanation_html))
            for choice in question.choices:
                found.append((f"{entry.id} {question.id}/{choice.id}", "choice", choice.html))
                if choice.feedback_html:
                    found.append(
                        (f"{entry.id} {question.id}/{choice.id} feedback", "panel", choice.feedback_html)
                    )
    assert len(found) > 200
    return found


#: (type-scale size, share of the screen's width the text gets) for each kind of fragment
LOOKS = {
    "page": ("reading", 0.70),
    "question": ("heading", 0.90),
    "choice": ("large", 0.40),
    "panel": ("button", 0.36),
}


def _font(kind: str, scale: float) -> QFont:
    font = fonts.interface_font("zh-CN")
    font.setPixelSize(round(theme.current().theme.font_px(LOOKS[kind][0]) * scale))
    return font


def _lines(html: str, font: QFont, width: int) -> Iterator[tuple[str, list[str]]]:
    """(the block's text, its lines) for every block of ``html`` laid out ``width`` pixels wide."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)
    doc.size()  # lays the document out
    block = doc.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        lines = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        yield text, lines
        block = block.next()


def _widths(size: tuple[int, int], share: float) -> list[int]:
    full = size[0] * share
    return [round(full * f) for f in (0.62, 0.71, 0.8, 0.87, 0.93, 1.0)]


def _problems(text: str, lines: list[str]) -> list[str]:
    problems = []
    if len(lines) < 2 or not any(is_han(ch) for ch in text):
        return problems
    last = strip_hints(lines[-1]).strip()
    if len(last) <= 2:
        problems.append(f"orphan {last!r}")
    for line in lines[1:]:
        first = strip_hints(line).lstrip()[:1]
        if first in CLOSING:
            problems.append(f"line starts with {first!r}: {strip_hints(line)!r}")
    # Latin tokens: no line boundary inside one
    bounds, at = set(), 0
    for line in lines[:-1]:
        at += len(line)
        bounds.add(at)
    for match in TOKEN.finditer(text.replace(WJ, "\x00")):
        core = match.group().strip("\x00").strip("([{<'\"*.,;:!?)]}>")
        if len(core) < 2:
            continue
        start = match.start() + match.group().find(core)
        split = [b for b in bounds if start < b < start + len(core)]
        if split:
            problems.append(f"token split: {core.replace(chr(0), '')!r}")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_chinese_lines_break_well_at_every_screen_size(chinese_fragments, size):
    scale = resources.scale_for(QSize(*size))
    problems = []
    for where, kind, html in chinese_fragments:
        font = _font(kind, scale)
        for width in _widths(size, LOOKS[kind][1]):
            for text, lines in _lines(html, font, width):
                problems += [f"{where} @{width}px: {p}" for p in _problems(text, lines)]
    assert not problems, "\n".join(problems[:40])


def test_without_the_hints_qt_leaves_orphans_the_test_would_catch(chinese_fragments):
    # The check above can fail: the same layouts without the hints show orphans.
    scale = resources.scale_for(QSize(1920, 1080))
    orphans = 0
    for _, kind, html in chinese_fragments:
        if kind != "page":
            continue
        for width in _widths((1920, 1080), LOOKS[kind][1]):
            for text, lines in _lines(strip_hints(html), _font(kind, scale), width):
                orphans += any(p.startswith("orphan") for p in _problems(text, lines))
    assert orphans > 0


def test_the_hints_go_where_they_should():
    assert hint_html("<p>才能保护你的权利。</p>") == f"<p>才能保护你的{WJ}权{WJ}利。</p>"
    # across an inline tag
    assert (
        hint_html("<p>这是你的<strong>权利</strong>。</p>")
        == f"<p>这是你的<strong>{WJ}权{WJ}利</strong>。</p>"
    )
    # a Latin token in Chinese text: no break at its punctuation; & stays an entity
    hinted = hint_html("<p>比如Tr0ub4dor&amp;3或kite-tofu这样的密码</p>")
    assert f"kite{WJ}-{WJ}tofu" in hinted and f"Tr0ub4dor{WJ}&amp;{WJ}3" in hinted
    assert hint_text("只要 30 秒，再等 5 GB 就好。").count(NBSP) == 2
    # English stays as written, apart from code
    english = "<p>Use a long passphrase, e.g. kite-tofu, and https://example.org/x.</p>"
    assert hint_html(english) == english
    assert WJ in hint_html("<p>Type <code>kite-tofu</code>.</p>")
    # a code block is left alone
    assert hint_html("<pre><code>a-b 你好吗</code></pre>") == "<pre><code>a-b 你好吗</code></pre>"


def test_hints_are_invisible_and_not_in_plain_text(qapp):
    fonts.register_bundled_fonts()
    html = render_markdown("才能保护你的权利。比如 `kite-tofu`。")
    assert WJ in html and WJ not in plain_text(html)
    for family in (fonts.BUNDLED_CJK_FAMILY, fonts.BUNDLED_LATIN_FAMILY):
        font = QFont(family)
        font.setPixelSize(32)
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # no other font may draw the joiner
        assert _draw("权利 kite-tofu", font) == _draw(f"权{WJ}利 kite{WJ}-{WJ}tofu", font), family


def _draw(text: str, font: QFont) -> QImage:
    image = QImage(400, 60, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignLeft), text)
    painter.end()
    return image
