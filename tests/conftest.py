"""Test-wide setup: Qt renders offscreen, so the suite runs on CI machines without a display."""

from __future__ import annotations

import os

# Must happen before anything imports Qt; pytest loads this file before collecting test modules.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
