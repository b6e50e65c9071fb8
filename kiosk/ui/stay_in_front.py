"""In kiosk mode the window comes back when a window manager minimises, hides or covers it.

A full-screen window is still a window: Super+D, a window menu's "Iconify" or another program's
window can put the desktop (and its terminal) in front of a visitor. Within a second or two the
kiosk shows itself again, full screen, raised and active. The operator's way out (``allow_close``)
and closing turn this off. It cannot stop a determined window manager; the locked-down session in
docs/packaging.md does that.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: how soon after being minimised or hidden the window comes back (a WM finishing its animation first)
RESTORE_MS = 250
#: how often the window checks that it is still shown, in front and active (covered, or a missed event)
CHECK_MS = 1000


class StayInFront(QObject):
    def __init__(self, window: QWidget, applies: Callable[[], bool]) -> None:
        """``applies``: whether the window must stay in front now (kiosk mode, not closing)."""
        super().__init__(window)
        self.window = window
        self.applies = applies
        self.restored = 0  # how often it had to come back (tests, the log)
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_MS)
        self.check_timer.timeout.connect(self.check)
        self._pending = False

    def start(self) -> None:
        self.window.installEventFilter(self)
        self.check_timer.start()

    def stop(self) -> None:
        self.check_timer.stop()
        self.window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        changed = kind == QEvent.Type.WindowStateChange or kind == QEvent.Type.Hide
        if changed and self.applies() and self._away():
            self._restore_soon()
        return False

    def _away(self) -> bool:
        return self.window.isMinimized() or not self.window.isVisible()

    def _unseen(self) -> bool:
        """Mapped as far as Qt knows, yet not on screen: a window manager's "show desktop" hides
        windows that way (openbox: Super+D), and raising or activating them is not enough."""
        handle = self.window.windowHandle()
        return handle is not None and not handle.isExposed()

    def check(self) -> None:
        if not self.applies():
            return
        if self._away() or self._unseen() or not self.window.isActiveWindow():
            self.restore()

    def _restore_soon(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(RESTORE_MS, self.restore)

    def restore(self) -> None:
        """Full screen, raised and active again (now, and only while it applies)."""
        self._pending = False
        if not self.applies():
            return
        window = self.window
        if self._away() or self._unseen():
            self.restored += 1
            log.warning("the kiosk window was minimised or hidden; showing it again")
            if self._unseen() and not self._away():
                window.hide()  # mapped anew, which ends a window manager's "show desktop"
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
