"""The read-aloud button a lesson screen puts in its top bar (``TopBar.add_tool``), issue #22.

Its words say what a tap does: "Read aloud", or "Stop reading" while the voice speaks. On a narrow
(portrait) bar it can show its icon only; its words stay its accessible name and tooltip. The router
shows it only where a voice reads the visitor's language and the visitor has read-aloud on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui import resources
from kiosk.ui.widgets.buttons import INK, TouchButton, set_text


class ReadButton(TouchButton):
    """A secondary touch button with the speaker icon; hidden until the router shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReadButton")
        self.setProperty("role", "secondary")  # as ``big_button`` makes them: the stylesheet's role
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setIcon(resources.icon("speaker", INK.get("secondary", resources.DEFAULT_INK)))
        self.reading = False
        self.compact = False
        self.hide()
        self.set_reading(False)

    def set_reading(self, reading: bool) -> None:
        """The words "Read aloud", or "Stop reading" while the voice speaks."""
        self.reading = reading
        # the top bar's context, where these words were first translated
        words = (
            QCoreApplication.translate("TopBar", "Stop reading")
            if reading
            else QCoreApplication.translate("TopBar", "Read aloud")
        )
        set_text(self, words)
        if self.compact:
            self.setText("")  # the icon says it; a screen reader still hears the words
        self.setToolTip(words if self.compact else "")
        self.setAccessibleDescription(
            "" if reading else QCoreApplication.translate("TopBar", "Reads this page aloud")
        )

    def set_compact(self, compact: bool, scale: float) -> None:
        """Icon only (at least 64 px wide) on a narrow bar; icon and words otherwise."""
        self.setMinimumWidth(round(64 * scale) if compact else 0)
        if compact != self.compact:
            self.compact = compact
            self.set_reading(self.reading)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.set_reading(self.reading)
        super().changeEvent(event)
