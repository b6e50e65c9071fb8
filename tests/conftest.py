"""Test-wide setup: Qt renders offscreen, so the suite runs on CI machines without a display."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Must happen before anything imports Qt; pytest loads this file before collecting test modules.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests that start the real kiosk must not write logs, catalogue snapshots or settings into the home
# of whoever runs them (on Linux, platformdirs follows these variables).
_USER_DIRS = tempfile.mkdtemp(prefix="kiosk-tests-home-")
atexit.register(shutil.rmtree, _USER_DIRS, ignore_errors=True)
for _name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_USER_DIRS, _name.lower())

# PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void call; without this guard a
# long test session aborts with "deallocating None" (see kiosk.ui.guard_none_refcount).
import kiosk.ui  # noqa: E402, F401
