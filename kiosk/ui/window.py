"""The kiosk's shell: a stacked widget of screens, the lockdown, the idle watch and the operator hook.

Kept a shell on purpose: screens render, the router navigates, the journey decides. The only way out
of kiosk mode is the operator's: ``leave_kiosk()`` (or ``allow_close()``), which the operator console
calls after its own gesture and PIN (``operator_requested`` is where that console plugs in).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.journey import Journey
from kiosk.operator.printing import PrinterConfig
from kiosk.ui import resources, restyle
from kiosk.ui.focus_rings import FocusRings
from kiosk.ui.idle import IdleWatch
from kiosk.ui.input_filters import InputFilters
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.router import Router
from kiosk.ui.stay_in_front import StayInFront
from kiosk.ui.tap_guard import TapGuard
from kiosk.ui.widgets.idle_overlay import IdleOverlay


class MainWindow(QWidget):
    operator_requested = Signal()
    closing = Signal()
    first_frame = Signal()  # once, after the first frame following show_kiosk() has been painted

    def __init__(
        self,
        journey: Journey,
        *,
        scale: float,
        kiosk_mode: bool,
        idle_timeout_s: float = 90.0,
        idle_countdown_s: int = 10,
        native_names: dict[str, str] | None = None,
        tick_ms: int = 1000,
        filters_after_first_frame: bool = False,
        follow_size: bool = False,
        attract_slide_s: float = 8.0,
        printer: PrinterConfig | None = None,
        size: QSize | None = None,
    ) -> None:
        """``follow_size``: when the window is resized, re-scale the visitor screens for its new size
        (``resources.visitor_scale``; kiosk.app's windows do); the orientation is always followed.

        ``size``: the window's first size, applied at once, as is any size it gets before it is on
        screen: the visitor screens are laid out (and, with ``follow_size``, styled) for it before
        anything can be painted or tapped. Only a window resized on screen (dragged) waits until it
        rests before it restyles.

        ``filters_after_first_frame``: install the application-wide input filters (lockdown, idle) once
        the first frame is painted rather than now, so the events of building and first painting the
        window do not pass through Python; the kiosk's start uses it (no one can touch a window that
        is not on screen yet, and the close guard below holds from the start)."""
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle("Cyber Kiosk")
        self.journey = journey
        self.kiosk_mode = kiosk_mode
        self._close_allowed = not kiosk_mode
        self._close_asked = False  # windowed mid-visit: the visitor said yes to "Close the kiosk?"
        self._shut_down = False
        self.follow_size = follow_size
        # A window dragged bigger restyles once it rests, not at every step (a restyle takes a moment);
        # its first size is applied at once (``resizeEvent``).
        self._rescale = QTimer(self)
        self._rescale.setSingleShot(True)
        self._rescale.setInterval(150)
        self._rescale.timeout.connect(lambda: self.fit_to(self.size()))
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.router = Router(
            journey, self.stack, scale, native_names or {}, attract_slide_s=attract_slide_s, printer=printer
        )
        self.overlay = IdleOverlay(scale, self)
        self.idle = IdleWatch(
            idle_timeout_s, idle_countdown_s, lambda: self.journey.idle_applies, self, tick_ms=tick_ms
        )
        self.idle.countdown_started.connect(self.overlay.start)
        self.idle.countdown_tick.connect(self.overlay.set_remaining)
        self.idle.resumed.connect(self.overlay.hide)
        self.idle.expired.connect(self._idle_expired)
        self.lockdown = Lockdown(lambda: self.kiosk_mode and not self._close_allowed, self.close, self)
        # One application filter for the lockdown, the idle watch and the operator gesture (added by
        # kiosk.ui.admin): every event of the application passes it, so one call rather than three.
        self.input_filters = InputFilters(self)
        # Asked last: the lockdown, the tap guard and the idle watch see every key and touch first.
        self.focus_rings = FocusRings(self.stack, self)
        self.input_filters.add(self.focus_rings, FocusRings.KINDS)
        self.input_filters.add(self.lockdown, Lockdown.KINDS)
        # Asked after the idle watch: the touch that dismisses "Still there?" is the watch's alone.
        self.tap_guard = TapGuard(round(64 * scale), self)
        self.router.moved.connect(self.tap_guard.moved)
        self.input_filters.add(self.tap_guard, TapGuard.KINDS)
        self.input_filters.add(self.idle, IdleWatch.KINDS)
        if filters_after_first_frame:
            # The turn after the first frame, behind whatever the kiosk does at that frame: if that is
            # to quit (``--exit-after-start``), nothing here runs. The close guard holds meanwhile.
            self.first_frame.connect(lambda: QTimer.singleShot(0, self._install_filters))
        else:
            self._install_filters()
        if kiosk_mode:
            self.setWindowFlags(self.windowFlags() | Qt.WindowType.FramelessWindowHint)
            # Minimised, hidden or covered by a window manager: back in front within a second or two.
            self.stay_in_front = StayInFront(self, lambda: not self._close_allowed and not self._shut_down)
            self.first_frame.connect(self.stay_in_front.start)
        self.router.sync()
        if size is not None:
            self.resize(size)
            self.fit_to(size)

    @property
    def shutting_down(self) -> bool:
        """True once ``shutdown`` ran: the window is going, nothing new should start."""
        return self._shut_down

    def _install_filters(self) -> None:
        if self._shut_down:
            return
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.input_filters)
        self.focus_rings.hide_focus()  # set before the filters were in: no ring on "Touch to start"

    def _idle_expired(self) -> None:
        self.overlay.hide()
        self.router.reset()

    # -- the operator's hook -----------------------------------------------------------------------------

    def request_operator(self) -> None:
        """Called by the operator gesture (kiosk/ui/admin, a later issue) to open the console."""
        self.operator_requested.emit()

    def allow_close(self) -> None:
        """Let the next close (or Esc, Alt+F4, Ctrl+Q, Ctrl+W) through: only the operator calls this."""
        self._close_allowed = True
        self._close_asked = True

    def _ask_close(self) -> None:
        """Windowed, mid-visit: one stray Esc must not end the visit, so ask on the touch overlay."""

        def close_now() -> None:
            self._close_asked = True
            self.close()

        self.router.confirm.ask(
            self.tr("Close the kiosk?"),
            self.tr("This visit ends here and the kiosk closes."),
            stay=self.tr("Keep going"),
            leave=self.tr("Close"),
            on_leave=close_now,
        )

    def leave_kiosk(self) -> None:
        """The operator's way out: end any visit as abandoned and close the window."""
        self.allow_close()
        self.close()

    # -- size and orientation ----------------------------------------------------------------------------

    def fit_to(self, size: QSize) -> None:
        """Lay the visitor screens out for a window of ``size``: portrait or landscape at once, and (with
        ``follow_size``) the stylesheet and sizes for its scale."""
        router = self.router
        portrait = resources.is_portrait(size)
        scale = resources.visitor_scale(size) if self.follow_size else router.scale
        if scale != router.scale:
            restyle.apply_stylesheet(QApplication.instance(), scale)
            self.tap_guard.radius = round(64 * scale)
        if (scale, portrait) != (router.scale, router.portrait):
            router.set_metrics(scale, portrait)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        size = event.size()
        if not self._on_screen() or resources.is_portrait(size) != self.router.portrait:
            # Its first size (it is not on screen yet) or a rotation: at once, so no frame and no tap
            # meets the old layout.
            self._rescale.stop()
            self.fit_to(size)
        elif self.follow_size and resources.visitor_scale(size) != self.router.scale:
            self._rescale.start()

    def _on_screen(self) -> bool:
        """Shown and exposed: from here on, a resize is one step of a drag."""
        handle = self.windowHandle()
        return handle is not None and self.isVisible() and handle.isExposed()

    # -- Qt ------------------------------------------------------------------------------------------------

    def show_kiosk(self) -> None:
        if self.kiosk_mode:
            self.showFullScreen()
        else:
            self.show()
        # The window paints while it handles its first expose; ``first_frame`` follows that event.
        handle = self.windowHandle()
        if handle is None or handle.isExposed():
            QTimer.singleShot(0, self.first_frame.emit)
        else:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched.isWindowType() and event.type() == QEvent.Type.Expose and watched.isExposed():  # type: ignore[attr-defined]
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.first_frame.emit)
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._close_allowed:
            event.ignore()
            return
        if not self._close_asked and not self._shut_down and self.journey.visit is not None:
            event.ignore()
            self._ask_close()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop timers and filters and end any visit: the window may go, nothing keeps running."""
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.stop()
        self._rescale.stop()
        if self.kiosk_mode:
            self.stay_in_front.stop()
        if self.router.current is not None:
            self.router.current.on_leave()
        self.router.stop_preparing()
        self.router.wipe_all()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self.input_filters)
        if self.journey.visit is not None:
            self.journey.abandon()
        self.closing.emit()
