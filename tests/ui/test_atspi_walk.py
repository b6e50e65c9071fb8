"""The accessibility-tree walk (tests/a11y/atspi_walk.py) run as a test: the kiosk in a real X11 window,
seen through AT-SPI as a screen reader sees it, finds no unnamed control on any visitor screen.

It needs the shared a11y driver (``shared/tools/a11y`` beside the checkout, or KIOSK_A11Y_TOOLS) and
the system packages it names (Xvfb, xdotool, dbus, at-spi2-core, python3-pyatspi; .ci/run installs
them). Without the driver it skips, saying so, except under KIOSK_REQUIRE_PEERS=1 (CI), where it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.peers import PEERS

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(os.environ.get("KIOSK_A11Y_TOOLS") or PEERS.parent / "tools" / "a11y")
SYSTEM = {"Xvfb": "xvfb", "xdotool": "xdotool", "dbus-run-session": "dbus"}


def need_driver() -> Path:
    missing = []
    if not sys.platform.startswith("linux"):
        missing.append("Linux (AT-SPI)")
    if not (TOOLS / "with_atspi.sh").exists():
        missing.append(f"the a11y driver in {TOOLS}")
    missing += [package for command, package in SYSTEM.items() if shutil.which(command) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    if subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode:
        missing.append("python3-pyatspi")
    if missing:
        reason = f"needs {', '.join(missing)}"
        if os.environ.get("KIOSK_REQUIRE_PEERS"):
            pytest.fail(f"{reason}, and KIOSK_REQUIRE_PEERS says the shared tools must be there")
        pytest.skip(reason)
    return TOOLS / "with_atspi.sh"


@pytest.mark.slow
def test_no_visitor_screen_has_an_unnamed_control_in_the_accessibility_tree() -> None:
    driver = need_driver()
    kiosk = Path(sys.executable).with_name("kiosk")
    run = subprocess.run(
        [str(driver), str(ROOT / "tests" / "a11y" / "atspi_walk.py"), str(kiosk)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    print(run.stdout)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "none unnamed" in run.stdout and "result:" in run.stdout
