"""The kiosk's side of the heartbeat: beats from the Qt event loop only when a supervisor asked for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.supervisor import HEARTBEAT_ENV, INTERVAL_ENV, Heartbeat
from kiosk.ui import heartbeat as child_side
from kiosk.ui.heartbeat import start_heartbeat


def test_no_supervisor_no_heartbeat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HEARTBEAT_ENV, raising=False)
    assert start_heartbeat() is None


def test_the_event_loop_beats_and_the_supervisor_sees_it(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    beat = tmp_path / "beat"
    monkeypatch.setenv(HEARTBEAT_ENV, str(beat))
    monkeypatch.setenv(INTERVAL_ENV, "0.02")
    watcher = Heartbeat(beat)
    heartbeat = start_heartbeat()
    assert heartbeat is not None
    try:
        assert watcher.changed()  # the first beat is written at once
        qtbot.waitUntil(lambda: heartbeat.count >= 3, timeout=5000)
        assert watcher.changed()
        assert not watcher.changed()  # nothing new until the next beat
    finally:
        heartbeat.stop()
        heartbeat.deleteLater()
    assert not heartbeat.timer.isActive()


def test_both_sides_use_the_same_variables() -> None:
    assert (child_side.HEARTBEAT_ENV, child_side.INTERVAL_ENV) == (HEARTBEAT_ENV, INTERVAL_ENV)
