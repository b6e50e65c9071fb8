"""The layers hold: import-linter's contracts in pyproject.toml pass, and the command line's check runs
with Qt impossible to import (what a static import graph cannot see: imports named at run time)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import kiosk

ROOT = Path(kiosk.__file__).resolve().parent
PROJECT = ROOT.parent
CORE = ("content", "journey", "results", "operator")

BLOCK_QT = """
import importlib, pkgutil, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt imported from the core: ' + name)
sys.meta_path.insert(0, BlockQt())
import kiosk
for pkg in {core!r}:
    mod = importlib.import_module('kiosk.' + pkg)
    for info in pkgutil.walk_packages(mod.__path__, 'kiosk.' + pkg + '.'):
        importlib.import_module(info.name)
        print(info.name)
import kiosk.cli, kiosk.paths
kiosk.cli.main(['check', '--quiet', {pack!r}])
"""


def test_the_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        lint_imports = Path(shutil.which("lint-imports") or "lint-imports")
    assert lint_imports.exists(), "lint-imports is missing: pip install -e '.[test,dev]' (import-linter)"
    result = subprocess.run(
        [str(lint_imports), "--config", str(PROJECT / "pyproject.toml"), "--no-cache"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_core_packages_import_without_qt() -> None:
    pack = str(Path(__file__).parent / "content" / "data" / "sample")
    code = BLOCK_QT.format(core=CORE, pack=pack)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    imported = result.stdout.split()
    assert "kiosk.content.loader" in imported and "kiosk.journey.records" in imported
