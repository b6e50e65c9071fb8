"""Helpers for content tests: the sample pack, and a factory for small packs written on the fly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


def write_files(root: Path, files: dict[str, str | bytes]) -> None:
    """Write ``{"relative/path": text or bytes}`` under ``root`` (text as UTF-8), making folders."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


SAMPLE = Path(__file__).parent / "data" / "sample"


@pytest.fixture
def sample_pack(tmp_path: Path) -> Path:
    """A writable copy of the sample pack."""
    root = tmp_path / "pack"
    shutil.copytree(SAMPLE, root)
    return root


@pytest.fixture
def make_pack(tmp_path: Path):
    """``make_pack({"one/lesson.md": "...", ...})`` writes the files and returns the pack folder."""

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "made"
        write_files(root, files)
        root.mkdir(exist_ok=True)
        return root

    return make


LESSON = "---\ntitle: T\n---\nHello\n"
