"""``make package-test``: run the frozen kiosk's self-test from a read-only copy, with a throwaway home.

Copies the bundle, makes the copy read-only (a read-only bind mount in a private mount namespace
when run as root on Linux, where file modes do not stop root; ``chmod -R a-w`` otherwise), points
HOME, the XDG folders and TMPDIR at a temporary folder, and runs ``--self-test``. It then checks
that the copy is unchanged and, where strace exists, that every file the kiosk wrote is inside that
temporary folder. A second run puts a ``lessons/`` folder and a ``kiosk.toml`` beside the executable
and checks that they win over the bundled ones.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import bundle_config as plan

OVERRIDE_PACK = plan.ROOT / "tests" / "ui" / "data" / "pack"
# syscalls that create, change or remove files; openat/open only count when opened for writing
WRITE_CALLS = "open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,truncate,link,linkat,symlink,symlinkat"
_CALL = re.compile(r"^(?:\[pid\s+\d+\]\s+)?(?:\d+\s+)?(\w+)\((.*)\)\s+=\s+(-?\d+)")
_PATH = re.compile(r'"((?:[^"\\]|\\.)*)"')


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


def make_read_only(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            mode = path.stat().st_mode
            path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def make_writable(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def can_mount_read_only() -> bool:
    if not sys.platform.startswith("linux") or not is_root() or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


def sandbox_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for key in list(env):
        if key.startswith(("XDG_", "KIOSK_")):
            del env[key]
    dirs = {
        "HOME": home,
        "XDG_DATA_HOME": home / "data",
        "XDG_CONFIG_HOME": home / "config",
        "XDG_CACHE_HOME": home / "cache",
        "XDG_STATE_HOME": home / "state",
        "XDG_RUNTIME_DIR": home / "run",
        "TMPDIR": home / "tmp",
        "TEMP": home / "tmp",
        "TMP": home / "tmp",
        "APPDATA": home / "AppData" / "Roaming",
        "LOCALAPPDATA": home / "AppData" / "Local",
        "USERPROFILE": home,
    }
    for key, path in dirs.items():
        path.mkdir(parents=True, exist_ok=True)
        env[key] = str(path)
    (home / "run").chmod(0o700)
    return env


def written_paths(log: Path, cwd: Path) -> list[str]:
    """Files and folders the traced processes created, changed or removed (successful calls only)."""
    paths: list[str] = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _CALL.match(line)
        if not match or int(match.group(3)) < 0:
            continue
        call, arguments = match.group(1), match.group(2)
        if call in ("open", "openat") and not re.search(r"O_(WRONLY|RDWR|CREAT|TRUNC|APPEND)", arguments):
            continue
        for raw in _PATH.findall(arguments)[: 2 if call.startswith(("rename", "link", "symlink")) else 1]:
            path = Path(raw) if raw.startswith("/") else cwd / raw
            paths.append(os.path.normpath(path))
    return paths


def run_self_test(
    exe: Path, home: Path, ro_folders: list[Path], mount: bool, trace: Path | None
) -> tuple[int, str]:
    command = [str(exe), "--self-test"]
    if trace is not None:
        command = ["strace", "-f", "-qq", "-e", f"trace={WRITE_CALLS}", "-o", str(trace), *command]
    if mount:
        script = 'for d in $KIOSK_RO; do mount --bind "$d" "$d" && mount -o remount,bind,ro "$d" "$d" || exit 97; done; exec "$@"'
        command = ["unshare", "-m", "sh", "-c", script, "sh", *command]
    env = sandbox_env(home)
    if mount:
        env["KIOSK_RO"] = " ".join(str(f) for f in ro_folders)  # paths from mkdtemp: no spaces
    done = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True, timeout=300)
    output = done.stdout + done.stderr
    if "self-test" not in output:
        # A windowed build (Windows, macOS) has no stdout: the self-test wrote its report to the log
        # dir, which is under the throwaway home except on Windows, where platformdirs asks the shell.
        from kiosk import paths

        reports = [*home.rglob("self-test.txt"), paths.log_dir() / "self-test.txt"]
        output += "".join(p.read_text(encoding="utf-8") for p in reports if p.is_file())
    return done.returncode, output


def check(bundle: Path) -> list[str]:
    """Run the checks and return the problems found (none: the package is good)."""
    problems: list[str] = []
    project = plan.project()
    exe_name = project.name + (".exe" if sys.platform == "win32" else "")
    if not (bundle / exe_name).is_file():
        return [f"no executable {bundle / exe_name}: run `make package` first"]
    root = Path(tempfile.mkdtemp(prefix="kiosk-package-test-"))
    try:
        bundled = root / "usb" / "cyber-kiosk"
        shutil.copytree(bundle, bundled, symlinks=True)
        # A second copy, with a teacher's lessons/ and kiosk.toml beside the executable (hard links:
        # no second 130 MB on disk).
        teacher = root / "usb2" / "cyber-kiosk"
        shutil.copytree(bundle, teacher, symlinks=True, copy_function=os.link)
        shutil.copytree(OVERRIDE_PACK, teacher / "lessons")
        (teacher / "kiosk.toml").write_text('kiosk_name = "usb stick"\n', encoding="utf-8")
        ro_folders = [bundled, teacher]
        for folder in ro_folders:
            make_read_only(folder)
        before = {str(f): snapshot(f) for f in ro_folders}
        mount = can_mount_read_only()
        trace_ok = sys.platform.startswith("linux") and shutil.which("strace") is not None
        how = (
            "read-only bind mount" if mount else "chmod -R a-w" + (" (root ignores it)" if is_root() else "")
        )
        print(
            f"package-test: {bundle} copied to {root}, made read-only by {how}; "
            f"writes traced: {'yes (strace)' if trace_ok else 'no (strace missing)'}"
        )

        if sys.platform != "win32":  # a windowed Windows build has no stdout to print the version to
            version = subprocess.run(
                [str(bundled / exe_name), "--version"], capture_output=True, text=True, timeout=60
            )
            if project.version not in version.stdout:
                problems.append(f"--version printed {version.stdout!r}, expected {project.version}")

        for label, folder, expected_lessons in (
            ("bundled lessons", bundled, None),
            ("lessons/ and kiosk.toml beside the executable", teacher, teacher / "lessons"),
        ):
            home = root / f"home-{folder.parent.name}"
            trace = root / f"strace-{folder.parent.name}.log" if trace_ok else None
            code, output = run_self_test(folder / exe_name, home, ro_folders, mount, trace)
            print(f"--- self-test, {label} ---\n{output.rstrip()}")
            if code != 0:
                problems.append(f"self-test with {label} exited {code}")
            if "(frozen)" not in output:
                problems.append(f"self-test with {label} did not run frozen")
            # File modes make a folder read-only for a POSIX user who is not root; Windows ignores them on folders.
            if os.name == "posix" and (mount or not is_root()) and "(read-only)" not in output:
                problems.append(f"self-test with {label}: the bundle was writable")
            if expected_lessons is not None:
                if f"lessons {expected_lessons}" not in output:
                    problems.append(
                        "a lessons/ folder beside the executable did not override the bundled one"
                    )
                if f"settings file {folder / 'kiosk.toml'}" not in output:
                    problems.append("a kiosk.toml beside the executable did not override the user's")
            if trace is not None:
                written = written_paths(trace, home)
                outside = sorted({p for p in written if not _allowed(p, root)})
                if outside:
                    problems.append(f"wrote outside {root}: {', '.join(outside[:10])}")
                elif not written:
                    problems.append("strace saw no write at all: the trace is not working")
                else:
                    print(f"package-test: all {len(written)} file writes were under {root}")
            print(
                f"package-test: files left in the throwaway home: {sum(1 for p in home.rglob('*') if p.is_file())}"
            )
        for folder in ro_folders:
            if snapshot(folder) != before[str(folder)]:
                problems.append(f"the read-only copy {folder} changed")
    finally:
        for folder in (root / "usb", root / "usb2"):
            if folder.exists():
                make_writable(folder)
        shutil.rmtree(root, ignore_errors=True)
    return problems


def _allowed(path: str, root: Path) -> bool:
    return path.startswith((str(root) + os.sep, "/dev/")) or path in (str(root), "/dev")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Self-test the frozen kiosk from a read-only copy.")
    parser.add_argument("bundle", type=Path, nargs="?", default=plan.ROOT / "dist" / plan.project().name)
    args = parser.parse_args(argv)
    problems = check(args.bundle.resolve())
    for problem in problems:
        print(f"package-test: FAIL: {problem}", file=sys.stderr)
    print("package-test: " + ("FAILED" if problems else "passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
