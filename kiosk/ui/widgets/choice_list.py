"""A question's choices as a column of cards ("single" and "multiple" questions).

The cards are pooled: made once (styling a new card is the slow part of a screen change) and refilled
question after question; cards a question does not need are hidden and emptied.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.journey import PresentedQuestion
from kiosk.ui.widgets.cards import ChoiceCard


class ChoiceList(QWidget):
    """Cards one under the other; ``toggled`` says which choice a tap asked for."""

    toggled = Signal(str)

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.pool: list[ChoiceCard] = []  # every card made so far
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(round(16 * scale))

    def reserve(self, count: int) -> None:
        """Have at least ``count`` cards in the pool, styled and hidden until a question needs them.

        A new card is polished (its stylesheet rules matched for it and each of its labels) the first
        time it shows, which cost a screen change about 8 ms per card when a question brought more
        choices than any before it; made while the visitor reads, they only need showing then.
        """
        while len(self.pool) < count:
            card = ChoiceCard(self.scale)
            card.clicked.connect(lambda _=False, c=card: self._tapped(c))
            self.column.addWidget(card)
            card.hide()  # explicitly: a widget joining a shown layout would show at the next turn
            self.pool.append(card)
            card.ensurePolished()

    def fill(
        self, shown: PresentedQuestion, marker: str, folder: Path | None, pack_root: Path | None
    ) -> dict[str, ChoiceCard]:
        """Show ``shown``'s choices in order; cards stay shown from question to question.

        Hiding and showing them again would lay the whole list out twice; only cards this question
        does not need are hidden (and emptied).
        """
        cards = {}
        self.reserve(len(shown.choices))
        for position, choice in enumerate(shown.choices):
            card = self.pool[position]
            card.set_choice(choice, marker, folder, pack_root)
            if card.isHidden():
                card.show()  # at once, not at the next turn of the event loop
            cards[choice.id] = card
        for card in self.pool[len(shown.choices) :]:
            if not card.isHidden():
                card.hide()
                card.clear()
        return cards

    def _tapped(self, card: ChoiceCard) -> None:
        # A click that lands after the card was emptied (Enter animates a click for 100 ms, and an idle
        # reset may come meanwhile) asks for nothing.
        if card.choice_id:
            self.toggled.emit(card.choice_id)

    def empty(self) -> None:
        """No choice shown and none remembered: the next visitor finds no trace."""
        for card in self.pool:
            card.hide()
            card.clear()
