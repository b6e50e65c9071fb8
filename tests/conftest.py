"""Test-wide setup: Qt renders offscreen (CI has no display), user folders are temporary, the
translations are compiled, and the fixtures every package uses. Shared helpers are in tests/support/."""

from __future__ import annotations

import atexit
import itertools
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

import pytest  # noqa: E402

from tests.support.recorder import FakeRecorder  # noqa: E402
from tests.support.translations import build_translations  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def translations() -> list:
    """The .qm files the kiosk loads, compiled from the .ts sources if a fresh clone has none yet."""
    return build_translations()


@pytest.fixture(autouse=True)
def taps_a_person_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests tap microseconds apart. The double-tap guard and the settling after "Still there?" read
    a clock that moves a second at each reading, as a person's taps would; the tests of those two
    give them a FakeClock instead (tests/ui/test_double_taps.py, tests/ui/test_still_there.py)."""
    monkeypatch.setattr("kiosk.ui.tap_guard.CLOCK", itertools.count().__next__)
    monkeypatch.setattr("kiosk.ui.idle.CLOCK", itertools.count().__next__)


@pytest.fixture
def recorder() -> FakeRecorder:
    return FakeRecorder()
