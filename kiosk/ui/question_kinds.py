"""Question kinds on screen: the one table from a kind (``Question.kind``) to how the screen shows it.

Each kind names the widget that shows its choices (one is made per question screen, when a question
of that kind first shows, and reused), the marker on its cards and the hint under the question. The
names are those of ``kiosk.content.kinds.KINDS``; a test keeps the tables in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, SignalInstance

from kiosk.journey import PresentedQuestion
from kiosk.ui.widgets.cards import ChoiceCard
from kiosk.ui.widgets.choice_list import ChoiceList
from kiosk.ui.widgets.true_false import TrueFalsePair


class ChoiceView(Protocol):
    """A widget that shows a question's choices as cards and says which one a tap asked for."""

    toggled: SignalInstance

    def __init__(self, scale: float) -> None: ...

    def fill(
        self, shown: PresentedQuestion, marker: str, folder: Path | None, pack_root: Path | None
    ) -> dict[str, ChoiceCard]: ...

    def empty(self) -> None: ...


@dataclass(frozen=True)
class UiKind:
    view: type  # a ChoiceView widget class
    marker: str  # "radio" (one answer) or "box" (any number)
    hint: str  # in English; translated in the "QuestionScreen" context


KINDS: dict[str, UiKind] = {
    "single": UiKind(
        ChoiceList, "radio", QT_TRANSLATE_NOOP("QuestionScreen", "Choose one answer, then check it.")
    ),
    "multiple": UiKind(
        ChoiceList,
        "box",
        QT_TRANSLATE_NOOP("QuestionScreen", "Select all that apply, then check your answer."),
    ),
    "true_false": UiKind(
        TrueFalsePair,
        "radio",
        QT_TRANSLATE_NOOP("QuestionScreen", "True or false? Choose one, then check it."),
    ),
}


def of(kind: str) -> UiKind:
    return KINDS[kind]
