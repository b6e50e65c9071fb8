"""Issue 17: the window's first size is applied at once; only a window resized on screen waits to restyle.

A restyle deferred from the first size would land 150 ms after the window appears, between a visitor's
(or the self-test's) first taps; none may be pending once the window exists.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.settings import Settings
from kiosk.ui import resources, restyle
from kiosk.ui.window import MainWindow
from tests.ui.conftest import PACK


def new_window(qtbot, recorder, **options) -> MainWindow:  # noqa: ANN001, ANN003
    """A MainWindow built for the 1080p scale (1.0), with ``options`` (``size``, ...)."""
    settings = Settings(lessons=PACK, windowed=True, idle_timeout=0)
    journey = kiosk_app.make_journey(kiosk_app.open_pack(settings), settings, recorder)
    restyle.apply_stylesheet(QApplication.instance(), 1.0)
    window = MainWindow(journey, scale=1.0, kiosk_mode=False, follow_size=True, tick_ms=20, **options)
    qtbot.addWidget(window)
    return window


def styled_for(scale: float) -> bool:
    app = QApplication.instance()
    return app.property(restyle.SCALE_PROPERTY) == scale and app.styleSheet() == resources.stylesheet(scale)


def test_a_window_made_at_another_size_is_styled_for_it_at_once(qtbot, recorder) -> None:  # noqa: ANN001
    window = new_window(qtbot, recorder, size=QSize(1280, 720))
    # No event loop turn yet: the scale, the screens and the stylesheet are those of 1280x720.
    router = window.router
    assert window.size() == QSize(1280, 720)
    assert router.scale == resources.visitor_scale(QSize(1280, 720)) == 0.82
    assert router.attract.scale == 0.82 and not router.portrait
    assert styled_for(0.82)
    assert not window._rescale.isActive()
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert not window._rescale.isActive() and router.scale == 0.82  # showing it defers nothing either
    window.leave_kiosk()


def test_a_portrait_first_size_lays_the_screens_out_for_portrait_at_once(qtbot, recorder) -> None:  # noqa: ANN001
    window = new_window(qtbot, recorder, size=QSize(1080, 1920))
    assert window.router.portrait and window.router.attract.portrait
    assert window.router.scale == 1.0
    window.leave_kiosk()


def test_a_size_given_before_the_window_is_shown_applies_as_it_is_shown(qtbot, recorder) -> None:  # noqa: ANN001
    window = new_window(qtbot, recorder)
    window.resize(1024, 768)  # hidden: Qt delivers this size as the window is shown
    window.show()
    # show() delivered the size: applied in that call, not 150 ms later
    assert window.router.scale == resources.visitor_scale(QSize(1024, 768)) == 0.73
    assert styled_for(0.73)
    assert not window._rescale.isActive()
    window.leave_kiosk()


def test_a_window_resized_on_screen_restyles_once_it_rests(qtbot, recorder) -> None:  # noqa: ANN001
    window = new_window(qtbot, recorder, size=QSize(1920, 1080))
    window.setFixedSize(1920, 1080)
    window.show()
    qtbot.waitUntil(lambda: window.windowHandle().isExposed(), timeout=5000)  # on screen now
    window.setFixedSize(1280, 720)  # one step of a drag
    qtbot.waitUntil(window._rescale.isActive, timeout=2000)  # the resize reached the window: deferred
    assert window.router.scale == 1.0
    qtbot.waitUntil(lambda: window.router.scale == 0.82, timeout=2000)
    assert styled_for(0.82)
    window.leave_kiosk()
