"""What read-aloud says: lesson HTML (a page, a question, an answer's feedback) turned into plain lines.

Headings, paragraphs, list items and table rows become lines in reading order; a picture becomes its
description (alt text, else its title) after a word the screen gives ("Picture: ..."); every line ends
in a stop so that a voice pauses between them. Plain Python, so it is tested without a speech engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

#: elements that start and end a line of their own
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    ]
)
#: elements whose text is never read (not shown either)
_SILENT = frozenset({"script", "style", "head", "title", "template"})
#: characters a line may end with and still pause (otherwise a stop is added)
_ENDINGS = tuple(".!?:;…。！？：；")
#: invisible characters the line-breaking pass puts in text (zero-width space, word joiner, soft hyphen)
_INVISIBLE = re.compile("[\u200b\u2060\u00ad\ufeff]")
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


class _Lines(HTMLParser):
    def __init__(self, picture_word: str) -> None:
        super().__init__(convert_charrefs=True)
        self.picture_word = picture_word
        self.lines: list[str] = []
        self.current: list[str] = []
        self.silent = 0

    def _break(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SILENT:
            self.silent += 1
        elif tag == "br" or tag in _BLOCKS:
            self._break()
        elif tag == "img":
            values = dict(attrs)
            description = (values.get("alt") or values.get("title") or "").strip()
            if description:
                self._break()
                word = self.picture_word
                self.lines.append(f"{word}: {description}" if word else description)
        if tag in ("td", "th"):
            self.current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SILENT:
            self.silent = max(0, self.silent - 1)
        elif tag in _BLOCKS:
            self._break()
        elif tag in ("td", "th"):
            self.current.append(", ")

    def handle_data(self, data: str) -> None:
        if not self.silent:
            self.current.append(data)


def with_stop(line: str) -> str:
    """``line`` ending in a stop (a Chinese one for Chinese text), so that a voice pauses after it."""
    line = line.strip().rstrip(",，、")
    if not line or line.endswith(_ENDINGS):
        return line
    return line + ("。" if _CJK.search(line[-1]) else ".")


def speech_lines(html: str, picture_word: str = "Picture") -> list[str]:
    """The lines read aloud for ``html``, in reading order (pictures as ``picture_word: description``)."""
    parser = _Lines(picture_word)
    parser.feed(_INVISIBLE.sub("", html))
    parser.close()
    parser._break()
    return [with_stop(line) for line in parser.lines if line.strip(" ,")]


def join_lines(parts: Iterable[str]) -> str:
    """One text to speak from lines and plain phrases: each stopped, empty ones left out."""
    lines = (with_stop(" ".join(_INVISIBLE.sub("", part).split())) for part in parts)
    return "\n".join(line for line in lines if line)


def speech_text(html: str, picture_word: str = "Picture") -> str:
    """``html`` as one text to speak (``speech_lines`` joined by new lines)."""
    return join_lines(speech_lines(html, picture_word))


def choice_lines(choices: Iterable[tuple[str, str]], picture_word: str = "Picture") -> list[str]:
    """``(label, html)`` pairs in the order shown, as ``label: words`` lines ("Answer 1: ...")."""
    lines = []
    for label, html in choices:
        words = " ".join(line.rstrip(".。") for line in speech_lines(html, picture_word))
        lines.append(f"{label}: {words}" if label else words)
    return lines
