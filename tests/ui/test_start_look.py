"""How the kiosk looks and behaves as it starts: the pointer hidden on request, HiDPI scales kept,
the attract screen and the "Still there?" card centred, buttons showing a pointing hand to a mouse."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

ROOT = Path(__file__).resolve().parents[2]


def kiosk_process(tmp_path: Path) -> dict[str, object]:
    """``subprocess.run`` arguments for a kiosk offscreen, in user dirs of its own under ``tmp_path``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name)
    return {"env": env, "cwd": ROOT, "capture_output": True, "text": True, "timeout": 60}


@pytest.mark.slow
def test_the_pointer_is_blank_once_the_kiosk_is_up(tmp_path: Path) -> None:
    probe = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        import kiosk.ui.window as window_module
        from kiosk import app
        from kiosk.cli import parse
        from kiosk.commands.run import settings_from

        shapes = []
        leave = window_module.MainWindow.leave_kiosk

        def leave_kiosk(self):
            cursor = QApplication.overrideCursor()
            shapes.append(None if cursor is None else cursor.shape().name)
            leave(self)

        window_module.MainWindow.leave_kiosk = leave_kiosk
        _, args = parse(sys.argv[1:])
        status = app.run(settings_from(args), exit_after_start="ready")
        print(shapes)
        sys.exit(status)
        """
    )
    run = kiosk_process(tmp_path)
    hidden = subprocess.run([sys.executable, "-c", probe, "--windowed", "--hide-cursor"], **run)
    shown = subprocess.run([sys.executable, "-c", probe, "--windowed"], **run)
    assert hidden.returncode == 0 and shown.returncode == 0, hidden.stderr + shown.stderr
    assert hidden.stdout.strip().splitlines()[-1] == "['BlankCursor']"
    assert shown.stdout.strip().splitlines()[-1] == "[None]"


def test_fractional_screen_scales_pass_through_unrounded(qapp: QApplication) -> None:
    # kiosk.app no longer sets this policy: it relies on Qt 6's default
    policy = QGuiApplication.highDpiScaleFactorRoundingPolicy()
    assert policy == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough


def test_the_attract_screen_is_centred_as_before(make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=False)
    window.resize(1280, 720)
    window.show()
    QApplication.processEvents()
    attract = window.router.attract
    for label in (attract.shield, attract.title, attract.event_label):
        assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    middle = attract.width() / 2
    for widget in (attract.tip_card, attract.start_button):
        centre = widget.mapTo(attract, widget.rect().center()).x()
        assert abs(centre - middle) <= 2, (widget.objectName(), centre, middle)
    bulb = attract.tip_card.findChild(QLabel, "TipBulb")
    assert bulb.alignment() & Qt.AlignmentFlag.AlignTop


def test_the_still_there_card_is_in_the_middle(make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=False)
    window.resize(1280, 720)
    window.show()
    window.overlay.start(10)
    QApplication.processEvents()
    card = window.overlay.card
    centre = card.mapTo(window, card.rect().center())
    assert abs(centre.x() - window.width() / 2) <= 2 and abs(centre.y() - window.height() / 2) <= 2
    for label in (window.overlay.title, window.overlay.count, window.overlay.text):
        assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.overlay.autoFillBackground() or window.overlay.testAttribute(
        Qt.WidgetAttribute.WA_StyledBackground
    )


def test_a_button_shows_a_pointing_hand_to_a_mouse(make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=False)
    button = window.router.attract.start_button
    assert button.cursor().shape() == Qt.CursorShape.PointingHandCursor
