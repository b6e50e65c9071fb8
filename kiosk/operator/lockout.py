"""The PIN pad's lockout: five wrong PINs lock it for a minute, and each further lock lasts twice as long.

Pure Python with an injectable monotonic clock, so tests move time instead of sleeping. Wrong attempts
are logged by count only: the digits tried are never written anywhere.

With a ``state`` file the count and any lock outlive the process (``kiosk supervise`` restarts a kiosk
that crashed; pulling the plug restarts the PC). No wall clock is involved, so setting the clock never
shortens a lock: within one boot the system's monotonic clock (which every process shares) says when
the lock ends; after a reboot the lock starts over in full.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("kiosk.operator")

#: the file in the user data folder that keeps the lockout across restarts
STATE_FILE = "pin-lockout.json"
ATTEMPTS = 5
FIRST_LOCK_S = 60.0
#: locks stop doubling here, so a kiosk attacked all day is never locked for longer than a day
LONGEST_LOCK_S = 24 * 3600.0


@dataclass(frozen=True)
class Attempt:
    """What one PIN entry led to, for the pad to show."""

    accepted: bool
    locked_for: float = 0.0  # seconds the pad is now locked (0: not locked)
    tries_left: int = ATTEMPTS  # wrong PINs still allowed before the next lock


class Lockout:
    def __init__(
        self,
        *,
        attempts: int = ATTEMPTS,
        first_lock_s: float = FIRST_LOCK_S,
        monotonic: Callable[[], float] = time.monotonic,
        state: Path | None = None,
        boot: Callable[[], str] | None = None,
    ) -> None:
        """``state``: the file that keeps the count and the lock across restarts; ``boot`` names the
        current boot of the machine (the monotonic clock's epoch)."""
        self.attempts = attempts
        self.first_lock_s = first_lock_s
        self._monotonic = monotonic
        self._wrong = 0  # wrong PINs since the last lock (or success)
        self._locks = 0  # locks since the last success: the next one lasts first_lock_s * 2**locks
        self._until = float("-inf")
        self._lock_s = 0.0  # how long the current (or last) lock lasts in all
        self.state = state
        self._boot = boot or current_boot
        if state is not None:
            self._load(state)

    @property
    def tries_left(self) -> int:
        return self.attempts - self._wrong

    def remaining(self) -> float:
        """Seconds until the pad accepts a PIN again; 0 when it is not locked."""
        return max(0.0, self._until - self._monotonic())

    @property
    def locked(self) -> bool:
        return self.remaining() > 0

    def next_lock_s(self) -> float:
        return min(self.first_lock_s * 2**self._locks, LONGEST_LOCK_S)

    def record(self, accepted: bool) -> Attempt:
        """Count one PIN entry. A caller must not check a PIN while ``locked`` (see ``try_pin``)."""
        if accepted:
            if self._wrong or self._locks:
                log.info("operator PIN accepted after %d wrong attempts", self._wrong)
            self._wrong = 0
            self._locks = 0
            self._save()
            return Attempt(True)
        self._wrong += 1
        log.warning("wrong operator PIN entered (%d of %d before the pad locks)", self._wrong, self.attempts)
        if self._wrong < self.attempts:
            self._save()
            return Attempt(False, 0.0, self.tries_left)
        duration = self.next_lock_s()
        self._locks += 1
        self._wrong = 0
        self._until = self._monotonic() + duration
        self._lock_s = duration
        self._save()
        log.warning("operator PIN pad locked for %d seconds after %d wrong attempts", duration, self.attempts)
        return Attempt(False, duration, self.attempts)

    def try_pin(self, check: Callable[[], bool]) -> Attempt:
        """Run ``check`` (the PIN comparison) unless locked, and count its answer."""
        left = self.remaining()
        if left > 0:
            return Attempt(False, left, 0)
        return self.record(check())

    # -- keeping it across restarts ----------------------------------------------------------------

    def _save(self) -> None:
        if self.state is None:
            return
        data = {
            "wrong": self._wrong,
            "locks": self._locks,
            "boot": self._boot(),
            "until": self._until if self._until != float("-inf") else None,
            "lock_s": self._lock_s,
        }
        try:
            self.state.parent.mkdir(parents=True, exist_ok=True)
            part = self.state.with_name(self.state.name + ".part")
            part.write_text(json.dumps(data), encoding="utf-8")
            os.replace(part, self.state)
        except OSError as exc:
            log.warning(
                "the PIN pad's lockout could not be saved to %s (%s); it holds until a restart",
                self.state,
                exc,
            )

    def _load(self, state: Path) -> None:
        try:
            data = json.loads(state.read_text(encoding="utf-8"))
            wrong, locks = int(data["wrong"]), int(data["locks"])
            until, lock_s, boot = data["until"], float(data["lock_s"]), str(data["boot"])
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("the PIN pad's saved lockout in %s cannot be read (%s); starting afresh", state, exc)
            return
        self._wrong = min(max(0, wrong), self.attempts - 1)
        self._locks = min(max(0, locks), 64)
        self._lock_s = min(max(0.0, lock_s), LONGEST_LOCK_S) if math.isfinite(lock_s) else LONGEST_LOCK_S
        if until is None:
            return
        now = self._monotonic()
        if boot == self._boot() and math.isfinite(float(until)):
            # The same boot: the shared monotonic clock still counts towards the same end, but a lock
            # never lasts longer than it was set for.
            self._until = min(float(until), now + self._lock_s)
        else:
            self._until = now + self._lock_s  # rebooted: the lock starts over, never ends early
        if self.locked:
            log.warning(
                "the PIN pad is still locked for %d seconds (kept across a restart)", self.remaining()
            )


def current_boot() -> str:
    """What names this boot of the machine, so a saved monotonic time is only trusted within it.

    Linux says so itself; elsewhere the time the machine started is estimated (a clock change then
    looks like a reboot, and a lock starts over in full: later, never earlier).
    """
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return f"started-{round((time.time() - time.monotonic()) / 60)}"
