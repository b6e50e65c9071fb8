"""The accessibility panel, opened by the button in every visitor screen's corner: larger text (two
steps), high contrast and read-aloud, for this visit only.

A touch card over the whole screen like "Leave this quiz?" (``kiosk.ui.widgets.cover``): every choice
is a big button, and the one in force carries a tick as well as its colour, so no state is shown by
colour alone. Each tap takes effect at once, so the visitor sees the change behind the card; "Done",
or a tap on the shade, closes it. The choices live in ``kiosk.ui.access.AccessChoices``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.linebreak import hint_text
from kiosk.ui import resources
from kiosk.ui.access import AccessChoices
from kiosk.ui.widgets.buttons import TouchButton, big_button, set_text
from kiosk.ui.widgets.cover import Cover
from kiosk.ui.widgets.plain import plain_text

TICK = "\u2713 "  # before the words of the choice in force


class AccessButton(TouchButton):
    """The corner button that opens the panel: the universal access figure, named for screen readers;
    on the dark attract screen it is drawn light."""

    def __init__(self, surface: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccessButton")
        self.setProperty("role", "secondary")
        self.setProperty("surface", surface)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setIcon(resources.icon("access", "on-dark" if surface == "dark" else resources.DEFAULT_INK))
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Accessibility"))
        self.setAccessibleDescription(self.tr("Larger text, high contrast and read-aloud"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AccessPanel(Cover):
    def __init__(self, choices: AccessChoices, scale: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("AccessPanel")
        self.choices = choices
        self.card = QFrame()
        self.card.setObjectName("AccessCard")
        self.card.setMaximumWidth(round(1100 * scale))
        card = QVBoxLayout(self.card)
        card.setContentsMargins(round(56 * scale), round(40 * scale), round(56 * scale), round(40 * scale))
        card.setSpacing(round(20 * scale))
        self.title = QLabel()
        self.title.setObjectName("AccessTitle")
        self.title.setWordWrap(True)
        plain_text(self.title)
        card.addWidget(self.title)
        self.size_label = self._heading()
        card.addWidget(self.size_label)
        sizes = QGridLayout()
        sizes.setSpacing(round(16 * scale))
        self.size_buttons: list[QPushButton] = []
        for step in range(3):
            button = big_button("secondary")
            button.setObjectName("AccessChoice")
            button.clicked.connect(lambda _=False, s=step: self.choices.set_text_step(s))
            sizes.addWidget(button, 0, step)
            self.size_buttons.append(button)
        card.addLayout(sizes)
        self.contrast_label = self._heading()
        card.addWidget(self.contrast_label)
        self.contrast_button = big_button("secondary")
        self.contrast_button.setObjectName("AccessChoice")
        self.contrast_button.clicked.connect(
            lambda: self.choices.set_high_contrast(not self.choices.high_contrast)
        )
        card.addWidget(self.contrast_button)
        self.read_label = self._heading()
        card.addWidget(self.read_label)
        self.read_button = big_button("secondary")
        self.read_button.setObjectName("AccessChoice")
        self.read_button.clicked.connect(lambda: self.choices.set_read_aloud(not self.choices.read_aloud))
        card.addWidget(self.read_button)
        self.done_button = big_button("primary")
        self.done_button.clicked.connect(self.hide)
        card.addWidget(self.done_button)
        self.centre(self.card, 3)
        choices.changed.connect(self.refresh)
        choices.read_aloud_available_changed.connect(lambda _: self.refresh())
        self.hide()
        self.retranslate()

    def _heading(self) -> QLabel:
        label = QLabel()
        label.setObjectName("AccessHeading")
        label.setWordWrap(True)
        plain_text(label)
        return label

    def open(self) -> None:
        self.refresh()
        self.cover()
        self.show()
        self.raise_()
        self.done_button.setFocus()

    @property
    def showing(self) -> bool:
        return self.isVisible()

    def refresh(self) -> None:
        """Words and ticks for the choices in force."""
        choices = self.choices
        names = (self.tr("Normal"), self.tr("Larger"), self.tr("Largest"))
        for step, (button, name) in enumerate(zip(self.size_buttons, names, strict=True)):
            self._show_choice(button, name, step == choices.text_step)
        self._show_choice(
            self.contrast_button,
            self.tr("High contrast: on") if choices.high_contrast else self.tr("High contrast: off"),
            choices.high_contrast,
        )
        self._show_choice(
            self.read_button,
            self.tr("Read aloud: on") if choices.read_aloud else self.tr("Read aloud: off"),
            choices.read_aloud,
        )
        # No voice for the language shown: the choice is not offered at all.
        for widget in (self.read_label, self.read_button):
            widget.setVisible(choices.read_aloud_available)

    @staticmethod
    def _show_choice(button: QPushButton, words: str, on: bool) -> None:
        button.setText((TICK if on else "") + words)
        button.setAccessibleName(words)
        # the stylesheet draws the chosen one filled; the tick says it without colour
        if button.property("chosen") != on:
            button.setProperty("chosen", on)
            button.style().unpolish(button)
            button.style().polish(button)

    def retranslate(self) -> None:
        self.title.setText(hint_text(self.tr("Easier to read")))
        self.size_label.setText(self.tr("Text size"))
        self.contrast_label.setText(self.tr("Contrast"))
        self.read_label.setText(self.tr("Read aloud"))
        set_text(self.done_button, self.tr("Done"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        # A tap on the shade around the card closes it; the choices made stay.
        event.accept()
        if not self.card.geometry().contains(event.position().toPoint()):
            self.hide()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        event.accept()
