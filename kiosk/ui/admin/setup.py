"""The operator set-up screen: on a fresh install in kiosk mode, the PIN is chosen before any visitor screen.

Without it, the first person to make the corner gesture (it is in the manual) would choose the PIN and
own the console. The screen covers the kiosk window until a PIN is typed twice on the on-screen pad and
saved; it has no way back to the visitors and no way out. Windowed mode never shows it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.operator.lockout import Lockout
from kiosk.operator.pin import MAX_DIGITS, MIN_DIGITS, hash_pin
from kiosk.ui.admin.pin_pad import PinPad
from kiosk.ui.admin.style import console_stylesheet
from kiosk.ui.widgets.cover import Cover
from kiosk.ui.widgets.plain import plain_text

log = logging.getLogger(__name__)


class PinSetup(Cover):
    """Covers ``window`` until a PIN is chosen; ``done`` once it is saved."""

    done = Signal()

    def __init__(
        self,
        window: QWidget,
        save_hash: Callable[[str], None],
        scale: float,
        *,
        hasher: Callable[[str], str] = hash_pin,
    ) -> None:
        super().__init__(window)
        self.setObjectName("PinSetup")
        self.setStyleSheet(console_stylesheet(scale))  # its rules for #PinSetup sit with the console's
        self.window_ = window
        row = QHBoxLayout(self)
        margin = round(64 * scale)
        row.setContentsMargins(margin, margin, margin, margin)
        row.setSpacing(round(72 * scale))
        words = QVBoxLayout()
        words.setSpacing(round(24 * scale))
        words.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("SetupTitle")
        self.text = QLabel()
        self.text.setObjectName("SetupText")
        for label in (self.title, self.text):
            plain_text(label)
            label.setWordWrap(True)
            words.addWidget(label)
        words.addStretch(1)
        row.addLayout(words, 1)
        # No PIN is stored as far as this pad knows: it asks for a new one, twice.
        self.pad = PinPad(scale, lambda: "", self._save, Lockout(), hasher=hasher)
        self.pad.back.hide()  # no way back to the visitors before a PIN is set
        self.pad.accepted.connect(self._finished)
        row.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignVCenter)
        self._save_hash = save_hash
        self.hide()
        self.retranslate()

    def open(self) -> None:
        self.cover()
        self.pad.reset()
        self.show()
        self.raise_()
        self.pad.setFocus()  # keys go to the pad, not to "Touch to start" underneath
        log.warning("no operator PIN is set: the set-up screen asks for one before visitors see the kiosk")

    def _save(self, pin_hash: str) -> None:
        self._save_hash(pin_hash)
        log.info("the operator PIN was set on the set-up screen")

    def _finished(self) -> None:
        self.pad.stop()
        self.hide()
        self.window_.removeEventFilter(self)
        self.done.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Set up this kiosk"))
        self.text.setText(
            self.tr(
                "Choose the operator PIN: %1 to %2 digits, typed twice. It opens the operator console "
                "(tap the four corners of the screen in turn, clockwise from the top left) and is the only way out of kiosk mode. "
                "Visitors see the kiosk once the PIN is saved."
            )
            .replace("%1", str(MIN_DIGITS))
            .replace("%2", str(MAX_DIGITS))
        )
