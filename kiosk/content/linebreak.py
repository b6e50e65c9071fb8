"""Line-break hints for Chinese text: no last line of one or two hanzi, Latin tokens and numbers kept whole.

Qt lays text out by Unicode's line-breaking rules (UAX #14): it may break between any two hanzi, and
already never starts a line with closing punctuation (。，、；：？！）」』 and the like are classes CL, CP,
EX, IS and NS, which never begin a line). What it does not do is avoid an orphan, a paragraph's last
line holding one or two hanzi ("权/利。"), nor keep a Latin token such as ``Tr0ub4dor&3`` or a URL
whole (it may break after ``-``, ``/`` or ``?`` inside it). So, once at render time:

- the last three hanzi of a Chinese paragraph (or its last Latin word) are glued together with
  U+2060 WORD JOINER, which UAX #14 never breaks beside (class WJ); the closing punctuation after
  them was already glued by Qt;
- every break opportunity inside a Latin token (a password, a URL, an address) is glued with a word
  joiner: in a paragraph holding Chinese every token, and in any paragraph the tokens inside
  ``<code>``/``<kbd>`` (an English paragraph may still break a long URL after a ``/``, as English does);
- a number and its unit ("5 GB", "30 秒") are joined by a no-break space.

Word joiners are invisible, zero-width, default-ignorable characters: they draw nothing (no box,
whatever the font) and screen readers skip them; ``plain_text`` and ``strip_hints`` take them out
again for anything that is not drawn (hashes, exports, accessible names). Plain Python, no Qt.
"""

from __future__ import annotations

import html as html_lib
import re

WJ = "\u2060"
NBSP = "\u00a0"
#: a Chinese paragraph's last line holds at least this many hanzi
ORPHAN_HANZI = 3

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WANTS_HINTS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\d |<code|<kbd")
_TOKEN = re.compile(r"[!-~]+")  # a run of printable ASCII: a word, number, code, URL or address
_LEADING = "([{<'\"*"
_TRAILING = ".,;:!?)]}>'\"*"
_UNIT = re.compile(
    r"(?<=\d) (?=(?:%|[KMGT]i?B|kB|[KMG]bps|[KMG]?Hz|km|cm|mm|m|kg|g|min|ms|s|h|px|am|pm|AM|PM|"
    "[\u3400-\u4dbf\u4e00-\u9fff])(?![A-Za-z]))"
)
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9]+)")
#: tags that end a run of text laid out as one paragraph (a <br> ends a line as a paragraph does)
_BLOCKS = frozenset(
    [
        "p",
        "br",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "td",
        "th",
        "tr",
        "table",
        "thead",
        "tbody",
        "ul",
        "ol",
        "blockquote",
        "hr",
        "pre",
        "img",
    ]
)
_CODE = frozenset({"code", "kbd", "tt"})


def is_han(ch: str) -> bool:
    return _HAN.match(ch) is not None


def strip_hints(text: str) -> str:
    """``text`` without the word joiners (no-break spaces stay: they are spaces)."""
    return text.replace(WJ, "")


def _token_joins(text: str, everywhere: bool, codes: list[tuple[int, int]]) -> set[int]:
    """Positions in ``text`` before which a word joiner keeps a Latin token whole."""
    joins: set[int] = set()
    for match in _TOKEN.finditer(text):
        token, start = match.group(), match.start()
        core = token.lstrip(_LEADING)
        start += len(token) - len(core)
        core = core.rstrip(_TRAILING)
        if len(core) < 2 or not any(ch.isalnum() for ch in core):
            continue
        if not (everywhere or any(lo <= start < hi for lo, hi in codes)):
            continue
        for k in range(1, len(core)):
            if not (core[k - 1].isalnum() and core[k].isalnum()):
                joins.add(start + k)
    return joins


def _orphan_joins(text: str) -> set[int]:
    """Positions before which a word joiner keeps a Chinese paragraph's last units on one line."""
    end = len(text.rstrip())
    j = end
    while j > 0 and not (is_han(text[j - 1]) or text[j - 1].isalnum() or text[j - 1].isspace()):
        j -= 1  # trailing punctuation: Qt keeps it with what comes before
    units = 0
    starts: list[int] = []
    while j > 0 and units < ORPHAN_HANZI:
        ch = text[j - 1]
        if ch.isspace() and ch != NBSP:
            break  # a space is a break opportunity a joiner cannot take away
        if is_han(ch):
            start, units = j - 1, units + 1
        elif ch.isascii() and ch.isalnum():
            start = j - 1
            while start > 0 and "!" <= text[start - 1] <= "~":
                start -= 1
            units = ORPHAN_HANZI if j - start >= 4 else units + 1  # a long word is line enough
        else:
            start = j - 1  # punctuation inside the last units stays with them
        starts.append(start)
        j = start
    return set(starts[:-1])  # a joiner before every unit but the first of the glued ones


def _joins(text: str, codes: list[tuple[int, int]]) -> set[int]:
    chinese = _HAN.search(text) is not None
    joins = _token_joins(text, chinese, codes)
    if chinese and len(_HAN.findall(text)) >= 2 * ORPHAN_HANZI:
        # (a shorter paragraph, a title or a heading, is a single line wherever it is shown)
        joins |= _orphan_joins(text)
    return {p for p in joins if 0 < p < len(text)}


def hint_text(text: str) -> str:
    """One paragraph of plain text (a title, a summary, a tip) with its line-break hints."""
    if _WANTS_HINTS.search(text) is None:
        return text
    text = _UNIT.sub(NBSP, text)
    joins = _joins(text, [])
    return "".join((WJ if i in joins else "") + ch for i, ch in enumerate(text))


def hint_html(html: str) -> str:
    """Rendered, sanitised HTML with line-break hints in its text; tags and ``<pre>`` are left alone."""
    if _WANTS_HINTS.search(html) is None:
        return html
    parts = _TAG.split(html)
    block: list[int] = []  # indices of the text parts of the paragraph being read
    code_depth = pre_depth = 0
    in_code: set[int] = set()
    for index, part in enumerate(parts):
        if index % 2 == 0:
            if part and not pre_depth:
                block.append(index)
                if code_depth:
                    in_code.add(index)
            continue
        name_match = _TAG_NAME.match(part)
        name = name_match.group(1).lower() if name_match else ""
        closing = part.startswith("</")
        if name in _CODE:
            code_depth = max(0, code_depth + (-1 if closing else 1))
        if name in _BLOCKS:
            _hint_block(parts, block, in_code)
            block = []
            if name == "pre":
                pre_depth = max(0, pre_depth + (-1 if closing else 1))
    _hint_block(parts, block, in_code)
    return "".join(parts)


def _hint_block(parts: list[str], indices: list[int], in_code: set[int]) -> None:
    """Hint the text parts ``indices`` of ``parts`` (one paragraph, split by inline tags) in place."""
    if not indices:
        return
    texts = [html_lib.unescape(parts[i]) for i in indices]
    whole = "".join(texts)
    if _WANTS_HINTS.search(whole) is None and not in_code:
        return
    codes: list[tuple[int, int]] = []
    offsets: list[int] = []
    at = 0
    for i, text in zip(indices, texts, strict=True):
        offsets.append(at)
        if i in in_code:
            codes.append((at, at + len(text)))
        at += len(text)
    units = {m.start() for m in _UNIT.finditer(whole)}
    joins = _joins(_UNIT.sub(NBSP, whole), codes)
    if not joins and not units:
        return
    for i, text, offset in zip(indices, texts, offsets, strict=True):
        local = [p - offset for p in joins if offset <= p < offset + len(text)]
        spaces = [p - offset for p in units if offset <= p < offset + len(text)]
        if not local and not spaces:
            continue
        chars = list(text)
        for p in spaces:
            chars[p] = NBSP
        for p in sorted(local, reverse=True):
            chars.insert(p, WJ)
        # (a joiner at the very start of a part glues it to the part before, across an inline tag)
        parts[i] = html_lib.escape("".join(chars), quote=False)
