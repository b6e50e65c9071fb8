"""The window says when its first frame is painted, and can hold its input filters back until then."""

from __future__ import annotations

import os
import subprocess
import sys

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


#: what the attract screen's first frame does not need, so the kiosk's start does not import it
#: (docs/benchmarks.md, session 7): the other screens (built on first use or just after the first
#: frame), the attract loop's teaser pictures, the reward book (hashlib, sqlite3), what is set up
#: after the first frame, and the package metadata the version is read from
NOT_BEFORE_THE_FIRST_FRAME = (
    "kiosk.ui.screens.catalogue",
    "kiosk.ui.screens.reader",
    "kiosk.ui.screens.question",
    "kiosk.ui.screens.result",
    "kiosk.ui.screens.challenge_result",
    "kiosk.ui.widgets.html",
    "kiosk.content.resources",
    "kiosk.operator.rewards",
    "kiosk.logs",
    "kiosk.ui.admin.install",
    "kiosk.ui.crash",
    "importlib.metadata",
)


def test_the_first_frame_waits_for_no_module_it_does_not_need(tmp_path) -> None:  # noqa: ANN001
    # Whole kiosk processes that quit at their first frame (as bench/bench_start.py runs them), booth
    # challenge and rewards on, each listing which of those modules it loaded. A kiosk that has started
    # before (its catalogue snapshot saved), as every start but an install's first is.
    config = tmp_path / "kiosk.toml"
    config.write_text('[challenge]\nmode = "also"\n\n[rewards]\nearn = "full_marks"\n', encoding="utf-8")
    args = ["--config", str(config), "--lessons", str(PACK), "--database", str(tmp_path / "r.db")]
    env = dict(os.environ)
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    code = (
        "import sys; from kiosk.cli import main; status = main(sys.argv[1:]);"
        f"print([m for m in {NOT_BEFORE_THE_FIRST_FRAME!r} if m in sys.modules]); sys.exit(status)"
    )

    def start(*options: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code, *args, *options],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().splitlines()[-1]

    start("--windowed", "--exit-after-start", "ready")  # the first start saves the snapshot
    assert start("--windowed", "--exit-after-start") == "[]"
    assert start("--exit-after-start") == "[]"  # full screen, as at a booth
