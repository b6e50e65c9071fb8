"""Touch buttons: one place that gives every button its role (for the stylesheet), icon and focus rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.ui import resources


class TouchButton(QPushButton):
    """A push button that Enter presses too (Qt leaves Enter to dialogs' default buttons), and that
    shows a pointing hand to a mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


#: the colour token of an icon's ink on a button of each role (the colour of the button's words)
INK = {"primary": "on-primary"}


def big_button(
    role: str = "secondary", icon: str | None = None, parent: QWidget | None = None, *, ink: str | None = None
) -> QPushButton:
    """A button styled by ``role`` (primary, secondary, plain); its text is set by the screen's retranslate.

    Its icon is drawn in ``ink`` (a colour token), by default the colour of the role's words.
    """
    button = TouchButton(parent)
    button.setProperty("role", role)  # QPushButton's own focus policy is already Tab and click
    button.setAutoDefault(False)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    if icon:
        button.setIcon(resources.icon(icon, ink or INK.get(role, resources.DEFAULT_INK)))
    return button


def set_text(button: QPushButton, text: str) -> None:
    """Visible text and the name a screen reader says, kept the same."""
    button.setText(text)
    button.setAccessibleName(text)


def icon_right(button: QPushButton) -> None:
    """Forward arrows read better after the words ("Next >")."""
    button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
