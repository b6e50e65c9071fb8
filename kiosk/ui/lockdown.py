"""Kiosk lockdown: the keys, menus and drags a passer-by could use to leave or break the kiosk do nothing.

In windowed mode (development, classrooms) the same keys close the window, as people expect.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

_BLOCKED_IN_KIOSK = {
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
}
_WATCHED = _BLOCKED_IN_KIOSK | {QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride}


#: (key, modifiers) that close a window somewhere: Esc, Alt+F4, Ctrl+Q, Ctrl+W
_ESCAPES = frozenset(
    {
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    }
)
#: the modifiers that count (keypad and group switches do not)
_COUNTED = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_escape(event: QKeyEvent) -> bool:
    return (Qt.Key(event.key()), event.modifiers() & _COUNTED) in _ESCAPES


class Lockdown(QObject):
    """An application-wide event filter; ``locked`` is read at every event so the operator can unlock."""

    KINDS = frozenset(_WATCHED)  # the events it looks at (kiosk.ui.input_filters)

    def __init__(
        self, locked: Callable[[], bool], close_window: Callable[[], None], parent: QObject | None = None
    ):
        super().__init__(parent)
        self.locked = locked
        self.close_window = close_window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in _WATCHED:  # the common case, kept cheap: this runs for every event in the app
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and is_escape(event):  # type: ignore[arg-type]
            if self.locked():
                return True
            if kind == QEvent.Type.KeyPress:
                self.close_window()
                return True
            return False
        return kind in _BLOCKED_IN_KIOSK and self.locked()
