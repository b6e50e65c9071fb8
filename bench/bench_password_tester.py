"""How long zxcvbn's estimate takes per keystroke in the password tester, for inputs up to the field's
64 characters: is it fast enough to run on the GUI thread at every key (the target: under 30 ms)?

    .venv/bin/python bench/bench_password_tester.py [--rounds 5]

Prints the first call (which loads zxcvbn's word lists), then per kind of input the median and the
slowest of every prefix length 1..64 typed one key at a time, as a visitor types.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.ui.exhibits.strength import MAX_LENGTH, estimate  # noqa: E402

INPUTS = {
    "random characters": "x7!Kq9#mZ2vB4@pLw8$Nc3&Rt6*Yh1^Ds5%Gf0(Ju)",
    "repeated letter": "a",
    "repeated pair": "ab",
    "words with spaces": "otter lantern cabbage violin mist harbour pepper ",
    "keyboard rows": "qwertyuiopasdfghjkl",
    "digits": "1234567890",
}


def typed(seed: str) -> str:
    return (seed * (MAX_LENGTH // len(seed) + 1))[:MAX_LENGTH]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    start = time.perf_counter()
    estimate("first")
    print(f"first call (loads the word lists): {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"{'input':<20} {'median ms':>10} {'slowest ms':>11} {'at length':>10}")
    worst = 0.0
    for name, seed in INPUTS.items():
        text = typed(seed)
        times: list[tuple[float, int]] = []
        for _ in range(rounds):
            for length in range(1, len(text) + 1):
                begin = time.perf_counter()
                estimate(text[:length])
                times.append(((time.perf_counter() - begin) * 1000, length))
        slowest = max(times)
        worst = max(worst, slowest[0])
        print(
            f"{name:<20} {statistics.median(t for t, _ in times):>10.2f} {slowest[0]:>11.1f} {slowest[1]:>10}"
        )
    print(f"slowest keystroke of all: {worst:.1f} ms (target: under 30 ms on the GUI thread)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
