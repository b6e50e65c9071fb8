"""Merge does not trust its input: insert-only rows, counted conflicts, checked tables, refused files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from results_helpers import T0
from test_results_merge import contents, write

from kiosk.cli import main
from kiosk.journey.records import VisitEnd
from kiosk.results.merge import merge_databases
from kiosk.results.schema import TABLES
from kiosk.results.store import ResultsStore
from kiosk.results.validate import known_migrations

GOOD_VISITS = [("v1", VisitEnd.FINISHED, 5, "en", "expo"), ("v2", None, 0, "en", "expo")]
GOOD_ANSWERS = [("a1", "v1", True, "a"), ("a2", "v2", False, "b")]
GOOD_QUIZZES = [("q1", "v1", 2)]


def good(path: Path) -> Path:
    return write(path, GOOD_VISITS, GOOD_ANSWERS, GOOD_QUIZZES)


def edited(path: Path, *sql: str) -> Path:
    """A good kiosk file, then changed by ``sql`` the way a tampered or foreign file might be."""
    good(path)
    conn = sqlite3.connect(path)
    # Without the running-total triggers, which a merge never uses from an input (and which would
    # stop some of the changes below).
    for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {trigger}")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def test_reused_ids_never_rewrite_what_the_output_holds(tmp_path: Path) -> None:
    out = tmp_path / "all.db"
    merge_databases([good(tmp_path / "a.db")], out)
    before = contents(out)
    # A file reusing every id: kiosk name and label changed, answers flipped and moved to a missing
    # visit, a quiz result rewritten, the finished visit given another end.
    evil = edited(
        tmp_path / "evil.db",
        "UPDATE visits SET kiosk_name = 'pwned', event_label = 'other'",
        "UPDATE visits SET ended_at = '2030-01-01T00:00:00.000Z', ended_how = 'idle' WHERE id = 'v1'",
        "UPDATE answers SET correct = 1 - correct, visit_id = 'nowhere'",
        "UPDATE quiz_results SET score = 0, passed = 0",
    )
    (report,) = merge_databases([evil], out)
    assert contents(out) == before
    assert (report.visits, report.answers, report.quiz_results, report.ended) == (0, 0, 0, 0)
    assert report.conflicts == {"visits": 2, "answers": 2, "quiz_results": 1}
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT DISTINCT kiosk_name, event_label FROM visits").fetchall() == [
            ("k", "expo")
        ]


def test_an_incoming_end_only_fills_a_missing_one(tmp_path: Path) -> None:
    out = tmp_path / "all.db"
    merge_databases([good(tmp_path / "mid-visit.db")], out)  # v2 still open there
    later = edited(
        tmp_path / "later.db",
        "UPDATE visits SET ended_at = '2026-11-02T09:07:00.000Z', ended_how = 'idle' WHERE id = 'v2'",
    )
    (report,) = merge_databases([later], out)
    assert report.ended == 1 and not any(report.conflicts.values())
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT ended_how FROM visits ORDER BY id").fetchall() == [
            ("finished",),
            ("idle",),
        ]


def test_the_command_reports_conflicts_per_input_and_fails_for_a_refused_one(tmp_path: Path, capsys) -> None:
    a = good(tmp_path / "a.db")
    flipped = edited(tmp_path / "flipped.db", "UPDATE answers SET correct = 1 - correct")
    bad = edited(tmp_path / "bad.db", "UPDATE answers SET id = '<img src=\"/dev/zero\">' WHERE id = 'a1'")
    out = tmp_path / "all.db"
    assert main(["results", "merge", str(a), str(flipped), str(bad), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].endswith("a.db: added 2 visits, 2 answers, 1 quiz results")
    assert "flipped.db: added 0 visits, 0 answers, 0 quiz results" in lines[1]
    assert "kept 2 conflicting rows as they were (2 answers: same id, other content)" in lines[1]
    assert (
        "bad.db: its answers table has a row with an invalid id (its id is '<img src=\"/dev/zero\">')"
        in captured.err
    )
    assert "refused, nothing from this file was merged" in captured.err
    assert "Traceback" not in captured.err


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.slow
def test_an_endless_recursive_view_is_never_run(tmp_path: Path) -> None:
    evil = edited(
        tmp_path / "view.db",
        "DROP TABLE quiz_results",
        "CREATE VIEW quiz_results AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
        " SELECT 'x' || i AS id, 'v1' AS visit_id, 'l' AS lesson_id, 0 AS score, 1 AS maximum,"
        " 0 AS passed, '2026-11-02T09:30:00.000Z' AS finished_at, 'en' AS language FROM n",
    )
    result = run_cli("results", "merge", str(evil), "--out", str(tmp_path / "all.db"), timeout=60)
    assert result.returncode == 1
    assert "its quiz_results is a view, not a table" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        (["ALTER TABLE answers RENAME COLUMN correct TO right_answer"], "no column correct"),
        (["ALTER TABLE visits ADD COLUMN extra TEXT"], "unexpected column extra"),
        (
            # Declared types that are not the kiosk's (a hand-made table with the right names).
            [
                "DROP TABLE answers",
                "CREATE TABLE answers (id TEXT PRIMARY KEY, visit_id TEXT, lesson_id TEXT, question_id TEXT,"
                " question_hash TEXT, chosen TEXT, correct TEXT, seconds REAL, answered_at TEXT, language TEXT)",
            ],
            "answers.correct column is declared TEXT, not INTEGER",
        ),
        (
            # Right declarations, wrong values (a table that is not STRICT accepts anything).
            [
                "DROP TABLE answers",
                "CREATE TABLE answers (id TEXT PRIMARY KEY, visit_id TEXT, lesson_id TEXT, question_id TEXT,"
                " question_hash TEXT, chosen TEXT, correct INTEGER, seconds REAL, answered_at TEXT, language TEXT)",
                "INSERT INTO answers VALUES ('a9', 'v1', 'l', 'q', NULL, 'a', 'yes', 1.0,"
                " '2026-11-02T09:30:00.000Z', 'en')",
            ],
            "invalid correct (0 or 1)",
        ),
        (
            [
                "DROP TABLE answers",
                "CREATE TABLE answers (id TEXT PRIMARY KEY, visit_id TEXT, lesson_id TEXT, question_id TEXT,"
                " question_hash TEXT, chosen TEXT, correct INTEGER, seconds REAL, answered_at TEXT, language TEXT,"
                " big TEXT GENERATED ALWAYS AS (hex(zeroblob(1000000000))))",
            ],
            "unexpected column big",
        ),
        (
            ["UPDATE visits SET event_label = 'a' || char(27) || '[2Jb' WHERE id = 'v1'"],
            "invalid event_label",
        ),
        (["UPDATE answers SET lesson_id = '<b>x</b>'"], "invalid lesson_id"),
        (["UPDATE answers SET chosen = 'a,<i>'"], "invalid chosen"),
        (["UPDATE answers SET answered_at = 'yesterday'"], "invalid answered_at"),
        (["UPDATE visits SET ended_how = 'exploded' WHERE id = 'v1'"], "invalid ended_how"),
        (
            ["UPDATE visits SET ended_at = NULL WHERE id = 'v1'"],
            "invalid ended_how (set exactly when ended_at is)",
        ),
        (["UPDATE quiz_results SET score = 9"], "invalid score (above its maximum)"),
        (["UPDATE answers SET seconds = 1e999"], "invalid seconds"),
    ],
)
def test_a_tampered_input_is_refused_whole_with_a_message(
    tmp_path: Path, sql: list[str], message: str
) -> None:
    out = tmp_path / "all.db"
    source = edited(tmp_path / "tampered.db", *sql)
    (report,) = merge_databases([source], out)
    assert message in report.error
    with sqlite3.connect(out) as conn:
        # All or nothing: not even the good visits of the refused file were merged.
        assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES] == [0, 0, 0]


@pytest.mark.slow
def test_a_corrupt_input_gives_a_message_and_an_exit_status(tmp_path: Path) -> None:
    source = good(tmp_path / "a.db")
    data = bytearray(source.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # every page after the first is garbage
    source.write_bytes(bytes(data))
    result = run_cli("results", "merge", str(source), "--out", str(tmp_path / "all.db"))
    assert result.returncode == 1
    assert "a.db:" in result.stderr and "nothing from this file was merged" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_newer_schema_is_refused_naming_both_versions(tmp_path: Path) -> None:
    newer = edited(
        tmp_path / "newer.db",
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('cyber-kiosk-results', 'm099_from_the_future', '2030-01-01')",
    )
    (report,) = merge_databases([newer], tmp_path / "all.db")
    assert "written by a newer Cyber Kiosk" in report.error
    known = known_migrations()
    assert f"version {len(known) + 1} (m099_from_the_future)" in report.error
    assert f"versions up to {len(known)} ({known[-1]})" in report.error
    # ... and as the output, it is not written into either.
    assert main(["results", "merge", str(good(tmp_path / "a.db")), "--out", str(newer)]) == 1


def other_application(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.close()
    return path


def test_another_applications_database_is_never_the_output(tmp_path: Path, capsys) -> None:
    other = other_application(tmp_path / "other.db")
    before = other.read_bytes()
    assert main(["results", "merge", str(good(tmp_path / "a.db")), "--out", str(other)]) == 1
    assert "not a Cyber Kiosk results database" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_the_kiosk_never_records_into_another_applications_database(tmp_path: Path) -> None:
    other = other_application(tmp_path / "other.db")
    before = other.read_bytes()
    store = ResultsStore.open(other)  # kiosk --database other.db
    store.start_visit(visit_id="v1", started_at=T0, language="en", kiosk_name="k", event_label="")
    health = store.health()
    assert not health.online and health.pending == 1
    assert "not a Cyber Kiosk results database" in health.last_error
    store.close()
    assert other.read_bytes() == before
    assert not list(tmp_path.glob("other.db.corrupt-*"))  # refused, not mistaken for a damaged file


def test_a_failure_midway_through_an_input_leaves_none_of_it(tmp_path: Path, monkeypatch) -> None:
    import kiosk.results.merge as merge_module

    real = merge_module._insert_sql

    def failing_on_quiz_results(table: str) -> str:
        # The output refusing the last table's rows (a full disk, say), after the others went in.
        return "INSERT INTO main.no_such_table VALUES (1)" if table == "quiz_results" else real(table)

    monkeypatch.setattr(merge_module, "_insert_sql", failing_on_quiz_results)
    out = tmp_path / "all.db"
    first, second = merge_databases([good(tmp_path / "a.db"), good(tmp_path / "b.db")], out)
    assert "no such table" in first.error and "no such table" in second.error
    with sqlite3.connect(out) as conn:
        assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES] == [0, 0, 0]
        assert conn.execute("SELECT count(*) FROM answer_stats").fetchone() == (0,)
