"""What the kiosk's first frame must not wait for, and that leaving it out changed nothing a visitor sees.

Naming any ``Qt.*`` value makes PySide build its whole ``Qt`` namespace (94 enums, about 20 ms, a fifth
of what the kiosk adds to a bare window's start); the screens built before the first frame do without.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6 import QtCore
    import kiosk.ui.window as window_module
    from kiosk import app
    from kiosk.cli import parse
    from kiosk.commands.run import settings_from

    seen = []
    made = window_module.MainWindow.__init__
    LATER = ("kiosk.content.loader", "kiosk.content.lesson_model", "kiosk.content.diagnostics", "tomllib", "yaml")

    def init(self, *args, **kwargs):
        made(self, *args, **kwargs)
        # connected before the kiosk's own slots, so it sees the state as the frame was painted
        self.first_frame.connect(
            lambda: seen.append({"Qt": "Qt" in vars(QtCore), "modules": [m for m in LATER if m in sys.modules]})
        )

    window_module.MainWindow.__init__ = init
    _, args = parse(sys.argv[1:])
    status = app.run(settings_from(args), exit_after_start="shown")
    print(json.dumps(seen))
    sys.exit(status)
    """
)


def kiosk_process(tmp_path: Path) -> dict[str, object]:
    """``subprocess.run`` arguments for a kiosk offscreen, in user dirs of its own under ``tmp_path``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name)
    return {"env": env, "cwd": ROOT, "capture_output": True, "text": True, "timeout": 60}


def first_frame_state(tmp_path: Path, *options: str, probe_first: str = "") -> dict[str, object]:
    """What was loaded when the first frame was painted, on a kiosk that has started before."""
    run = kiosk_process(tmp_path)
    earlier = subprocess.run([sys.executable, "-m", "kiosk", *options, "--exit-after-start", "ready"], **run)
    assert earlier.returncode == 0, earlier.stderr  # it saved the catalogue snapshot
    before = f"from PySide6 import QtCore\n{probe_first}\n" if probe_first else ""
    done = subprocess.run([sys.executable, "-c", "import json\n" + before + PROBE, *options], **run)
    assert done.returncode == 0, done.stderr
    frames = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(frames) == 1
    return frames[0]


def test_a_kiosk_start_paints_its_first_frame_without_what_comes_later(tmp_path: Path) -> None:
    assert first_frame_state(tmp_path) == {"Qt": False, "modules": []}  # full screen and frameless


def test_a_windowed_start_paints_its_first_frame_without_what_comes_later(tmp_path: Path) -> None:
    assert first_frame_state(tmp_path, "--windowed") == {"Qt": False, "modules": []}


def test_hiding_the_pointer_waits_for_the_first_frame(tmp_path: Path) -> None:
    assert first_frame_state(tmp_path, "--windowed", "--hide-cursor") == {"Qt": False, "modules": []}


def test_the_probe_sees_the_namespace_when_it_is_loaded(tmp_path: Path) -> None:
    # The probe names Qt itself before the kiosk starts: it must report it, so the tests above can fail.
    assert first_frame_state(tmp_path, "--windowed", probe_first="QtCore.Qt")["Qt"] is True


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
    for label in (attract.shield, attract.title, attract.event):
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


@pytest.mark.slow
def test_a_button_shows_a_pointing_hand_once_a_mouse_is_over_it(make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=False)
    button = window.router.attract.start_button
    assert button.cursor().shape() == Qt.CursorShape.ArrowCursor
    QApplication.sendEvent(button, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert button.cursor().shape() == Qt.CursorShape.PointingHandCursor
