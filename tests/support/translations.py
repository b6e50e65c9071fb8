"""Compile the interface translations (.ts -> .qm, as ``make translations`` does) when they are missing
or older than their source, so a plain ``pytest`` on a fresh clone sees the kiosk as users do."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kiosk import paths


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError("pyside6-lrelease is missing: install the project with pip install -e '.[test]'")
    return found


def build_translations() -> list[Path]:
    """The .qm files, compiled afresh where they are missing or stale."""
    built = []
    for source in sorted(Path(paths.translations_dir()).glob("*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True, timeout=120)
        built.append(target)
    return built
