"""The supervisor restarts a child that crashes and one that hangs (within 10 s), and stops on a clean exit.

The children are tiny Python scripts that beat the way kiosk.ui.heartbeat does; the heartbeat interval
and timeout are short so the whole file runs in a few seconds.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.cli import build_parser
from kiosk.commands import supervise
from kiosk.supervisor import Policy, Supervisor, backoff_delay, kiosk_command

FAST = Policy(
    heartbeat_interval_s=0.05,
    heartbeat_timeout_s=2.0,  # generous: a loaded CI machine may pause a child for a while
    startup_grace_s=5.0,
    backoff_initial_s=0.1,
    backoff_max_s=0.4,
    stable_after_s=30.0,
    stop_grace_s=1.0,
    poll_s=0.02,
)

# Each start appends a line to STARTS; ``plan`` says what run number N does: crash, hang, beat or exit.
CHILD = """
import os, sys, time
from pathlib import Path
starts = Path(sys.argv[1])
with starts.open("a") as fh:
    fh.write("start\\n")
run = len(starts.read_text().splitlines())
plan = sys.argv[2].split(",")
what = plan[min(run, len(plan)) - 1]
beat = Path(os.environ["KIOSK_HEARTBEAT"])
interval = float(os.environ["KIOSK_HEARTBEAT_INTERVAL"])
def beat_for(seconds):
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        beat.write_text(str(n))
        time.sleep(interval)
if what == "crash":
    beat_for(0.2)
    sys.exit(3)
if what == "hang":
    beat_for(0.2)
    time.sleep(600)  # a frozen event loop: alive, silent
if what == "forever":
    beat_for(600)
beat_for(0.2)
sys.exit(0)
"""


def supervised(tmp_path: Path, plan: str, policy: Policy = FAST) -> tuple[Supervisor, Path]:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    starts = tmp_path / "starts.txt"
    command = [sys.executable, str(script), str(starts), plan]
    return Supervisor(command, policy=policy, heartbeat=tmp_path / "beat"), starts


def run_within(supervisor: Supervisor, deadline_s: float = 10.0) -> int | None:
    """Run the supervisor in a thread; its status, or None if it was still running at the deadline."""
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(supervisor.run()), daemon=True)
    thread.start()
    thread.join(deadline_s)
    if thread.is_alive():
        supervisor.stop()
        thread.join(10)
        return None
    return result[0]


def test_a_crashed_kiosk_is_restarted_within_10_s(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    supervisor, starts = supervised(tmp_path, "crash,exit")
    with caplog.at_level(logging.INFO, logger="kiosk.supervisor"):
        assert run_within(supervisor) == 0
    assert starts.read_text().splitlines() == ["start", "start"]
    assert supervisor.restarts == 1
    assert any(
        "exited with status 3" in r.getMessage() and "restart 1" in r.getMessage() for r in caplog.records
    )


@pytest.mark.slow
def test_a_hung_kiosk_is_killed_and_restarted_within_10_s(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    supervisor, starts = supervised(tmp_path, "hang,exit")
    with caplog.at_level(logging.INFO, logger="kiosk.supervisor"):
        assert run_within(supervisor) == 0
    assert len(starts.read_text().splitlines()) == 2
    assert any("stopped answering" in r.getMessage() for r in caplog.records)


def test_a_kiosk_that_never_beats_is_restarted_after_the_startup_grace(tmp_path: Path) -> None:
    script = tmp_path / "silent.py"
    marker = tmp_path / "runs.txt"
    script.write_text(
        "import sys, time\nfrom pathlib import Path\np = Path(sys.argv[1])\n"
        "p.write_text(p.read_text() + 'x' if p.exists() else 'x')\n"
        "sys.exit(0) if len(p.read_text()) > 1 else time.sleep(600)\n",
        encoding="utf-8",
    )
    policy = replace(FAST, startup_grace_s=0.5)
    supervisor = Supervisor(
        [sys.executable, str(script), str(marker)], policy=policy, heartbeat=tmp_path / "b"
    )
    assert run_within(supervisor) == 0
    assert marker.read_text() == "xx"


def test_a_clean_exit_ends_the_supervisor(tmp_path: Path) -> None:
    supervisor, starts = supervised(tmp_path, "exit")
    assert run_within(supervisor) == 0
    assert starts.read_text().splitlines() == ["start"] and supervisor.restarts == 0


@pytest.mark.slow
def test_repeated_crashes_back_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    supervisor, starts = supervised(tmp_path, "crash,crash,crash,crash,exit")
    waits: list[float] = []
    real_wait = supervisor.stopping.wait

    def recording_wait(timeout: float | None = None) -> bool:
        if timeout is not None and timeout >= FAST.backoff_initial_s:
            waits.append(timeout)
        return real_wait(timeout)

    monkeypatch.setattr(supervisor.stopping, "wait", recording_wait)
    assert run_within(supervisor, 20) == 0
    assert waits == [0.1, 0.2, 0.4, 0.4]
    assert len(starts.read_text().splitlines()) == 5


def test_stop_ends_a_running_child(tmp_path: Path) -> None:
    supervisor, _ = supervised(tmp_path, "forever")
    thread = threading.Thread(target=supervisor.run, daemon=True)
    thread.start()
    # Wait for the child to be up, polling with a deadline.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if supervisor.child is not None and (tmp_path / "beat").exists():
            break
        threading.Event().wait(0.01)
    supervisor.stop()
    thread.join(10)
    assert not thread.is_alive()
    assert supervisor.child is not None and supervisor.child.poll() is not None


def test_backoff_doubles_and_caps() -> None:
    policy = Policy(backoff_initial_s=1, backoff_max_s=60)
    assert [backoff_delay(policy, n) for n in (1, 2, 3, 4, 7, 8)] == [1, 2, 4, 8, 60, 60]


def test_the_supervise_command_passes_the_rest_to_the_kiosk(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[list[str], Policy]] = []
    monkeypatch.setattr(
        supervise, "supervise_kiosk", lambda args, policy: seen.append((list(args), policy)) or 0
    )
    args = build_parser().parse_args(
        ["supervise", "--heartbeat-timeout", "5", "--", "--windowed", "--lessons", "x"]
    )
    assert args.func(args) == 0
    assert seen[0][0] == ["--windowed", "--lessons", "x"] and seen[0][1].heartbeat_timeout_s == 5
    assert kiosk_command(["--windowed"])[1:] == ["-m", "kiosk", "--windowed"]


@pytest.mark.parametrize("spelling", [["supervise", "--"], ["--supervise"]])
def test_the_real_kiosk_under_the_real_supervisor(tmp_path: Path, spelling: list[str]) -> None:
    """kiosk supervise -> the kiosk starts, beats, logs to the user log dir and exits cleanly -> done."""
    import os
    import subprocess

    from tests.robustness.driver import SMALL_PACK

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    command = [sys.executable, "-m", "kiosk", *spelling, "--windowed", "--exit-after-start", "ready"]
    done = subprocess.run(
        [*command, "--lessons", str(SMALL_PACK)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    log_dir = tmp_path / "state" / "cyber-kiosk" / "log"
    supervisor_log = (log_dir / "supervisor.log").read_text(encoding="utf-8")
    assert "started the kiosk (pid" in supervisor_log
    assert "the kiosk exited cleanly" in supervisor_log
    assert (log_dir / "kiosk.log").exists()


def test_the_command_line_defaults_match_the_policy() -> None:
    assert (
        Policy().heartbeat_timeout_s,
        Policy().startup_grace_s,
    ) == (supervise.HEARTBEAT_TIMEOUT_S, supervise.STARTUP_GRACE_S)


def test_the_default_policy_brings_a_frozen_kiosk_back_within_10_s() -> None:
    """Worst case: silence for the timeout, one poll, the kill, the first back-off. SIGTERM ends a frozen
    kiosk at once (it installs no handler for it), so the stop grace does not count."""
    policy = Policy()
    worst = policy.heartbeat_timeout_s + policy.poll_s + backoff_delay(policy, 1)
    assert worst <= 10
    assert policy.heartbeat_interval_s * 4 <= policy.heartbeat_timeout_s  # a few missed beats are tolerated
