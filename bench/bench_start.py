"""Start-up time: the kiosk up to its attract screen, against a bare PySide6 window, as whole processes.

Both run offscreen in the same session on the same machine, alternating, so load on the machine hits
both alike. The target is a median ratio of at most 1.5. The kiosk quits at its attract screen's first
frame (``--exit-after-start``); a third series (``--exit-after-start ready``) also waits for what is
set up right after that frame (log, crash handler, operator gesture, results store, other screens),
for information, a fourth is a first start (no catalogue snapshot yet: the pack's YAML is read
before the first frame), and a fifth starts in kiosk mode (full screen and frameless, as at a booth).
Every kiosk run has its own temporary user dirs: the snapshot the "ready"
warm-up run leaves there is what later starts use, as on a kiosk that has started once before. The project's modules are compiled to bytecode first, as an installed package and
the frozen build have them (this environment may set PYTHONDONTWRITEBYTECODE, which would otherwise
make every run compile the kiosk's sources again while the bare window's PySide6 is compiled).

    .venv/bin/python bench/bench_start.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
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
    home = Path(tempfile.mkdtemp(prefix="bench-start-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        env[name] = str(home / name)
    # The kiosk finds its settings where a real one does (the user config dir, here empty), so a
    # developer's own kiosk.toml stays out of the measurement.
    kiosk = [sys.executable, "-m", "kiosk", "--windowed", "--exit-after-start"]
    bare = [sys.executable, "-c", BARE]
    ready = [*kiosk, "--exit-after-start", "ready"]
    full_screen = [sys.executable, "-m", "kiosk", "--exit-after-start"]  # kiosk mode: frameless, full screen
    snapshots = home / "XDG_CACHE_HOME"
    compiled = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kiosk")], env=compiled, check=True)
    timed(bare, env), timed(ready, env), timed(kiosk, env)  # warm the file cache; "ready" saves the snapshot
    bare_s, kiosk_s, ready_s, first_s, full_s, bare_cpu, kiosk_cpu = [], [], [], [], [], [], []
    for _ in range(args.runs):
        bare_s.append(timed(bare, env, bare_cpu))
        kiosk_s.append(timed(kiosk, env, kiosk_cpu))
        ready_s.append(timed(ready, env))
        full_s.append(timed(full_screen, env))
        shutil.rmtree(snapshots)
        first_s.append(timed(kiosk, env))
        timed(ready, env)  # the snapshot again, for the next round (not counted)
    shutil.rmtree(home)
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
    s = statistics.median(full_s)
    print(f"kiosk mode (full screen)   : median {s * 1000:6.0f} ms  (ratio {s / b:.2f}, for information)")
    f = statistics.median(first_s)
    print(f"first start, no snapshot   : median {f * 1000:6.0f} ms  (ratio {f / b:.2f}, for information)")
    bc, kc = statistics.median(bare_cpu), statistics.median(kiosk_cpu)
    print(
        f"CPU time, medians          : bare {bc * 1000:.0f} ms, kiosk {kc * 1000:.0f} ms, ratio {kc / bc:.2f}"
    )
    return 0 if k / b <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
