"""Parser for Moodle's Aiken format: a one-line question, choices ``A.`` or ``A)``, then ``ANSWER: X``.

A small line-by-line state machine; every error names its line, and a bad question does not stop the
questions after it from importing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.diagnostics import Diagnostic, error
from kiosk.content.importers.model import ImportedChoice, ImportedQuestion, ImportReport, RichText
from kiosk.content.kinds import true_false

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ANSWER = "ANSWER:"


@dataclass
class _Open:
    """The question being read: its line, text and choices so far."""

    line: int
    text: str
    choices: list[tuple[int, str]] = field(default_factory=list)  # (line, text)


def _choice(line: str) -> tuple[str, str] | None:
    """``B) text`` or ``B. text`` -> ("B", "text"); anything else -> None."""
    if len(line) >= 3 and line[0] in _LETTERS and line[1] in ".)" and line[2] in " \t":
        return line[0], line[3:].strip()
    return None


def parse_aiken(source: str, path: Path) -> ImportReport:
    questions: list[ImportedQuestion] = []
    diagnostics: list[Diagnostic] = []
    current: _Open | None = None
    broken = False  # after an error, skip to the next ANSWER: line before reading a new question

    def fail(line: int, message: str) -> None:
        nonlocal current, broken
        diagnostics.append(error(path, line, message))
        current, broken = None, True

    after_blank = False
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if not line:
            after_blank = True
            continue
        new_paragraph = after_blank and _choice(line) is None and not line.upper().startswith(_ANSWER)
        if new_paragraph and current is not None and current.choices:
            # Text after a blank line starts the next question: the one before lost its answer line.
            fail(current.line, "the question has no 'ANSWER: X' line after its choices")
            broken = False
        after_blank = False
        choice = _choice(line)
        if line.upper().startswith(_ANSWER):
            if broken:
                broken = False
                continue
            if current is None:
                fail(number, "'ANSWER:' without a question and choices before it")
                broken = False
                continue
            letter = line[len(_ANSWER) :].strip()
            labels = _LETTERS[: len(current.choices)]
            if len(current.choices) < 2:
                fail(number, f"the question on line {current.line} needs at least two choices (A. and B.)")
            elif len(letter) != 1 or letter.upper() not in labels:
                fail(number, f"'ANSWER:' must name one of the choices {', '.join(labels)}; found '{letter}'")
            else:
                questions.append(_question(current, labels.index(letter.upper())))
                current = None
            broken = False
        elif broken:
            continue
        elif choice is not None:
            letter, text = choice
            if current is None:
                fail(number, f"choice '{letter}' comes before any question text")
            elif letter != _LETTERS[len(current.choices)]:
                expected = _LETTERS[len(current.choices)]
                fail(number, f"choice '{letter}' is out of order: expected '{expected}.' here")
            elif not text:
                fail(number, f"choice '{letter}' has no text")
            else:
                current.choices.append((number, text))
        elif current is None:
            current = _Open(number, line)
        elif not current.choices:
            fail(
                number,
                f"expected the choices 'A. ...', 'B. ...' after the question on line {current.line} "
                "(an Aiken question is written on one line)",
            )
        else:
            fail(number, f"expected 'ANSWER: X' after the choices of the question on line {current.line}")
    if current is not None:
        diagnostics.append(
            error(path, current.line, "the question has no 'ANSWER: X' line after its choices")
        )
    return ImportReport(source=path, questions=tuple(questions), diagnostics=tuple(diagnostics))


def _question(current: _Open, right: int) -> ImportedQuestion:
    choices = tuple(
        ImportedChoice(RichText(text), index == right) for index, (_, text) in enumerate(current.choices)
    )
    # Aiken has no true/false type: "A. True / B. False" is how one is written, so it becomes one.
    sides = [true_false.meaning(text) for _, text in current.choices]
    if len(sides) == 2 and set(sides) == {True, False}:
        ordered = tuple(sorted(choices, key=lambda choice: not true_false.meaning(choice.text.text)))
        return ImportedQuestion(RichText(current.text), ordered, current.line, kind="true_false")
    return ImportedQuestion(RichText(current.text), choices, current.line)
