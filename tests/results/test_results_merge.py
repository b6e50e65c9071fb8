"""Merge: combining kiosks' databases is idempotent and does not depend on the order of the inputs."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from results_helpers import (
    T0,
    known_data_set,
    make_answer,
    make_quiz,
    ram_folder,
    stats_match_answers,
    visit_lessons_match,
)

from kiosk.journey.records import VisitEnd
from kiosk.results.export import copy_database
from kiosk.results.merge import merge_databases
from kiosk.results.schema import TABLES
from kiosk.results.store import ResultsStore


def contents(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) for table in TABLES}


# A kiosk's true history: visits with their start, label and end, and answers and quiz results. Each
# database is a copy of part of it taken at some moment: a visit may be missing, or still open in it.
visit_truth = {
    "v1": ("en", "e", VisitEnd.FINISHED, 3),
    "v2": ("zh-CN", "f", VisitEnd.IDLE, 1),
    "v3": ("en", "", None, 0),
    "v4": ("en", "e", VisitEnd.ABANDONED, 2),
}
answer_truth = {
    "a1": ("v1", True, "a"),
    "a2": ("v1", False, "a,b"),
    "a3": ("v2", True, "b"),
    "a4": ("v3", False, "a"),
    "a5": ("v9", True, "a"),  # its visit is in no copy: an answer may arrive without its visit
}
quiz_truth = {"q1": ("v1", 2), "q2": ("v2", 0), "q3": ("v4", 3)}
copies = st.tuples(
    st.dictionaries(st.sampled_from(sorted(visit_truth)), st.booleans()),  # visit -> ended yet?
    st.sets(st.sampled_from(sorted(answer_truth))),
    st.sets(st.sampled_from(sorted(quiz_truth))),
)
databases = st.lists(copies, min_size=1, max_size=4)


def copy_of(visits: dict[str, bool], answers: set[str], quizzes: set[str]) -> tuple[list, list, list]:
    visit_rows = []
    for visit_id, ended in sorted(visits.items()):
        language, label, how, minutes = visit_truth[visit_id]
        visit_rows.append((visit_id, how if ended else None, minutes, language, label))
    answer_rows = [(a, *answer_truth[a]) for a in sorted(answers)]
    quiz_rows = [(q, *quiz_truth[q]) for q in sorted(quizzes)]
    return visit_rows, answer_rows, quiz_rows


def write(path: Path, visits: list, answers: list, quizzes: list = ()) -> Path:  # type: ignore[assignment]
    store = ResultsStore.open(None)  # in memory, then copied to a file: thousands of fsyncs saved
    for visit_id, how, minutes, language, *label in visits:
        event = label[0] if label else "e"
        store.start_visit(
            visit_id=visit_id, started_at=T0, language=language, kiosk_name="k", event_label=event
        )
        if how is not None:
            store.end_visit(visit_id, T0.replace(minute=minutes), how)
    for answer_id, visit_id, correct, chosen in answers:
        store.record_answer(
            make_answer(visit_id, answer_id=answer_id, correct=correct, chosen=tuple(chosen.split(",")))
        )
    for quiz_id, visit_id, score in quizzes:
        store.record_quiz_result(replace(make_quiz(visit_id, "passwords", score, 3), id=quiz_id))
    assert store.db is not None
    return copy_database(store.db, path)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(databases, st.randoms(use_true_random=False))
def test_merge_is_idempotent_and_order_independent(dbs: list, rnd) -> None:
    with ram_folder() as root:
        sources = [write(root / f"kiosk{i}.db", *copy_of(*parts)) for i, parts in enumerate(dbs)]
        merge_databases(sources, root / "all.db")
        once = contents(root / "all.db")

        shuffled = sources[:]
        rnd.shuffle(shuffled)
        merge_databases(shuffled, root / "shuffled.db")
        assert contents(root / "shuffled.db") == once

        # Merging everything again, or any one file again, changes nothing.
        reports = merge_databases([*sources, rnd.choice(sources)], root / "all.db")
        assert contents(root / "all.db") == once
        assert all((r.visits, r.answers, r.quiz_results, r.ended) == (0, 0, 0, 0) for r in reports)
        # Copies of one history never conflict.
        assert all(not any(r.conflicts.values()) and not r.error for r in reports)

        # Merging merged results (a classroom file into a school file) is the same as merging the parts.
        half = len(sources) // 2
        merge_databases(sources[:half], root / "part1.db")
        merge_databases(sources[half:], root / "part2.db")
        merge_databases([root / "part2.db", root / "part1.db"], root / "parts.db")
        assert contents(root / "parts.db") == once

        # The running totals behind "N% got this right" follow every insert and replacement.
        for name in ("all.db", "shuffled.db", "parts.db"):
            conn = sqlite3.connect(root / name)
            assert stats_match_answers(conn)
            assert visit_lessons_match(conn)
            conn.close()


def test_a_finished_visit_wins_over_the_same_visit_still_open(tmp_path: Path) -> None:
    open_copy = write(tmp_path / "early.db", [("v1", None, 0, "en")], [])
    finished = write(tmp_path / "late.db", [("v1", VisitEnd.FINISHED, 5, "en")], [])
    for order in ([open_copy, finished], [finished, open_copy]):
        out = tmp_path / f"out-{order[0].stem}.db"
        merge_databases(order, out)
        assert contents(out)["visits"][0][2:4] == ("2026-11-02T09:05:00.000Z", "finished")


def test_merge_counts_what_each_source_added(tmp_path: Path) -> None:
    a = ResultsStore.open(tmp_path / "a.db")
    known_data_set(a)
    a.close()
    b = write(tmp_path / "b.db", [("other", VisitEnd.IDLE, 1, "en")], [("x", "other", True, "a")])
    first, second = merge_databases([tmp_path / "a.db", b], tmp_path / "all.db")
    assert (first.visits, first.answers, first.quiz_results) == (4, 9, 4)
    assert (second.visits, second.answers, second.quiz_results) == (1, 1, 0)


def test_merge_refuses_what_is_not_a_results_database(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE stuff (x)")
    conn.close()
    sources = [tmp_path / name for name in ("notes.txt", "other.db", "missing.db", "all.db")]
    reports = merge_databases(sources, tmp_path / "all.db")
    errors = [report.error for report in reports]
    assert "not a readable SQLite" in errors[0]
    assert "not a Cyber Kiosk results database" in errors[1]
    assert "no such file" in errors[2]
    assert "output database itself" in errors[3]


def test_merge_leaves_sources_untouched(tmp_path: Path) -> None:
    source = write(tmp_path / "a.db", [("v1", VisitEnd.IDLE, 2, "en")], [("x", "v1", False, "b")])
    before = source.read_bytes()
    merge_databases([source], tmp_path / "all.db")
    assert source.read_bytes() == before
