"""A true/false question's two answers as large buttons side by side: True first, then False.

Each is a choice card (the same states, marker and verdict words), laid out as a tall tile with its
word large in the middle, so a finger finds it at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.journey import PresentedQuestion
from kiosk.ui.widgets.cards import ChoiceCard


class TrueFalseCard(ChoiceCard):
    """True or False as a tall tile: the marker and the word centred, the verdict under them."""

    TEXT_NAME = "TrueFalseText"

    def arrange(self) -> None:
        s = self.scale  # the tile's height is the stylesheet's (TrueFalseCard min-height) ...
        # ... or more, when a narrow tile wraps its verdict's words (large text, a short screen)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.text.setWordWrap(False)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(self)
        column.setContentsMargins(round(22 * s), round(18 * s), round(22 * s), round(18 * s))
        column.setSpacing(round(10 * s))
        word = QHBoxLayout()
        word.setSpacing(round(20 * s))
        word.addStretch(1)
        word.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignVCenter)
        word.addWidget(self.text, 0, Qt.AlignmentFlag.AlignVCenter)
        word.addStretch(1)
        # The verdict's line is kept while empty, so the word does not jump up when the answer is checked.
        policy = self.verdict_box.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.verdict_box.setSizePolicy(policy)
        self.verdict_box.setMinimumHeight(round(40 * s))  # the verdict icon's side, taller than its words
        column.addStretch(1)
        column.addLayout(word)
        column.addWidget(self.verdict_box, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)


class TrueFalsePair(QWidget):
    """The two tiles of a true/false question; ``toggled`` says which choice a tap asked for."""

    toggled = Signal(str)

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = (TrueFalseCard(scale), TrueFalseCard(scale))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(24 * scale))
        for tile in self.tiles:
            tile.clicked.connect(lambda _=False, t=tile: self._tapped(t))
            row.addWidget(tile, 1)

    def fill(
        self, shown: PresentedQuestion, marker: str, folder: Path | None, pack_root: Path | None
    ) -> dict[str, ChoiceCard]:
        """The question's two choices on the tiles, in the order given (True first, as content keeps it)."""
        assert len(shown.choices) == len(self.tiles), "a true/false question has two choices"
        for tile, choice in zip(self.tiles, shown.choices, strict=True):
            tile.set_choice(choice, marker, folder, pack_root)
            tile.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return {tile.choice_id: tile for tile in self.tiles}

    def _tapped(self, card: ChoiceCard) -> None:
        # A click that lands after the card was emptied (Enter animates a click for 100 ms, and an idle
        # reset may come meanwhile) asks for nothing.
        if card.choice_id:
            self.toggled.emit(card.choice_id)

    def empty(self) -> None:
        for tile in self.tiles:
            tile.clear()
