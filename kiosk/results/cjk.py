"""Whitespace between two CJK characters, which recorded words never hold: ``close_cjk_gaps``.

Before session 8's fix the store turned the screen's invisible line-break hints (U+2060 WORD JOINER,
kiosk.content.linebreak) into spaces, so Chinese words were kept as "怎 么 办". Chinese puts no space
between hanzi, nor beside its own punctuation, so a whitespace run with a CJK character on both sides
is removed wherever words are stored (the store, schema m007, merging). Anything with a non-CJK
character on either side is left alone: "Wi - Fi" may be a hint's gap or a dash the author spaced,
and "三个 Wi-Fi" may be either too; nothing tells them apart, so nothing is guessed.

What counts as CJK here (``CJK_RANGES``): the ideographs (the unified blocks with every extension, the
compatibility ideographs, the radicals) and the punctuation and forms only CJK text uses (CJK Symbols
and Punctuation without the ideographic space, the vertical and compatibility forms, the fullwidth
forms). Punctuation Chinese shares with English (“ ” — … ·) is not CJK: "好 — 对" stays as it is.
"""

from __future__ import annotations

import re

#: (first, last) code points, inclusive, of the characters a gap is closed between
CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0x3001, 0x303F),  # CJK Symbols and Punctuation: 、。〈〉《》「」『』【】〔〕〜 (U+3000 is a space)
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFE10, 0xFE1F),  # Vertical Forms
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms
    (0xFF01, 0xFF60),  # Fullwidth forms: ，（）：；？！ and fullwidth letters and digits
    (0xFFE0, 0xFFE6),  # Fullwidth signs: ￥ ￡ ￠
    (0x20000, 0x3FFFF),  # planes 2 and 3: Extensions B to H and the compatibility supplement
)

_CLASS = "".join(f"{chr(first)}-{chr(last)}" for first, last in CJK_RANGES)
_GAP = re.compile(f"(?<=[{_CLASS}])\\s+(?=[{_CLASS}])")

#: every whitespace character (what ``\s`` matches, str.isspace), for a filter before the regular expression
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: GLOB patterns for text that holds whitespace, and text that holds a character beyond ASCII: a
#: row matching both may have a gap to close, the others (all English ones) are never read into Python
HAS_WHITESPACE = f"*[{WHITESPACE}]*"
BEYOND_ASCII = "*[^\x01-\x7f]*"


def is_cjk(ch: str) -> bool:
    return any(first <= ord(ch) <= last for first, last in CJK_RANGES)


def close_cjk_gaps(text: str) -> str:
    """``text`` without any whitespace run that has a CJK character on both sides."""
    return _GAP.sub("", text)


def _spaces_words(ch: str) -> bool:
    """A letter or digit of a script that puts spaces between its words (Latin, Cyrillic, Greek...)."""
    return ch.isalnum() and not is_cjk(ch)


def only_hint_gaps_removed(spaced: str, tidy: str) -> bool:
    """True when ``tidy`` is ``spaced`` with some whitespace runs taken out, each where a line-break
    hint may have stood: never between two letters or digits of a language that spaces its words.

    Merging takes the tidier of two copies of the same words only then, so a file with English words
    run together ("Whichpassword") cannot rewrite the words another kiosk recorded.
    """
    if tidy == spaced:
        return False
    i = j = 0
    while i < len(spaced):
        if j < len(tidy) and spaced[i] == tidy[j]:
            i, j = i + 1, j + 1
            continue
        if not spaced[i].isspace():
            return False
        end = i
        while end < len(spaced) and spaced[end].isspace():
            end += 1
        if i > 0 and end < len(spaced) and _spaces_words(spaced[i - 1]) and _spaces_words(spaced[end]):
            return False
        i = end
    return j == len(tidy)
