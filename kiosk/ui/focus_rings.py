"""Focus rings only for keyboard users: none before a key is pressed, none again after a touch.

A ring on "Touch to start" or on the first answer before anything is touched reads as a choice
made for the visitor. The screens still say where the keyboard's focus belongs (``setFocus``); in
touch mode that focus is taken back off the visitor screens at once and remembered, and the first
key press puts it back, ring and all. That first press only shows the focus when it is a key that
moves or presses (Tab, arrows, Enter, Space); any other key goes on to do what it does (Esc still
reaches the lockdown). The operator's console keeps its focus as it is: it is typed into.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_TOUCHES = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}


def _moving_keys() -> frozenset[object]:
    from PySide6.QtCore import Qt

    k = Qt.Key
    return frozenset(
        {k.Key_Tab, k.Key_Backtab, k.Key_Left, k.Key_Right, k.Key_Up, k.Key_Down}
        | {k.Key_Return, k.Key_Enter, k.Key_Space}
    )


class FocusRings(QObject):
    KINDS = frozenset({*_TOUCHES, QEvent.Type.KeyPress, QEvent.Type.FocusIn})  # kiosk.ui.input_filters

    def __init__(self, area: QWidget, parent: QObject | None = None) -> None:
        """``area``: the widget whose descendants show rings only for keys (the visitor screens)."""
        super().__init__(parent)
        self.area = area
        self.keys = False  # a key was pressed since the last touch
        self._wanted: QWidget | None = None  # where the focus belongs, kept off meanwhile
        self._moving: frozenset[object] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            if not self.keys and isinstance(watched, QWidget) and self._ours(watched):
                self._hide(watched, event)  # type: ignore[arg-type]
            return False
        if kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if self.keys:  # a touch: back to no rings
            self.keys = False
            focused = QApplication.focusWidget()
            if focused is not None and self._ours(focused):
                self._wanted = focused
                focused.clearFocus()
        return False

    def hide_focus(self) -> None:
        """Take the focus the screens set before this watcher was installed (the first frame's) off."""
        focused = self.area.window().focusWidget()  # also while the window is not active yet
        if not self.keys and focused is not None and self._ours(focused):
            self._wanted = focused
            focused.clearFocus()

    def _ours(self, widget: QWidget) -> bool:
        # A widget "quiet" about its focus draws no ring for it by itself (the attract screen's
        # "Touch to start", kiosk/ui/screens/attract.py): it keeps the focus, so Enter still starts.
        quiet = widget.property("quiet") is True
        return not quiet and (widget is self.area or self.area.isAncestorOf(widget))

    def _hide(self, widget: QWidget, event: QFocusEvent) -> None:
        from PySide6.QtCore import Qt

        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            return
        self._wanted = widget
        widget.clearFocus()

    def _key(self, event: QKeyEvent) -> bool:
        if self.keys:
            return False
        self.keys = True
        wanted, self._wanted = self._wanted, None
        if (
            wanted is None
            or not shiboken6.isValid(wanted)
            or not wanted.isVisible()
            or not wanted.isEnabled()
        ):
            return False
        wanted.setFocus()
        if self._moving is None:
            self._moving = _moving_keys()
        from PySide6.QtCore import Qt

        return Qt.Key(event.key()) in self._moving
