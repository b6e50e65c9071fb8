"""Question kinds in the journey: the one table from a kind (``Question.kind``) to how it is answered.

The names are those of ``kiosk.content.kinds.KINDS``; a kind the content knows but this table does
not is a programming error (a test keeps the tables in step).
"""

from __future__ import annotations

from kiosk.content.model import Question
from kiosk.journey.kinds.base import JourneyKind
from kiosk.journey.kinds.choices import MULTIPLE, SINGLE
from kiosk.journey.kinds.spot import SPOT
from kiosk.journey.kinds.true_false import TRUE_FALSE

__all__ = ["KINDS", "JourneyKind", "of"]

KINDS: dict[str, JourneyKind] = {
    "single": SINGLE,
    "multiple": MULTIPLE,
    "true_false": TRUE_FALSE,
    "spot": SPOT,
}


def of(question: Question) -> JourneyKind:
    return KINDS[question.kind]
