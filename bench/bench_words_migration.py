"""Benchmark: schema m007, which closes older kiosks' gaps between Chinese characters in the stored words.

    .venv/bin/python bench/bench_words_migration.py [--runs 5] [--versions 50000]

Files are aged as a kiosk before session 8 would have written them: every text as the screen showed
it (kiosk.content.linebreak.hint_text) with each line-break hint stored as a space, and m007 not run.

1. The million-answer database (bench/results_data.py, cached under bench/out/), copied and aged:
   ``kiosk results summary`` as a new process on the aged copy (it migrates the file first) against
   the same command on the file once migrated, interleaved, re-aged before each first summary; and
   ``migrate()`` alone, in process.
2. Big words tables (``--versions`` question versions in each of two languages, four choices each,
   built from the course's own words): ``migrate()`` on the aged file against m007 on the same file
   unaged (every row with whitespace read, nothing to change), fresh copies each run.
Medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from results_data import build  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from kiosk.content.linebreak import WJ, hint_text  # noqa: E402
from kiosk.results.schema import MIGRATIONS, migrate  # noqa: E402

M007 = "m007_words_without_cjk_gaps"
TEXTS = {"lesson_words": "title", "question_words": "text", "choice_words": "text"}


def old_cut(text: str) -> str:
    """What a kiosk before session 8 stored for text the screen showed."""
    return " ".join("".join(" " if ch == WJ else ch for ch in hint_text(text)).split())


def originals(path: Path) -> dict[str, list[tuple[int, str]]]:
    with sqlite3.connect(path) as conn:
        found = {t: conn.execute(f"SELECT rowid, {c} FROM {t}").fetchall() for t, c in TEXTS.items()}
    conn.close()
    return found


def age(path: Path, texts: dict[str, list[tuple[int, str]]]) -> int:
    """Write the texts back as an older kiosk stored them and forget m007; how many texts differ."""
    changed = 0
    with sqlite3.connect(path) as conn:
        for table, column in TEXTS.items():
            rows = [(old_cut(text), rowid) for rowid, text in texts[table]]
            changed += sum(1 for (aged, _), (_, text) in zip(rows, texts[table], strict=True) if aged != text)
            conn.executemany(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", rows)
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (M007,))
    conn.close()
    return changed


def timed_migrate(path: Path) -> float:
    db = Database(path)
    started = time.perf_counter()
    migrate(db)
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def summary_process(path: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kiosk", "results", "summary", "--db", str(path), "--language", "zh-CN"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    return time.perf_counter() - started


def bench_million(folder: Path, runs: int) -> None:
    source = build()
    path = folder / "aged.db"
    shutil.copyfile(source, path)
    migrate(Database(path))  # this kiosk's schema, m007 included, before the words are aged
    texts = originals(path)
    first, later, alone = [], [], []
    changed = 0
    for _ in range(runs):
        changed = age(path, texts)
        first.append(summary_process(path))
        later.append(summary_process(path))
        age(path, texts)
        alone.append(timed_migrate(path))
    rows = sum(len(v) for v in texts.values())
    print(f"1. {source.name}: {rows} words rows, {changed} of them aged (spaced); medians of {runs}")
    print(
        f"   kiosk results summary, first on the aged file (migrates it)  {statistics.median(first):6.3f} s"
    )
    print(f"   kiosk results summary, the file already migrated            {statistics.median(later):6.3f} s")
    print(
        f"   ratio                                                       {statistics.median(first) / statistics.median(later):6.2f}"
    )
    print(
        f"   migrate() alone, in process                                 {statistics.median(alone) * 1000:6.1f} ms"
    )


def big_words(path: Path, versions: int, source: Path) -> None:
    """A file whose words tables hold ``versions`` versions per language, from the course's words."""
    db = Database(path)
    MIGRATIONS.apply(db, stop_before=M007)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("ATTACH DATABASE ? AS course", (str(source),))
    per_copy = conn.execute("SELECT count(*) FROM course.question_words WHERE language = 'zh-CN'").fetchone()[
        0
    ]
    for copy in range(-(-versions // per_copy)):
        conn.execute(
            "INSERT INTO question_words SELECT lesson_id, question_id, question_hash || ?, language, text,"
            " first_shown FROM course.question_words",
            (f"-{copy}",),
        )
        conn.execute(
            "INSERT INTO choice_words SELECT lesson_id, question_id, question_hash || ?, language, choice_id,"
            " position, text, correct FROM course.choice_words",
            (f"-{copy}",),
        )
    conn.execute("INSERT INTO lesson_words SELECT * FROM course.lesson_words")
    conn.commit()
    conn.execute("DETACH DATABASE course")
    conn.close()


def bench_big(folder: Path, runs: int, versions: int) -> None:
    plain = folder / "big-plain.db"
    big_words(plain, versions, build())
    aged = folder / "big-aged.db"
    shutil.copyfile(plain, aged)
    changed = age(aged, originals(aged))
    with sqlite3.connect(aged) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TEXTS}
        spaced = conn.execute("SELECT count(*) FROM question_words WHERE text GLOB '* *'").fetchone()[0]
    conn.close()
    with sqlite3.connect(plain) as conn:  # unaged, as the store would write it, and m007 not run
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (M007,))
    conn.close()
    times: dict[str, list[float]] = {"aged": [], "unaged": []}
    for _ in range(runs):
        for name, template in (("aged", aged), ("unaged", plain)):
            copy = folder / f"run-{name}.db"
            shutil.copyfile(template, copy)
            times[name].append(timed_migrate(copy))
            db = Database(copy)
            assert M007 in {m.name for m in MIGRATIONS.applied(db)}
            db.close()
            copy.unlink()
    aged_s, plain_s = statistics.median(times["aged"]), statistics.median(times["unaged"])
    print(
        f"2. big words tables: {counts['question_words']:,} questions, {counts['choice_words']:,} choices,"
        f" {counts['lesson_words']} titles; {changed:,} texts aged, {spaced:,} questions with a space;"
        f" medians of {runs}"
    )
    print(f"   migrate() (m007) on the aged file       {aged_s:6.3f} s")
    print(f"   m007 on the same file unaged            {plain_s:6.3f} s")
    print(f"   ratio                                   {aged_s / plain_s:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--versions", type=int, default=50_000, help="question versions per language (part 2)"
    )
    args = parser.parse_args()
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(dir=ROOT / "bench" / "out") as folder:
        bench_million(Path(folder), args.runs)
        bench_big(Path(folder), args.runs, args.versions)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
