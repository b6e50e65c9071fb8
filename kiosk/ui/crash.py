"""The crash handler: an unexpected exception is logged with its traceback and the kiosk starts over.

The visitor sees the attract screen again, never a traceback or a frozen window. In kiosk mode it never
quits on its own (a visitor must not be left at the desktop): a storm of errors is logged and recovered
from like any other; only a kiosk that cannot even reset, under ``kiosk supervise``, quits with
``CRASH_STATUS`` so the supervisor starts a fresh process. In a window, a storm or a failed reset quits.
The same error repeated is logged in full once, then counted. Qt's own warnings go to the same log.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from kiosk.ui.window import MainWindow

log = logging.getLogger("kiosk.crash")
qt_log = logging.getLogger("kiosk.qt")

#: the exit status that tells the supervisor "restart me" (EX_SOFTWARE)
CRASH_STATUS = 70
#: this many crashes inside the window below means resetting does not help: start a fresh process
FLOOD_COUNT, FLOOD_SECONDS = 5, 60.0

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def recover_to_attract(window: MainWindow) -> None:
    """End the visit (as abandoned), wipe every screen and show the attract screen."""
    journey = window.journey
    try:
        journey.abandon()
    except Exception:
        log.exception("ending the visit failed during recovery; forgetting it anyway")
        journey._reset()  # the last resort: the next visitor must start clean whatever the recorder did
    window.overlay.hide()
    for screen in window.router.built_screens:
        screen.wipe()
    window.router.language_changed.emit(journey.language)
    window.router.sync()
    window.idle.stop()
    window.idle.restart()


class CrashHandler:
    def __init__(
        self,
        recover: Callable[[], None],
        *,
        quit_app: Callable[[int], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        kiosk_mode: Callable[[], bool] = lambda: False,
        supervised: Callable[[], bool] = lambda: _supervised(),
    ) -> None:
        """``kiosk_mode``: whether quitting would leave a visitor at the desktop (then it never quits,
        unless ``supervised`` and the kiosk cannot even reset)."""
        self.recover = recover
        self.quit_app = quit_app or _quit_app
        self.clock = clock
        self.kiosk_mode = kiosk_mode
        self.supervised = supervised
        self.crashes: deque[float] = deque(maxlen=FLOOD_COUNT)
        self.handled = 0
        self.seen: dict[tuple[str, ...], int] = {}  # each error's signature -> how often it came
        self._storm_noted = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._pending = False
        self._previous_qt_handler: object = None

    # -- installing ------------------------------------------------------------------------------------

    def install(self) -> CrashHandler:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self._previous_qt_handler = qInstallMessageHandler(qt_message_handler)
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt_handler)

    # -- hooks -----------------------------------------------------------------------------------------

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.quit_app(130)
            return
        self.handled += 1
        self._log(kind, value, tb)
        now = self.clock()
        self.crashes.append(now)
        if len(self.crashes) == FLOOD_COUNT and now - self.crashes[0] < FLOOD_SECONDS:
            if not self.kiosk_mode():
                log.critical(
                    "%d errors in %.0f s: quitting so the supervisor starts afresh",
                    FLOOD_COUNT,
                    FLOOD_SECONDS,
                )
                self.quit_app(CRASH_STATUS)
                return
            if not self._storm_noted:
                self._storm_noted = True
                log.critical(
                    "%d errors in %.0f s; staying in kiosk mode and starting over each time",
                    FLOOD_COUNT,
                    FLOOD_SECONDS,
                )
        if not self._pending:
            # Recover from the event loop, not from inside the failing slot, which may hold half-done state.
            self._pending = True
            QTimer.singleShot(0, self._recover)

    def _log(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """The first time an error comes, with its traceback; then a line at its 10th, 100th... time."""
        signature = _signature(kind, tb)
        count = self.seen[signature] = self.seen.get(signature, 0) + 1
        if count == 1:
            log.critical("unexpected error; the kiosk starts over", exc_info=(kind, value, tb))
        elif str(count).strip("0") == "1":
            log.critical("the same unexpected error again (%d times so far); the kiosk starts over", count)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        # A background thread (the results writer) cannot touch widgets: log it and let it be.
        log.error(
            "unexpected error in thread %s",
            getattr(args.thread, "name", "?"),
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    def _recover(self) -> None:
        self._pending = False
        try:
            self.recover()
        except Exception:
            if self.kiosk_mode() and not self.supervised():
                # Quitting would leave the visitor at the desktop: stay up; the idle reset tries again.
                log.critical("the kiosk could not start over; staying in kiosk mode", exc_info=True)
                return
            log.critical(
                "the kiosk could not start over; quitting so the supervisor restarts it", exc_info=True
            )
            self.quit_app(CRASH_STATUS)


def _signature(kind: type[BaseException], tb: TracebackType | None) -> tuple[str, ...]:
    """What makes two errors "the same": their type and where they were raised (not their message)."""
    where = ""
    while tb is not None:
        code = tb.tb_frame.f_code
        where = f"{code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return (f"{kind.__module__}.{kind.__qualname__}", where)


def _supervised() -> bool:
    """True when ``kiosk supervise`` started this process (it restarts the kiosk when it quits)."""
    from kiosk.supervisor import HEARTBEAT_ENV

    return bool(os.environ.get(HEARTBEAT_ENV))


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _quit_app(status: int) -> None:
    app = QApplication.instance()
    if app is not None:
        app.exit(status)
    else:  # pragma: no cover - there is always an application while the GUI runs
        sys.exit(status)


def install(window: MainWindow) -> CrashHandler:
    """The crash handler app.py installs: recovery returns ``window`` to its attract screen."""
    return CrashHandler(
        lambda: recover_to_attract(window), kiosk_mode=lambda: window.kiosk_mode and not window.shutting_down
    ).install()
