"""A visitor's journey through the platform's accessibility tree (AT-SPI on Linux), as a screen reader
meets it: on every screen, every showing control that can be focused or pressed must have a name.

Run with the shared a11y driver, which starts a private X server, session bus and accessibility bus:

    ../shared/tools/a11y/with_atspi.sh tests/a11y/atspi_walk.py .venv/bin/kiosk

It walks attract, catalogue, both pages of a lesson, each question before and after its answer, the
result and back to the start, on the test pack (tests/ui/data/pack), taps with xdotool where a finger
would, prints what it finds, and exits 1 if any control had no name. tests/ui/test_atspi_walk.py runs it.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from pathlib import Path

import pyatspi  # the system python3's (python3-pyatspi)
from visitor import Kiosk  # the shared a11y driver (with_atspi.sh puts it on the path)

PACK = Path(__file__).resolve().parents[1] / "ui" / "data" / "pack"
#: roles a visitor operates: each needs a name
CONTROLS = {"push button", "toggle button", "check box", "radio button", "list item", "page tab", "link"}


def problems(kiosk: Kiosk) -> list[str]:
    found = []
    for role, name, node in kiosk.nodes():
        try:
            focusable = node.getState().contains(pyatspi.STATE_FOCUSABLE)
        except Exception:
            focusable = False
        if (
            (role in CONTROLS or focusable)
            and role not in ("frame", "application", "filler")
            and not name.strip()
        ):
            found.append(role)
    return found


def main() -> int:
    kiosk_command = sys.argv[1] if len(sys.argv) > 1 else ".venv/bin/kiosk"
    home = tempfile.mkdtemp(prefix="atspi-walk-")
    run = Path(home) / "run"
    run.mkdir(mode=0o700)
    os.environ.update(
        XDG_DATA_HOME=home,
        XDG_CONFIG_HOME=home,
        XDG_CACHE_HOME=home,
        XDG_STATE_HOME=home,
        XDG_RUNTIME_DIR=str(run),
    )
    k = Kiosk([kiosk_command, "--windowed", "--lessons", str(PACK)])
    report: dict[str, list[str]] = {}
    controls_seen = 0

    def check(where: str) -> None:
        nonlocal controls_seen
        time.sleep(0.3)
        named = [(r, n) for r, n, _ in k.nodes() if r in CONTROLS and n]
        controls_seen += len(named)
        report[where] = problems(k)
        print(
            f"{where}: {len(named)} named controls" + (f"; UNNAMED: {report[where]}" if report[where] else "")
        )
        print("   " + ", ".join(f"{n!r}" for _, n in named[:14]))

    try:
        check("attract")
        k.press("^Touch to start$")
        check("catalogue")
        k.press("^Basics")
        check("lesson page 1")
        k.press("^Next$")
        check("lesson page 2")
        k.press("^Start the quiz$")
        for number in range(1, 4):
            check(f"question {number}")
            k.press("correct-horse|A long password|^True$")
            check(f"question {number}, answer chosen")
            k.press("^Check my answer$")
            check(f"question {number}, feedback")
            k.press("^(Next question|See my result)$")
        check("result")
        k.press("^Finish$")
        k.wait_for("^Touch to start$", ("push button",))
        check("attract again")
    finally:
        k.close()
        # the speech-dispatcher the kiosk's read-aloud started, if any, by its pid
        for pid_file in (run / "speech-dispatcher" / "pid").glob("*.pid"):
            try:
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)
            except (OSError, ValueError):
                pass
    bad = {where: found for where, found in report.items() if found}
    if bad or controls_seen == 0:
        print(f"FAILED: unnamed controls {bad}" if bad else "FAILED: no control found at all")
        return 1
    print(f"ok: {len(report)} screens, {controls_seen} named controls, none unnamed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
