"""Start-up time: the kiosk up to its attract screen, against a bare PySide6 window, as whole processes.

Both run offscreen in the same session on the same machine, alternating, so load on the machine hits
both alike. The target is a median ratio of at most 1.5. The kiosk quits at its attract screen's first
frame (``--exit-after-start``); a third series (``--exit-after-start ready``) also waits for what is
set up right after that frame (log, crash handler, operator gesture, results store, other screens),
for information. The project's modules are compiled to bytecode first, as an installed package and
the frozen build have them (this environment may set PYTHONDONTWRITEBYTECODE, which would otherwise
make every run compile the kiosk's sources again while the bare window's PySide6 is compiled).

    .venv/bin/python bench/bench_start.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("Cyber Kiosk")
label.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """Wall time of one run; its CPU time (user + system) is appended to ``cpu``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # A settings file that cannot exist keeps a developer's own kiosk.toml out of the measurement.
    kiosk = [
        sys.executable,
        "-m",
        "kiosk",
        "--windowed",
        "--exit-after-start",
        "--config",
        str(ROOT / "bench" / "bench.toml"),
    ]
    bare = [sys.executable, "-c", BARE]
    ready = [*kiosk, "--exit-after-start", "ready"]
    compiled = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kiosk")], env=compiled, check=True)
    (ROOT / "bench" / "bench.toml").write_text("# empty: defaults\n", encoding="utf-8")
    timed(bare, env), timed(kiosk, env), timed(ready, env)  # warm the file cache for all
    bare_s, kiosk_s, ready_s, bare_cpu, kiosk_cpu = [], [], [], [], []
    for _ in range(args.runs):
        bare_s.append(timed(bare, env, bare_cpu))
        kiosk_s.append(timed(kiosk, env, kiosk_cpu))
        ready_s.append(timed(ready, env))
    (ROOT / "bench" / "bench.toml").unlink()
    b, k = statistics.median(bare_s), statistics.median(kiosk_s)
    print(f"runs: {args.runs} each, alternating; Python {sys.version.split()[0]}")
    print(
        f"bare PySide6 QLabel window : median {b * 1000:6.0f} ms  (min {min(bare_s) * 1000:.0f}, max {max(bare_s) * 1000:.0f})"
    )
    print(
        f"kiosk to attract screen    : median {k * 1000:6.0f} ms  (min {min(kiosk_s) * 1000:.0f}, max {max(kiosk_s) * 1000:.0f})"
    )
    print(f"ratio (medians)            : {k / b:.2f}  (target <= 1.50)")
    r = statistics.median(ready_s)
    print(f"kiosk until all set up     : median {r * 1000:6.0f} ms  (ratio {r / b:.2f}, for information)")
    bc, kc = statistics.median(bare_cpu), statistics.median(kiosk_cpu)
    print(
        f"CPU time, medians          : bare {bc * 1000:.0f} ms, kiosk {kc * 1000:.0f} ms, ratio {kc / bc:.2f}"
    )
    return 0 if k / b <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
