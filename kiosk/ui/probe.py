"""What ``kiosk --self-test`` asks of Qt itself: a tap delivered the way a finger's is, and the image
formats the installed Qt can read (kiosk.selftest stays free of Qt imports; QtTest is not bundled)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImageReader, QMouseEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def tap(widget: QWidget) -> bool:
    """A left press and release at the widget's centre, sent through the application like a real tap.

    Like a visitor, it first scrolls the widget into view. Inside a touch-scrolled area Qt's gesture
    code holds the press back and then sends it to whatever is under that point of the screen, so the
    tap is made only when the widget itself is there; False when it is not (nothing was tapped).
    """
    area = scroll_into_view(widget)
    guard = getattr(widget.window(), "tap_guard", None)
    if guard is not None:
        # Each of the self-test's taps is a deliberate one, sent microseconds after the last rather
        # than the second or more a person takes: not the double tap the guard is there for.
        guard.forget()
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    global_pos = QPointF(widget.mapToGlobal(centre.toPoint()))
    if area is not None:
        under = QApplication.widgetAt(global_pos.toPoint())
        if under is None or not (under is widget or widget.isAncestorOf(under)):
            return False
    left = Qt.MouseButton.LeftButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, centre, global_pos, left, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)
    QApplication.processEvents()
    return True


def scroll_into_view(widget: QWidget) -> QScrollArea | None:
    """Scroll ``widget`` into view in the scroll area holding it, as a finger does before it taps; that
    area, or None when no scroll area holds it."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget, 0, 0)
        QApplication.processEvents()
    return area


def readable_image_formats() -> set[str]:
    """The image formats Qt can read here (each one a plugin in a frozen build), lower case."""
    return {bytes(name).decode().lower() for name in QImageReader.supportedImageFormats()}
