"""Question kinds in content: the one table from a kind to its rules for authors.

A kind is a plain string on ``Question.kind``. This table says how authors name each kind on a
``kind:`` line, when a question without one is of that kind, and what makes one well formed (and in
which order its choices are kept). The journey (``kiosk.journey.kinds``) and the screen
(``kiosk.ui.question_kinds``) keep their own tables under the same names: a new kind is one module in
each layer plus one line in each table.
"""

from __future__ import annotations

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Diagnostic, warning
from kiosk.content.kinds.base import Draft, KindRules
from kiosk.content.kinds.choices import MULTIPLE, SINGLE
from kiosk.content.kinds.spot import SPOT
from kiosk.content.kinds.true_false import TRUE_FALSE

__all__ = ["KINDS", "Draft", "KindRules", "by_spelling", "infer"]

#: every kind, in the order a question without a ``kind:`` line is matched against them
KINDS: dict[str, KindRules] = {rules.name: rules for rules in (SPOT, TRUE_FALSE, MULTIPLE, SINGLE)}


def question_fields() -> frozenset[str]:
    """The ``key:`` lines some kind reads under a question's heading (``picture``...)."""
    return frozenset(key for rules in KINDS.values() for key in rules.question_fields)


def choice_fields() -> frozenset[str]:
    """The ``key:`` lines some kind reads under a choice (``area``...)."""
    return frozenset(key for rules in KINDS.values() for key in rules.choice_fields)


def unread_fields(rules: KindRules, draft: Draft) -> list[Diagnostic]:
    """Warnings for ``key:`` lines the question's kind does not read (they are left out)."""
    found = [(key, line) for key, (_, line) in draft.fields.items() if key not in rules.question_fields]
    found += [
        (key, line)
        for fields in draft.choice_fields
        for key, (_, line) in fields.items()
        if key not in rules.choice_fields
    ]
    owners = {
        key: other.written for other in KINDS.values() for key in other.question_fields + other.choice_fields
    }
    return [
        warning(
            draft.path,
            line,
            QT_TRANSLATE_NOOP(
                "check",
                "'{key}:' is read only in '{owner}' questions; question '{id}' is '{kind}', so the line is "
                "left out (write 'kind: {owner}' under the heading?)",
            ),
            key=key,
            owner=owners[key],
            id=draft.id,
            kind=rules.written,
        )
        for key, line in found
    ]


def by_spelling(word: str) -> KindRules | None:
    """The kind an author named on a ``kind:`` line (``true-false``, ``True_False``, ``判断``...)."""
    key = "-".join(word.strip().lower().replace("_", " ").split())
    for rules in KINDS.values():
        if key in rules.spellings:
            return rules
    return None


def spellings() -> str:
    """The kinds as authors write them, for messages: ``single, multiple, true-false``."""
    return ", ".join(rules.written for rules in sorted(KINDS.values(), key=_listing_order))


def _listing_order(rules: KindRules) -> int:
    order = ("single", "multiple", "true_false")
    return order.index(rules.name) if rules.name in order else len(order)


def infer(draft: Draft) -> KindRules:
    """The kind of a question whose author wrote none."""
    for rules in KINDS.values():
        if rules.claims(draft):
            return rules
    return KINDS["single"]
