"""True/false: one of two answers, never shuffled (True is always first, as the content keeps it)."""

from __future__ import annotations

from kiosk.journey.kinds.base import JourneyKind, exact_set, replace_selection

TRUE_FALSE = JourneyKind(tap=replace_selection, is_correct=exact_set, shuffles=False)
