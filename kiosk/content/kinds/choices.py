"""The two kinds with a list of choices: "single" (one right answer) and "multiple" (select all that apply).

A question without a ``kind:`` line is "multiple" when several choices are marked right, else "single".
"""

from __future__ import annotations

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, ContentError, Diagnostic, error, warning
from kiosk.content.kinds.base import Draft, KindRules
from kiosk.content.lesson_model import Choice


def _few_choices(draft: Draft) -> list[Diagnostic]:
    if len(draft.choices) < 2:
        return [
            warning(
                draft.path,
                draft.line,
                QT_TRANSLATE_NOOP("check", "question '{id}' has only one choice"),
                id=draft.id,
            )
        ]
    return []


def _settle_single(draft: Draft) -> tuple[tuple[Choice, ...], list[Diagnostic]]:
    if draft.right_count != 1:
        raise ContentError(
            error(
                draft.path,
                draft.line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "question '{id}' is 'kind: single' but {count} choices are marked right: mark exactly one "
                    "with '- [x]', or write 'kind: multiple'",
                ),
                id=draft.id,
                count=draft.right_count,
            )
        )
    return draft.choices, _few_choices(draft)


def _settle_multiple(draft: Draft) -> tuple[tuple[Choice, ...], list[Diagnostic]]:
    return draft.choices, _few_choices(draft)


SINGLE = KindRules(
    name="single",
    spellings=("single", "one", "单选"),
    claims=lambda draft: draft.right_count <= 1,
    settle=_settle_single,
    written="single",
)

MULTIPLE = KindRules(
    name="multiple",
    spellings=("multiple", "select-all", "多选"),
    claims=lambda draft: draft.right_count > 1,
    settle=_settle_multiple,
    written="multiple",
)
