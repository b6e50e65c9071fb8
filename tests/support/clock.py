"""A clock that moves only when a test moves it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

#: the wall time at which the monotonic reading is 0
EPOCH = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class FakeClock:
    """Monotonic seconds (``monotonic()``, or the clock itself called) and the matching UTC wall time
    (``now()``); both stand still until ``advance()``."""

    def __init__(self, seconds: float = 100.0, epoch: datetime = EPOCH) -> None:
        self.seconds = seconds
        self.epoch = epoch

    def monotonic(self) -> float:
        return self.seconds

    __call__ = monotonic

    def now(self) -> datetime:
        return self.epoch + timedelta(seconds=self.seconds)

    def advance(self, seconds: float) -> None:
        self.seconds += seconds
