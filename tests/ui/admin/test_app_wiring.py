"""``kiosk`` (app.run) gives the window its console hook, reading the operator settings from the config file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.ui.admin import install
from tests.ui.conftest import PACK


def test_run_installs_the_console_with_the_settings_file(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        '[operator]\nlesson_order = ["phishing"]\nhidden_lessons = ["basics"]\n', encoding="utf-8"
    )
    hooks: list[install.ConsoleHook] = []
    real = install.install_console

    def recording(window, **kwargs):  # noqa: ANN001, ANN202
        hook = real(window, **kwargs)
        hooks.append(hook)
        return hook

    monkeypatch.setattr(install, "install_console", recording)
    args = ["--config", str(config), "--lessons", str(PACK), "--database", str(tmp_path / "r.db")]
    assert main([*args, "--windowed", "--exit-after-start"]) == 0
    (hook,) = hooks
    assert hook.controls.config_path == config
    assert [entry.id for entry in hook.window.journey.pack.lessons] == ["phishing"]
    assert not hook.built  # the console itself waits for the gesture
