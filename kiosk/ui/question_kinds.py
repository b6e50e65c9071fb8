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
from kiosk.ui.widgets.spot import SpotView
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
    marker: str  # "radio" (one answer), "box" (any number) or "spot" (places on a picture)
    hint: str  # in English; translated in the "QuestionScreen" context
    #: the feedback panel's words before the answer is checked ("" for the usual ones)
    prompt: str = ""
    #: once checked, the panel counts what was found ("3 of 4 red flags") instead of repeating feedback
    tally: bool = False


KINDS: dict[str, UiKind] = {
    "single": UiKind(
        ChoiceList, "radio", QT_TRANSLATE_NOOP("QuestionScreen", "Choose one answer, then check it.")
    ),
    "multiple": UiKind(
        ChoiceList,
        "box",
        # Authors write "Select all that apply" into such questions: the hint does not say it again.
        QT_TRANSLATE_NOOP("QuestionScreen", "More than one answer is right."),
    ),
    "true_false": UiKind(
        TrueFalsePair,
        "radio",
        QT_TRANSLATE_NOOP("QuestionScreen", "True or false? Choose one, then check it."),
    ),
    "spot": UiKind(
        SpotView,
        "spot",
        QT_TRANSLATE_NOOP("QuestionScreen", "Tap every part of the picture that looks suspicious."),
        prompt=QT_TRANSLATE_NOOP(
            "QuestionScreen",
            "Each red flag you find lights up with a number and says why. Check when you are done: "
            "the ones you missed are shown too.",
        ),
        tally=True,
    ),
}


def of(kind: str) -> UiKind:
    return KINDS[kind]
