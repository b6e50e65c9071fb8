"""Test-wide setup: Qt renders offscreen, so the suite runs on CI machines without a display."""

from __future__ import annotations

import os

# Must happen before anything imports Qt; pytest loads this file before collecting test modules.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void call; without this guard a
# long test session aborts with "deallocating None" (see kiosk.ui.guard_none_refcount).
import kiosk.ui  # noqa: E402, F401
