"""A pulled plug, approximated: SIGKILL a process that is recording answers, 50 times, at random moments.

Every answer the child reported as committed must be in the database afterwards, and the file must
pass SQLite's integrity check. (SIGKILL loses the process, not the disk cache; the fsync half of
durability is synchronous=FULL, which test_results_store checks is set.)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from results_helpers import ram_folder

CHILD = Path(__file__).with_name("results_crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
LANES = 5  # databases, killed in turn, so each one recovers from a kill ten times
ROUNDS = 10  # 5 x 10 = 50 kills


@pytest.fixture
def folder() -> Iterator[Path]:
    # SIGKILL cannot undo a write the kernel already has, fsync'd or not, so a RAM folder tests the
    # same thing as a disk and keeps 50 kills within a few seconds.
    with ram_folder() as path:
        yield path


@pytest.mark.slow
def test_answers_reported_as_committed_survive_sigkill(folder: Path) -> None:
    tmp_path = folder
    seed = random.randrange(1 << 30)
    rnd = random.Random(seed)
    dbs = [tmp_path / f"lane{i}.db" for i in range(LANES)]
    reported: dict[Path, set[str]] = {db: set() for db in dbs}
    maker = subprocess.Popen(
        [sys.executable, str(CHILD)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert maker.stdin is not None and maker.stdout is not None
    kills = 0
    try:
        for round_ in range(ROUNDS):
            for db in dbs:
                fifo = tmp_path / f"{db.stem}-{round_}.fifo"
                os.mkfifo(fifo)
                maker.stdin.write(f"{db} {fifo}\n")
                maker.stdin.flush()
                pid = int(maker.stdout.readline())
                with fifo.open() as pipe:  # opening the read end lets the child start recording
                    # A random moment: after a random number of committed answers, with the loop mid-write.
                    for _ in range(rnd.randint(1, 12)):
                        line = pipe.readline()
                        assert line, f"child {pid} stopped before it was killed (seed {seed})"
                        reported[db].add(line.strip())
                    os.kill(pid, signal.SIGKILL)
                    # Lines already in the pipe were reported too: each was committed before it was written.
                    reported[db].update(line.strip() for line in pipe.read().splitlines())
                kills += 1
    finally:
        maker.stdin.close()
        maker.wait(timeout=30)
        maker.stdout.close()
    assert kills == 50
    for db in dbs:
        assert not any(r.startswith("PENDING") for r in reported[db]), f"a write failed (seed {seed})"
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}"
        stored = {row[0] for row in conn.execute("SELECT id FROM answers")}
        visits = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
        conn.close()
        missing = reported[db] - stored
        assert not missing, f"{len(missing)} committed answers lost in {db.name} (seed {seed})"
        assert len(reported[db]) >= ROUNDS and visits == ROUNDS
