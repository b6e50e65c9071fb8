"""Benchmark data: a results database of about a million answers, built from ``kiosk results demo``.

The demo plays visits through the real journey and store (slow per visit), so a base of demo visits
is played once and then copied with new ids and later dates until the answers reach the target.
The file is cached under bench/out/ (git-ignored).
"""

from __future__ import annotations

import math
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.commands.demo import bundled_pack, run_demo  # noqa: E402
from kiosk.results.schema import COLUMNS, TABLES, WORDS_TABLES  # noqa: E402
from kiosk.results.store import ResultsStore  # noqa: E402

OUT = ROOT / "bench" / "out"

# Which columns get a copy's suffix (ids) and which are shifted by the copy's days (times).
_IDS = {"id", "visit_id"}
_TIMES = {"started_at", "ended_at", "answered_at", "finished_at"}
_DAYS_PER_COPY = 3


def _copy_select(table: str, copy: int) -> str:
    parts = []
    for column in COLUMNS[table]:
        if column in _IDS:
            parts.append(f"{column} || '-c{copy}'")
        elif column == "event_label":
            # Three events, a third of the visits each, so that --event filters a real subset.
            parts.append(f"{column} || '-{copy % 3}'")
        elif column in _TIMES:
            shift = f"'+{copy * _DAYS_PER_COPY} days'"
            parts.append(f"strftime('%Y-%m-%dT%H:%M:%fZ', {column}, {shift})")
        else:
            parts.append(column)
    return f"INSERT INTO main.{table} SELECT {', '.join(parts)} FROM base.{table}"


def build(answers: int = 1_000_000, base_visits: int = 12_000, seed: int = 1) -> Path:
    """The path of a database with at least ``answers`` answers (built on first use, then cached)."""
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"results-{answers}.db"
    if target.exists():
        return target
    base_path = OUT / f"results-base-{base_visits}-{seed}.db"
    if not base_path.exists():
        started = time.perf_counter()
        pack, load = bundled_pack()
        store = ResultsStore.open(base_path)
        report = run_demo(
            store, base_visits, seed=seed, pack=pack, load_lesson=load, first_day=date(2026, 9, 1)
        )
        store.close()
        print(
            f"demo base: {report.visits} visits, {report.answers} answers "
            f"in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
    ResultsStore.open(base_path).close()  # a base from an older schema gets the newer migrations
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    base = sqlite3.connect(base_path)
    base_answers = base.execute("SELECT count(*) FROM answers").fetchone()[0]
    base.close()
    copies = math.ceil(answers / base_answers)
    conn = sqlite3.connect(partial)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")  # a cache file: rebuilt if anything goes wrong
    conn.execute("ATTACH DATABASE ? AS base", (str(base_path),))
    schema = [
        row[0]
        for row in conn.execute(
            "SELECT sql FROM base.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for sql in schema:
        conn.execute(sql)
    conn.execute("INSERT INTO main._sqlite_migrations SELECT * FROM base._sqlite_migrations")
    for table in WORDS_TABLES:  # the same lessons in every copy: their words once
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM base.{table}")
    for copy in range(copies):
        for table in TABLES:
            conn.execute(_copy_select(table, copy))
        conn.commit()
        print(f"\rcopies: {copy + 1}/{copies}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    conn.execute("DETACH DATABASE base")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    partial.rename(target)
    return target


if __name__ == "__main__":
    print(build())
