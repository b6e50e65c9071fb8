"""Words: what was asked is kept in words (no visitor data), merged like the rest, purged with its answers."""

from __future__ import annotations

import contextlib
import io
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from results_helpers import T0, make_answer, make_quiz
from sqlite_utils import Database

from kiosk.cli import main
from kiosk.journey.records import ShownQuestion, VisitEnd
from kiosk.results.merge import merge_databases
from kiosk.results.purge import purge
from kiosk.results.store import MAX_WORDS, ResultsStore
from kiosk.results.words import lookup

WORDS = ("lesson_words", "question_words", "choice_words")


def shown(
    question_id: str = "q1",
    *,
    version: str = "h1",
    language: str = "en",
    title: str = "Passwords",
    text: str = "Which password is strongest?",
    at=T0,
) -> ShownQuestion:
    return ShownQuestion(
        lesson_id="passwords",
        lesson_title=title,
        question_id=question_id,
        question_hash=version,
        language=language,
        text=text,
        choices=(("a", "password123", False), ("b", "three random words", True), ("c", "=SUM(A1)", False)),
        shown_at=at,
    )


def words_rows(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) for table in WORDS}


def record(path: Path, *questions: ShownQuestion, answer_at=T0, visit: str = "v1") -> None:
    store = ResultsStore.open(path)
    store.start_visit(visit_id=visit, started_at=answer_at, language="en", kiosk_name="k", event_label="")
    for question in questions:
        store.record_shown(question)
        store.record_answer(make_answer(visit, question_id=question.question_id, at=answer_at, chosen=("b",)))
    store.end_visit(visit, answer_at, VisitEnd.FINISHED)
    store.close()


def test_words_ride_with_the_next_answer_and_are_written_once(tmp_path: Path) -> None:
    store = ResultsStore.open(tmp_path / "r.db")
    store.start_visit(visit_id="v1", started_at=T0, language="en", kiosk_name="k", event_label="")
    store.record_shown(shown())
    db = store.db
    assert db is not None
    # Not committed on its own (no disk flush while the question appears), and not "waiting" either.
    assert db.execute("SELECT count(*) FROM question_words").fetchone()[0] == 0
    assert store.health().pending == 0
    store.record_answer(make_answer("v1"))
    assert db.execute("SELECT count(*) FROM question_words").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM choice_words").fetchone()[0] == 3
    store.record_shown(shown(at=T0 + timedelta(hours=1)))  # shown again: nothing new
    store.close()
    rows = words_rows(tmp_path / "r.db")
    assert rows["lesson_words"] == [("passwords", "en", "Passwords", "2026-11-02T09:30:00.000Z")]
    assert rows["question_words"] == [
        ("passwords", "q1", "h1", "en", "Which password is strongest?", "2026-11-02T09:30:00.000Z")
    ]
    assert [(c[4], c[5], c[6], c[7]) for c in rows["choice_words"]] == [
        ("a", 0, "password123", 0),
        ("b", 1, "three random words", 1),
        ("c", 2, "=SUM(A1)", 0),
    ]
    # A kiosk started again shows the same question: the row already there stays as it was.
    later = ResultsStore.open(tmp_path / "r.db")
    later.record_shown(shown(at=T0 + timedelta(days=3)))
    later.close()
    assert words_rows(tmp_path / "r.db") == rows


def test_words_are_one_line_and_cut_to_a_bounded_length() -> None:
    store = ResultsStore.open(None)
    store.start_visit(visit_id="v1", started_at=T0, language="en", kiosk_name="k", event_label="")
    store.record_shown(shown(text="line one\n\tline\x07 two " + "x" * 5000))
    store.record_answer(make_answer("v1"))
    assert store.db is not None
    (text,) = store.db.execute("SELECT text FROM question_words").fetchone()
    assert text.startswith("line one line two xxx") and len(text) == MAX_WORDS and text.endswith("…")


def test_lookup_prefers_the_language_then_the_newest_version_and_falls_back_to_ids() -> None:
    store = ResultsStore.open(None)
    store.start_visit(visit_id="v1", started_at=T0, language="en", kiosk_name="k", event_label="")
    store.record_shown(shown(version="old", text="Old wording", title="Old title"))
    store.record_shown(shown(version="new", text="New wording", at=T0 + timedelta(days=1)))
    store.record_shown(shown(version="zh", language="zh-CN", text="哪个密码最强？", title="密码"))
    store.record_answer(make_answer("v1"))
    db = store.db
    assert db is not None
    english = lookup(db, "en")
    assert english.lesson("passwords") == "Passwords"
    assert english.question("passwords", "q1") == "New wording"
    assert english.answer("passwords", "q1", "a,b") == "password123; three random words"
    assert [c.choice_id for c in english.choices("passwords", "q1") if c.correct] == ["b"]
    chinese = lookup(db, "zh_CN")  # Qt's spelling of the language works too
    assert chinese.lesson("passwords") == "密码"
    assert chinese.question("passwords", "q1") == "哪个密码最强？"
    # The exact version an answer was given to, whatever the preferred language.
    assert chinese.version("passwords", "q1", "old", "en").text == "Old wording"
    # Never shown: the ids themselves.
    assert english.lesson("phishing") == "phishing"
    assert english.question("passwords", "q9") == "q9"
    assert english.choice("passwords", "q1", "z") == "z"
    assert not english.known("passwords", "q9")


def test_a_database_from_before_words_names_everything_by_id() -> None:
    db = Database(memory=True)
    db["answers"].insert({"id": "x"})  # no words tables at all
    words = lookup(db, "en")
    assert (words.lesson("passwords"), words.question("passwords", "q1")) == ("passwords", "q1")
    assert words.answer("passwords", "q1", "a,c") == "a; c"


def test_merge_brings_the_words_idempotently_keeping_the_earliest_first_shown(tmp_path: Path) -> None:
    a, b, out = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "all.db"
    record(a, shown(at=T0 + timedelta(days=2)), visit="va")
    record(b, shown(at=T0), shown("q2", version="h2", text="Second?"), visit="vb")
    merge_databases([a, b], out)
    once = words_rows(out)
    assert len(once["question_words"]) == 2 and len(once["choice_words"]) == 6
    assert once["question_words"][0][5] == "2026-11-02T09:30:00.000Z"  # b's, though a came first
    merge_databases([b, a, a], out)
    assert words_rows(out) == once
    other = tmp_path / "other.db"
    merge_databases([b, a], other)
    assert words_rows(other) == once  # same result in any order


def test_merge_counts_words_that_contradict_the_output_and_keeps_the_output_s(tmp_path: Path) -> None:
    a, b, out = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "all.db"
    record(a, shown(), visit="va")
    record(b, shown(), visit="vb")
    with sqlite3.connect(b) as conn:
        conn.execute("UPDATE question_words SET text = 'tampered'")
        conn.execute("UPDATE choice_words SET correct = 1 - correct WHERE choice_id = 'a'")
    conn.close()
    merge_databases([a], out)
    (report,) = merge_databases([b], out)
    assert report.merged and report.conflicts["question_words"] == 1 and report.conflicts["choice_words"] == 1
    assert words_rows(out)["question_words"][0][4] == "Which password is strongest?"


def test_merge_never_adds_choices_to_a_version_the_output_holds(tmp_path: Path) -> None:
    a, b, out = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "all.db"
    record(a, shown(), visit="va")
    record(b, shown(), shown("q2", version="h2"), visit="vb")
    with sqlite3.connect(b) as conn:
        # An extra choice slipped into q1's version, and q2's question text and choices changed.
        conn.execute(
            "INSERT INTO choice_words SELECT lesson_id, question_id, question_hash, language, 'z', 9,"
            " 'Click the link', 1 FROM choice_words WHERE question_id = 'q1' AND choice_id = 'a'"
        )
    conn.close()
    merge_databases([a], out)
    merge_databases([b], out)
    choices = {(r[1], r[4]) for r in words_rows(out)["choice_words"]}
    assert ("q1", "z") not in choices
    assert {c for q, c in choices if q == "q2"} == {"a", "b", "c"}  # a new version comes whole
    # A question whose text contradicts the output's brings none of its choices either.
    c, out2 = tmp_path / "c.db", tmp_path / "all2.db"
    record(c, shown(), visit="vc")
    with sqlite3.connect(c) as conn:
        conn.execute("UPDATE question_words SET text = 'other'")
        conn.execute("DELETE FROM choice_words WHERE choice_id = 'c'")
    conn.close()
    merge_databases([c], out2)  # the output learns q1 with two choices and the text 'other'
    merge_databases([a], out2)  # a's honest copy conflicts on the text: its third choice stays out
    assert {r[4] for r in words_rows(out2)["choice_words"]} == {"a", "b"}


def test_merge_refuses_words_with_control_characters(tmp_path: Path) -> None:
    a, out = tmp_path / "a.db", tmp_path / "all.db"
    record(a, shown(), visit="va")
    with sqlite3.connect(a) as conn:
        conn.execute("UPDATE lesson_words SET title = 'evil' || char(27) || '[2J'")
    conn.close()
    (report,) = merge_databases([a], out)
    assert "its lesson_words table has a row with an invalid title" in report.error


def test_a_file_from_before_words_still_merges(tmp_path: Path) -> None:
    a, out = tmp_path / "a.db", tmp_path / "all.db"
    record(a, shown(), visit="va")
    with sqlite3.connect(a) as conn:
        for table in WORDS:
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_words'")
    conn.close()
    (report,) = merge_databases([a], out)
    assert report.merged and report.answers == 1
    assert words_rows(out) == {table: [] for table in WORDS}


def test_purge_removes_words_no_answer_needs_and_merge_does_not_bring_them_back(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    old, recent = T0, T0 + timedelta(days=10)
    record(path, shown("q1", version="h-q1", at=old), answer_at=old, visit="old")
    record(path, shown("q2", version="h-q2", at=old), answer_at=recent, visit="new")
    copy = tmp_path / "copy.db"
    merge_databases([path], copy)  # a copy taken before the purge
    db = Database(path)
    purge(db, date(2026, 11, 5))
    db.close()
    rows = words_rows(path)
    # q1's only answer went with its visit; q2 was first shown before the date but is still answered.
    assert [r[1] for r in rows["question_words"]] == ["q2"]
    assert {r[1] for r in rows["choice_words"]} == {"q2"}
    assert len(rows["lesson_words"]) == 1  # the lesson still has answers
    merge_databases([copy], path)
    assert words_rows(path) == rows


def test_the_summary_names_lessons_questions_and_answers_in_words_else_by_id(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    store = ResultsStore.open(path)
    for n in range(25):
        visit = f"v{n}"
        store.start_visit(visit_id=visit, started_at=T0, language="en", kiosk_name="k", event_label="")
        store.record_shown(shown(version="h-q1"))
        store.record_answer(make_answer(visit, chosen=("a",), correct=False))
        # q7 was answered on a kiosk that did not record words: it keeps its id.
        store.record_answer(make_answer(visit, question_id="q7", chosen=("b",), correct=n % 2 == 0))
        store.record_quiz_result(make_quiz(visit, "passwords", n % 2, 2))
    store.close()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["results", "summary", "--db", str(path), "--language", "en"]) == 0
    text = out.getvalue()
    assert "Passwords" in text and "Which password is strongest?" in text
    assert "password123 (100%)" in text  # the most-chosen wrong answer, in words
    assert "q7" in text
    # Nobody chose c, a wrong choice: flagged by its words, though no answer holds it.
    assert 'choice c "=SUM(A1)": almost nobody chooses this wrong answer' in text


def test_a_newer_kiosk_s_file_without_words_tables_still_records_every_answer(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    ResultsStore.open(path).close()
    with sqlite3.connect(path) as conn:
        for table in WORDS:
            conn.execute(f"DROP TABLE {table}")
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('cyber-kiosk-results', 'm099_from_the_future', '2030-01-01')"
        )
    conn.close()
    record(path, shown(), shown("q2", version="h2"))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (2,)
    conn.close()


def test_chinese_words_keep_no_trace_of_the_screens_line_break_hints(tmp_path: Path) -> None:
    # The visitor's screen glues a Chinese paragraph's last hanzi and Latin words with invisible word
    # joiners; the words a teacher reads in reports must be the text as written, not "怎 么 办".
    from kiosk.content.loader import load_lesson, load_pack
    from kiosk.journey import Journey

    lesson = tmp_path / "pack" / "wifi"
    lesson.mkdir(parents=True)
    (tmp_path / "pack" / "pack.yaml").write_text("languages: [zh-CN]\ndefault_language: zh-CN\n", "utf-8")
    (lesson / "lesson.md").write_text("---\ntitle: 公共Wi-Fi\n---\n# 页\n\n文字。\n", "utf-8")
    (lesson / "quiz.md").write_text(
        "## 手机上出现三个Wi-Fi网络。怎么办？ {#real}\n\n- [x] 问店员准确的网络名称\n- [ ] 连信号最强的那个\n"
        "- [ ] 连不要密码的那个\n",
        "utf-8",
    )
    pack = load_pack(tmp_path / "pack")
    store = ResultsStore.open(tmp_path / "r.db")
    journey = Journey(pack, load_lesson, store, kiosk_name="k", event_label="", new_seed=lambda: 7)
    journey.start()
    journey.open_lesson("wifi")
    journey.next_page()  # past the lesson's one page: the quiz's first question
    assert journey.quiz_run is not None
    shown_html = journey.quiz_run.current.question.html
    assert "\u2060" in shown_html  # the screen's hints are there to be dropped
    journey.toggle_choice("a")
    journey.confirm()
    store.close()
    rows = words_rows(tmp_path / "r.db")
    assert [row[4] for row in rows["question_words"]] == ["手机上出现三个Wi-Fi网络。怎么办？"]
    assert sorted(row[6] for row in rows["choice_words"]) == sorted(
        ["问店员准确的网络名称", "连信号最强的那个", "连不要密码的那个"]
    )
