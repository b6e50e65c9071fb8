"""Benchmark: ``kiosk check`` of hostile content (issue 15): a 150 KB lesson made of every pattern that
made python-markdown freeze, and the whole hostile pack of tests/robustness/hostile_pack.py.

    .venv/bin/python bench/bench_hostile.py [--repeat 3]

Each run is a fresh ``kiosk check`` process (as a teacher runs it). Baseline in the same run: a benign
lesson of the same size (prose with links, bold text and lists). Targets: the 150 KB hostile lesson
under 20 s, the hostile pack under 30 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.robustness.hostile_content import freezing_lesson  # noqa: E402
from tests.robustness.hostile_pack import write_hostile_pack  # noqa: E402

BENIGN_PARAGRAPH = (
    "Phishing messages copy the look of a bank or a parcel service. Check the sender, hover over "
    "[the link](https://example.org/check) before you tap, and **never** type a password into a page "
    "you reached from a message. Report it instead.\n\n- look at the address\n- call the company\n\n"
)


def benign_lesson(size: int) -> str:
    """Prose with links, bold text and lists, a page break every ten paragraphs, about ``size`` bytes."""
    count = size // len(BENIGN_PARAGRAPH) + 1
    paragraphs = [BENIGN_PARAGRAPH + ("\n---\n\n" if i % 10 == 9 else "") for i in range(count)]
    return "---\ntitle: Benign\n---\n" + "".join(paragraphs)


def time_check(pack: Path) -> tuple[float, str]:
    """Seconds for one ``kiosk check`` process, and its summary line (to see that it checked the lessons)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "check", str(pack)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    return time.perf_counter() - start, done.stderr.strip().splitlines()[-1].split(": ", 1)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        base = Path(tmp)
        packs = {}
        for name, text in (
            ("benign 150 KB lesson", benign_lesson(150_000)),
            ("hostile 150 KB lesson", freezing_lesson(150_000)),
        ):
            folder = base / name.split()[0] / "x"
            folder.mkdir(parents=True)
            (folder / "lesson.md").write_text(text, encoding="utf-8")
            packs[name] = folder.parent
        packs["hostile pack (every case)"] = write_hostile_pack(base / "hostile-pack" / "pack").root
        for name, pack in packs.items():
            runs = [time_check(pack) for _ in range(args.repeat)]
            times = [t for t, _ in runs]
            spread = ", ".join(f"{t:.2f}" for t in times)
            print(f"{name:28s} median {statistics.median(times):6.2f} s  ({spread})  [{runs[-1][1]}]")


if __name__ == "__main__":
    main()
