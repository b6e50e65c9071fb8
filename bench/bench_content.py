"""Benchmark: catalogue load and ``kiosk check`` of a generated pack of 1,000 lessons x 10 questions.

    .venv/bin/python bench/bench_content.py [--lessons 1000] [--repeat 5] [--baseline CHECKOUT]

``--baseline`` names another checkout of the project (a git worktree of main, say): ``kiosk check``
of the same pack is then run from it and from this one in turn, and both are reported with their ratio.

Writes the pack under bench/out/ (git-ignored), then reports the median of several runs. Targets
(issue 2): catalogue under 0.5 s, check under 10 s.
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
sys.path.insert(0, str(ROOT))

from kiosk.content.check import check_pack  # noqa: E402
from kiosk.content.loader import load_pack  # noqa: E402

PAGE = """# Page {n}

A short page of a generated lesson, with **bold text**, a list and a picture.

- first point about staying safe online
- second point, with `code`

![an illustration](images/pic.svg)
"""


def question(i: int) -> str:
    return f"""## Generated question number {i}: which answer is right? {{#q{i}}}

- [ ] A believable wrong answer
  > Feedback for the **tempting** wrong answer.
- [x] The right answer, with `code`
- [ ] Another wrong answer, as long
- [ ] Yet another wrong answer

> The explanation of question {i}, shown after answering: *why* the answer is right.
"""


def make_pack(root: Path, lessons: int, questions: int) -> None:
    if (root / f".complete-{lessons}-{questions}-v3").exists():
        return
    for n in range(lessons):
        folder = root / f"lesson-{n:04d}"
        (folder / "images").mkdir(parents=True, exist_ok=True)
        (folder / "images" / "pic.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>'
        )
        front = f"---\ntitle: Generated lesson {n}\nsummary: A lesson for the benchmark.\nminutes: 3\norder: {n}\n"
        front += "tags: [bench, generated]\ncover: images/pic.svg\nsources:\n  - A source\n---\n"
        (folder / "lesson.md").write_text(front + "\n---\n\n".join(PAGE.format(n=p) for p in range(4)))
        (folder / "quiz.md").write_text(
            "---\npass_mark: 60\n---\n" + "\n".join(question(i) for i in range(questions))
        )
    (root / f".complete-{lessons}-{questions}-v3").write_text("")


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def run_check(code: Path, root: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of it and its workers) of one ``kiosk check --quiet`` run from ``code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run(
        [sys.executable, "-m", "kiosk", "check", "--quiet", str(root)], check=True, env=env, cwd=code
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare(baseline: Path, root: Path, repeat: int) -> None:
    """``kiosk check`` from the baseline checkout and from this one, alternately, on the same pack."""
    runs: dict[str, list[tuple[float, float]]] = {"baseline": [], "this": []}
    for _ in range(repeat):
        runs["baseline"].append(run_check(baseline, root))
        runs["this"].append(run_check(ROOT, root))
    med = statistics.median
    for name, found in runs.items():
        print(
            f"kiosk check --quiet ({name}): median {med(w for w, _ in found):.2f} s wall, "
            f"{med(c for _, c in found):.2f} s CPU over {len(found)} runs"
        )
    wall = med(w for w, _ in runs["this"]) / med(w for w, _ in runs["baseline"])
    cpu = med(c for _, c in runs["this"]) / med(c for _, c in runs["baseline"])
    print(f"  this / baseline: {wall:.2f} wall, {cpu:.2f} CPU; load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lessons", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout to compare 'kiosk check' with")
    args = parser.parse_args()
    root = ROOT / "bench" / "out" / f"pack-{args.lessons}"
    make_pack(root, args.lessons, args.questions)
    pack = load_pack(root)
    assert len(pack.lessons) == args.lessons and not pack.diagnostics, pack.diagnostics[:3]
    catalogue = timed(lambda: load_pack(root), args.repeat)
    check = timed(lambda: check_pack(root), max(1, args.repeat // 2))
    report = check_pack(root)
    cpu_start = time.process_time()
    check_pack(root, workers=1)
    check_cpu = time.process_time() - cpu_start
    assert report.errors == 0 and report.warnings == 0, report.diagnostics[:3]
    # baseline in the same run: a bare listing + read of every lesson.md (the floor for any catalogue)
    files = sorted(root.glob("*/lesson.md"))
    floor = timed(lambda: [f.read_bytes()[:4096] for f in files], args.repeat)
    cli = timed(
        lambda: subprocess.run([sys.executable, "-m", "kiosk", "check", "--quiet", str(root)], check=True),
        max(1, args.repeat // 2),
    )
    med = statistics.median
    print(f"pack: {args.lessons} lessons x {args.questions} questions ({root})")
    print(
        f"catalogue (load_pack): median {med(catalogue) * 1000:.0f} ms over {len(catalogue)} runs (target < 500 ms)"
    )
    print(f"  baseline, reading the head of every lesson.md: median {med(floor) * 1000:.0f} ms")
    print(f"check (check_pack, in process): median {med(check):.2f} s over {len(check)} runs (target < 10 s)")
    print(f"check, one worker: {check_cpu:.2f} s of CPU time (less sensitive to a busy machine)")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"kiosk check (whole process): median {med(cli):.2f} s over {len(cli)} runs")
    if args.baseline:
        compare(args.baseline.resolve(), root, args.repeat)


if __name__ == "__main__":
    main()
