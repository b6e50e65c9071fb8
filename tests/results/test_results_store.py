"""The results store: what it records, how it reads a correct rate, and how it survives bad storage."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from results_helpers import T0, StorageSwitch, failing_connect, make_answer, make_quiz

from kiosk.journey.records import Recorder, VisitEnd
from kiosk.results.store import MIN_ANSWERS_FOR_RATE, ResultsStore, utc_text
from tests.support.clock import FakeClock


def start(store: ResultsStore, visit_id: str = "visit-1") -> None:
    store.start_visit(
        visit_id=visit_id, started_at=T0, language="en", kiosk_name="booth-1", event_label="expo"
    )


def rows(path: Path, table: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_store_is_a_recorder_and_records_a_whole_visit(tmp_path: Path) -> None:
    store = ResultsStore.open(tmp_path / "results.db")
    recorder: Recorder = store
    start(store)
    answer = make_answer(chosen=("c", "a"), correct=False, seconds=2.5)
    recorder.record_answer(answer)
    recorder.record_quiz_result(make_quiz("visit-1", "passwords", 4, 5))
    recorder.end_visit("visit-1", T0.replace(minute=40), VisitEnd.IDLE)
    store.close()

    assert rows(tmp_path / "results.db", "visits") == [
        ("visit-1", "2026-11-02T09:30:00.000Z", "2026-11-02T09:40:00.000Z", "idle", "en", "booth-1", "expo")
    ]
    (stored,) = rows(tmp_path / "results.db", "answers")
    assert stored == (answer.id, "visit-1", "passwords", "q1", "h-q1", "a,c", 0, 2.5, utc_text(T0), "en")
    ((_, visit, lesson, score, maximum, passed, _, _),) = rows(tmp_path / "results.db", "quiz_results")
    assert (visit, lesson, score, maximum, passed) == ("visit-1", "passwords", 4, 5, 1)


def test_database_is_in_wal_mode_with_full_synchronous(tmp_path: Path) -> None:
    store = ResultsStore.open(tmp_path / "results.db")
    assert store.db is not None
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.close()


def test_recording_the_same_answer_twice_keeps_one_row() -> None:
    store = ResultsStore.open(None)
    start(store)
    answer = make_answer()
    store.record_answer(answer)
    store.record_answer(answer)
    assert store.db is not None
    assert store.db["answers"].count == 1


def test_end_visit_keeps_the_first_ending() -> None:
    store = ResultsStore.open(None)
    start(store)
    store.end_visit("visit-1", T0, VisitEnd.FINISHED)
    store.end_visit("visit-1", T0.replace(hour=11), VisitEnd.ABANDONED)
    assert store.db is not None
    assert store.db.execute("SELECT ended_how FROM visits").fetchone() == ("finished",)


def test_correct_rate_needs_twenty_answers() -> None:
    store = ResultsStore.open(None)
    start(store)
    for i in range(MIN_ANSWERS_FOR_RATE - 1):
        store.record_answer(make_answer(correct=i < 15))
    store.record_answer(make_answer(question_id="other"))
    assert store.correct_rate("passwords", "q1") is None
    store.record_answer(make_answer(correct=True))
    assert store.correct_rate("passwords", "q1") == 16 / 20
    assert store.correct_rate("passwords", "unknown") is None


def test_a_full_disk_keeps_answers_in_memory_until_storage_is_back(
    tmp_path: Path, switch: StorageSwitch
) -> None:
    clock = FakeClock(0.0)
    store = ResultsStore.open(tmp_path / "results.db", connect=failing_connect(switch), monotonic=clock)
    start(store)
    switch.state = "full"
    waiting = [make_answer() for _ in range(5)]
    for answer in waiting:
        store.record_answer(answer)  # never raises
    health = store.health()
    assert health.pending == 5 and health.failed_writes >= 1
    assert "disk is full" in health.last_error
    assert not health.ok
    # Within the retry interval the store does not even try, so a visitor's tap is never slowed twice.
    refused = switch.refused
    store.record_answer(make_answer())
    assert switch.refused == refused and store.health().pending == 6

    switch.state = "ok"
    clock.advance(store.retry_interval + 1)
    store.record_answer(make_answer(question_id="after"))
    assert store.health().pending == 0
    assert store.health().online
    stored = {row[0] for row in rows(tmp_path / "results.db", "answers")}
    assert {a.id for a in waiting} <= stored
    assert len(stored) == 7


def test_a_read_only_folder_leaves_the_store_offline_then_flush_writes_everything(
    tmp_path: Path, switch: StorageSwitch
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)  # enough on its own when not running as root; the switch covers root
    switch.state = "readonly"
    try:
        store = ResultsStore.open(folder / "results.db", connect=failing_connect(switch))
        assert not store.health().online
        start(store)
        answers = [make_answer() for _ in range(3)]
        for answer in answers:
            store.record_answer(answer)
        assert store.correct_rate("passwords", "q1") is None
        assert store.health().pending == 4
        assert not store.flush()
    finally:
        folder.chmod(0o755)
    switch.state = "ok"
    assert store.flush()
    assert store.health().online
    assert {row[0] for row in rows(folder / "results.db", "answers")} == {a.id for a in answers}


def test_an_existing_database_that_turns_read_only(tmp_path: Path, switch: StorageSwitch) -> None:
    store = ResultsStore.open(tmp_path / "results.db", connect=failing_connect(switch))
    start(store)
    switch.state = "readonly"
    answer = make_answer()
    store.record_answer(answer)
    assert store.health().pending == 1
    assert "readonly" in store.health().last_error
    switch.state = "ok"
    assert store.flush()
    assert [row[0] for row in rows(tmp_path / "results.db", "answers")] == [answer.id]


def test_a_locked_database_queues_then_writes(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    store = ResultsStore.open(path)
    start(store)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    answer = make_answer()
    store.record_answer(answer)
    assert store.health().pending == 1
    assert "locked" in store.health().last_error
    other.execute("ROLLBACK")
    other.close()
    assert store.flush()
    assert [row[0] for row in rows(path, "answers")] == [answer.id]


def test_a_corrupt_file_is_moved_aside_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    garbage = b"this is not a database, it is a scribble " * 200
    path.write_bytes(garbage)
    store = ResultsStore.open(path)
    start(store)
    store.record_answer(make_answer())
    (aside,) = store.health().moved_aside
    assert aside.parent == tmp_path and aside.name.startswith("results.db.corrupt-")
    assert aside.read_bytes() == garbage
    store.close()
    assert len(rows(path, "answers")) == 1


def test_corruption_found_while_writing_moves_the_file_aside_and_keeps_the_answers(
    tmp_path: Path, switch: StorageSwitch
) -> None:
    path = tmp_path / "results.db"
    store = ResultsStore.open(path, connect=failing_connect(switch))
    start(store)
    switch.state = "corrupt"
    answer = make_answer()
    store.record_answer(answer)
    assert len(store.health().moved_aside) == 1
    switch.state = "ok"
    assert store.flush()
    # The fresh file has everything still waiting; the visit itself was in the file moved aside.
    assert [row[0] for row in rows(path, "answers")] == [answer.id]
    assert rows(store.health().moved_aside[0], "visits")[0][0] == "visit-1"


def test_a_record_the_database_refuses_is_dropped_without_blocking_the_rest() -> None:
    store = ResultsStore.open(None)
    start(store)
    bad = make_answer(lesson_id=None)  # type: ignore[arg-type]  # NOT NULL violation
    good = make_answer()
    store.record_answer(bad)
    store.record_answer(good)
    health = store.health()
    assert health.dropped == 1 and health.pending == 0
    assert store.db is not None
    assert [r["id"] for r in store.db.query("SELECT id FROM answers")] == [good.id]


def test_the_memory_queue_is_bounded_and_counts_what_it_drops(tmp_path: Path, switch: StorageSwitch) -> None:
    store = ResultsStore.open(tmp_path / "r.db", connect=failing_connect(switch), max_pending=3)
    switch.state = "full"
    for _ in range(5):
        store.record_answer(make_answer())
    assert store.health().pending == 3
    assert store.health().dropped == 2


def test_health_reports_free_disk_space(tmp_path: Path) -> None:
    store = ResultsStore.open(tmp_path / "deep" / "results.db")
    free = store.health().free_bytes
    assert free is not None and free > 0
    assert ResultsStore.open(None).health().free_bytes is None


def test_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    store = ResultsStore.open(tmp_path / "results.db")
    start(store)
    store.record_answer(make_answer())
    store.backup(tmp_path / "copy" / "backup.db")
    assert len(rows(tmp_path / "copy" / "backup.db", "answers")) == 1


def test_results_package_never_imports_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "sys.modules['PySide6'] = None  # any import of it now fails\n"
        "import kiosk.results, kiosk.commands.results\n"
        "for info in pkgutil.iter_modules(kiosk.results.__path__):\n"
        "    importlib.import_module('kiosk.results.' + info.name)\n"
        "assert len([m for m in sys.modules if m.startswith('kiosk.results.')]) >= 3\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root, env=env)


def test_a_file_from_a_newer_kiosk_is_recorded_into_with_a_warning(tmp_path: Path, caplog) -> None:
    # A kiosk downgraded after an update keeps recording (newer schemas only add), and says so.
    path = tmp_path / "results.db"
    ResultsStore.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('cyber-kiosk-results', 'm099_next' || char(27), '2030-01-01')"
        )
    conn.close()
    store = ResultsStore.open(path)
    start(store)
    assert store.health().online and store.health().pending == 0
    assert "written by a newer kiosk (schema 'm099_next\\x1b')" in caplog.text
    store.close()
