""" "single" and "multiple": a list of choices, shuffled for each visitor, scored on the exact right set."""

from __future__ import annotations

from kiosk.journey.kinds.base import JourneyKind, exact_set, replace_selection, toggle_selection

SINGLE = JourneyKind(tap=replace_selection, is_correct=exact_set)
MULTIPLE = JourneyKind(tap=toggle_selection, is_correct=exact_set)
