"""Keeps the kiosk running: starts it as a child process and restarts it after a crash or a hang.

The child proves it is alive by rewriting a heartbeat file from its GUI event loop (kiosk.ui.heartbeat),
so a frozen window stops the beats even though the process still exists. A clean exit (the operator
left kiosk mode) ends the supervisor too. No Qt here.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("kiosk.supervisor")

#: the child reads these to find its heartbeat file and how often to beat
HEARTBEAT_ENV = "KIOSK_HEARTBEAT"
INTERVAL_ENV = "KIOSK_HEARTBEAT_INTERVAL"


@dataclass(frozen=True)
class Policy:
    # A frozen kiosk is back within 10 s: found after 8 s of silence, killed, restarted after 1 s.
    # No GUI-thread task of the kiosk legitimately blocks that long (lessons load in well under 1 s).
    heartbeat_interval_s: float = 1.0  # how often the child beats
    heartbeat_timeout_s: float = 8.0  # silence this long means the window is frozen
    startup_grace_s: float = 60.0  # an old classroom PC can take a while to show the first frame
    backoff_initial_s: float = 1.0
    backoff_max_s: float = 60.0
    stable_after_s: float = 120.0  # a child that ran this long resets the back-off
    stop_grace_s: float = 2.0  # between asking a child to stop and killing it (a frozen one ignores asking)
    poll_s: float = 0.2


@dataclass(frozen=True)
class ChildExit:
    """How one run of the child ended."""

    returncode: int | None
    hung: bool
    ran_s: float

    @property
    def clean(self) -> bool:
        return not self.hung and self.returncode == 0


def backoff_delay(policy: Policy, failures_in_a_row: int) -> float:
    """Wait before restart number ``failures_in_a_row`` (1, 2, ...): doubling, capped."""
    return min(policy.backoff_max_s, policy.backoff_initial_s * 2 ** max(0, failures_in_a_row - 1))


def kiosk_command(run_args: Sequence[str]) -> list[str]:
    """The command line that starts the kiosk itself, from source or from the frozen executable."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *run_args]
    return [sys.executable, "-m", "kiosk", *run_args]


class Heartbeat:
    """The supervisor's side of the heartbeat file: has its content changed since last looked at?"""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._last: bytes | None = None

    def reset(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        self._last = None

    def changed(self) -> bool:
        try:
            content = self.path.read_bytes()
        except OSError:
            return False
        if content and content != self._last:
            self._last = content
            return True
        return False


class Supervisor:
    def __init__(
        self,
        command: Sequence[str],
        *,
        policy: Policy | None = None,
        heartbeat: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.command = list(command)
        self.policy = policy or Policy()
        self._own_dir = None if heartbeat else tempfile.TemporaryDirectory(prefix="kiosk-heartbeat-")
        self.heartbeat = Heartbeat(heartbeat or Path(self._own_dir.name) / "beat")  # type: ignore[union-attr]
        self.clock = clock
        self.stopping = threading.Event()
        self.child: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.restarts = 0

    def stop(self) -> None:
        """Ask the supervisor to end (SIGTERM, a test): the child is stopped and ``run`` returns 0."""
        self.stopping.set()

    def run(self) -> int:
        """Run the child until it exits cleanly or ``stop()`` is called; returns the exit status."""
        failures = 0
        try:
            while not self.stopping.is_set():
                ended = self._run_once()
                if self.stopping.is_set():
                    return 0
                if ended.clean:
                    log.info("the kiosk exited cleanly after %.0f s; supervisor done", ended.ran_s)
                    return 0
                failures = 1 if ended.ran_s >= self.policy.stable_after_s else failures + 1
                delay = backoff_delay(self.policy, failures)
                what = "stopped answering" if ended.hung else f"exited with status {ended.returncode}"
                log.warning(
                    "the kiosk %s after %.1f s; restart %d in %.1f s",
                    what,
                    ended.ran_s,
                    self.restarts + 1,
                    delay,
                )
                if self.stopping.wait(delay):
                    return 0
                self.restarts += 1
            return 0
        finally:
            if self._own_dir is not None:
                self._own_dir.cleanup()

    def _run_once(self) -> ChildExit:
        policy = self.policy
        self.heartbeat.reset()
        env = dict(os.environ)
        env[HEARTBEAT_ENV] = str(self.heartbeat.path)
        env[INTERVAL_ENV] = str(policy.heartbeat_interval_s)
        started = self.clock()
        self.child = subprocess.Popen(self.command, env=env)
        self.starts += 1
        log.info("started the kiosk (pid %d)", self.child.pid)
        last_beat: float | None = None
        while True:
            code = self.child.poll()
            now = self.clock()
            if code is not None:
                return ChildExit(code, hung=False, ran_s=now - started)
            if self.stopping.is_set():
                self._end_child()
                return ChildExit(self.child.returncode, hung=False, ran_s=now - started)
            if self.heartbeat.changed():
                last_beat = now
            silent_since = started if last_beat is None else last_beat
            allowed = policy.startup_grace_s if last_beat is None else policy.heartbeat_timeout_s
            if now - silent_since > allowed:
                self._end_child()
                return ChildExit(self.child.returncode, hung=True, ran_s=now - started)
            self.stopping.wait(policy.poll_s)

    def _end_child(self) -> None:
        child = self.child
        if child is None or child.poll() is not None:
            return
        child.terminate()
        try:
            child.wait(self.policy.stop_grace_s)
        except subprocess.TimeoutExpired:
            # A frozen event loop may never handle the polite request.
            child.kill()
            child.wait()
