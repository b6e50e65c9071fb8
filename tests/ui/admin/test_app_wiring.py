"""``kiosk`` (app.run) arranges the lessons by the operator's settings before the first frame, and right
after it gives the window its console hook, log file and results store."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import app
from kiosk.cli import main
from kiosk.ui.admin import install
from tests.ui.conftest import PACK

OPERATOR = '[operator]\nlesson_order = ["phishing"]\nhidden_lessons = ["basics"]\n'


def recorded(monkeypatch: pytest.MonkeyPatch, owner: object, name: str, note=None) -> list:  # noqa: ANN001
    """Wrap ``owner.name`` so that each call's result (or ``note(result)``) is kept in the list returned."""
    seen: list = []
    real = getattr(owner, name)

    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        result = real(*args, **kwargs)
        seen.append(result if note is None else note(result))
        return result

    monkeypatch.setattr(owner, name, wrapper)
    return seen


def kiosk_args(tmp_path: Path, settings: str = OPERATOR) -> list[str]:
    """Command-line options for a kiosk on the test pack, with ``settings`` as its kiosk.toml."""
    config = tmp_path / "kiosk.toml"
    config.write_text(settings, encoding="utf-8")
    return [
        "--config",
        str(config),
        "--lessons",
        str(PACK),
        "--database",
        str(tmp_path / "r.db"),
        "--windowed",
    ]


def test_run_installs_the_console_with_the_settings_file(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    hooks = recorded(monkeypatch, install, "install_console")
    assert main([*kiosk_args(tmp_path), "--exit-after-start", "ready"]) == 0
    (hook,) = hooks
    assert hook.controls.config_path == tmp_path / "kiosk.toml"
    assert [entry.id for entry in hook.window.journey.pack.lessons] == ["phishing"]
    assert not hook.built  # the console itself waits for the gesture
    assert (tmp_path / "r.db").exists()  # the store opened right after the first frame


def test_the_first_frame_already_shows_the_operators_choice(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    windows = recorded(monkeypatch, app, "make_window")
    assert main([*kiosk_args(tmp_path), "--exit-after-start"]) == 0
    (window,) = windows
    assert [entry.id for entry in window.journey.pack.lessons] == ["phishing"]
    assert not (tmp_path / "r.db").exists()  # it quit at the first frame, before the store was needed


def test_start_up_runs_without_the_cyclic_collector_and_freezes_what_it_made(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    import gc

    seen = recorded(monkeypatch, app, "make_window", lambda _: (gc.isenabled(), gc.get_freeze_count()))
    gc.unfreeze()
    try:
        assert main([*kiosk_args(tmp_path, ""), "--exit-after-start"]) == 0
        assert seen == [(False, 0)]  # building the window: collector off, nothing frozen yet
        assert gc.isenabled()  # back on at the first frame (and whatever happens after)
        assert gc.get_freeze_count() > 0  # what start-up made is frozen
    finally:
        gc.unfreeze()
        gc.enable()


def test_after_the_first_frame_the_slow_steps_leave_room_for_taps(qtbot, make_window, tmp_path: Path) -> None:  # noqa: ANN001
    from kiosk.operator.config import OperatorConfig
    from kiosk.settings import Settings

    window = make_window()
    database = tmp_path / "r.db"
    recorder = app.DeferredRecorder(Settings(database=database))
    ready: list[bool] = []
    started = app.StartedKiosk(window, recorder, on_ready=lambda: ready.append(True))
    started.finish(window.journey.pack, tmp_path / "k.toml", OperatorConfig(), [])
    try:
        # finish() returned to the event loop before opening the store or building the other screens
        assert not database.exists() and len(window.router.built_screens) == 1
        qtbot.waitUntil(lambda: ready == [True], timeout=10_000)
        assert database.exists() and len(window.router.built_screens) > 1
    finally:
        started.stop()
        import gc

        gc.unfreeze()


BOOTH = '[challenge]\nmode = "only"\nquestions = 5\n\n[rewards]\nearn = "full_marks"\nstock = 3\n'


def test_run_sets_up_the_challenge_and_the_reward_book(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    calls: list[tuple] = []
    real = install.install_console
    monkeypatch.setattr(install, "install_console", lambda *a, **k: calls.append((a, k)) or real(*a, **k))
    assert main([*kiosk_args(tmp_path, BOOTH), "--exit-after-start", "ready"]) == 0
    ((window,), options) = calls[0]
    access, journey = options["rewards"], window.journey
    assert access.on and access.config.rewards.stock == 3
    assert journey.only_challenge and journey.challenge_plan.questions == 5
    assert journey.rewards is access
    assert not (tmp_path / "reward-secret.key").exists()  # made at the first code, not at every start


def test_a_bad_rewards_table_leaves_rewards_off_and_the_kiosk_up(qapp, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    calls: list[dict] = []
    real = install.install_console
    monkeypatch.setattr(install, "install_console", lambda *a, **k: calls.append(k) or real(*a, **k))
    assert main([*kiosk_args(tmp_path, '[rewards]\nearn = "always"\n'), "--exit-after-start", "ready"]) == 0
    assert not calls[0]["rewards"].on
