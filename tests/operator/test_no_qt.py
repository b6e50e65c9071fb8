"""kiosk.operator (PINs, lockout, settings, export, statistics) and kiosk set-pin never import Qt."""

from __future__ import annotations

import subprocess
import sys

BLOCK_QT = """
import importlib, pkgutil, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt imported by the operator core: ' + name)
sys.meta_path.insert(0, BlockQt())
import kiosk.operator
for info in pkgutil.walk_packages(kiosk.operator.__path__, 'kiosk.operator.'):
    importlib.import_module(info.name)
    print(info.name)
import kiosk.commands.set_pin, kiosk.results.console_queries
"""


def test_operator_core_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    assert {"kiosk.operator.pin", "kiosk.operator.lockout", "kiosk.operator.stats"} <= imported
