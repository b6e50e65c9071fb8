"""Fixtures for the results tests."""

from __future__ import annotations

import pytest
from results_helpers import StorageSwitch


@pytest.fixture
def switch() -> StorageSwitch:
    return StorageSwitch()
