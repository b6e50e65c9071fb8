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
