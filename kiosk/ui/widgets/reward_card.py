"""The reward part of a result: a won code, big and grouped for reading aloud, and what to do with it;
or a kind word when the draw said no, the day's rewards are given, or the stock is gone.

``instructions`` gives the same words for a receipt printer (or anything else that shows a reward).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.journey.rewards import Reward, RewardOutcome, RewardStatus
from kiosk.ui.widgets.plain import plain_text


def instructions(reward: Reward) -> str:
    """What the visitor does with ``reward``, in the interface's language now."""
    words = QCoreApplication.translate(
        "RewardCard", "Show this code at the booth desk to collect your gift. It works once."
    )
    if reward.valid_until is not None:
        words += "" if words.endswith("。") else " "  # no space after a Chinese full stop
        words += QCoreApplication.translate("RewardCard", "Valid until %1.").replace(
            "%1", reward.valid_until.isoformat()
        )
    return words


def spoken(code: str) -> str:
    """The code for a screen reader, one symbol at a time ("K 7 M P, 3 Q X A")."""
    return ", ".join(" ".join(group) for group in code.split("-"))


class RewardCard(QFrame):
    """Hidden until a finished quiz's outcome has something to say (``show_outcome``)."""

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RewardCard")
        self.outcome: RewardOutcome | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(round(32 * scale), round(20 * scale), round(32 * scale), round(20 * scale))
        box.setSpacing(round(8 * scale))
        self.title = self._label("RewardTitle")
        self.code = self._label("RewardCodeText")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.words = self._label("RewardInstructions")
        for widget in (self.title, self.code, self.words):
            box.addWidget(widget)
        self.hide()

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        plain_text(label)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def show_outcome(self, outcome: RewardOutcome | None) -> None:
        self.outcome = outcome
        self.retranslate()

    def retranslate(self) -> None:
        outcome = self.outcome
        if outcome is None:
            for label in (self.title, self.code, self.words):
                label.setText("")
            self.setProperty("won", False)
            self.hide()
            return
        won = outcome.status is RewardStatus.WON and outcome.reward is not None
        if self.property("won") != won:
            self.setProperty("won", won)
            self.style().unpolish(self)
            self.style().polish(self)
        if won:
            assert outcome.reward is not None
            self.title.setText(QCoreApplication.translate("RewardCard", "You won a reward!"))
            self.code.setText(outcome.reward.code)
            self.code.setAccessibleName(spoken(outcome.reward.code))
            self.words.setText(instructions(outcome.reward))
        else:
            self.title.setText("")
            self.code.setText("")
            self.words.setText(
                {
                    RewardStatus.LOST_DRAW: QCoreApplication.translate(
                        "RewardCard", "No prize in the draw this time. Thank you for playing!"
                    ),
                    RewardStatus.NONE_TODAY: QCoreApplication.translate(
                        "RewardCard", "Today's rewards are all given out. Come back tomorrow!"
                    ),
                    RewardStatus.OUT_OF_STOCK: QCoreApplication.translate(
                        "RewardCard", "All the rewards have been given out. Thank you for playing!"
                    ),
                    RewardStatus.UNAVAILABLE: QCoreApplication.translate(
                        "RewardCard", "Sorry, no reward code can be given right now."
                    ),
                }.get(outcome.status, "")
            )
        self.title.setVisible(won)
        self.code.setVisible(won)
        self.show()
