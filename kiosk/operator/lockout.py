"""The PIN pad's lockout: five wrong PINs lock it for a minute, and each further lock lasts twice as long.

Pure Python with an injectable monotonic clock, so tests move time instead of sleeping. Wrong attempts
are logged by count only: the digits tried are never written anywhere.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("kiosk.operator")

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
    ) -> None:
        self.attempts = attempts
        self.first_lock_s = first_lock_s
        self._monotonic = monotonic
        self._wrong = 0  # wrong PINs since the last lock (or success)
        self._locks = 0  # locks since the last success: the next one lasts first_lock_s * 2**locks
        self._until = float("-inf")

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
            return Attempt(True)
        self._wrong += 1
        log.warning("wrong operator PIN entered (%d of %d before the pad locks)", self._wrong, self.attempts)
        if self._wrong < self.attempts:
            return Attempt(False, 0.0, self.tries_left)
        duration = self.next_lock_s()
        self._locks += 1
        self._wrong = 0
        self._until = self._monotonic() + duration
        log.warning("operator PIN pad locked for %d seconds after %d wrong attempts", duration, self.attempts)
        return Attempt(False, duration, self.attempts)

    def try_pin(self, check: Callable[[], bool]) -> Attempt:
        """Run ``check`` (the PIN comparison) unless locked, and count its answer."""
        left = self.remaining()
        if left > 0:
            return Attempt(False, left, 0)
        return self.record(check())
