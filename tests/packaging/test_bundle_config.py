"""The bundle plan: name and version from pyproject, what each exclusion group drops, orphan pruning."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import bundle_config as plan

ROOT = Path(__file__).resolve().parents[2]


def test_name_and_version_come_from_pyproject(tmp_path: Path) -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    project = plan.project()
    assert (project.name, project.version) == (meta["name"], meta["version"])
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "x-kiosk"\nversion = "2.10.3rc1"\n', encoding="utf-8")
    assert plan.project(other).name == "x-kiosk"
    assert plan.project(other).version_tuple == (2, 10, 3, 0)


def test_windows_version_info_is_an_expression_pyinstaller_can_evaluate() -> None:
    # PyInstaller evaluates the version file with its versioninfo classes in scope; its module needs
    # pywin32, so here the same names record what they were given.
    class Node:
        def __init__(self, *args: object, **kwargs: object) -> None:
            self.args, self.kwargs = args, kwargs

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    scope = {name: type(name, (Node,), {}) for name in names}
    info = eval(plan.windows_version_text(plan.Project("cyber-kiosk", "1.2.3", "")), scope)  # noqa: S307
    fixed = info.kwargs["ffi"]
    assert fixed.kwargs["filevers"] == fixed.kwargs["prodvers"] == (1, 2, 3, 0)
    [table] = info.kwargs["kids"][0].args[0]
    strings = {s.args[0]: s.args[1] for s in table.args[1]}
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "cyber-kiosk.exe"


DROPPED = [
    # Linux
    "PySide6/QtNetwork.abi3.so",
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so",
    "libpulse.so.0",
    "libFLAC.so.12",
    "libgssapi_krb5.so.2",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_help_zh_CN.qm",
    # Windows and macOS spell the same things differently
    "PySide6/plugins/tls/qschannelbackend.dll",
    "PySide6/translations/qtbase_fr.qm",
    "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
]
KEPT = [
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/plugins/imageformats/qwebp.dll",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6/translations/qtbase_zh_CN.qm",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "assets/fonts/NotoSansSC-Regular-subset.otf",
    "assets/fonts/AtkinsonHyperlegible-Regular-subset.ttf",
    "translations/kiosk_zh_CN.qm",
    "lessons/passwords/images/keys.svg",
    # read-aloud: QtTextToSpeech, its engines, and the QtMultimedia and QtNetwork libraries it links
    "PySide6/QtTextToSpeech.abi3.so",
    "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
    "PySide6/plugins/texttospeech/qtexttospeech_sapi.dll",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt6Network.dll",
    "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
]


@pytest.mark.parametrize("dest", DROPPED)
def test_unused_qt_pieces_are_left_out(dest: str) -> None:
    groups = plan.active_groups(platform="linux")
    assert plan.dropping_group(dest, groups) is not None


@pytest.mark.parametrize("dest", KEPT)
def test_what_the_kiosk_needs_stays(dest: str) -> None:
    for platform in ("linux", "win32", "darwin"):
        assert plan.dropping_group(dest, plan.active_groups(platform=platform)) is None


def test_keeping_a_group_keeps_its_files() -> None:
    dest = "PySide6/Qt/plugins/tls/libqopensslbackend.so"
    assert plan.dropping_group(dest, plan.active_groups(["qt-network"], "linux")) is None
    assert "PySide6.QtNetwork" not in plan.excluded_modules(plan.active_groups(["qt-network"]))
    assert "PySide6.QtNetwork" in plan.excluded_modules(plan.active_groups())
    with pytest.raises(ValueError, match="no-such-group"):
        plan.active_groups(["no-such-group"])


def test_linux_only_groups_do_not_touch_other_platforms() -> None:
    names = {g.name for g in plan.active_groups(platform="win32")}
    assert "qt-platforms" not in names and "wayland-extras" not in names
    assert "qt-network" in names


def test_every_interface_translation_keeps_its_qt_catalogue() -> None:
    groups = plan.active_groups()
    languages = [p.stem.removeprefix("kiosk_") for p in (ROOT / "kiosk" / "i18n").glob("kiosk_*.ts")]
    assert languages
    for language in languages:
        assert plan.dropping_group(f"PySide6/Qt/translations/qtbase_{language}.qm", groups) is None


def test_the_app_keeps_the_standard_modules_it_imports() -> None:
    excluded = set(plan.excluded_modules(plan.active_groups()))
    for needed in (
        "sqlite3",
        "tomllib",
        "hashlib",
        "xml.etree.ElementTree",
        "concurrent.futures",  # the thread pool (console reload); only its process pool is left out
        "json",
        "csv",
    ):
        assert needed not in excluded
    assert {"tkinter", "unittest", "pydoc", "PySide6.QtQml", "PySide6.QtNetwork"} <= excluded
    # left out on purpose: PyInstaller's hook would import it at every start; check_pack copes without it
    assert {"multiprocessing", "concurrent.futures.process"} <= excluded


def test_orphans_go_and_libraries_still_linked_stay() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("libxcb-cursor.so.0", "/sys/libxcb-cursor.so.0", "BINARY"),
        ("libxcb-render.so.0", "/sys/libxcb-render.so.0", "BINARY"),
        ("libpangocairo-1.0.so.0", "/sys/libpangocairo-1.0.so.0", "BINARY"),
        ("libcairo.so.2", "/sys/libcairo.so.2", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/sys/libpython3.11.so.1.0", "BINARY"),
    ]
    direct = {
        "/src/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/sys/libxcb-cursor.so.0": ["libxcb-render.so.0"],  # kept only through another library
        "/sys/libpangocairo-1.0.so.0": ["libcairo.so.2"],  # the GTK theme's chain: nothing links it now
    }
    kept, dropped = plan.prune_orphans(binaries, lambda src: direct.get(src, []))
    assert {Path(d[0]).name for d in dropped} == {"libpangocairo-1.0.so.0", "libcairo.so.2"}
    assert len(kept) + len(dropped) == len(binaries)


def test_data_files_carry_lessons_assets_and_compiled_translations(tmp_path: Path) -> None:
    (tmp_path / "lessons").mkdir()
    (tmp_path / "assets").mkdir()
    (tmp_path / "kiosk" / "i18n").mkdir(parents=True)
    assert plan.data_files(tmp_path).missing == ("kiosk/i18n/*.qm (run `make translations`)",)
    (tmp_path / "kiosk" / "i18n" / "kiosk_zh_CN.qm").write_bytes(b"qm")
    files = plan.data_files(tmp_path)
    assert not files.missing
    assert {dest for _, dest in files.entries} == {"lessons", "assets", "translations"}


def test_the_icons_each_platform_wants_exist() -> None:
    for platform in ("win32", "darwin"):
        icon = plan.icon_for(platform)
        assert icon is not None and Path(icon).is_file()
    assert plan.icon_for("linux") is None
    assert (plan.ICONS / "png" / "256x256" / "cyber-kiosk.png").is_file()
