"""The core packages never import Qt: checked in a fresh interpreter with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
sys.modules["PySide6"] = None  # any import of PySide6 now raises ImportError
import kiosk.journey, kiosk.journey.journey, kiosk.content.model, kiosk.results.records, kiosk.settings
assert not any(name.startswith("PySide6.") for name in sys.modules)
"""


def test_journey_content_results_and_settings_import_without_qt() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
