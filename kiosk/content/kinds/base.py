"""What a question kind's content rules look at and give back (see ``kiosk.content.kinds``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.diagnostics import Diagnostic
from kiosk.content.lesson_model import Choice


@dataclass(frozen=True)
class Draft:
    """A question the quiz parser has read, before its kind's rules settle it."""

    id: str
    path: Path
    line: int  # the question's heading
    choices: tuple[Choice, ...]  # in the file's order, with ids (positional letters unless given)
    choice_lines: tuple[int, ...]
    given_ids: tuple[bool, ...]  # which choices carry the author's own ``{#id}``
    #: ``key: value`` lines under the heading that some kind reads (``picture:``), as key -> (value, line)
    fields: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: the same under each choice (``area:``), one dict per choice
    choice_fields: tuple[dict[str, tuple[str, int]], ...] = ()
    #: which choices have feedback written under them (their HTML is left empty by ``kiosk check``)
    feedback_given: tuple[bool, ...] = ()
    #: where the quiz's pictures are looked for (None in tests that parse text alone)
    lesson_folder: Path | None = None
    pack_root: Path | None = None
    #: the language the quiz is read in (a picture may have a translation for it), "" when unknown
    language: str = ""

    @property
    def right_count(self) -> int:
        return sum(1 for c in self.choices if c.correct)


@dataclass(frozen=True)
class KindRules:
    """One kind's rules for authors: how it is named, when it is inferred, what makes it well formed."""

    name: str  # the value of ``Question.kind``
    #: how authors may name it on a ``kind:`` line (compared in lower case, ``_`` and spaces read as ``-``)
    spellings: tuple[str, ...]
    #: whether a question with no ``kind:`` line is of this kind (tried in the table's order)
    claims: Callable[[Draft], bool]
    #: the question's choices in the order they are kept, plus warnings; raises ContentError if malformed
    settle: Callable[[Draft], tuple[tuple[Choice, ...], list[Diagnostic]]]
    #: how the kind is written on a ``kind:`` line by the import writer
    written: str = ""
    #: the ``key:`` lines it reads under a question's heading, and under each of its choices
    question_fields: tuple[str, ...] = ()
    choice_fields: tuple[str, ...] = ()
    #: values of the question's own fields (``picture``, ``need``) taken from a settled draft
    extras: Callable[[Draft, tuple[Choice, ...]], dict[str, object]] | None = None
