"""What the journey asks when a visitor finishes a quiz: did it earn a reward? (The rules live elsewhere.)

The journey only says what the visitor achieved (``Achievement``); a ``RewardDesk`` (the operator's
rules and the reward book, ``kiosk.operator.rewards``) answers with a ``RewardOutcome``. Nothing of the
visit goes to the desk: no visit id, no answers, no time, so a code can never be tied to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol


@dataclass(frozen=True)
class Achievement:
    """A finished quiz, as far as rewards care."""

    challenge: bool  # the booth challenge (else a lesson's quiz)
    score: int
    maximum: int
    passed: bool

    @property
    def full_marks(self) -> bool:
        return self.maximum > 0 and self.score == self.maximum


@dataclass(frozen=True)
class Reward:
    """A reward code a visitor won: what the screen shows and a receipt printer prints.

    ``code`` is grouped for reading aloud ("K7MP-3QXA"); ``valid_until`` is the last day it can be
    redeemed (None: as long as the event lasts). The words telling the visitor what to do with it are
    the UI's (translated): ``kiosk.ui.widgets.reward_card.instructions``.
    """

    code: str
    event: str
    valid_until: date | None = None


class RewardStatus(StrEnum):
    WON = "won"  # here is a code
    LOST_DRAW = "lost_draw"  # earned a chance, but the draw said no this time
    NONE_TODAY = "none_today"  # the day's cap is reached
    OUT_OF_STOCK = "out_of_stock"  # every gift is given
    UNAVAILABLE = "unavailable"  # the reward book cannot be written now (storage trouble)


@dataclass(frozen=True)
class RewardOutcome:
    status: RewardStatus
    reward: Reward | None = None


class RewardDesk(Protocol):
    def claim(self, achievement: Achievement) -> RewardOutcome | None:
        """The outcome for ``achievement``; None when it earns nothing (or rewards are off)."""
