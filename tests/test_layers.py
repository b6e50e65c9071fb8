"""The core packages (content, journey, results) and the command line's check never import Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import kiosk

ROOT = Path(kiosk.__file__).resolve().parent
CORE = ("content", "journey", "results")

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


def test_core_packages_import_without_qt() -> None:
    pack = str(Path(__file__).parent / "content" / "data" / "sample")
    code = BLOCK_QT.format(core=CORE, pack=pack)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    imported = result.stdout.split()
    assert "kiosk.content.loader" in imported and "kiosk.content.render" in imported


def test_no_core_source_mentions_pyside() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for pkg in CORE
        for path in (ROOT / pkg).rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
