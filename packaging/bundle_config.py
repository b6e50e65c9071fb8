"""What goes into the PyInstaller bundle and what is left out, as plain data the spec and the bench share.

The spec (``packaging/kiosk.spec``) applies every exclusion group here; ``bench/bench_bundle.py``
builds once per group with that group kept, to measure what each one saves. No PyInstaller import at
module level, so tests can read the plan without building anything.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    description: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for the Windows version resource: "0.1.0" -> (0, 1, 0, 0); suffixes dropped."""
        numbers = [int(m.group()) for m in (re.match(r"\d+", p) for p in self.version.split(".")) if m]
        return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def project(pyproject: Path = ROOT / "pyproject.toml") -> Project:
    """Name, version and description from pyproject.toml: the single source, also for the bundle."""
    meta = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return Project(meta["name"], meta["version"], meta.get("description", ""))


@dataclass(frozen=True)
class ExclusionGroup:
    """Things the kiosk never uses, left out together. ``files`` are regexes on the bundle path."""

    name: str
    why: str
    modules: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ("linux", "win32", "darwin")

    def applies(self, platform: str = sys.platform) -> bool:
        return platform in self.platforms

    def drops(self, dest: str) -> bool:
        path = dest.replace("\\", "/").lower()
        return any(re.search(pattern, path) for pattern in self.files)


# Regex fragments: the same Qt piece is libQt6Network.so.6 on Linux, Qt6Network.dll on Windows and
# QtNetwork.framework on macOS; plugins live in PySide6/Qt/plugins or PySide6/plugins.
_PLUGINS = r"^pyside6/(qt/)?plugins/"

GROUPS: tuple[ExclusionGroup, ...] = (
    ExclusionGroup(
        "python-stdlib",
        "standard modules a kiosk never runs: GUI toolkits, test and doc tools, mail, servers, TLS",
        modules=(
            "tkinter",
            "_tkinter",
            "turtle",
            "turtledemo",
            "idlelib",
            "unittest",
            "doctest",
            "pydoc",
            "pydoc_data",
            "pdb",
            "lib2to3",
            "ensurepip",
            "venv",
            "distutils",
            "setuptools",
            "pip",
            "test",
            "xmlrpc",
            "http.server",
            "socketserver",
            "smtplib",
            "imaplib",
            "poplib",
            "ftplib",
            "nntplib",
            "telnetlib",
            "mailbox",
            "curses",
            "readline",
            "ssl",
            "_ssl",
            "asyncio",
            "sqlite3.test",
            "_codecs_jp",
            "_codecs_kr",
            "_codecs_tw",
            "_codecs_hk",
            "_codecs_iso2022",
        ),
    ),
    ExclusionGroup(
        "worker-processes",
        "multiprocessing: PyInstaller's runtime hook for it imports it at every start (15-20 ms); the "
        "packaged `kiosk check` checks lessons in one process instead",
        modules=("multiprocessing", "concurrent.futures.process"),
    ),
    ExclusionGroup(
        "receipt-printer",
        "python-escpos and what it brings (Pillow, qrcode, python-barcode): the optional receipt printer "
        "(issue 20) is for a kiosk installed with pip install 'cyber-kiosk[printer]'; the bundle runs "
        "without it, and a printer in its settings gets the 'not installed' line in the log",
        modules=("escpos", "PIL", "qrcode", "barcode", "usb", "serial"),
    ),
    ExclusionGroup(
        "qt-network",
        "QtNetwork, its TLS backends and network-status plugins: the kiosk never opens a socket",
        modules=("PySide6.QtNetwork",),
        files=(
            r"qt6?network",
            _PLUGINS + r"(tls|networkinformation)/",
            r"(^|/)lib(ssl|crypto)[^/]*\.so\.1\.1",
        ),
    ),
    ExclusionGroup(
        "qt-modules",
        "Qt Python modules the kiosk does not import (QML/Quick, DBus, OpenGL, SQL, Designer, PDF, 3D, ...)",
        modules=tuple(
            f"PySide6.{m}"
            for m in (
                "QtDBus",
                "QtOpenGL",
                "QtOpenGLWidgets",
                "QtPrintSupport",
                "QtQml",
                "QtQuick",
                "QtQuickControls2",
                "QtQuickWidgets",
                "QtQuickTest",
                "QtSql",
                "QtTest",
                "QtXml",
                "QtUiTools",
                "QtDesigner",
                "QtHelp",
                "QtConcurrent",
                "QtWebEngineCore",
                "QtWebEngineWidgets",
                "QtPdf",
                "QtPdfWidgets",
                "Qt3DCore",
                "QtMultimedia",
                "QtCharts",
                "QtDataVisualization",
                "QtLabsStyleKit",
                "QtQmlFeatures",
            )
        ),
        files=(
            r"qt6?(qml|quick|pdf|webengine|3d|multimedia|designer|sql|printsupport)",
            _PLUGINS + r"(qmltooling|sqldrivers|printsupport|designer)/",
            _PLUGINS + r"texttospeech/(lib)?qtexttospeech_mock",  # Qt's test engine
        ),
    ),
    ExclusionGroup(
        "system-audio",
        "PulseAudio's client library with its sound-file and codec chain, and Kerberos, which read-aloud's "
        "QtMultimedia and QtNetwork libraries link: every Linux desktop that plays sound has them; "
        "where they are missing, read-aloud is off and the log says why",
        files=(
            r"(^|/)lib(pulse|pulsecommon-[^/]*|asyncns|sndfile|flac|ogg|opus|vorbis|vorbisenc|mpg123|mp3lame)\.so",
            r"(^|/)lib(gssapi_krb5|krb5|k5crypto|krb5support|com_err|keyutils)\.so",
        ),
        platforms=("linux",),
    ),
    ExclusionGroup(
        "qt-translations",
        "Qt's own translations except the languages the kiosk interface is translated into",
        files=(r"^pyside6/(qt/)?translations/(?!(qt|qtbase)_(en|zh_cn)\.qm$)",),
    ),
    ExclusionGroup(
        "qt-platforms",
        "platform plugins for embedded screens (EGLFS, linuxfb, VNC) and GL/Vulkan integrations",
        files=(
            _PLUGINS + r"platforms/(lib)?q(eglfs|linuxfb|vnc|minimal|minimalegl|vkkhrdisplay)\.",
            _PLUGINS + r"(egldeviceintegrations|xcbglintegrations)/",
            r"qt6?eglfs",
        ),
        platforms=("linux",),
    ),
    ExclusionGroup(
        "wayland-extras",
        "Wayland compositor, GPU-buffer and exotic shell plugins (the xdg-shell client and Wayland platform stay, for cage and GNOME Kiosk)",
        files=(
            _PLUGINS + r"wayland-graphics-integration-(client|server)/",
            _PLUGINS + r"wayland-shell-integration/(?!libxdg-shell\.so$)",
            r"qt6?waylandcompositor",
            r"qt6?wlshellintegration",
        ),
        platforms=("linux",),
    ),
    ExclusionGroup(
        "qt-themes-input",
        "desktop themes (GTK3 and its cairo/pango chain), portals, input methods and evdev/TUIO input: the kiosk styles itself and takes taps only",
        files=(
            _PLUGINS + r"(platformthemes|generic)/",
            _PLUGINS + r"platforminputcontexts/(?!(lib)?composeplatforminputcontextplugin)",
        ),
    ),
    ExclusionGroup(
        "qt-imageformats",
        "image formats lessons cannot use (lessons take SVG, PNG, JPEG, GIF, WebP, BMP)",
        files=(_PLUGINS + r"imageformats/(lib)?q(icns|ico|pdf|tga|tiff|wbmp|macheif|macjp2)\.",),
    ),
)

#: everything the spec asks the bench about: the groups plus stripping symbols (Linux only)
GROUP_NAMES: tuple[str, ...] = tuple(g.name for g in GROUPS) + ("strip",)

# The bundled fonts, SVG support and everything the app imports by name must stay, whatever the patterns say.
MUST_KEEP = (
    r"^assets/fonts/notosanssc-",
    r"^assets/fonts/atkinsonhyperlegible-",
    r"(lib)?qsvg(icon)?\.",
    r"qt6?svg",
    r"^lessons/pack\.yaml$",
    r"^translations/kiosk_",
    # read-aloud: QtTextToSpeech, its engine plugins, and the Qt libraries it links (QtMultimedia and
    # QtNetwork's libraries only: their Python modules, plugins and TLS backends stay out)
    r"qt6?texttospeech",
    _PLUGINS + r"texttospeech/(?!(lib)?qtexttospeech_mock)",
    r"(^|/)(lib)?qt6(network|multimedia)\.(so|dll)",
    r"(^|/)qt(network|multimedia)\.framework/",
)

#: imports PyInstaller cannot see: markdown loads its extensions by name (its contrib hook also
#: collects them). The spec adds every kiosk module, since kiosk.cli imports its commands by name.
HIDDEN_IMPORTS = (
    "markdown.extensions.tables",
    "markdown.extensions.fenced_code",
    "markdown.extensions.attr_list",
    "markdown.extensions.sane_lists",
    "sqlite3",
    "tomllib",
    "yaml",
    "nh3",
    "PySide6.QtTextToSpeech",  # imported on the read-aloud thread, inside a function
)


def active_groups(keep: Iterable[str] = (), platform: str = sys.platform) -> list[ExclusionGroup]:
    kept = set(keep)
    unknown = kept - set(GROUP_NAMES)
    if unknown:
        raise ValueError(f"unknown exclusion group(s): {', '.join(sorted(unknown))}")
    return [g for g in GROUPS if g.name not in kept and g.applies(platform)]


def excluded_modules(groups: Iterable[ExclusionGroup]) -> list[str]:
    return sorted({m for g in groups for m in g.modules})


def must_keep(dest: str) -> bool:
    path = dest.replace("\\", "/").lower()
    return any(re.search(pattern, path) for pattern in MUST_KEEP)


def dropping_group(dest: str, groups: Iterable[ExclusionGroup]) -> ExclusionGroup | None:
    """The group that leaves ``dest`` (a path inside the bundle) out, or None when it stays."""
    if must_keep(dest):
        return None
    return next((g for g in groups if g.drops(dest)), None)


def filter_toc(toc: list[tuple], groups: Iterable[ExclusionGroup]) -> tuple[list[tuple], list[tuple]]:
    """Split a PyInstaller TOC (dest, source, kind) into (kept, dropped) by the exclusion groups."""
    groups = list(groups)
    kept: list[tuple] = []
    dropped: list[tuple] = []
    for entry in toc:
        (dropped if dropping_group(entry[0], groups) else kept).append(entry)
    return kept, dropped


def _is_orphan_candidate(entry: tuple) -> bool:
    """A shared library collected only because something else needed it (not a module, not a plugin)."""
    dest = entry[0].replace("\\", "/").lower()
    in_lib_dir = "/" not in dest or re.match(r"^pyside6/qt/lib/[^/]+$", dest) is not None
    return entry[2] == "BINARY" and in_lib_dir and not dest.startswith("libpython") and not must_keep(dest)


def prune_orphans(
    binaries: list[tuple], imports: Callable[[str], Iterable[str]]
) -> tuple[list[tuple], list[tuple]]:
    """Drop libraries that nothing kept still links to, e.g. GTK's chain once the GTK theme plugin is gone.

    PyInstaller works out library dependencies before the spec filters plugins out, so without this
    step the libraries of a dropped plugin would stay. ``imports(source)`` names the libraries a
    binary links to (direct or transitive: reachability is computed either way).
    """
    candidates: dict[str, list[tuple]] = {}
    for entry in binaries:
        if _is_orphan_candidate(entry):
            candidates.setdefault(Path(entry[0]).name, []).append(entry)
    todo = [entry for entry in binaries if not _is_orphan_candidate(entry)]
    reached: set[str] = set()
    while todo:
        entry = todo.pop()
        for name in imports(entry[1]):
            base = Path(name).name
            if base in candidates and base not in reached:
                reached.add(base)
                todo.extend(candidates[base])
    kept = [e for e in binaries if not _is_orphan_candidate(e) or Path(e[0]).name in reached]
    dropped = [e for e in binaries if _is_orphan_candidate(e) and Path(e[0]).name not in reached]
    return kept, dropped


@dataclass(frozen=True)
class DataFiles:
    """(source, folder inside the bundle) pairs for the lesson pack, assets and compiled translations."""

    entries: tuple[tuple[str, str], ...]
    missing: tuple[str, ...] = field(default=())


def data_files(root: Path = ROOT) -> DataFiles:
    entries: list[tuple[str, str]] = []
    missing: list[str] = []
    for folder in ("lessons", "assets"):
        if (root / folder).is_dir():
            entries.append((str(root / folder), folder))
        else:
            missing.append(folder)
    qm = sorted((root / "kiosk" / "i18n").glob("*.qm"))
    if not qm:
        missing.append("kiosk/i18n/*.qm (run `make translations`)")
    entries.extend((str(path), "translations") for path in qm)
    return DataFiles(tuple(entries), tuple(missing))


def icon_for(platform: str = sys.platform) -> str | None:
    """The app icon in the format the platform's executable wants (Linux uses the .desktop file's PNG)."""
    name = {"win32": "cyber-kiosk.ico", "darwin": "cyber-kiosk.icns"}.get(platform)
    return str(ICONS / name) if name else None


def windows_version_text(proj: Project) -> str:
    """A PyInstaller version-file (a VSVersionInfo expression) built from the package version."""
    numbers = proj.version_tuple
    strings = {
        "CompanyName": "Cyber Kiosk contributors",
        "FileDescription": "Cyber Kiosk",
        "FileVersion": proj.version,
        "InternalName": proj.name,
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": f"{proj.name}.exe",
        "ProductName": "Cyber Kiosk",
        "ProductVersion": proj.version,
    }
    pairs = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {pairs}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
