"""Export: one file per table, UTF-8 with a header, Excel-friendly CSV; and the consistent SQLite copy."""

from __future__ import annotations

import codecs
import csv
import json
import sqlite3
from pathlib import Path

import pytest
from results_helpers import known_data_set

from kiosk.journey.records import ShownQuestion
from kiosk.results.export import copy_database, export_tables
from kiosk.results.readable import HEADER
from kiosk.results.schema import COLUMNS
from kiosk.results.store import ResultsStore


@pytest.fixture
def store(tmp_path: Path) -> ResultsStore:
    store = ResultsStore.open(tmp_path / "results.db")
    known_data_set(store)
    return store


def test_csv_has_a_bom_a_header_and_every_row(store: ResultsStore, tmp_path: Path) -> None:
    assert store.db is not None
    paths = export_tables(store.db, tmp_path / "out", "csv")
    assert [p.name for p in paths] == [
        "visits.csv",
        "answers.csv",
        "quiz_results.csv",
        "answers_readable.csv",
    ]
    raw = (tmp_path / "out" / "visits.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)  # what tells Excel the file is UTF-8
    with (tmp_path / "out" / "visits.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == COLUMNS["visits"]
    assert len(rows) == 5
    v2 = next(row for row in rows if row[0] == "v2")
    assert v2 == [
        "v2",
        "2026-11-02T10:00:00.000Z",
        "2026-11-02T10:10:00.000Z",
        "idle",
        "zh-CN",
        "展台一号",
        "expo",
    ]
    v4 = next(row for row in rows if row[0] == "v4")
    assert v4[2:4] == ["", ""]  # an open visit
    with (tmp_path / "out" / "answers.csv").open(encoding="utf-8-sig", newline="") as handle:
        answers = list(csv.DictReader(handle))
    assert len(answers) == 9
    q2 = next(row for row in answers if row["id"] == "v3-a2")
    assert (q2["chosen"], q2["correct"], q2["seconds"]) == ("a,b", "0", "8.0")
    # Each answer says which kiosk and event it comes from: no joining by hand.
    assert (q2["kiosk_name"], q2["event_label"]) == ("lab-pc", "class-7b")
    assert list(answers[0])[-2:] == ["kiosk_name", "event_label"]


def test_json_is_utf8_with_real_booleans(store: ResultsStore, tmp_path: Path) -> None:
    assert store.db is not None
    export_tables(store.db, tmp_path / "out", "json")
    text = (tmp_path / "out" / "visits.json").read_text(encoding="utf-8")
    assert "展台一号" in text  # not \\u escapes
    visits = json.loads(text)
    assert [v["id"] for v in visits] == ["v1", "v2", "v3", "v4"]
    assert visits[3]["ended_at"] is None
    answers = json.loads((tmp_path / "out" / "answers.json").read_text(encoding="utf-8"))
    assert [a["correct"] for a in answers[:2]] == [True, True]
    assert (answers[0]["kiosk_name"], answers[0]["event_label"]) == ("booth-1", "expo")
    assert answers[3]["correct"] is False
    quizzes = json.loads((tmp_path / "out" / "quiz_results.json").read_text(encoding="utf-8"))
    assert [q["passed"] for q in quizzes] == [True, True, False, False]


def test_empty_tables_export_cleanly(tmp_path: Path) -> None:
    store = ResultsStore.open(None)
    assert store.db is not None
    export_tables(store.db, tmp_path / "csv", "csv")
    export_tables(store.db, tmp_path / "json", "json")
    assert json.loads((tmp_path / "json" / "answers.json").read_text(encoding="utf-8")) == []
    assert (tmp_path / "csv" / "answers.csv").read_text(encoding="utf-8-sig").splitlines() == [
        ",".join(COLUMNS["answers"] + ("kiosk_name", "event_label"))
    ]
    assert (tmp_path / "csv" / "answers_readable.csv").read_text(encoding="utf-8-sig").splitlines() == [
        ",".join(HEADER)
    ]


def test_a_label_that_looks_like_a_formula_is_defused(tmp_path: Path) -> None:
    store = ResultsStore.open(None)
    store.start_visit(
        visit_id="v",
        started_at=__import__("results_helpers").T0,
        language="en",
        kiosk_name="k",
        event_label="=HYPERLINK(1)",
    )
    assert store.db is not None
    export_tables(store.db, tmp_path, "csv")
    with (tmp_path / "visits.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["event_label"] == "'=HYPERLINK(1)"


def test_progress_is_reported_per_table(store: ResultsStore, tmp_path: Path) -> None:
    seen = []
    assert store.db is not None
    export_tables(
        store.db, tmp_path, "json", progress=lambda table, done, total: seen.append((table, done, total))
    )
    assert seen == [("visits", 4, 4), ("answers", 9, 9), ("quiz_results", 4, 4)]


def test_unknown_format_is_refused(store: ResultsStore, tmp_path: Path) -> None:
    assert store.db is not None
    with pytest.raises(ValueError, match="xlsx"):
        export_tables(store.db, tmp_path, "xlsx")


def test_copy_database_includes_what_is_still_in_the_wal(store: ResultsStore, tmp_path: Path) -> None:
    assert store.db is not None
    copy_database(store.db, tmp_path / "copy.db")
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (9,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_readable_answers_are_in_words_and_local_time_and_safe_for_spreadsheets(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from results_helpers import T0, make_answer

    store = ResultsStore.open(None)
    store.start_visit(visit_id="v", started_at=T0, language="en", kiosk_name="+booth", event_label="@expo")
    store.record_shown(
        ShownQuestion(
            lesson_id="passwords",
            lesson_title="-Passwords",
            question_id="q1",
            question_hash="h-q1",
            language="en",
            text="=Which is safest?",
            choices=(
                ("a", "=SUM(A1)", False),
                ("b", "Three random words, long", True),
                ("c", "A pet's name", False),
            ),
            shown_at=T0,
        )
    )
    store.record_answer(make_answer("v", chosen=("a", "c"), correct=False, at=T0))  # 09:30 UTC
    store.record_answer(make_answer("v", question_id="q9", chosen=("b",), correct=True, at=T0))  # no words
    assert store.db is not None
    export_tables(store.db, tmp_path, "csv", zone=ZoneInfo("Asia/Shanghai"))
    raw = (tmp_path / "answers_readable.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    with (tmp_path / "answers_readable.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first, second = rows
    assert {k: first[k] for k in ("kiosk", "event", "date", "time", "time zone")} == {
        "kiosk": "'+booth",
        "event": "'@expo",
        "date": "2026-11-02",
        "time": "17:30:00",
        "time zone": "Asia/Shanghai",
    }
    assert (first["lesson"], first["question"]) == ("'-Passwords", "'=Which is safest?")
    assert first["chosen"] == "'=SUM(A1); A pet's name"
    assert (first["right answer"], first["result"]) == ("Three random words, long", "wrong")
    assert (first["lesson id"], first["question id"], first["chosen ids"]) == ("passwords", "q1", "a,c")
    # Content the file never recorded in words: the ids, and no right answer to show.
    assert (second["question"], second["chosen"], second["right answer"], second["result"]) == (
        "q9",
        "b",
        "",
        "right",
    )
