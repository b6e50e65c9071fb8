"""Size and start-up of the packaged kiosk against a default PyInstaller build of a bare PySide6 window.

    .venv/bin/python bench/bench_bundle.py            # baseline, lean build, one build per exclusion group
    .venv/bin/python bench/bench_bundle.py --quick    # baseline and lean build only

Everything is built in this run under bench/out/bundle: the baseline is ``pyinstaller hello.py`` with
PyInstaller's defaults (one folder, no excludes, no strip) for a QLabel window. Start-up is the wall
time from spawning the process until it exits after its first window was shown (the hello window
quits from the first event-loop turn after show(); the kiosk uses --exit-after-start, after one full
start has saved its catalogue snapshot as on any kiosk that has started before), offscreen, runs
interleaved, median reported. Targets: size <= 0.8x and start <= 1.5x the baseline.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_config as plan  # noqa: E402
from build import build, folder_size  # noqa: E402

OUT = ROOT / "bench" / "out" / "bundle"
HELLO = """\
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("hello")
label.show()
QTimer.singleShot(0, app.quit)  # leave once the shown window has had its first event-loop turn
sys.exit(app.exec())
"""


def build_hello() -> Path:
    source = OUT / "hello.py"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(HELLO, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(OUT / "dist-hello"), "--workpath", str(OUT / "work-hello"),
         "--specpath", str(OUT), str(source)],
        check=True,
    )  # fmt: skip
    return OUT / "dist-hello" / "hello"


def build_kiosk(label: str, keep: list[str]) -> Path:
    return build(keep=keep, dist=OUT / f"dist-{label}", work=OUT / f"work-{label}", quiet=True)


def time_start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one whole process; CPU is steadier on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the per-group builds")
    parser.add_argument("--runs", type=int, default=15, help="start-up runs of each build (default 15)")
    parser.add_argument(
        "--timing-only", action="store_true", help="reuse the baseline and lean builds of an earlier run"
    )
    args = parser.parse_args(argv)

    if args.timing_only:
        hello, lean = OUT / "dist-hello" / "hello", OUT / "dist-lean" / plan.project().name
    else:
        hello, lean = build_hello(), build_kiosk("lean", [])
    sizes = {"hello": folder_size(hello), "lean": folder_size(lean)}
    savings: list[tuple[str, str, int]] = []
    if not (args.quick or args.timing_only):
        for group in plan.GROUP_NAMES:
            kept = build_kiosk(f"keep-{group}", [group])
            why = next((g.why for g in plan.GROUPS if g.name == group), "strip symbols from binaries (Linux)")
            savings.append((group, why, folder_size(kept) - sizes["lean"]))
        everything = build_kiosk("no-exclusions", list(plan.GROUP_NAMES))
        sizes["no-exclusions"] = folder_size(everything)

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_DATA_HOME=home,
                   XDG_CONFIG_HOME=home, XDG_CACHE_HOME=home, XDG_STATE_HOME=home)  # fmt: skip
        commands = {
            "hello": [str(hello / "hello")],
            "kiosk": [str(lean / plan.project().name), "--exit-after-start"],
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for command in commands.values():
            time_start(command, env)  # warm the disk cache; not counted
        # A kiosk that has started once before has its catalogue snapshot: let one full start save it.
        time_start([*commands["kiosk"], "ready"], env)
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(time_start(command, env))
    start = {name: statistics.median(w for w, _ in values) for name, values in times.items()}
    cpu = {name: statistics.median(c for _, c in values) for name, values in times.items()}

    mb = 1e6
    lines = [
        f"Bundle size and start-up ({plan.project().name} {plan.project().version}, {sys.platform}, "
        f"PyInstaller {_pyinstaller_version()}, {args.runs} interleaved runs each)",
        "",
        "| build | size | start to shown: wall median | CPU median | vs bare window |",
        "|---|---|---|---|---|",
        f"| bare PySide6 hello window, PyInstaller defaults | {sizes['hello'] / mb:.1f} MB | "
        f"{start['hello'] * 1000:.0f} ms | {cpu['hello'] * 1000:.0f} ms | 1.00x size, 1.00x start |",
        f"| Cyber Kiosk, lean one-folder (with lessons and CJK font) | {sizes['lean'] / mb:.1f} MB | "
        f"{start['kiosk'] * 1000:.0f} ms | {cpu['kiosk'] * 1000:.0f} ms | "
        f"**{sizes['lean'] / sizes['hello']:.2f}x** size (target <= 0.8), "
        f"**{start['kiosk'] / start['hello']:.2f}x** start wall, {cpu['kiosk'] / cpu['hello']:.2f}x CPU "
        "(target <= 1.5) |",
    ]
    if "no-exclusions" in sizes:
        lines.append(
            f"| Cyber Kiosk, no exclusions | {sizes['no-exclusions'] / mb:.1f} MB | | | "
            f"{sizes['no-exclusions'] / sizes['hello']:.2f}x size |"
        )
    if savings:
        lines += ["", "| exclusion group | what it leaves out | saves |", "|---|---|---|"]
        lines += [f"| {name} | {why} | {saved / mb:.1f} MB |" for name, why, saved in savings]
    report = "\n".join(lines)
    print(report)
    (OUT / "results.md").write_text(report + "\n", encoding="utf-8")
    return 0


def _pyinstaller_version() -> str:
    from importlib.metadata import version

    return version("pyinstaller")


if __name__ == "__main__":
    sys.exit(main())
