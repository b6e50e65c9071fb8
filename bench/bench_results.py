"""Benchmark: recording one answer durably, the "N% got this right" query, and ``results summary``.

    .venv/bin/python bench/bench_results.py [--answers 2000] [--repeat 200]

1. Recording: ``ResultsStore.record_answer`` (WAL, synchronous=FULL, one commit per answer) against a
   bare ``sqlite3`` insert + commit with the same pragmas and schema, interleaved in the same run so
   both see the same disk. Reports p50/p99 and the ratio of the store to the bare insert (target <= 1.5x).
   Done twice: in a folder on disk (what a kiosk does) and in RAM (no fsync: pure code overhead).
2. On a database of about 1,000,000 answers (bench/results_data.py, cached under bench/out/): the
   correct-rate query (target < 5 ms) and the summary (target < 2 s), median of several runs.
3. ``--merge``: merging that database into an empty output, once, with the share of the time spent
   checking the input (kiosk.results.validate) before any row is copied.
4. ``--reports``: only the teacher's reports on that database (issue 19), wall and CPU time, medians:
   in one process the summary's parts interleaved (what it was before the item analysis, the item
   analysis, the words, the whole ``summarize``), then ``kiosk results summary`` and ``kiosk results
   report --pdf`` as whole new processes, interleaved.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from results_data import build  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from kiosk.journey.records import AnswerRecord  # noqa: E402
from kiosk.results.item_analysis import item_sums  # noqa: E402
from kiosk.results.reports import ReportFilter, summarize  # noqa: E402
from kiosk.results.schema import migrate  # noqa: E402
from kiosk.results.store import _INSERT_ANSWER, ResultsStore, answer_params, apply_pragmas  # noqa: E402


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def answer(visit_id: str, n: int) -> AnswerRecord:
    return AnswerRecord(
        id=str(uuid.uuid4()),
        visit_id=visit_id,
        lesson_id="passwords",
        question_id=f"q{n % 8}",
        question_hash="0123456789abcdef",
        chosen=("a", "c") if n % 5 == 0 else ("b",),
        correct=n % 3 != 0,
        seconds=7.25,
        answered_at=datetime.now(UTC),
        language="en",
    )


def bench_recording(folder: Path, count: int) -> dict[str, float]:
    """Interleaved store and bare inserts; times in milliseconds."""
    store = ResultsStore.open(folder / "store.db")
    visit = str(uuid.uuid4())
    store.start_visit(
        visit_id=visit, started_at=datetime.now(UTC), language="en", kiosk_name="b", event_label="e"
    )
    bare = sqlite3.connect(folder / "bare.db")
    apply_pragmas(bare)
    migrate(Database(bare))  # the same tables and indexes
    bare.execute(
        "INSERT INTO visits (id, started_at, language, kiosk_name, event_label) VALUES (?, ?, 'en', 'b', 'e')",
        (visit, "2026-11-27T00:00:00.000Z"),
    )
    bare.commit()
    store_ms, bare_ms = [], []
    for n in range(count):
        record = answer(visit, n)
        started = time.perf_counter()
        store.record_answer(record)
        store_ms.append((time.perf_counter() - started) * 1000)
        # The bare baseline gets the row already converted: only sqlite3's execute and commit are timed.
        params = answer_params(answer(visit, n))
        started = time.perf_counter()
        bare.execute(_INSERT_ANSWER, params)
        bare.commit()
        bare_ms.append((time.perf_counter() - started) * 1000)
    assert store.health().pending == 0
    store.close()
    bare.close()
    return {
        "store_p50": statistics.median(store_ms),
        "store_p99": percentile(store_ms, 99),
        "bare_p50": statistics.median(bare_ms),
        "bare_p99": percentile(bare_ms, 99),
    }


def bench_shown(folder: Path, count: int) -> dict[str, float]:
    """``record_shown`` of a new question version and of one already seen, in microseconds, and the
    commit of the answer that carries a new version's words against one that carries none, in ms."""
    from kiosk.journey.records import ShownQuestion

    store = ResultsStore.open(folder / "shown.db")
    visit = str(uuid.uuid4())
    store.start_visit(
        visit_id=visit, started_at=datetime.now(UTC), language="en", kiosk_name="b", event_label="e"
    )
    new_us, seen_us, carrying_ms, plain_ms = [], [], [], []
    for n in range(count):
        shown = ShownQuestion(
            "passwords",
            "Strong passwords",
            f"q{n % 8}",
            f"{n:016x}",
            "en",
            "Which of these passwords is the hardest to guess?",
            tuple((c, f"choice {c} of question {n}", c == "b") for c in "abcd"),
            datetime.now(UTC),
        )
        started = time.perf_counter()
        store.record_shown(shown)
        new_us.append((time.perf_counter() - started) * 1e6)
        started = time.perf_counter()
        store.record_shown(shown)
        seen_us.append((time.perf_counter() - started) * 1e6)
        for samples in (carrying_ms, plain_ms):  # the first answer carries the words, the next none
            started = time.perf_counter()
            store.record_answer(answer(visit, n))
            samples.append((time.perf_counter() - started) * 1000)
    store.close()
    return {
        "new_us": statistics.median(new_us),
        "seen_us": statistics.median(seen_us),
        "carrying_ms": statistics.median(carrying_ms),
        "plain_ms": statistics.median(plain_ms),
    }


def bench_queries(path: Path, repeat: int) -> dict[str, float]:
    store = ResultsStore.open(path, check=False)
    db = store.db
    assert db is not None
    total = db.execute("SELECT count(*) FROM answers").fetchone()[0]
    # The most-answered question: the worst case for the correct-rate query.
    lesson, question, most = db.execute(
        "SELECT lesson_id, question_id, count(*) FROM answers GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1"
    ).fetchone()
    rate_ms = []
    for _ in range(repeat):
        started = time.perf_counter()
        rate = store.correct_rate(lesson, question)
        rate_ms.append((time.perf_counter() - started) * 1000)
    assert rate is not None
    results = {
        "answers": total,
        "question_answers": most,
        "rate_p50": statistics.median(rate_ms),
        "rate_p99": percentile(rate_ms, 99),
    }
    first_day, last_day = db.execute("SELECT min(started_at), max(started_at) FROM visits").fetchone()
    last = date.fromisoformat(last_day[:10])
    filters = {
        "summary": ReportFilter(),
        "summary_event": ReportFilter(event="demo-0"),  # a third of the visits
        "summary_week": ReportFilter(since=last - timedelta(days=6)),
    }
    for name, flt in filters.items():
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            summary = summarize(db, flt)
            runs.append(time.perf_counter() - started)
        results[name] = statistics.median(runs)
        results[name + "_answers"] = summary.answers
    results["days"] = (last - date.fromisoformat(first_day[:10])).days + 1
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        item_sums(db, ReportFilter())
        runs.append(time.perf_counter() - started)
    results["items"] = statistics.median(runs)
    store.close()
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        ResultsStore.open(path).close()  # what the kiosk does at start-up, quick_check included
        runs.append(time.perf_counter() - started)
    results["open"] = statistics.median(runs)
    for name, extra in (("cli_summary", []), ("cli_summary_event", ["--event", "demo-0"])):
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "kiosk", "results", "summary", "--db", str(path), *extra],
                check=True,
                stdout=subprocess.DEVNULL,
                cwd=ROOT,
            )
            runs.append(time.perf_counter() - started)
        results[name] = statistics.median(runs)
    return results


def bench_merge(path: Path) -> dict[str, float]:
    """One merge of ``path`` into a new output, and the input checks on their own; seconds."""
    from kiosk.results.merge import _check_source, merge_databases

    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(":memory:")
        conn.execute("ATTACH DATABASE ? AS source", (f"file:{path}?mode=ro",))
        started = time.perf_counter()
        _check_source(conn, path)
        checks = time.perf_counter() - started
        conn.close()
        started = time.perf_counter()
        (report,) = merge_databases([path], Path(folder) / "all.db")
        total = time.perf_counter() - started
    assert report.merged, report.error
    return {"checks": checks, "merge": total, "answers": report.answers}


def _timed(run) -> tuple[float, float]:  # noqa: ANN001
    """(wall, CPU) seconds of ``run()``; CPU is this process's plus its finished children's."""
    import resource

    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    wall, used = time.perf_counter(), cpu()
    run()
    return time.perf_counter() - wall, cpu() - used


def bench_reports(path: Path, runs: int = 5) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of each part of the reports, the parts interleaved in every round."""
    from kiosk.results.reports import _visit_buckets, lesson_summaries, question_summaries
    from kiosk.results.words import lookup

    db = Database(path)
    flt = ReportFilter()
    in_process = {
        "before item analysis (days, hours, lessons, questions)": lambda: (
            _visit_buckets(db, flt),
            lesson_summaries(db, flt),
            question_summaries(db, flt),
        ),
        "item analysis (item_sums)": lambda: item_sums(db, flt),
        "words (words.lookup)": lambda: lookup(db, "en"),
        "summarize, all of it": lambda: summarize(db, flt, "en"),
    }
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in in_process}
    for _ in range(runs):
        for name, run in in_process.items():
            samples[name].append(_timed(run))
    db.close()
    with tempfile.TemporaryDirectory() as folder:
        commands = {
            "kiosk results summary (new process)": ["summary", "--db", str(path), "--language", "en"],
            "kiosk results report --pdf (new process)": [
                "report",
                "--db",
                str(path),
                "--pdf",
                f"{folder}/report.pdf",
                "--language",
                "en",
            ],
            "kiosk results report --pdf --language zh-CN (new process)": [
                "report",
                "--db",
                str(path),
                "--pdf",
                f"{folder}/report-zh.pdf",
                "--language",
                "zh-CN",
            ],
        }
        for name in commands:
            samples[name] = []
        for _ in range(max(3, runs - 2)):
            for name, args in commands.items():
                samples[name].append(
                    _timed(
                        lambda args=args: subprocess.run(
                            [sys.executable, "-m", "kiosk", "results", *args],
                            check=True,
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL,
                            cwd=ROOT,
                        )
                    )
                )
    return {
        name: (statistics.median(w for w, _ in runs_), statistics.median(c for _, c in runs_))
        for name, runs_ in samples.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--answers", type=int, default=2000, help="answers recorded per recording run")
    parser.add_argument("--repeat", type=int, default=200, help="correct-rate queries timed")
    parser.add_argument("--skip-big", action="store_true", help="only the recording benchmark")
    parser.add_argument("--merge", action="store_true", help="only the merge of the big database")
    parser.add_argument("--reports", action="store_true", help="only the reports on the big database")
    args = parser.parse_args()
    if args.reports:
        path = build()
        load = os.getloadavg()[0]
        print(f"Reports on {path.name} (load average {load:.1f}), median wall / CPU seconds:")
        for name, (wall, cpu) in bench_reports(path).items():
            print(f"  {name:62} {wall:6.2f} s  {cpu:6.2f} s CPU")
        print(f"  (load average at the end: {os.getloadavg()[0]:.1f})")
        return
    if args.merge:
        m = bench_merge(build())
        print(
            f"Merging {m['answers']:,} answers into an empty output: {m['merge']:.1f} s,"
            f" of which checking the input {m['checks']:.1f} s ({m['checks'] / m['merge']:.0%})"
        )
        return

    places = [("disk", Path(tempfile.gettempdir()))]
    if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK):
        places.append(("RAM (/dev/shm)", Path("/dev/shm")))
    print(f"Recording {args.answers} answers, one commit each (ms):")
    for label, where in places:
        with tempfile.TemporaryDirectory(dir=where) as folder:
            r = bench_recording(Path(folder), args.answers)
        print(
            f"  {label:15} store p50 {r['store_p50']:.3f} p99 {r['store_p99']:.3f} | "
            f"bare sqlite3 p50 {r['bare_p50']:.3f} p99 {r['bare_p99']:.3f} | "
            f"ratio p50 {r['store_p50'] / r['bare_p50']:.2f}x p99 {r['store_p99'] / r['bare_p99']:.2f}x"
        )
    with tempfile.TemporaryDirectory() as folder:
        w = bench_shown(Path(folder), min(args.answers, 500))
    print(
        f"Words of a question shown: record_shown p50 {w['new_us']:.1f} us (new version),"
        f" {w['seen_us']:.1f} us (seen); the answer commit carrying them p50 {w['carrying_ms']:.3f} ms"
        f" against {w['plain_ms']:.3f} ms carrying none"
    )
    if args.skip_big:
        return
    path = build()
    q = bench_queries(path, args.repeat)
    print(f"On {q['answers']:,} answers ({path.name}):")
    print(
        f"  correct rate of the most-answered question ({q['question_answers']:,} answers): "
        f"p50 {q['rate_p50']:.2f} ms, p99 {q['rate_p99']:.2f} ms"
    )
    print(f"  summary, everything:              {q['summary']:.2f} s ({q['summary_answers']:,} answers)")
    print(f"  of which the item analysis:       {q['items']:.2f} s")
    print(
        f"  summary --event (a third):        {q['summary_event']:.2f} s ({q['summary_event_answers']:,} answers)"
    )
    print(
        f"  summary --since (last 7 of {q['days']} days): {q['summary_week']:.2f} s "
        f"({q['summary_week_answers']:,} answers)"
    )
    print(f"  kiosk results summary, whole command in a new process: {q['cli_summary']:.2f} s")
    print(f"  kiosk results summary --event, whole command:         {q['cli_summary_event']:.2f} s")
    print(f"  opening the store (quick_check, migrations, close):   {q['open']:.2f} s")


if __name__ == "__main__":
    main()
