"""Markdown to safe, offline HTML for Qt's rich text: python-markdown, then an nh3 allowlist.

No script, frame, form, style or event attribute survives; links become text (the URL shown in
brackets, since the kiosk has nowhere to go); images are kept only when they resolve inside the
lesson's own folder or the pack's ``assets/`` (``kiosk.content.resources``). Problems are reported as
diagnostics with the file and line, and the rest of the text is still shown.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import nh3
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Diagnostic, warning
from kiosk.content.linebreak import hint_html, strip_hints
from kiosk.content.resources import image_problem, refusal

#: what Qt's rich text engine can show, and nothing that acts
ALLOWED_TAGS = {
    "p", "br", "hr", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6",
    "strong", "b", "em", "i", "u", "s", "del", "sub", "sup", "small", "code", "kbd", "pre", "tt",
    "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tr", "th", "td", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "img": {"src", "alt", "width", "height", "title"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "ol": {"start"},
    "span": {"class"},
}
_DANGER = re.compile(
    r"<\s*(script|iframe|frame|object|embed|form|style|link|meta|base|svg|math)\b"
    r"|\bon[a-z]+\s*="
    r"|\b(javascript|vbscript|file|data)\s*:",
    re.IGNORECASE,
)

_RAW_IMG = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)


@dataclass
class RenderContext:
    """Where a fragment comes from: the file (for diagnostics), its lesson folder and pack root."""

    path: Path
    lesson_folder: Path
    pack_root: Path
    diagnostics: list[Diagnostic] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    #: only look for problems (``kiosk check``): skip fragments that cannot produce a diagnostic
    validate_only: bool = False
    #: the language the file is read in (the pack's code), "" when unknown
    language: str = ""


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    if element == "img" and attribute == "src" and refusal(value) is not None:
        return None
    return value


def sanitize_html(html: str) -> str:
    """Keep only what Qt's rich text can show and nothing that can act or reach the network."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    )


#: python-markdown tries every "[" and "<" of a paragraph as the start of a link or tag and scans on
#: from there, and rebuilds the paragraph's text for every piece of markup it finds: a paragraph of
#: many unclosed links takes time quadratic in its length (minutes for a 150 KB page). A paragraph
#: (or list item, or table cell) above either bound is shown as plain text, reported.
MAX_OPENERS = 32
MAX_PARAGRAPH = 10_000
#: deeper nesting (lists in lists, quotes in quotes) is shown flattened: Qt lays out every level
MAX_DEPTH = 16


# A "<" that starts what looks like a tag but is never closed before the next "<": Python's HTML
# parser (python-markdown's raw HTML step) scans to the end of the document from each of them.
_UNCLOSED = re.compile(r"<(?=[A-Za-z/!?])[^<>]*(?=<|\Z)")


class _UnclosedTags(Preprocessor):
    """Before raw HTML is parsed: many unclosed tags are shown as plain text, reported once."""

    ctx: RenderContext | None = None
    first_line: int = 1

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if text.count("<") <= MAX_OPENERS:
            return lines
        found = [m.start() for m in _UNCLOSED.finditer(text)]
        if len(found) <= MAX_OPENERS:
            return lines
        if self.ctx is not None:
            self.ctx.diagnostics.append(
                warning(
                    self.ctx.path,
                    self.first_line + text.count("\n", 0, found[0]),
                    QT_TRANSLATE_NOOP(
                        "check",
                        "{count} tags are opened with '<' but never closed with '>' (at most {most}); "
                        "they are shown as plain text",
                    ),
                    count=len(found),
                    most=MAX_OPENERS,
                )
            )
        parts, last = [], 0
        for start in found:
            parts += [text[last:start], "&lt;"]
            last = start + 1
        parts.append(text[last:])
        return "".join(parts).split("\n")


class _Bounds(Treeprocessor):
    """Before inline parsing: a text too long or with too many '[' or '<' stays plain text, reported."""

    ctx: RenderContext | None = None
    line_of: Callable[[str], int] | None = None

    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            element.text = self._bounded(element.text)
            element.tail = self._bounded(element.tail)

    def _bounded(self, text: str | None) -> str | None:
        if not text or isinstance(text, AtomicString):
            return text
        openers = text.count("[") + text.count("<")
        if openers <= MAX_OPENERS and len(text) <= MAX_PARAGRAPH:
            return text
        if self.ctx is not None and self.line_of is not None:
            line = self.line_of(text.lstrip()[:40])
            if openers > MAX_OPENERS:
                found = warning(
                    self.ctx.path,
                    line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "this paragraph holds {count} '[' and '<' (at most {most}); it is shown as plain text, "
                        "without its links, pictures and formatting: split it up",
                    ),
                    count=openers,
                    most=MAX_OPENERS,
                )
            else:
                found = warning(
                    self.ctx.path,
                    line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "this paragraph is {count} characters long (at most {most}); it is shown as plain "
                        "text, without its links, pictures and formatting: split it up",
                    ),
                    count=f"{len(text):,}",
                    most=f"{MAX_PARAGRAPH:,}",
                )
            self.ctx.diagnostics.append(found)
        # python-markdown leaves it as it is (escaped when written out); "&lt;" is _UnclosedTags' own
        return AtomicString(text.replace("&lt;", "<"))


class _OfflineTree(Treeprocessor):
    """Turns links into text and checks every image against the pack."""

    ctx: RenderContext | None = None
    source: str = ""
    first_line: int = 1

    def run(self, root: ET.Element) -> None:
        self._flatten(root, 0)
        for parent in root.iter():
            for child in list(parent):
                if child.tag == "a":
                    self._unlink(child)
                elif child.tag == "img":
                    self._check_image(parent, child)

    def _flatten(self, element: ET.Element, depth: int) -> None:
        """Below ``MAX_DEPTH`` levels, each element keeps only its text (reported once)."""
        if depth < MAX_DEPTH:
            for child in element:
                self._flatten(child, depth + 1)
            return
        if len(element) == 0:
            return
        text = " ".join(part.strip() for part in element.itertext() if part.strip())
        for child in list(element):
            element.remove(child)
        element.text = text
        if self.ctx is not None and not self._flattened:
            self._flattened = True
            self.ctx.diagnostics.append(
                warning(
                    self.ctx.path,
                    self.first_line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "lists or quotes are nested more than {most} levels deep; the deeper levels are shown "
                        "as plain text",
                    ),
                    most=MAX_DEPTH,
                )
            )

    _flattened = False

    def _unlink(self, link: ET.Element) -> None:
        href = (link.get("href") or "").strip()
        link.attrib.clear()
        link.tag = "span"
        text = "".join(link.itertext()).strip()
        if href and href not in text and href.lower().startswith(("http:", "https:", "mailto:", "www.")):
            shown = href.removeprefix("mailto:")
            tail = ET.SubElement(link, "span")
            tail.text = f" ({shown})"

    def _check_image(self, parent: ET.Element, img: ET.Element) -> None:
        ctx = self.ctx
        src = _unstash(img.get("src") or "")
        img.set("src", src)
        problem = image_problem(ctx.lesson_folder, ctx.pack_root, src) if ctx else refusal(src)
        if problem is None:
            if ctx:
                ctx.images.append(src)
            return
        if ctx:
            ctx.diagnostics.append(warning(ctx.path, self._line_of(src), problem))
        # keep the alt text where the picture would have been
        alt = img.get("alt") or ""
        img.attrib.clear()
        img.tag = "span"
        img.text = f"[{alt}]" if alt else ""

    def _line_of(self, needle: str) -> int:
        pos = self.source.find(needle) if needle else -1
        if pos < 0 and needle:  # the author may have escaped some of its characters: x\_y for x_y
            written = re.search("".join("\\\\?" + re.escape(c) for c in needle), self.source)
            pos = written.start() if written else -1
        return self.first_line + (self.source.count("\n", 0, pos) if pos >= 0 else 0)


# python-markdown's placeholders, still in the tree when this processor runs: a backslash-escaped
# character (STX, its code, ETX), an ampersand, and stashed inline HTML
_ESCAPED = re.compile("\x02(\\d+)\x03")
_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")


def _unstash(text: str) -> str:
    """``text`` as the author wrote it: escapes resolved (``x\\_y`` is ``x_y``), no placeholder left."""
    if "\x02" not in text:
        return text
    text = _ESCAPED.sub(lambda m: chr(int(m.group(1))), text).replace("\x02amp\x03", "&")
    return _PLACEHOLDER.sub("", text)


_local = threading.local()


def _converter() -> markdown.Markdown:
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(
            extensions=["tables", "fenced_code", "attr_list", "sane_lists"],
            output_format="html",
        )
        md.treeprocessors.register(_OfflineTree(md), "kiosk_offline", 1)
        md.treeprocessors.register(_Bounds(md), "kiosk_bounds", 25)  # before "inline" (20)
        # after fenced code is set aside (25), before raw HTML is parsed (20)
        md.preprocessors.register(_UnclosedTags(md), "kiosk_unclosed", 22)
        _local.md = md
    return md


# Text with none of Markdown's or HTML's special characters, in one paragraph: rendering it through
# python-markdown gives exactly "<p>text</p>", so skip the parser (most choices and feedback are such
# plain sentences, and a large pack has tens of thousands of them).
_PLAIN = re.compile(r"[^\\`*_\[\]<>&!#|~={}:\n-]*(\n(?![ \t\d>+=\n-])[^\\`*_\[\]<>&!#|~={}:\n-]*)*")

# Only pictures, raw HTML, links and deep nesting can produce a rendering diagnostic.
_INERT = re.compile(r"(?:(?! {16})[^!<\[>\n]*\n)*(?! {16})[^!<\[>\n]*")


def _plain_paragraph(text: str) -> str | None:
    stripped = text.strip()
    if not stripped or stripped[0].isdigit() or "  \n" in stripped or "\t" in stripped:
        return None
    if _PLAIN.fullmatch(stripped) is None:
        return None
    return f"<p>{stripped}</p>"


def render_markdown(text: str, ctx: RenderContext | None = None, first_line: int = 1) -> str:
    """Render an author's Markdown fragment to safe HTML. Never raises for odd input."""
    checking = ctx is not None and ctx.validate_only  # ``kiosk check``: nothing is laid out
    fast = _plain_paragraph(text)
    if fast is not None:
        return fast if checking else hint_html(fast)
    if ctx is not None:
        for match in _DANGER.finditer(text):
            line = first_line + text.count("\n", 0, match.start())
            shown = re.sub(r"\s+", "", match.group(0))
            ctx.diagnostics.append(
                warning(
                    ctx.path,
                    line,
                    QT_TRANSLATE_NOOP("check", "'{shown}' is not allowed and was removed"),
                    shown=shown,
                )
            )
        for raw in _RAW_IMG.finditer(text):
            problem = image_problem(ctx.lesson_folder, ctx.pack_root, raw.group(1))
            if problem:
                line = first_line + text.count("\n", 0, raw.start())
                ctx.diagnostics.append(warning(ctx.path, line, problem))
    # (a paragraph too long for the inline step is reported even without markup in it)
    if ctx is not None and ctx.validate_only and len(text) <= MAX_PARAGRAPH and _INERT.fullmatch(text):
        return ""
    md = _converter()
    tree: _OfflineTree = md.treeprocessors["kiosk_offline"]  # type: ignore[assignment]
    tree.ctx, tree.source, tree.first_line, tree._flattened = ctx, text, first_line, False
    bounds: _Bounds = md.treeprocessors["kiosk_bounds"]  # type: ignore[assignment]
    bounds.ctx, bounds.line_of = ctx, tree._line_of
    unclosed: _UnclosedTags = md.preprocessors["kiosk_unclosed"]  # type: ignore[assignment]
    unclosed.ctx, unclosed.first_line = ctx, first_line
    try:
        md.reset()
        html = md.convert(text)
    except RecursionError:
        if ctx is not None:
            ctx.diagnostics.append(
                warning(
                    ctx.path, first_line, QT_TRANSLATE_NOOP("check", "the text is nested too deeply to show")
                )
            )
        html = "<p>" + nh3.clean_text(text[:2000]) + "</p>"
    finally:
        tree.ctx = bounds.ctx = bounds.line_of = unclosed.ctx = None
    # Line-break hints for Chinese (kiosk.content.linebreak), once here rather than at every layout.
    html = sanitize_html(html)
    return html if checking else hint_html(html)


def plain_text(html: str) -> str:
    """The visible text of rendered HTML (for hashing, search and accessible names), without the
    invisible line-break hints."""
    text = strip_hints(nh3.clean(html, tags=set())).replace("&nbsp;", " ")
    return re.sub(r"\s+", " ", text).strip()
