"""Split a GIFT file into question blocks and each block into tokens that know their line.

GIFT rules kept here: a blank line ends a question, a line starting with ``//`` is a comment, a line
starting with ``$CATEGORY:`` names a category, and ``\\`` escapes the control characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    TEXT = "text"
    LBRACE = "{"
    RBRACE = "}"
    TILDE = "~"
    EQUALS = "="
    HASH = "#"
    #: ``####``, which starts a question's general feedback
    GENERAL = "####"
    #: ``::``, which opens and closes a question's title
    COLONS = "::"


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    line: int


@dataclass(frozen=True)
class Line:
    number: int
    text: str


@dataclass(frozen=True)
class Block:
    """The lines of one question (comments removed), or a ``$CATEGORY:`` line."""

    lines: tuple[Line, ...]
    category: str | None = None

    @property
    def line(self) -> int:
        return self.lines[0].number if self.lines else 0


CATEGORY = "$CATEGORY:"

#: characters that a backslash turns into plain text
_ESCAPABLE = "~=#{}:\\"
_MAYBE_SPECIAL = re.compile(r"[\\{}~=#:]")


def split_blocks(source: str) -> list[Block]:
    """Group the file's lines into question blocks; a ``$CATEGORY:`` line is a block of its own."""
    blocks: list[Block] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            blocks.append(Block(tuple(current)))
            current.clear()

    lines = source.splitlines()
    depth = 0
    for number, raw in enumerate(lines, start=1):
        # Moodle trims every line before it reads it, so indentation never means anything.
        text = raw.strip()
        if not text:
            # A blank line inside open braces, before more answers, is a loose style seen in the wild
            if not (depth > 0 and _continues_answers(lines, number)):
                flush()
                depth = 0
        elif text.startswith("//"):
            continue
        elif text.startswith(CATEGORY) and depth == 0:
            # its own block even without the blank line before it that Moodle's exports have
            flush()
            blocks.append(Block((Line(number, text),), category=text[len(CATEGORY) :].strip()))
        else:
            current.append(Line(number, text))
            depth = max(0, depth + _brace_balance(text))
    flush()
    return blocks


_ANSWER_START = ("=", "~", "#", "}", "%")
_TRUE_FALSE_LINE = re.compile(r"(?i)^(T|F|TRUE|FALSE)\s*(#.*)?}?$")


def _continues_answers(lines: list[str], number: int) -> bool:
    """Whether the next non-blank line after line ``number`` goes on with the answers of an open ``{``."""
    for raw in lines[number:]:
        text = raw.strip()
        if text:
            return text.startswith(_ANSWER_START) or bool(_TRUE_FALSE_LINE.match(text))
    return False


def _brace_balance(text: str) -> int:
    """Unescaped ``{`` minus unescaped ``}`` on a line."""
    plain = re.sub(r"\\.", "", text)
    return plain.count("{") - plain.count("}")


def tokenize(lines: tuple[Line, ...]) -> list[Token]:
    """Tokens of one block. Lines are joined by newlines inside TEXT tokens; escapes become text."""
    tokens: list[Token] = []
    text: list[str] = []
    text_line = 0

    def add_text(chars: str, line: int) -> None:
        nonlocal text_line
        if not text:
            text_line = line
        text.append(chars)

    def emit(kind: Kind, chars: str, line: int) -> None:
        if text:
            tokens.append(Token(Kind.TEXT, "".join(text), text_line))
            text.clear()
        tokens.append(Token(kind, chars, line))

    for index, line in enumerate(lines):
        if index:
            add_text("\n", line.number)
        chars = line.text
        i = 0
        while i < len(chars):
            # Copy the run of ordinary characters up to the next one that may be special, in one step.
            special = _MAYBE_SPECIAL.search(chars, i)
            end = special.start() if special else len(chars)
            if end > i:
                add_text(chars[i:end], line.number)
                i = end
                continue
            ch = chars[i]
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if ch == "\\" and nxt in _ESCAPABLE and nxt:
                add_text(nxt, line.number)
                i += 2
            elif ch == "\\" and nxt == "n":
                # Moodle's "\n" escape is a line break; the kiosk reflows text, so it is a newline here.
                add_text("\n", line.number)
                i += 2
            elif ch == "#" and chars.startswith("####", i):
                emit(Kind.GENERAL, "####", line.number)
                i += 4
            elif ch == ":" and nxt == ":":
                emit(Kind.COLONS, "::", line.number)
                i += 2
            elif ch in "{}~=#":
                emit(Kind(ch), ch, line.number)
                i += 1
            else:
                add_text(ch, line.number)
                i += 1
    if text:
        tokens.append(Token(Kind.TEXT, "".join(text), text_line))
    return tokens


def literal(tokens: list[Token]) -> str:
    """The tokens as plain text, control characters included (for text outside the answers)."""
    return "".join(t.text for t in tokens)
