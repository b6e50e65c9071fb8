"""Quiz-quality warnings for ``kiosk check``: questions that work but can be passed without knowing.

Each quiz file (each language) is judged on its own:

- the right answer is the one longest choice in most single-answer questions (visitors learn to pick
  the longest);
- a question with only two choices that is not a true/false question (a guess is right half the time);
- two choices of a question that say the same thing, or nearly (an importer's "." choices too);
- "all of the above" / "以上都是" in a question whose choices are shuffled, so it may not come last.

Only the kinds that show a list of choices are judged (``CHOICE_KINDS``); any other kind (true/false,
and kinds added later) has rules of its own.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Diagnostic, Text, warning
from kiosk.content.lesson_model import Choice, Question, Quiz

#: the kinds whose choices are a list the visitor picks from: the only ones these warnings judge
CHOICE_KINDS = frozenset({"single", "multiple"})
#: warn when the right answer is the one longest choice in more than this share of single-answer questions
LONGEST_SHARE = 0.40
#: ... and only when it is so in at least this many of them (two of four happens by chance)
LONGEST_AT_LEAST = 3
#: two choices at least this similar (difflib's ratio of their normalised text) are "nearly the same"
NEAR_RATIO = 0.9

_TAGS = re.compile(r"<[^>]+>")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"[`*_\s]")
_NOT_WORDS = re.compile(r"[\W_]+")
#: "all of the above", "none of the above", "both of the above", "neither of the below"...
_ABOVE_EN = re.compile(
    r"\b(all|none|both|neither|any|each)\b.{0,20}\b(above|below|previous)\b", re.IGNORECASE
)
#: 以上都是 / 以上都不是 / 以上皆是 / 以上皆非 / 以上均不 / 以上全部 / 上述都对 / 以下都不是 ...
_ABOVE_ZH = re.compile(r"(以上|上述|以下|上面)(的)?(都|皆|均|全|全部|所有|选项)")
#: words that make two nearly equal sentences say opposite things ("you should (not) share it")
_NEGATION = re.compile(r"\b(not|no|never|don't|doesn't|isn't|can't|cannot|won't)\b|[不没別别非无未勿]", re.I)


def visible_text(choice: Choice) -> str:
    """A choice's words as the visitor reads them: links and pictures by their text, no markup."""
    text = choice.source or _TAGS.sub("", choice.html)
    if "[" in text or "<" in text:  # most choices are plain words: no pattern to run
        text = _TAGS.sub("", _LINK.sub(r"\1", text))
    return text


def visible_length(choice: Choice) -> int:
    """How long a choice looks: its visible characters, spaces and Markdown marks left out."""
    return len(_MARKS.sub("", visible_text(choice)))


def _normalised(choice: Choice) -> str:
    """Text to compare choices by: case, width, spaces and punctuation folded away.

    A choice of punctuation alone (an importer's ".") keeps its punctuation, so two of them compare equal.
    """
    text = unicodedata.normalize("NFKC", visible_text(choice)).casefold()
    return _NOT_WORDS.sub("", text) or "".join(text.split())


def _is_picture(choice: Choice) -> bool:
    return choice.html.lstrip().startswith("<img")


def _right_is_unique_longest(question: Question) -> bool:
    right = [c for c in question.choices if c.correct]
    others = [visible_length(c) for c in question.choices if not c.correct]
    return len(right) == 1 and bool(others) and visible_length(right[0]) > max(others)


def _judged_for_length(quiz: Quiz) -> list[Question]:
    """The single-answer questions whose choices are words (a picture's length says nothing)."""
    return [
        q
        for q in quiz.questions
        if q.kind == "single" and len(q.choices) > 1 and not any(_is_picture(c) for c in q.choices)
    ]


def longest_tally(quiz: Quiz) -> tuple[int, int]:
    """(questions whose right answer is the one longest choice, single-answer questions judged)."""
    judged = _judged_for_length(quiz)
    return sum(1 for q in judged if _right_is_unique_longest(q)), len(judged)


def too_often_longest(longest: int, judged: int) -> bool:
    """More than ``LONGEST_SHARE`` of the questions, and at least ``LONGEST_AT_LEAST`` of them.

    With four choices the right one is the longest by chance one time in four, so in a quiz of four
    questions two of them prove little (a quarter of honest quizzes would be warned about); three do.
    """
    return longest >= LONGEST_AT_LEAST and longest > LONGEST_SHARE * judged


def longest_message(longest: int, judged: int, *, lines: str = "", language: str = "") -> Text:
    """The longest-answer warning for one quiz (its questions' ``lines``) or a ``language``'s quizzes."""
    share = f"{LONGEST_SHARE:.0%}"
    if language:
        return Text(
            QT_TRANSLATE_NOOP(
                "check",
                "the right answer is the longest choice in {longest} of {judged} single-answer questions of "
                "the {language} quizzes taken together: visitors can pass by picking the longest; make some "
                "wrong answers as long and as believable as the right one (at most {share} of the questions "
                "should have the right answer as the one longest choice)",
            ),
            longest=longest,
            judged=judged,
            language=language,
            share=share,
        )
    return Text(
        QT_TRANSLATE_NOOP(
            "check",
            "the right answer is the longest choice in {longest} of {judged} single-answer questions (lines "
            "{lines}): visitors can pass by picking the longest; make some wrong answers as long and as "
            "believable as the right one (at most {share} of the questions should have the right answer as "
            "the one longest choice)",
        ),
        longest=longest,
        judged=judged,
        lines=lines,
        share=share,
    )


def _longest_warning(quiz: Quiz, path: Path) -> list[Diagnostic]:
    judged = _judged_for_length(quiz)
    longest = [q for q in judged if _right_is_unique_longest(q)]
    if not too_often_longest(len(longest), len(judged)):
        return []
    lines = ", ".join(str(q.line) for q in longest)
    return [warning(path, longest[0].line, longest_message(len(longest), len(judged), lines=lines))]


def _two_choices(question: Question, path: Path) -> list[Diagnostic]:
    if len(question.choices) != 2:
        return []
    return [
        warning(
            path,
            question.line,
            QT_TRANSLATE_NOOP(
                "check",
                "question '{id}' has only two choices, so a guess is right half the time: add a "
                "third believable choice, or, if it is a statement to judge, make it a true/false question "
                "('- [x] True' and '- [ ] False')",
            ),
            id=question.id,
        )
    ]


def _nearly_the_same(a: str, b: str, letters: Callable[[int], Counter[str]], i: int, j: int) -> bool:
    """Whether choices ``i`` and ``j`` (normalised ``a`` and ``b``) say the same, or nearly."""
    if a == b:
        return True
    # difflib's ratio is at most what the lengths, then the letters in common, allow: most pairs stop
    # at these cheap bounds (SequenceMatcher's own quick_ratio indexes the text first, ten times slower)
    total = len(a) + len(b)
    if 2 * min(len(a), len(b)) < NEAR_RATIO * total:
        return False
    if 2 * sum((letters(i) & letters(j)).values()) < NEAR_RATIO * total:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() < NEAR_RATIO:
        return False
    # "10 characters" and "12 characters", "share it" and "do not share it": different answers
    differing = "".join(
        a[i1:i2] + b[j1:j2] for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )
    return not (any(ch.isdigit() for ch in differing) or _NEGATION.search(differing))


def _duplicates(question: Question, path: Path) -> list[Diagnostic]:
    texts = [_normalised(c) for c in question.choices]
    counted: dict[int, Counter[str]] = {}

    def letters(index: int) -> Counter[str]:
        if index not in counted:
            counted[index] = Counter(texts[index])
        return counted[index]

    out = []
    reported: set[int] = set()
    for i, a in enumerate(texts):
        if i in reported or _is_picture(question.choices[i]):
            continue
        for j in range(i + 1, len(texts)):
            if (
                j in reported
                or _is_picture(question.choices[j])
                or not _nearly_the_same(a, texts[j], letters, i, j)
            ):
                continue
            reported.add(j)
            shown = visible_text(question.choices[i]).strip()
            if len(shown) > 40:
                shown = shown[:39] + "…"
            out.append(
                warning(
                    path,
                    question.line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "question '{id}': choices {first} and {second} say the same ('{shown}'): "
                        "visitors cannot tell them apart; reword one or remove it",
                    )
                    if a == texts[j]
                    else QT_TRANSLATE_NOOP(
                        "check",
                        "question '{id}': choices {first} and {second} say nearly the same ('{shown}'): "
                        "visitors cannot tell them apart; reword one or remove it",
                    ),
                    id=question.id,
                    first=i + 1,
                    second=j + 1,
                    shown=shown,
                )
            )
    return out


def _above(question: Question, path: Path, shuffled: bool) -> list[Diagnostic]:
    if not shuffled:
        return []
    for number, choice in enumerate(question.choices, start=1):
        text = visible_text(choice)
        if _ABOVE_EN.search(text) or _ABOVE_ZH.search(text):
            return [
                warning(
                    path,
                    question.line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "question '{id}': choice {number} ('{choice}') points at the other "
                        "choices, but the choices are shuffled, so it may not come last: write 'shuffle: "
                        "false' on a line under the question's heading and put that choice last",
                    ),
                    id=question.id,
                    number=number,
                    choice=text.strip(),
                )
            ]
    return []


def quiz_warnings(quiz: Quiz) -> list[Diagnostic]:
    """The quality warnings for one quiz file (one language), with its file and the questions' lines."""
    path = quiz.path or Path("quiz.md")
    out = _longest_warning(quiz, path)
    for question in quiz.questions:
        if question.kind not in CHOICE_KINDS:
            continue
        out += _two_choices(question, path)
        out += _duplicates(question, path)
        out += _above(question, path, quiz.shuffle_choices and question.shuffle)
    return out
