"""True/false: a statement the visitor judges, with exactly two choices, True and False.

Written as the two choices ``- [x] True`` and ``- [ ] False`` (or 对/错, 正确/错误, √/×, in either order):
such a pair is a true/false question even without a ``kind:`` line. A choice in another language
says which it is with an id, ``- [x] Vrai {#true}``. True always comes first and is never shuffled;
the choices' ids are ``true`` and ``false`` (unless the author gave others), so results read plainly.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, ContentError, Diagnostic, error
from kiosk.content.kinds.base import Draft, KindRules
from kiosk.content.lesson_model import Choice

#: the words that name each side, in the pack's languages (compared in lower case, end punctuation off)
WORDS = {
    True: ("true", "对", "正确", "對", "正確", "√", "✓", "✔"),
    False: ("false", "错", "错误", "錯", "錯誤", "×", "✗", "✘"),
}
_END = " \t.!。！"


def meaning(text: str, choice_id: str = "") -> bool | None:
    """Whether a choice says True or False (its ``{#true}``/``{#false}`` id, else its words); None if neither."""
    if choice_id in ("true", "false"):
        return choice_id == "true"
    word = text.strip().strip("*_").strip(_END).lower()
    for side, words in WORDS.items():
        if word in words:
            return side
    return None


def _meanings(draft: Draft) -> list[bool | None]:
    return [
        meaning(choice.source, choice.id if given else "")
        for choice, given in zip(draft.choices, draft.given_ids, strict=True)
    ]


def _claims(draft: Draft) -> bool:
    return len(draft.choices) == 2 and sorted(_meanings(draft), key=str) == [False, True]


def _settle(draft: Draft) -> tuple[tuple[Choice, ...], list[Diagnostic]]:
    path, qid = draft.path, draft.id
    if len(draft.choices) != 2:
        raise ContentError(
            error(
                path,
                draft.line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "true/false question '{id}' has {count} choices: it needs exactly two, "
                    "'- [ ] True' and '- [ ] False', one of them marked '- [x]'",
                ),
                id=qid,
                count=len(draft.choices),
            )
        )
    meanings = _meanings(draft)
    for choice, side, line in zip(draft.choices, meanings, draft.choice_lines, strict=True):
        if side is None:
            raise ContentError(
                error(
                    path,
                    line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "true/false question '{id}': the choice '{choice}' is neither True nor False; "
                        "write True or False (对 or 错), or end it with {{#true}} or {{#false}}",
                    ),
                    id=qid,
                    choice=choice.source,
                )
            )
    if meanings[0] == meanings[1]:
        raise ContentError(
            error(
                path,
                draft.line,
                QT_TRANSLATE_NOOP(
                    "check", "true/false question '{id}' needs one True choice and one False choice"
                ),
                id=qid,
            )
        )
    if draft.right_count != 1:
        raise ContentError(
            error(
                path,
                draft.line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "true/false question '{id}' has {count} choices marked right: mark exactly one with '- [x]'",
                ),
                id=qid,
                count=draft.right_count,
            )
        )
    pairs = [
        (side, choice if given else replace(choice, id="true" if side else "false"))
        for choice, side, given in zip(draft.choices, meanings, draft.given_ids, strict=True)
    ]
    pairs.sort(key=lambda pair: not pair[0])  # True first, whatever the file's order
    return tuple(choice for _, choice in pairs), []


TRUE_FALSE = KindRules(
    name="true_false",
    spellings=("true-false", "true/false", "truefalse", "判断"),
    claims=_claims,
    settle=_settle,
    written="true-false",
)
