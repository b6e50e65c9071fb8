"""Settings and the run command's option parsing never import Qt (tests/test_layers.py covers the core)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
sys.modules["PySide6"] = None  # any import of PySide6 now raises ImportError
import kiosk.settings, kiosk.commands.run, kiosk.cli
kiosk.cli.build_parser().parse_args(['--windowed', '--idle-timeout', '5'])
assert not any(name.startswith("PySide6.") for name in sys.modules)
"""


def test_settings_and_the_run_options_need_no_qt() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
