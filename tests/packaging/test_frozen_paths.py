"""paths.py as a PyInstaller build sees it: sys.frozen and sys._MEIPASS set, overrides beside the executable."""

from __future__ import annotations

import shutil
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from kiosk import paths, selftest

ROOT = Path(__file__).resolve().parents[2]


def fake_bundle(where: Path) -> tuple[Path, Path]:
    """The layout PyInstaller makes: <folder>/cyber-kiosk and <folder>/_internal/{lessons,assets,translations}."""
    folder = where / "cyber-kiosk"
    internal = folder / "_internal"
    shutil.copytree(ROOT / "tests" / "ui" / "data" / "pack", internal / "lessons")
    shutil.copytree(ROOT / "assets", internal / "assets")
    (internal / "translations").mkdir()
    for qm in (ROOT / "kiosk" / "i18n").glob("*.qm"):
        shutil.copy(qm, internal / "translations")
    exe = folder / "cyber-kiosk"
    exe.write_bytes(b"")
    return exe, internal


def freeze(monkeypatch: pytest.MonkeyPatch, exe: Path, internal: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))


def test_frozen_paths_point_into_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe, internal = fake_bundle(tmp_path)
    freeze(monkeypatch, exe, internal)
    assert paths.is_frozen()
    assert paths.bundle_root() == internal
    assert paths.executable_dir() == exe.parent
    assert paths.asset("style.qss") == internal / "assets" / "style.qss"
    assert paths.translations_dir() == internal / "translations"
    assert paths.default_lessons_dir() == internal / "lessons"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert paths.default_config_file().is_relative_to(tmp_path / "config")


def test_lessons_and_settings_beside_the_executable_win(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe, internal = fake_bundle(tmp_path)
    freeze(monkeypatch, exe, internal)
    (exe.parent / "lessons").mkdir()
    (exe.parent / "kiosk.toml").write_text('kiosk_name = "hall"\n', encoding="utf-8")
    assert paths.default_lessons_dir() == exe.parent / "lessons"
    assert paths.default_config_file() == exe.parent / "kiosk.toml"


def test_from_source_nothing_beside_python_counts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "lessons").mkdir()
    assert paths.executable_dir() is None
    assert paths.default_lessons_dir() == ROOT / "lessons"
    assert paths.translations_dir() == ROOT / "kiosk" / "i18n"


def tree(folder: Path) -> dict[str, tuple[int, int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns, p.stat().st_mode) for p in folder.rglob("*")}


def test_the_self_test_passes_from_a_read_only_frozen_like_bundle(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    if not list((ROOT / "kiosk" / "i18n").glob("*.qm")):
        pytest.fail("compile the translations first: make translations")
    exe, internal = fake_bundle(tmp_path / "usb")
    for path in [exe.parent, *exe.parent.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    before = tree(exe.parent)
    home = tmp_path / "home"
    for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(key, str(home / key.lower()))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    freeze(monkeypatch, exe, internal)
    lines: list[str] = []
    try:
        code = selftest.run_self_test(write=lines.append)
    finally:
        for path in [exe.parent, *exe.parent.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    assert code == 0, "\n".join(lines)
    assert "(frozen)" in lines[0] and f"lessons {internal / 'lessons'}" in lines[0]
    # Nothing in the bundle changed (root could have written there: the modes alone prove nothing),
    # and the temporary database went into the temporary folder and was cleaned up.
    assert {k: v[:2] for k, v in tree(exe.parent).items()} == {k: v[:2] for k, v in before.items()}
    assert list((tmp_path / "tmp").iterdir()) == []
    assert not home.exists() or not any(p.is_file() for p in home.rglob("*"))
