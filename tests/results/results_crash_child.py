"""Process maker for the crash test: forks children that record answers until they are killed.

Started once as ``python results_crash_child.py``, it imports the store, then for each line
``DB FIFO`` on stdin forks a child and prints the child's pid. The child opens the store at DB and
records answers forever, writing each answer's id to the named pipe FIFO once it is committed.
Forking from one warm process keeps 50 kills within a few seconds (a fresh interpreter per kill costs
far more than the kills themselves).
"""

from __future__ import annotations

import os
import signal
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from kiosk.journey.records import AnswerRecord
from kiosk.results.store import ResultsStore


def record_forever(db: Path, fifo: Path) -> None:
    store = ResultsStore.open(db)
    visit_id = str(uuid.uuid4())
    store.start_visit(
        visit_id=visit_id, started_at=datetime.now(UTC), language="en", kiosk_name="crash", event_label="test"
    )
    with fifo.open("w") as out:
        n = 0
        while True:
            answer = AnswerRecord(
                id=str(uuid.uuid4()),
                visit_id=visit_id,
                lesson_id="passwords",
                question_id=f"q{n % 7}",
                question_hash="h",
                chosen=("a",),
                correct=n % 3 != 0,
                seconds=1.0,
                answered_at=datetime.now(UTC),
            )
            store.record_answer(answer)  # returns once the answer is committed (or queued on failure)
            out.write(("PENDING " if store.health().pending else "") + answer.id + "\n")
            out.flush()
            n += 1


def main() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed children are reaped by the system
    for line in sys.stdin:
        db, fifo = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                record_forever(Path(db), Path(fifo))
            finally:
                os._exit(1)  # only reached if recording itself failed
        print(pid, flush=True)


if __name__ == "__main__":
    main()
