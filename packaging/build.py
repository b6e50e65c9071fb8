"""Build the kiosk with PyInstaller: compile the translations, run the spec, add the desktop files.

    python packaging/build.py              # dist/cyber-kiosk/ (one folder: starts fastest)
    python packaging/build.py --onefile    # dist/cyber-kiosk[.exe] (one file, slower to start)

Works on Linux, Windows and macOS with the project's virtualenv; ``make package`` calls it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import bundle_config as plan


def lrelease() -> str:
    """pyside6-lrelease from the same environment as this Python (it ships with PySide6)."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).exists():
            return str(scripts / name)
    found = shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("build: pyside6-lrelease not found (install the project with its dev extras)")
    return found


def compile_translations(root: Path = plan.ROOT) -> list[Path]:
    """kiosk/i18n/*.ts -> .qm, skipping those already newer than their source."""
    built = []
    for ts in sorted((root / "kiosk" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def add_desktop_files(bundle: Path) -> None:
    """Linux: the .desktop file, the autostart example, their installer and the PNG icons beside the app."""
    target = bundle / "desktop"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(plan.PACKAGING / "linux", target)
    shutil.copytree(plan.ICONS / "png", target / "icons" / "png")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(
    *,
    onefile: bool = False,
    keep: list[str] | None = None,
    name: str | None = None,
    dist: Path = plan.ROOT / "dist",
    work: Path = plan.ROOT / "build" / "pyinstaller",
    quiet: bool = False,
) -> Path:
    """Run PyInstaller on the spec and return the bundle folder (or the one file)."""
    compile_translations()
    name = name or plan.project().name
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN" if quiet else "INFO",
        str(plan.PACKAGING / "kiosk.spec"),
        "--",
        "--name",
        name,
    ]
    if onefile:
        command.append("--onefile")
    for group in keep or []:
        command += ["--keep", group]
    subprocess.run(command, check=True, cwd=plan.ROOT)
    if onefile:
        return dist / (name + (".exe" if sys.platform == "win32" else ""))
    bundle = dist / name
    if sys.platform.startswith("linux"):
        add_desktop_files(bundle)
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one self-extracting file instead of a folder")
    parser.add_argument(
        "--keep",
        action="append",
        default=[],
        choices=plan.GROUP_NAMES,
        help="do not apply this exclusion group (to measure what it saves)",
    )
    parser.add_argument("--name", help="name of the executable and folder (default: from pyproject.toml)")
    parser.add_argument(
        "--dist", type=Path, default=plan.ROOT / "dist", help="output folder (default: dist/)"
    )
    parser.add_argument(
        "--work", type=Path, default=plan.ROOT / "build" / "pyinstaller", help="PyInstaller's work folder"
    )
    parser.add_argument("--quiet", action="store_true", help="PyInstaller warnings only")
    parser.add_argument("--translations-only", action="store_true", help="only compile kiosk/i18n/*.ts")
    args = parser.parse_args(argv)
    if args.translations_only:
        print(f"build: {', '.join(str(p) for p in compile_translations())}")
        return 0
    result = build(
        onefile=args.onefile, keep=args.keep, name=args.name, dist=args.dist, work=args.work, quiet=args.quiet
    )
    size = result.stat().st_size if result.is_file() else folder_size(result)
    print(f"build: {result} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
