"""``kiosk --screenshot DIR`` with the visit's shuffle seed fixed, so two versions compare pixel by pixel.

A visit draws its question and choice order from a random seed; with it fixed, two runs of the same
code give the same pictures (all but the console's export page, which shows a temporary folder's
random name). Run it with the Python of the tree to picture, then compare with compare_pngs.py:

    (cd OTHER_TREE && .venv/bin/python /path/to/bench/screenshots_fixed_seed.py /tmp/shots-before)
    .venv/bin/python bench/screenshots_fixed_seed.py /tmp/shots-after
    .venv/bin/python bench/compare_pngs.py /tmp/shots-before /tmp/shots-after --diff-out /tmp/shots-diff
"""

from __future__ import annotations

import random
import sys

import kiosk.journey.journey as journey_module
from kiosk.cli import main

if __name__ == "__main__":
    random.seed(16)
    journey_module.Journey.__init__.__kwdefaults__["new_seed"] = lambda: 1616
    sys.exit(main(["--screenshot", sys.argv[1]]))
