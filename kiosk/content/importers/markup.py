"""Imported text (plain, Markdown or HTML) to Markdown that ``quiz.md`` can hold and shows as meant.

Plain text is escaped so it shows literally; Markdown is kept; HTML goes through the content engine's
sanitiser and stays as raw HTML, which the Markdown renderer sanitises again when the quiz is shown.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

from kiosk.content.importers.model import BLANK, RichText, TextFormat
from kiosk.content.render import plain_text, render_markdown, sanitize_html

#: characters python-markdown would read as markup; a backslash makes them plain
_SPECIAL = set("\\`*_{}[]#")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_LIST_START = re.compile(r"^(\s*)(>|[-+](?=\s|$)|\d+(?=\.(?:\s|$)))(\.?)")
_UNDERLINE = re.compile(r"^=+\s*$")
#: a line of dashes (and spaces): a rule, or a heading's underline under another line
_DASHES = re.compile(r"^\s*-[-\s]*$")
#: lines the quiz parser would take for a new question or a choice
_QUIZ_LINE = re.compile(r"^(#{1,6}(\s|$)|[-*+]\s+\[[ xX]\])")
_BLOCK_TAGS = {
    "p", "div", "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "pre", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl", "dt", "dd",
}  # fmt: skip
_VOID_TAGS = {"br", "hr", "img"}


def escape_plain(text: str) -> str:
    """Plain text as Markdown that renders to the same characters. A ``_____`` blank stays a blank."""
    return BLANK.join(_escape_piece(piece) for piece in text.split(BLANK))


def _escape_piece(text: str) -> str:
    # Entities first: once its '#' is escaped, "&#65;" no longer looks like one here, but still is to
    # the Markdown renderer, which would show "A".
    out = _ENTITY.sub(lambda m: "&amp;" + m.group(0)[1:], text)
    out = "".join("\\" + ch if ch in _SPECIAL else ch for ch in out)
    out = out.replace("<", "&lt;")
    lines = []
    for number, line in enumerate(out.split("\n")):
        line = _LIST_START.sub(_escape_list_marker, line)
        # A line of '=' under another line would turn that line into a heading.
        if number and _UNDERLINE.match(line):
            line = "&#61;" + line[1:]
        if _DASHES.match(line):
            line = line.replace("-", "\\-", 1)
        lines.append(line)
    return "\n".join(lines)


def _escape_list_marker(match: re.Match[str]) -> str:
    indent, marker, dot = match.groups()
    # "1." is a list only with its dot, so the dot is escaped; ">" and "-" are markup by themselves.
    if marker[0].isdigit():
        return f"{indent}{marker}\\{dot}"
    return f"{indent}\\{marker}{dot}"


def inline(text: RichText) -> str:
    """The text on one line (for a heading or a choice): line breaks become spaces."""
    if text.format is TextFormat.PLAIN:
        return _one_line(escape_plain(text.text))
    if text.format is TextFormat.MARKDOWN:
        return _guard(_one_line(text.text))
    return _guard(_inline_html(text.text))


def block(text: RichText) -> list[str]:
    """The text as Markdown lines (for feedback and explanations, which may span lines)."""
    if text.format is TextFormat.PLAIN:
        return [line.strip() for line in escape_plain(text.text).split("\n")]
    if text.format is TextFormat.MARKDOWN:
        return [_guard(line.rstrip()) for line in text.text.split("\n")]
    return [_guard(_inline_html(text.text))]


def question(text: RichText, title: str) -> tuple[str, list[str]]:
    """A question's heading line and the lines of its body (text that cannot sit in a heading)."""
    if text.format is TextFormat.PLAIN:
        return inline(text), []
    if text.format is TextFormat.MARKDOWN:
        lines = text.text.split("\n")
        # The heading takes the opening paragraph; a list, quote or code after it goes in the body.
        cut = next((i for i, line in enumerate(lines) if i and _starts_block(line)), len(lines))
        heading = _guard(_one_line("\n".join(lines[:cut])))
        return heading, [_guard(line.rstrip()) for line in lines[cut:]]
    html = _collapse(sanitize_html(text.text))
    head, rest = _split_html(html)
    if not head.strip():
        head = escape_plain(title) if title else _first_words(html)
    return _guard(_unwrap_paragraphs(head)), [_guard(rest.strip())] if rest.strip() else []


def plain_words(markdown_line: str) -> str:
    """The visible words of a written heading, for deriving a question id as the quiz parser would."""
    return html.unescape(plain_text(render_markdown(markdown_line)))


def _one_line(text: str) -> str:
    """The lines joined with a space, but none between two Chinese (wide) characters: "第一行第二行"."""
    out = ""
    for part in (part.strip() for part in text.split("\n")):
        if part:
            out += ("" if not out or (_wide(out[-1]) and _wide(part[0])) else " ") + part
    return out


def _wide(char: str) -> bool:
    """A character of a script written without spaces between words (hanzi, kana, full-width punctuation)."""
    return unicodedata.east_asian_width(char) in "WF"


def _guard(line: str) -> str:
    """Escape a line the quiz parser would otherwise read as a new question or a choice."""
    return "\\" + line if _QUIZ_LINE.match(line) else line


def _starts_block(line: str) -> bool:
    stripped = line.lstrip()
    return bool(
        re.match(r"([-*+]|\d+\.)\s", stripped)
        or stripped.startswith((">", "```", "~~~", "|", "#"))
        or line.startswith("    ")
    )


def _collapse(html: str) -> str:
    """HTML on one line: a newline is only a space in HTML (``<pre>`` aside, which quizzes rarely use)."""
    return re.sub(r"\s+", " ", html).strip()


def _inline_html(html: str) -> str:
    return _unwrap_paragraphs(_collapse(sanitize_html(html)))


def _unwrap_paragraphs(html: str) -> str:
    """``<p>a</p><p>b</p>`` -> ``a<br>b``: paragraphs cannot sit on one Markdown line."""
    html = re.sub(r"</p>\s*<p>", "<br>", html.strip())
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    # Editors leave line breaks at the ends of paragraphs; on one line they only add space.
    return re.sub(r"^(\s*<br\s*/?>\s*)+|(\s*<br\s*/?>\s*)+$", "", html.strip())


def words(text: RichText) -> str:
    """What a reader sees of the text, on one line (for messages)."""
    if text.format is TextFormat.PLAIN:
        shown = text.text
    elif text.format is TextFormat.MARKDOWN:
        shown = html.unescape(plain_text(render_markdown(text.text)))
    else:
        shown = html.unescape(plain_text(sanitize_html(text.text)))
    return " ".join(shown.split())


def _first_words(html: str, count: int = 10) -> str:
    words = plain_text(html).split()
    return escape_plain(" ".join(words[:count]) + (" …" if len(words) > count else ""))


class _TopLevel(HTMLParser):
    """Finds where the top-level elements of a one-line HTML fragment start and end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.first_block: tuple[str, int] | None = None
        self.first_block_end: int | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        offset = self.getpos()[1]
        if self.depth == 0 and tag in _BLOCK_TAGS and self.first_block is None:
            self.first_block = (tag, offset)
        if tag not in _VOID_TAGS:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        self.depth = max(0, self.depth - 1)
        if self.depth == 0 and self.first_block and self.first_block_end is None:
            self.first_block_end = self.rawdata.find(">", self.getpos()[1]) + 1


def _split_html(html: str) -> tuple[str, str]:
    """The inline part a heading can hold (text before the first block, or a first ``<p>``) and the rest."""
    finder = _TopLevel()
    finder.feed(html)
    finder.close()
    if finder.first_block is None:
        return html, ""
    tag, start = finder.first_block
    if start > 0 and html[:start].strip():
        return html[:start], html[start:]
    end = finder.first_block_end or len(html)
    if tag == "p":
        return html[start:end], html[end:]
    return "", html
