"""Parser for Moodle's GIFT question format: one question per block, answers in ``{...}``.

It works on the tokens of ``gift_lexer`` (which carry line numbers), decides the question type the way
Moodle does, imports choice and true/false questions and skips the types the kiosk cannot show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.diagnostics import Diagnostic, error, warning
from kiosk.content.importers import markup
from kiosk.content.importers.gift_lexer import Block, Kind, Token, literal, split_blocks, tokenize
from kiosk.content.importers.model import (
    BLANK,
    ImportedChoice,
    ImportedQuestion,
    ImportReport,
    RichText,
    Skipped,
    TextFormat,
)

_FORMATS = {
    "plain": TextFormat.PLAIN,
    "moodle": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
    "html": TextFormat.HTML,
}
_TRUE = {"T", "TRUE"}
_FALSE = {"F", "FALSE"}


class GiftError(Exception):
    """A malformed question: its line and a message meant for the author."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class _Context:
    warn: Callable[[int, str], None]


def parse_gift(source: str, path: Path) -> ImportReport:
    """Read a whole GIFT file; each malformed question gives an error and the others still import."""
    questions: list[ImportedQuestion] = []
    skipped: list[Skipped] = []
    diagnostics: list[Diagnostic] = []
    categories: list[str] = []
    context = _Context(warn=lambda line, message: diagnostics.append(warning(path, line, message)))
    for block in split_blocks(source):
        if block.category is not None:
            if block.category:
                categories.append(block.category)
            else:
                context.warn(block.line, "'$CATEGORY:' without a category name is ignored")
            continue
        try:
            result = _parse_block(block, context)
        except GiftError as problem:
            diagnostics.append(error(path, problem.line, problem.message))
            continue
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            questions.append(result)
    return ImportReport(
        source=path,
        questions=tuple(questions),
        skipped=tuple(skipped),
        diagnostics=tuple(diagnostics),
        categories=tuple(categories),
    )


def _parse_block(block: Block, context: _Context) -> ImportedQuestion | Skipped:
    tokens = tokenize(block.lines)
    line = block.line
    title, tokens = _title(tokens, line)
    named = f" '{title}'" if title else ""

    open_at = _find(tokens, Kind.LBRACE)
    stray_close = _find(tokens[: open_at if open_at is not None else len(tokens)], Kind.RBRACE)
    if stray_close is not None:
        raise GiftError(
            tokens[stray_close].line, "'}' without a '{' before it (write \\} for a literal brace)"
        )
    if open_at is None:
        if not literal(tokens).strip():
            raise GiftError(line, f"question{named} has no text and no answers")
        return Skipped(line, "description", "text without answers in braces (a Moodle 'description')", title)

    close_at = _find(tokens, Kind.RBRACE, start=open_at + 1)
    inner_open = _find(tokens[: close_at if close_at is not None else len(tokens)], Kind.LBRACE, open_at + 1)
    if inner_open is not None:
        raise GiftError(
            tokens[inner_open].line,
            f"'{{' inside the answers opened on line {tokens[open_at].line}: close them with '}}' first "
            "(write \\{ for a literal brace)",
        )
    if close_at is None:
        raise GiftError(
            tokens[open_at].line,
            "'{' is never closed with '}' (a blank line or the end of the file ends a question)",
        )
    after = tokens[close_at + 1 :]
    for token in after:
        if token.kind is Kind.LBRACE and token.line > tokens[close_at].line:
            raise GiftError(
                token.line,
                f"a second '{{' on the line after the answers that closed on line {tokens[close_at].line}: "
                "if a new question starts here, put a blank line before it (a blank line ends each "
                "question); else write \\{ for a literal brace",
            )
        if token.kind in (Kind.LBRACE, Kind.RBRACE):
            raise GiftError(
                token.line,
                f"a second '{token.text}' after the answers: a GIFT question has one answer block "
                f"(write \\{token.text} for a literal brace)",
            )

    answers = tokens[open_at + 1 : close_at]
    answers, general = _general_feedback(answers)
    kind = _question_type(answers)
    if kind == "short answer":
        # Skipped, but an empty '=' is still a mistake worth showing (as in `{=}`).
        _parse_answers(answers, TextFormat.PLAIN)
    if kind in _SKIPPED:
        return Skipped(line, kind, _SKIPPED[kind], title)
    text = _question_text(tokens[:open_at], after, line, context)
    explanation = _rich(literal(general), text.format)
    if kind == "truefalse":
        choices = _true_false(answers, text.format)
        return ImportedQuestion(text, choices, line, title, explanation, kind="true_false")
    if kind == "choice":
        choices = _choices(answers, text.format, line, context)
        if isinstance(choices, Skipped):
            return Skipped(choices.line, choices.kind, choices.reason, title)
        as_true_false = _as_true_false(choices)
        if as_true_false:
            return ImportedQuestion(text, as_true_false, line, title, explanation, kind="true_false")
        # Moodle's own split: '=' asks for one answer, weights alone ask for every right one.
        several = not any(t.kind is Kind.EQUALS for t in answers)
        return ImportedQuestion(
            text, choices, line, title, explanation, kind="multiple" if several else "single"
        )
    raise GiftError(
        _first_line(answers, line),
        f"cannot read the answers '{_squash(literal(answers))}': begin each answer with '=' (right) or "
        "'~' (wrong), or write T or F for a true/false question (write \\= or \\~ for a literal '=' or '~')",
    )


_SKIPPED = {
    "essay": "essay questions (empty braces {}) have no screen on the kiosk",
    "numerical": "numerical questions ({#...}) have no screen on the kiosk",
    "matching": "matching questions (=... -> ...) have no screen on the kiosk",
    "short answer": "short-answer questions (only '=' answers) need typing, which the kiosk does not offer",
}


def _title(tokens: list[Token], line: int) -> tuple[str, list[Token]]:
    if not tokens or tokens[0].kind is not Kind.COLONS:
        return "", tokens
    end = _find(tokens, Kind.COLONS, start=1)
    if end is None:
        raise GiftError(line, "the title opened with '::' is not closed with '::'")
    return _squash(literal(tokens[1:end])), tokens[end + 1 :]


def _question_text(before: list[Token], after: list[Token], line: int, context: _Context) -> RichText:
    fmt, prefix = _text_format(literal(before).lstrip(), TextFormat.PLAIN)
    suffix = literal(after)
    if suffix.strip():
        if _is_stray(prefix, suffix):
            context.warn(
                after[0].line,
                f"ignored '{suffix.strip()}' after the answers: the sentence had already ended",
            )
            text = prefix
        else:
            # Text after the answers makes a missing-word question: the answers fill a blank.
            text = prefix + BLANK + suffix
    else:
        text = prefix
    if not text.replace(BLANK, "").strip():
        raise GiftError(line, "the question has no text before its answers")
    return RichText(text.strip(), fmt)


def _is_stray(prefix: str, suffix: str) -> bool:
    """Punctuation after the answers of a question whose sentence already ended (as in `.{T}";`)."""
    ended = prefix.rstrip()[-1:] in (".", "?", "!")
    return ended and not any(ch.isalnum() for ch in suffix)


def _general_feedback(answers: list[Token]) -> tuple[list[Token], list[Token]]:
    """The answers, and the tokens of the general feedback after ``####`` (shown after any answer)."""
    marks = [i for i, t in enumerate(answers) if t.kind is Kind.GENERAL]
    if not marks:
        return answers, []
    if len(marks) > 1:
        raise GiftError(answers[marks[1]].line, "a second '####': a question has one general feedback")
    return answers[: marks[0]], answers[marks[0] + 1 :]


def _question_type(answers: list[Token]) -> str:
    """Moodle's order of tests: empty, '#' first, any '~', '=' with '->', T/F, '=' first."""
    content = [t for t in answers if t.kind is not Kind.TEXT or t.text.strip()]
    if not content:
        return "essay"
    if content[0].kind is Kind.HASH:
        return "numerical"
    kinds = {t.kind for t in content}
    if Kind.TILDE in kinds:
        return "choice"
    if Kind.EQUALS in kinds and "->" in literal(answers):
        return "matching"
    if literal(_split(answers, Kind.HASH)[0]).strip().upper() in _TRUE | _FALSE:
        return "truefalse"
    if content[0].kind is Kind.EQUALS:
        return "short answer"
    return "unknown"


def _true_false(answers: list[Token], fmt: TextFormat) -> tuple[ImportedChoice, ...]:
    value, rest = _split(answers, Kind.HASH)
    is_true = literal(value).strip().upper() in _TRUE
    # `{T#shown when wrong#shown when right}`: the first feedback goes with the wrong choice.
    wrong_feedback, right_feedback = _split(rest, Kind.HASH)
    wrong = _rich(literal(wrong_feedback), fmt)
    right = _rich(literal(right_feedback), fmt)
    return (
        ImportedChoice(RichText("True"), is_true, right if is_true else wrong),
        ImportedChoice(RichText("False"), not is_true, wrong if is_true else right),
    )


def _as_true_false(choices: tuple[ImportedChoice, ...]) -> tuple[ImportedChoice, ...] | None:
    """Two choices ``=TRUE`` and ``~FALSE`` (one a line, in either order): a true/false question,
    with True first as the kind keeps it; None for any other choices."""
    if len(choices) != 2 or sum(c.correct for c in choices) != 1:
        return None
    words = [c.text.text.strip().upper() for c in choices]
    if words == ["TRUE", "FALSE"] or words == ["T", "F"]:
        return choices
    if words == ["FALSE", "TRUE"] or words == ["F", "T"]:
        return choices[1], choices[0]
    return None


@dataclass(frozen=True)
class _Answer:
    marker: Token
    text: RichText
    weight: float | None
    feedback: RichText


def _choices(
    answers: list[Token], fmt: TextFormat, line: int, context: _Context
) -> tuple[ImportedChoice, ...] | Skipped:
    markers = [i for i, t in enumerate(answers) if t.kind in (Kind.TILDE, Kind.EQUALS)]
    leading = literal(answers[: markers[0]]).strip()
    if leading:
        raise GiftError(
            answers[0].line,
            f"'{_squash(leading)}' before the first answer: begin every answer with '=' (right) or '~' (wrong)",
        )
    parsed = _parse_answers(answers, fmt)
    if len(parsed) < 2:
        raise GiftError(line, "a choice question needs at least two answers")

    single = any(a.marker.kind is Kind.EQUALS for a in parsed)
    if single:
        # '=' marks the right answer; a weight of 100% does too. Partial credit does not exist here.
        correct = [a.marker.kind is Kind.EQUALS or (a.weight or 0) >= 100 for a in parsed]
        glued = _glued_equals(answers)
        if sum(correct) > 1 and glued:
            raise GiftError(
                glued[0].line,
                f"'=' inside an answer ('{_squash(glued[1])}'): GIFT reads every '=' as 'this answer is "
                "right', so this question has several right answers; write \\= for an '=' that is "
                "part of the text",
            )
        if glued:
            context.warn(
                glued[0].line,
                f"'=' inside '{_squash(glued[1])}' starts a new, right answer; if it is part of the "
                "text, write \\=",
            )
        if sum(correct) > 1:
            return Skipped(
                line,
                "several right answers",
                "more than one answer is fully right with '=', and the kiosk cannot accept 'any one of "
                "these' (give the right ones weights like ~%50% to ask 'select all that apply')",
            )
        for a, ok in zip(parsed, correct, strict=True):
            if not ok and (a.weight or 0) > 0:
                context.warn(
                    a.marker.line,
                    f"'{markup.words(a.text)}' earns {a.weight:g}% in Moodle; the kiosk has no partial "
                    "credit and counts it as wrong",
                )
    else:
        correct = [(a.weight or 0) > 0 for a in parsed]
        if not any(correct):
            raise GiftError(
                line,
                "no right answer: mark it with '=', or give the right answers a positive weight like ~%50%",
            )
    return tuple(ImportedChoice(a.text, ok, a.feedback) for a, ok in zip(parsed, correct, strict=True))


def _glued_equals(answers: list[Token]) -> tuple[Token, str] | None:
    """The first '=' written straight after text on its line (``~1+1=2``), with that text around it:
    most likely an '=' meant as part of an answer, not a new right answer."""
    for index, token in enumerate(answers):
        if token.kind is not Kind.EQUALS or index == 0:
            continue
        before = answers[index - 1]
        if before.kind is Kind.TEXT and before.text and not before.text[-1].isspace():
            after = answers[index + 1] if index + 1 < len(answers) else None
            following = after.text if after is not None and after.kind is Kind.TEXT else ""
            head = before.text.split("\n")[-1]
            return token, f"{head}={following.split(chr(10))[0]}".strip()
    return None


def _parse_answers(answers: list[Token], fmt: TextFormat) -> list[_Answer]:
    markers = [i for i, t in enumerate(answers) if t.kind in (Kind.TILDE, Kind.EQUALS)]
    parsed: list[_Answer] = []
    for number, start in enumerate(markers):
        end = markers[number + 1] if number + 1 < len(markers) else len(answers)
        parsed.append(_answer(answers[start], answers[start + 1 : end], fmt))
    return parsed


def _answer(marker: Token, tokens: list[Token], fmt: TextFormat) -> _Answer:
    text_tokens, feedback_tokens = _split(tokens, Kind.HASH)
    weight, text = _weight(literal(text_tokens).strip())
    answer_format, text = _text_format(text, fmt)
    if not text.strip():
        raise GiftError(
            marker.line,
            f"'{marker.text}' has no answer after it (write \\{marker.text} for a literal '{marker.text}')",
        )
    return _Answer(
        marker, RichText(text.strip(), answer_format), weight, _rich(literal(feedback_tokens), fmt)
    )


def _weight(text: str) -> tuple[float | None, str]:
    """``%50%answer`` -> (50.0, "answer"); text that is not a weight stays text, as in Moodle."""
    if not text.startswith("%"):
        return None, text
    end = text.find("%", 1)
    number = text[1:end] if end > 0 else ""
    digits = number[1:] if number.startswith("-") else number
    whole, _, fraction = digits.partition(".")
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        return None, text
    return float(number), text[end + 1 :].lstrip()


def _text_format(text: str, default: TextFormat) -> tuple[TextFormat, str]:
    """A leading ``[html]``, ``[markdown]``, ``[plain]`` or ``[moodle]`` sets the text's format."""
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end].strip().lower() if end > 0 else ""
        if name in _FORMATS:
            return _FORMATS[name], text[end + 1 :]
    return default, text


def _rich(text: str, default: TextFormat) -> RichText:
    fmt, body = _text_format(text.strip(), default)
    return RichText(body.strip(), fmt)


def _split(tokens: list[Token], kind: Kind) -> tuple[list[Token], list[Token]]:
    """Tokens before the first ``kind`` and those after it; later ones of that kind are text."""
    at = _find(tokens, kind)
    if at is None:
        return tokens, []
    return tokens[:at], tokens[at + 1 :]


def _find(tokens: list[Token], kind: Kind, start: int = 0) -> int | None:
    for index in range(start, len(tokens)):
        if tokens[index].kind is kind:
            return index
    return None


def _first_line(tokens: list[Token], default: int) -> int:
    return tokens[0].line if tokens else default


def _squash(text: str) -> str:
    """Text on one line with single spaces, for messages and titles."""
    return " ".join(text.split())
