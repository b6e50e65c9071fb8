"""The hidden way into the console: taps on the four corners of the screen, clockwise from top left.

Visitors tap buttons in the middle of the screen; four corner taps in this order within a few
seconds do not happen by chance, yet an operator can do them on any touch screen. No Qt here: the
UI feeds it taps as (x, y, width, height) and a monotonic time.
"""

from __future__ import annotations

from enum import StrEnum

#: the sequence, clockwise from top left
SEQUENCE = ("top-left", "top-right", "bottom-right", "bottom-left")
#: the whole sequence must fit in this many seconds
WINDOW_S = 6.0
#: the side of a corner's square, as a share of the screen's shorter side (at least MIN_CORNER_PX)
CORNER_SHARE = 0.12
MIN_CORNER_PX = 60


class Corner(StrEnum):
    TOP_LEFT = "top-left"
    TOP_RIGHT = "top-right"
    BOTTOM_RIGHT = "bottom-right"
    BOTTOM_LEFT = "bottom-left"


def corner_of(x: float, y: float, width: float, height: float) -> Corner | None:
    """The corner a tap at (x, y) falls in, or None for anywhere else."""
    side = max(MIN_CORNER_PX, CORNER_SHARE * min(width, height))
    left, right = x < side, x >= width - side
    top, bottom = y < side, y >= height - side
    if top and left:
        return Corner.TOP_LEFT
    if top and right:
        return Corner.TOP_RIGHT
    if bottom and right:
        return Corner.BOTTOM_RIGHT
    if bottom and left:
        return Corner.BOTTOM_LEFT
    return None


class CornerSequence:
    """Counts taps; ``tap`` returns True on the tap that completes the sequence in time."""

    def __init__(self, window_s: float = WINDOW_S) -> None:
        self.window_s = window_s
        self._done = 0
        self._started = 0.0

    @property
    def progress(self) -> int:
        return self._done

    def reset(self) -> None:
        self._done = 0

    def advances(self, corner: Corner | None, at: float) -> bool:
        """Whether a tap on ``corner`` at ``at`` would be the next step of the sequence (or start it)."""
        if corner is None:
            return False
        expected = 0 if self._done and at - self._started > self.window_s else self._done
        return corner.value == SEQUENCE[expected] or corner.value == SEQUENCE[0]

    def tap(self, corner: Corner | None, at: float) -> bool:
        if self._done and at - self._started > self.window_s:
            self._done = 0
        if corner is not None and corner.value == SEQUENCE[self._done]:
            if self._done == 0:
                self._started = at
            self._done += 1
            if self._done == len(SEQUENCE):
                self._done = 0
                return True
            return False
        # A tap elsewhere (a button, a wrong corner) breaks the sequence; a fresh top-left starts it again.
        self._done = 0
        if corner is not None and corner.value == SEQUENCE[0]:
            self._started = at
            self._done = 1
        return False
