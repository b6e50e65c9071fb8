"""The window says when its first frame is painted, and can hold its input filters back until then."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.settings import Settings
from tests.ui.conftest import PACK


def build(recorder, *, after_first_frame: bool):  # noqa: ANN001, ANN201
    settings = Settings(lessons=PACK, windowed=True, idle_timeout=0)
    journey = kiosk_app.make_journey(kiosk_app.open_pack(settings), settings, recorder)
    return kiosk_app.make_window(
        QApplication.instance(),
        journey,
        settings,
        QSize(1280, 720),
        filters_after_first_frame=after_first_frame,
    )


def test_first_frame_comes_once_after_the_window_is_painted(qtbot, recorder) -> None:  # noqa: ANN001
    window = build(recorder, after_first_frame=False)
    qtbot.addWidget(window)
    frames: list[bool] = []
    window.first_frame.connect(lambda: frames.append(window.isVisible()))
    with qtbot.waitSignal(window.first_frame, timeout=5000):
        window.show_kiosk()
    assert frames == [True]
    window.repaint()
    qtbot.wait(50)
    assert frames == [True]  # later frames do not repeat it
    window.leave_kiosk()


def test_input_filters_held_back_start_working_at_the_first_frame(qtbot, recorder) -> None:  # noqa: ANN001
    window = build(recorder, after_first_frame=True)
    qtbot.addWidget(window)
    window.show()  # shown without show_kiosk: no first frame announced, so no filters yet
    qtbot.waitExposed(window)
    qtbot.keyClick(window.router.attract.start_button, Qt.Key.Key_Escape)
    assert window.isVisible()  # windowed Esc closes only through the lockdown filter, not installed yet
    window.first_frame.emit()
    QApplication.processEvents()  # they are installed the turn after the first frame
    qtbot.keyClick(window.router.attract.start_button, Qt.Key.Key_Escape)
    assert not window.isVisible()
