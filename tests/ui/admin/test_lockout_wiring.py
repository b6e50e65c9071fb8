"""Issue 15, item 3: the kiosk's PIN pad keeps its lockout in the user data folder, so a restart
(``kiosk supervise`` after a crash, or a power cut) does not unlock it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import paths
from kiosk.cli import main
from kiosk.operator.lockout import STATE_FILE
from kiosk.ui.admin import install
from tests.ui.admin.test_app_wiring import kiosk_args


def test_the_running_kiosk_keeps_the_lockout_across_restarts(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    lockouts: list[object] = []
    real = install.install_console

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        lockouts.append(kwargs.get("lockout"))
        return real(*args, **kwargs)

    monkeypatch.setattr(install, "install_console", spy)  # kiosk.app imports it at the first frame
    for _ in range(2):
        assert main([*kiosk_args(tmp_path), "--exit-after-start", "ready"]) == 0
        lockout = lockouts[-1]
        assert lockout is not None and lockout.state == paths.data_dir() / STATE_FILE  # type: ignore[attr-defined]
        if len(lockouts) == 1:
            for _ in range(lockout.attempts):  # type: ignore[attr-defined]
                lockout.try_pin(lambda: False)  # type: ignore[attr-defined]
    assert lockouts[-1].locked  # type: ignore[attr-defined]
    (paths.data_dir() / STATE_FILE).unlink()
