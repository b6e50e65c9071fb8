"""Issue 15, item 10: on a fresh install in kiosk mode the operator chooses the PIN before any visitor screen.

Before, the first person to make the documented corner gesture chose the PIN and owned the console.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.cli import main
from kiosk.journey import Screen
from kiosk.operator.pin import verify_pin
from kiosk.ui.admin import install
from tests.packaging.test_selftest import SMALL_PACK
from tests.packaging.test_selftest import run as run_self_test
from tests.support.console import do_gesture
from tests.ui.admin.conftest import cheap_hash, operator_config
from tests.ui.admin.test_app_wiring import kiosk_args


def type_on_pad(qtbot, pad, pin: str) -> None:  # noqa: ANN001
    for digit in pin:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok, Qt.MouseButton.LeftButton)


def test_the_set_up_screen_comes_first_and_keeps_visitors_out(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(pin=None, kiosk=True)
    window, hook = kiosk.window, kiosk.hook
    assert hook.set_up_pin_first(hasher=cheap_hash)
    setup = hook.setup
    assert setup.isVisible() and setup.geometry() == window.rect()
    # A visitor's touch, a key or the corner gesture reach nothing behind it.
    qtbot.mouseClick(
        window.childAt(QPoint(window.width() // 2, window.height() - 40)) or window, Qt.MouseButton.LeftButton
    )
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    do_gesture(window)
    assert window.journey.screen is Screen.ATTRACT and window.journey.visit is None
    assert not hook.built  # the console's own PIN pad did not open
    assert not setup.pad.back.isVisible()  # no way past it
    # The PIN, twice, on the on-screen pad.
    type_on_pad(qtbot, setup.pad, "4096")
    assert "same PIN again" in setup.pad.message.text()
    with qtbot.waitSignal(setup.done, timeout=2000):
        type_on_pad(qtbot, setup.pad, "4096")
    assert not setup.isVisible()
    assert verify_pin("4096", operator_config(kiosk.config).pin_hash)
    # Now the visitors' kiosk.
    qtbot.mouseClick(window.router.attract.start_button, Qt.MouseButton.LeftButton)
    assert window.journey.screen is Screen.CATALOGUE


def test_no_set_up_screen_with_a_pin(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(kiosk=True)
    assert not kiosk.hook.set_up_pin_first()
    assert kiosk.hook.setup is None


def spy_hooks(monkeypatch: pytest.MonkeyPatch) -> list[install.ConsoleHook]:
    hooks: list[install.ConsoleHook] = []
    real = install.install_console

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        hooks.append(real(*args, **kwargs))
        return hooks[-1]

    monkeypatch.setattr(install, "install_console", spy)  # kiosk.app imports it at the first frame
    return hooks


def test_a_full_screen_kiosk_without_a_pin_starts_on_the_set_up_screen(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from kiosk import app

    hooks = spy_hooks(monkeypatch)
    at_first_frame: list[bool] = []
    make_window = app.make_window

    def spy_window(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        window = make_window(*args, **kwargs)
        window.first_frame.connect(lambda: at_first_frame.append(window.stack.isVisible()))
        return window

    monkeypatch.setattr(app, "make_window", spy_window)
    args = [a for a in kiosk_args(tmp_path, settings="") if a != "--windowed"]
    assert main([*args, "--exit-after-start", "ready"]) == 0
    assert at_first_frame == [False]  # not even the first frame shows a visitor screen
    hook = hooks[-1]
    assert hook.setup is not None and not hook.window.stack.isHidden()  # visitors' screens wait under it


def test_windowed_mode_is_unchanged_and_the_log_warns(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,  # noqa: ANN001
) -> None:
    hooks = spy_hooks(monkeypatch)
    caplog.set_level(logging.WARNING)
    assert main([*kiosk_args(tmp_path, settings=""), "--exit-after-start", "ready"]) == 0
    assert hooks[-1].setup is None
    assert any("no operator PIN is set" in r.getMessage() for r in caplog.records)


def test_the_self_test_warns_when_no_pin_is_set(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    empty = tmp_path / "kiosk.toml"
    empty.write_text("", encoding="utf-8")
    code, lines = run_self_test(lessons=SMALL_PACK, config=empty)
    assert code == 0
    assert any(line.startswith("warn operator PIN: none is set") for line in lines)


def test_kiosk_screenshot_pictures_the_set_up_screen_in_each_language(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QImage

    from kiosk.commands.screenshot import setup_screens
    from kiosk.content.loader import load_pack
    from kiosk.settings import Settings
    from tests.ui.conftest import PACK

    saved = setup_screens(Settings(lessons=PACK, windowed=True), load_pack(PACK), tmp_path, [(1280, 720)])
    assert [p.name for p in saved] == [f"1280x720-{lang}-console-00-setup.png" for lang in ("en", "zh-CN")]
    english, chinese = (QImage(str(p)) for p in saved)
    assert english.size().width() == 1280 and english != chinese  # the words are in each language
