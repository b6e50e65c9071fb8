"""``kiosk results ...`` end to end through kiosk.cli.main, on files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from results_helpers import known_data_set

from kiosk.cli import main
from kiosk.results.store import ResultsStore


@pytest.fixture
def known_db(tmp_path: Path) -> Path:
    store = ResultsStore.open(tmp_path / "known.db")
    known_data_set(store)
    store.close()
    return tmp_path / "known.db"


def test_summary_prints_the_tables(known_db: Path, capsys) -> None:
    assert main(["results", "summary", "--db", str(known_db)]) == 0
    out = capsys.readouterr().out
    assert "4 visits, 9 answers, 4 quiz results" in out
    assert "2026-11-03       2         0     0          1     1" in out
    q2 = next(line for line in out.splitlines() if " q2 " in line)
    assert q2.split() == ["passwords", "q2", "3", "33%", "6.3", "a", "(33%)"]


def test_summary_filters(known_db: Path, capsys) -> None:
    assert (
        main(["results", "summary", "--db", str(known_db), "--event", "expo", "--since", "2026-11-02"]) == 0
    )
    out = capsys.readouterr().out
    assert 'event "expo"' in out and "3 visits, 7 answers, 3 quiz results" in out
    assert main(["results", "summary", "--db", str(known_db), "--hardest", "1"]) == 0
    assert "(the 1 hardest)" in capsys.readouterr().out


def test_a_bad_date_is_a_usage_error(known_db: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["results", "summary", "--db", str(known_db), "--since", "27/11/2026"])
    assert stop.value.code == 2
    assert "is not a date like" in capsys.readouterr().err


def test_a_missing_or_foreign_database_is_an_error_not_a_new_file(tmp_path: Path, capsys) -> None:
    assert main(["results", "summary", "--db", str(tmp_path / "nope.db")]) == 1
    assert "no such results database" in capsys.readouterr().err
    assert not (tmp_path / "nope.db").exists()
    (tmp_path / "text.db").write_text("hello")
    assert main(["results", "summary", "--db", str(tmp_path / "text.db")]) == 1
    assert "cannot read it as SQLite" in capsys.readouterr().err


def test_export_both_formats(known_db: Path, tmp_path: Path, capsys) -> None:
    assert (
        main(["results", "export", "--db", str(known_db), "--format", "json", "--out", str(tmp_path / "j")])
        == 0
    )
    assert len(json.loads((tmp_path / "j" / "answers.json").read_text(encoding="utf-8"))) == 9
    assert main(["results", "export", "--db", str(known_db), "--out", str(tmp_path / "c")]) == 0
    captured = capsys.readouterr()
    assert "exporting answers: 9/9 rows" in captured.err
    assert str(tmp_path / "c" / "visits.csv") in captured.out
    assert (tmp_path / "c" / "visits.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_merge_twice_changes_nothing(known_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "all.db"
    assert main(["results", "merge", str(known_db), "--out", str(out)]) == 0
    assert "added 4 visits, 9 answers, 4 quiz results" in capsys.readouterr().out
    assert main(["results", "merge", str(known_db), str(known_db), "--out", str(out)]) == 0
    assert capsys.readouterr().out.count("added 0 visits, 0 answers, 0 quiz results\n") == 2
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (9,)


def test_merge_reports_a_bad_source(tmp_path: Path, capsys) -> None:
    (tmp_path / "x.db").write_text("not sqlite")
    assert main(["results", "merge", str(tmp_path / "x.db"), "--out", str(tmp_path / "all.db")]) == 1
    assert "not a readable SQLite database" in capsys.readouterr().err


def test_purge_dry_run_then_for_real(known_db: Path, capsys) -> None:
    assert main(["results", "purge", "--db", str(known_db), "--before", "2026-11-03", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("would delete 2 visits, 5 answers and 3 quiz results")
    assert main(["results", "purge", "--db", str(known_db), "--before", "2026-11-03"]) == 0
    assert capsys.readouterr().out.startswith("deleted 2 visits, 5 answers and 3 quiz results")
    with sqlite3.connect(known_db) as conn:
        assert conn.execute("SELECT count(*) FROM visits").fetchone() == (2,)


def test_demo_fills_a_database_that_summary_reads(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.db"
    args = ["results", "demo", "--db", str(db), "--visits", "30", "--seed", "4", "--first-day", "2026-11-02"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "30 visits" in captured.out and "demo visits: 30/30" in captured.err
    assert main(["results", "summary", "--db", str(db), "--event", "demo"]) == 0
    out = capsys.readouterr().out
    assert "30 visits" in out and "2026-11-02" in out


def test_a_purge_that_cannot_finish_says_so(known_db: Path, capsys, monkeypatch) -> None:
    import kiosk.results.purge as purge_module

    def busy(*_: object, **__: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(purge_module, "purge", busy)
    assert main(["results", "purge", "--db", str(known_db), "--before", "2026-11-03"]) == 1
    assert "database is locked; run the command again" in capsys.readouterr().err


def test_an_event_label_no_visit_has_is_named_with_the_labels_there_are(
    known_db: Path, tmp_path: Path, capsys
):
    # A typed label that matches nothing ("Expo" for "expo") gave an empty summary, or an empty PDF,
    # and exit status 0: the teacher could not tell a typo from a quiet day.
    assert main(["results", "summary", "--db", str(known_db), "--event", "Expo"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "kiosk results: no visit has the event label 'Expo' (did you mean 'expo'?); "
        "the labels in this file, newest first: 'expo', 'class-7b'\n"
    )
    pdf = tmp_path / "r.pdf"
    assert main(["results", "report", "--db", str(known_db), "--event", "nothing", "--pdf", str(pdf)]) == 1
    assert "no visit has the event label 'nothing'; the labels in this file" in capsys.readouterr().err
    assert not pdf.exists()
