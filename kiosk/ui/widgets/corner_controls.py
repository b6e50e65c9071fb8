"""The visitor's corner controls in every screen's top bar: the language switch, and room for more.

One button per language of the pack, in that language's own name (a visitor looks for their own
language, not a translation of it), the current one checked. A language the open lesson has no
version of is shown but disabled, and says why to a screen reader, so the visitor keeps their place
rather than being thrown out of the lesson. ``accessory_slot`` is where the accessibility button of
issue #22 goes, before the languages. The double-tap guard (``kiosk.ui.tap_guard``) covers these
buttons like every other: the router reports a language change as a move.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QWidget

from kiosk.ui.widgets.buttons import big_button, set_text


class CornerControls(QFrame):
    """The corner of a screen: ``language_requested(code)`` when the visitor taps another language."""

    language_requested = Signal(str)

    def __init__(self, scale: float, surface: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CornerControls")
        self.surface = surface  # "light" screens or the dark attract screen: the stylesheet's choice
        self.scale = scale
        self.buttons: dict[str, QPushButton] = {}
        self.current = ""
        self._choices: tuple[tuple[str, bool], ...] = ()
        self._names: dict[str, str] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(12 * scale))
        # issue #22's accessibility button goes here (``add_accessory``), left of the languages
        self.accessory_slot = QHBoxLayout()
        self.accessory_slot.setContentsMargins(0, 0, 0, 0)
        self.accessory_slot.setSpacing(round(12 * scale))
        row.addLayout(self.accessory_slot)
        self.language_row = QHBoxLayout()
        self.language_row.setContentsMargins(0, 0, 0, 0)
        self.language_row.setSpacing(round(12 * scale))
        row.addLayout(self.language_row)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.retranslate()

    def add_accessory(self, widget: QWidget) -> None:
        """Put ``widget`` (a touch button of at least 64 px) in the corner, before the languages."""
        self.accessory_slot.addWidget(widget)

    def controls(self) -> list[QWidget]:
        """The corner's controls left to right: the accessory (if any), then the languages."""
        slot = self.accessory_slot
        accessories = [slot.itemAt(i).widget() for i in range(slot.count())]
        return [w for w in accessories if w is not None] + list(self.buttons.values())

    def show_languages(
        self, choices: Iterable[tuple[str, bool]], current: str, names: dict[str, str] | None = None
    ) -> None:
        """Offer ``choices`` ((code, can be taken here) pairs; fewer than two: no switch) with ``current``
        checked. Buttons are rebuilt only when the languages change; otherwise only their states."""
        choices = tuple(choices)
        if names is not None:
            self._names = dict(names)
        if tuple(code for code, _ in choices) != tuple(code for code, _ in self._choices):
            self._rebuild([code for code, _ in choices] if len(choices) > 1 else [])
        self._choices = choices
        self.current = current
        for code, available in choices:
            button = self.buttons.get(code)
            if button is None:
                continue
            if button.isChecked() != (code == current):
                button.setChecked(code == current)
            # The current language stays enabled (checked), whatever the lesson has.
            enabled = available or code == current
            if button.isEnabled() != enabled:
                button.setEnabled(enabled)
        self.retranslate()
        self.setVisible(bool(self.buttons) or self.accessory_slot.count() > 0)

    def _rebuild(self, codes: list[str]) -> None:
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.hide()  # gone now, not at the next turn of the event loop
            button.deleteLater()
        self.buttons = {}
        for code in codes:
            button = big_button("secondary")
            button.setObjectName("LanguageButton")
            button.setProperty("surface", self.surface)
            button.setCheckable(True)
            button.setChecked(code == self.current)
            set_text(button, self._names.get(code, code))
            button.clicked.connect(lambda _=False, c=code: self._tapped(c))
            self.group.addButton(button)
            self.language_row.addWidget(button)
            self.buttons[code] = button

    def _tapped(self, code: str) -> None:
        # A tap on the language already shown changes nothing: no retranslation of every screen.
        if code != self.current:
            self.language_requested.emit(code)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language"))
        for code, available in self._choices:
            button = self.buttons.get(code)
            if button is None:
                continue
            name = self._names.get(code, code)
            if code == self.current:
                button.setAccessibleDescription(self.tr("The language shown now"))
            elif available:
                button.setAccessibleDescription(self.tr("Show this in %1").replace("%1", name))
            else:
                button.setAccessibleDescription(
                    self.tr("This lesson is not available in %1").replace("%1", name)
                )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
