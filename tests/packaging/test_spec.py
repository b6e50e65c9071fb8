"""packaging/kiosk.spec runs (with PyInstaller's build classes replaced by recorders) and builds what we mean."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

import bundle_config as plan

SPEC = plan.PACKAGING / "kiosk.spec"


class Recorder:
    made: list[Recorder] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        Recorder.made.append(self)


class FakeAnalysis(Recorder):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pure, self.scripts = [], []
        self.binaries = [
            ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/src/libqsvg.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
            ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
            ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/src/qtbase_zh_CN.qm", "DATA"),
            ("translations/kiosk_zh_CN.qm", "/src/kiosk_zh_CN.qm", "DATA"),
        ]


def run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *extra: str) -> dict[str, Any]:
    import PyInstaller.depend.bindepend as bindepend

    links = {"/src/libqxcb.so": [("libxcb-cursor.so.0", None)], "/src/libqgtk3.so": [("libgtk-3.so.0", None)]}
    monkeypatch.setattr(bindepend, "get_imports", lambda src: links.get(src, []))
    monkeypatch.setattr(sys, "argv", ["pyinstaller", str(SPEC), "--", *extra])
    Recorder.made = []
    scope: dict[str, Any] = {
        "Analysis": FakeAnalysis,
        "PYZ": type("PYZ", (Recorder,), {}),
        "EXE": type("EXE", (Recorder,), {}),
        "COLLECT": type("COLLECT", (Recorder,), {}),
        "BUNDLE": type("BUNDLE", (Recorder,), {}),
        "SPECPATH": str(plan.PACKAGING),
        "workpath": str(tmp_path),
        "__file__": str(SPEC),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), scope)  # noqa: S102
    return {type(r).__name__: r for r in Recorder.made}


def test_the_spec_builds_one_lean_folder_named_from_pyproject(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    if not plan.data_files().entries or plan.data_files().missing:
        pytest.fail(f"missing before a build: {plan.data_files().missing} (make translations)")
    made = run_spec(monkeypatch, tmp_path)
    analysis, exe, collect = made["FakeAnalysis"], made["EXE"], made["COLLECT"]
    assert analysis.args[0] == [str(plan.ROOT / "kiosk" / "__main__.py")]
    hidden = analysis.kwargs["hiddenimports"]
    assert {"kiosk.selftest", "kiosk.commands.run", "kiosk.ui.window", "markdown.extensions.tables"} <= set(
        hidden
    )
    assert {"tkinter", "PySide6.QtNetwork", "PySide6.QtQml"} <= set(analysis.kwargs["excludes"])
    folders = {dest for _, dest in analysis.kwargs["datas"]}
    assert {"lessons", "assets", "translations"} <= folders
    assert exe.kwargs["name"] == collect.kwargs["name"] == plan.project().name
    assert exe.kwargs["upx"] is False and exe.kwargs["exclude_binaries"] is True
    assert exe.kwargs["strip"] is (sys.platform.startswith("linux") and shutil.which("strip") is not None)
    kept = {Path(dest).name for dest, _, _ in collect.args[1]}
    assert "libqsvg.so" in kept and "libqgtk3.so" not in kept
    if sys.platform.startswith("linux"):
        assert "libxcb-cursor.so.0" in kept and "libgtk-3.so.0" not in kept  # an orphan once GTK's theme left
    data = {dest for dest, _, _ in collect.args[2]}
    assert data == {"PySide6/Qt/translations/qtbase_zh_CN.qm", "translations/kiosk_zh_CN.qm"}


def test_onefile_and_keep_options(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    made = run_spec(monkeypatch, tmp_path, "--onefile", "--keep", "qt-translations", "--name", "kiosk-x")
    assert "COLLECT" not in made
    exe = made["EXE"]
    assert exe.kwargs["name"] == "kiosk-x"
    data = {dest for dest, _, _ in exe.args[3]}
    assert "PySide6/Qt/translations/qtbase_de.qm" in data  # the kept group's files stay


def test_an_unknown_group_is_refused(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit):
        run_spec(monkeypatch, tmp_path, "--keep", "everything")
