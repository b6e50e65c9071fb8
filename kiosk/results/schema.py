"""The results database's schema, built and upgraded with sqlite-utils' ``Migrations``.

Add a new ``@MIGRATIONS()`` function for every change; never edit one that has shipped, because kiosks
in the field have already recorded that it ran.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("cyber-kiosk-results")

#: the tables a results database holds, in the order they are exported and merged
TABLES: tuple[str, ...] = ("visits", "answers", "quiz_results")

#: the tables of what visitors were asked, in words (lesson titles, questions, choices): no visitor data
WORDS_TABLES: tuple[str, ...] = ("lesson_words", "question_words", "choice_words")

#: the primary key of each words table (the visitor tables are keyed on ``id``)
WORDS_KEYS: dict[str, tuple[str, ...]] = {
    "lesson_words": ("lesson_id", "language", "title"),
    "question_words": ("lesson_id", "question_id", "question_hash", "language"),
    "choice_words": ("lesson_id", "question_id", "question_hash", "language", "choice_id"),
}

#: columns of each table, in schema order (merge and export rely on this order)
COLUMNS: dict[str, tuple[str, ...]] = {
    "visits": ("id", "started_at", "ended_at", "ended_how", "language", "kiosk_name", "event_label"),
    "answers": (
        "id",
        "visit_id",
        "lesson_id",
        "question_id",
        "question_hash",
        "chosen",
        "correct",
        "seconds",
        "answered_at",
        "language",
    ),
    "quiz_results": (
        "id",
        "visit_id",
        "lesson_id",
        "score",
        "maximum",
        "passed",
        "finished_at",
        "language",
    ),
    "lesson_words": ("lesson_id", "language", "title", "first_shown"),
    "question_words": ("lesson_id", "question_id", "question_hash", "language", "text", "first_shown"),
    "choice_words": (
        "lesson_id",
        "question_id",
        "question_hash",
        "language",
        "choice_id",
        "position",
        "text",
        "correct",
    ),
}


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    # Times are ISO 8601 UTC text of one fixed width ("2026-11-27T03:41:55.123Z"), so that string
    # order is time order and substr(t, 1, 10) is the UTC day. Keys are random UUIDs, which is what
    # lets databases from several kiosks merge without clashes.
    db["visits"].create(
        {
            "id": str,
            "started_at": str,
            "ended_at": str,
            "ended_how": str,  # finished / idle / abandoned; NULL while the visit is open
            "language": str,
            "kiosk_name": str,  # set by the operator; the only thing that says which machine
            "event_label": str,
        },
        pk="id",
        not_null={"started_at", "language", "kiosk_name", "event_label"},
        strict=True,
    )
    db["answers"].create(
        {
            "id": str,
            "visit_id": str,
            "lesson_id": str,
            "question_id": str,
            "question_hash": str,
            "chosen": str,  # sorted choice ids joined with "," (ids never contain a comma)
            "correct": int,
            "seconds": float,
            "answered_at": str,
            "language": str,
        },
        pk="id",
        not_null={"visit_id", "lesson_id", "question_id", "chosen", "correct", "answered_at"},
        foreign_keys=[("visit_id", "visits", "id")],
        strict=True,
    )
    db["quiz_results"].create(
        {
            "id": str,
            "visit_id": str,
            "lesson_id": str,
            "score": int,
            "maximum": int,
            "passed": int,
            "finished_at": str,
            "language": str,
        },
        pk="id",
        not_null={"visit_id", "lesson_id", "score", "maximum", "passed", "finished_at"},
        foreign_keys=[("visit_id", "visits", "id")],
        strict=True,
    )
    # Covering index for the per-question grouping of a filtered summary (by event: visit_id, or by
    # date: answered_at), in GROUP BY order, so a million answers are grouped without a sort or a
    # single table lookup. Unfiltered reports and "N% got this right" use answer_stats instead.
    db["answers"].create_index(
        ["lesson_id", "question_id", "correct", "chosen", "seconds", "visit_id", "answered_at"],
        index_name="answers_by_question",
    )
    # A visit's answers, and each visit's lessons in index order (how many visits started a lesson).
    db["answers"].create_index(["visit_id", "lesson_id", "answered_at"], index_name="answers_by_visit")
    db["answers"].create_index(["answered_at"], index_name="answers_by_time")
    db["visits"].create_index(["started_at"], index_name="visits_by_start")
    db["visits"].create_index(["event_label", "started_at"], index_name="visits_by_event")
    db["quiz_results"].create_index(
        ["lesson_id", "visit_id", "passed", "score", "maximum", "finished_at"],
        index_name="quiz_results_by_lesson",
    )
    db["quiz_results"].create_index(["visit_id"], index_name="quiz_results_by_visit")


@MIGRATIONS()
def m002_answer_stats(db: Database) -> None:
    # Running totals per question, event and distinct answer, kept exact by triggers on every insert,
    # update (merge) and delete (purge) of an answer, and on a visit changing its event label (merge).
    # "N% got this right" then reads a handful of rows instead of counting thousands of answers while
    # the visitor waits, and summaries with no date filter read no answers at all.
    db["answer_stats"].create(
        {
            "lesson_id": str,
            "question_id": str,
            "event_label": str,  # the answer's visit's; "" also for an answer whose visit is missing
            "correct": int,
            "chosen": str,
            "answers": int,
            "seconds": float,
        },
        pk=("lesson_id", "question_id", "event_label", "correct", "chosen"),
        not_null={"event_label", "answers", "seconds"},
        strict=True,
    )
    key = "lesson_id, question_id, event_label, correct, chosen"
    event = "ifnull((SELECT event_label FROM visits WHERE id = {r}.visit_id), '')"
    add = (
        f"INSERT INTO answer_stats ({key}, answers, seconds)"
        f" VALUES ({{r}}.lesson_id, {{r}}.question_id, {event}, {{r}}.correct, {{r}}.chosen, 1,"
        " ifnull({r}.seconds, 0))"
        f" ON CONFLICT ({key}) DO UPDATE SET answers = answers + 1, seconds = seconds + excluded.seconds;"
    )
    match = (
        "lesson_id = {r}.lesson_id AND question_id = {r}.question_id AND correct = {r}.correct"
        f" AND chosen = {{r}}.chosen AND event_label = {event}"
    )
    remove = (
        "UPDATE answer_stats SET answers = answers - 1, seconds = seconds - ifnull({r}.seconds, 0)"
        f" WHERE {match}; DELETE FROM answer_stats WHERE answers <= 0 AND {match};"
    )
    db.execute(f"CREATE TRIGGER answer_stats_insert AFTER INSERT ON answers BEGIN {add.format(r='new')} END")
    db.execute(
        f"CREATE TRIGGER answer_stats_delete AFTER DELETE ON answers BEGIN {remove.format(r='old')} END"
    )
    db.execute(
        "CREATE TRIGGER answer_stats_update AFTER UPDATE OF visit_id, lesson_id, question_id, correct, chosen,"
        f" seconds ON answers BEGIN {remove.format(r='old')} {add.format(r='new')} END"
    )

    # A visit whose label changes takes its answers' totals from the old label to the new one; so does
    # a visit that arrives after its answers (a merge of partial copies), or leaves before them.
    def move(visit: str, source: str, target: str) -> str:
        groups = (
            "SELECT lesson_id, question_id, correct, chosen, count(*) AS n, total(seconds) AS s"
            f" FROM answers WHERE visit_id = {visit}.id GROUP BY lesson_id, question_id, correct, chosen"
        )
        return (
            f"UPDATE answer_stats SET answers = answers - g.n, seconds = seconds - g.s FROM ({groups}) AS g"
            " WHERE answer_stats.lesson_id = g.lesson_id AND answer_stats.question_id = g.question_id"
            " AND answer_stats.correct = g.correct AND answer_stats.chosen = g.chosen"
            f" AND answer_stats.event_label = {source};"
            f" DELETE FROM answer_stats WHERE answers <= 0 AND event_label = {source};"
            f" INSERT INTO answer_stats ({key}, answers, seconds)"
            f" SELECT g.lesson_id, g.question_id, {target}, g.correct, g.chosen, g.n, g.s FROM ({groups}) AS g"
            f" WHERE true ON CONFLICT ({key}) DO UPDATE SET answers = answers + excluded.answers,"
            " seconds = seconds + excluded.seconds;"
        )

    has_answers = "EXISTS (SELECT 1 FROM answers WHERE visit_id = {v}.id)"
    empty = "''"
    db.execute(
        "CREATE TRIGGER answer_stats_relabel AFTER UPDATE OF event_label ON visits"
        f" WHEN old.event_label IS NOT new.event_label AND {has_answers.format(v='new')}"
        f" BEGIN {move('new', 'old.event_label', 'new.event_label')} END"
    )
    db.execute(
        "CREATE TRIGGER answer_stats_visit_arrives AFTER INSERT ON visits"
        f" WHEN new.event_label IS NOT '' AND {has_answers.format(v='new')}"
        f" BEGIN {move('new', empty, 'new.event_label')} END"
    )
    db.execute(
        "CREATE TRIGGER answer_stats_visit_leaves AFTER DELETE ON visits"
        f" WHEN old.event_label IS NOT '' AND {has_answers.format(v='old')}"
        f" BEGIN {move('old', 'old.event_label', empty)} END"
    )
    db.execute(
        f"INSERT INTO answer_stats ({key}, answers, seconds)"
        " SELECT a.lesson_id, a.question_id, ifnull(v.event_label, ''), a.correct, a.chosen, count(*),"
        " total(a.seconds) FROM answers AS a LEFT JOIN visits AS v ON v.id = a.visit_id"
        " GROUP BY 1, 2, 3, 4, 5"
    )


@MIGRATIONS()
def m003_visit_lessons(db: Database) -> None:
    # One row per visit and lesson it touched, with that visit's quiz results for the lesson summed,
    # kept exact by triggers like answer_stats. The per-lesson report (started, finished, passed,
    # average score) then groups these rows instead of a million answers.
    db["visit_lessons"].create(
        {
            "visit_id": str,
            "lesson_id": str,
            "answers": int,
            "attempts": int,  # quiz results, retries included
            "passed": int,  # 1 if any of them passed
            "scores": float,  # sum of score / maximum over them
        },
        pk=("visit_id", "lesson_id"),
        not_null={"answers", "attempts", "passed", "scores"},
        strict=True,
    )
    key = "visit_id, lesson_id"
    ratio = "CAST({r}.score AS REAL) / max({r}.maximum, 1)"
    best = (
        "ifnull((SELECT max(passed) FROM quiz_results"
        " WHERE visit_id = {r}.visit_id AND lesson_id = {r}.lesson_id), 0)"
    )
    tidy = "DELETE FROM visit_lessons WHERE visit_id = {r}.visit_id AND lesson_id = {r}.lesson_id AND answers <= 0 AND attempts <= 0;"
    answer_in = (
        f"INSERT INTO visit_lessons ({key}, answers, attempts, passed, scores)"
        " VALUES ({r}.visit_id, {r}.lesson_id, 1, 0, 0, 0)"
        f" ON CONFLICT ({key}) DO UPDATE SET answers = answers + 1;"
    )
    answer_out = (
        "UPDATE visit_lessons SET answers = answers - 1"
        " WHERE visit_id = {r}.visit_id AND lesson_id = {r}.lesson_id; " + tidy
    )
    quiz_in = (
        f"INSERT INTO visit_lessons ({key}, answers, attempts, passed, scores)"
        f" VALUES ({{r}}.visit_id, {{r}}.lesson_id, 0, 1, {{r}}.passed, {ratio})"
        f" ON CONFLICT ({key}) DO UPDATE SET attempts = attempts + 1, passed = max(passed, excluded.passed),"
        " scores = scores + excluded.scores;"
    )
    quiz_out = (
        f"UPDATE visit_lessons SET attempts = attempts - 1, scores = scores - {ratio}, passed = {best}"
        " WHERE visit_id = {r}.visit_id AND lesson_id = {r}.lesson_id; " + tidy
    )
    for name, event, table, body in (
        ("visit_lessons_answer_in", "INSERT", "answers", answer_in.format(r="new")),
        ("visit_lessons_answer_out", "DELETE", "answers", answer_out.format(r="old")),
        (
            "visit_lessons_answer_moved",
            "UPDATE OF visit_id, lesson_id",
            "answers",
            answer_out.format(r="old") + " " + answer_in.format(r="new"),
        ),
        ("visit_lessons_quiz_in", "INSERT", "quiz_results", quiz_in.format(r="new")),
        ("visit_lessons_quiz_out", "DELETE", "quiz_results", quiz_out.format(r="old")),
        (
            "visit_lessons_quiz_changed",
            "UPDATE OF visit_id, lesson_id, score, maximum, passed",
            "quiz_results",
            # Out with the old, in with the new, then passed from what remains (the new row included).
            quiz_out.format(r="old")
            + " "
            + quiz_in.format(r="new")
            + f" UPDATE visit_lessons SET passed = {best.format(r='new')}"
            " WHERE visit_id = new.visit_id AND lesson_id = new.lesson_id;",
        ),
    ):
        db.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {body} END")
    db.execute(
        f"INSERT INTO visit_lessons ({key}, answers, attempts, passed, scores)"
        " SELECT visit_id, lesson_id, sum(a), sum(q), max(p), total(s) FROM ("
        " SELECT visit_id, lesson_id, 1 AS a, 0 AS q, 0 AS p, 0.0 AS s FROM answers"
        " UNION ALL SELECT visit_id, lesson_id, 0, 1, passed, CAST(score AS REAL) / max(maximum, 1)"
        " FROM quiz_results) GROUP BY visit_id, lesson_id"
    )


@MIGRATIONS()
def m004_purges(db: Database) -> None:
    # One row per purge: results from before ``before`` (a UTC day, "2026-11-03") were deleted. The
    # latest ``before`` is the file's purge horizon: merging never brings back anything older.
    db["purges"].create(
        {
            "id": int,
            "before": str,
            "purged_at": str,
            "visits": int,
            "answers": int,
            "quiz_results": int,
        },
        pk="id",
        not_null={"before", "purged_at", "visits", "answers", "quiz_results"},
        strict=True,
    )


@MIGRATIONS()
def m005_words(db: Database) -> None:
    # What visitors were asked, in words, so that reports name lessons, questions and choices instead
    # of printing ids: one row per version of a question (its content hash) and language, written the
    # first time it is shown. Only the lessons' own text: nothing about who saw it. ``first_shown``
    # (UTC, the earliest any merged kiosk showed it) picks the newest version when several exist.
    # Texts are one line of plain text, without markup.
    db["lesson_words"].create(
        {"lesson_id": str, "language": str, "title": str, "first_shown": str},
        pk=WORDS_KEYS["lesson_words"],
        not_null=set(COLUMNS["lesson_words"]),
        strict=True,
    )
    db["question_words"].create(
        {
            "lesson_id": str,
            "question_id": str,
            "question_hash": str,
            "language": str,
            "text": str,
            "first_shown": str,
        },
        pk=WORDS_KEYS["question_words"],
        not_null=set(COLUMNS["question_words"]),
        strict=True,
    )
    db["choice_words"].create(
        {
            "lesson_id": str,
            "question_id": str,
            "question_hash": str,
            "language": str,
            "choice_id": str,
            "position": int,  # 0-based, in the lesson's order (not the shuffled order a visitor saw)
            "text": str,
            "correct": int,
        },
        pk=WORDS_KEYS["choice_words"],
        not_null=set(COLUMNS["choice_words"]),
        strict=True,
    )


@MIGRATIONS()
def m006_rewards(db: Database) -> None:
    # Reward codes (kiosk.operator.rewards): one row per code issued, by event and serial, with the
    # day it was issued and redeemed (the kiosk's local day) and its state. Nothing else: no visit, no
    # answer, no time of day, so a code cannot be tied to the visitor who earned it. Serials are drawn
    # at random and the table is WITHOUT ROWID, so not even the order rows were written in is kept.
    db.execute(
        "CREATE TABLE rewards (event TEXT NOT NULL, serial INTEGER NOT NULL, day TEXT NOT NULL,"
        " state TEXT NOT NULL, redeemed_day TEXT, PRIMARY KEY (event, serial)) STRICT, WITHOUT ROWID"
    )
    db.execute("CREATE INDEX rewards_by_day ON rewards (day)")


@MIGRATIONS()
def m007_words_without_cjk_gaps(db: Database) -> None:
    # Kiosks before session 8's fix stored the screen's invisible line-break hints as spaces, so
    # Chinese words read "怎 么 办". A whitespace run between two CJK characters is removed from every
    # stored text (kiosk.results.cjk, which the store and merging apply too); nothing else changes,
    # "Wi - Fi" included. Only rows holding whitespace and a non-ASCII character are read.
    from kiosk.results.cjk import BEYOND_ASCII, HAS_WHITESPACE, close_cjk_gaps

    names = set(db.table_names())
    for table in ("question_words", "choice_words"):
        if table not in names:
            continue
        rows = db.execute(
            f"SELECT rowid, text FROM {table} WHERE text GLOB ? AND text GLOB ?",
            [HAS_WHITESPACE, BEYOND_ASCII],
        ).fetchall()
        fixed = [(closed, rowid) for rowid, text in rows if (closed := close_cjk_gaps(text)) != text]
        db.conn.executemany(f"UPDATE {table} SET text = ? WHERE rowid = ?", fixed)
    if "lesson_words" not in names:
        return
    # The title is part of lesson_words' key: a spaced title whose closed form is already there is
    # folded into that row (keeping the earlier first_shown), else it is renamed.
    rows = db.execute(
        "SELECT lesson_id, language, title, first_shown FROM lesson_words WHERE title GLOB ? AND title GLOB ?",
        [HAS_WHITESPACE, BEYOND_ASCII],
    ).fetchall()
    for lesson, language, title, first_shown in rows:
        closed = close_cjk_gaps(title)
        if closed == title:
            continue
        db.execute(
            "DELETE FROM lesson_words WHERE lesson_id = ? AND language = ? AND title = ?",
            [lesson, language, title],
        )
        db.execute(
            "INSERT INTO lesson_words (lesson_id, language, title, first_shown) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (lesson_id, language, title) DO UPDATE"
            " SET first_shown = min(first_shown, excluded.first_shown)",
            [lesson, language, closed, first_shown],
        )


#: migrations that change no table, only data a reader copes with unchanged: a file that lacks only
#: these and cannot be written (a locked USB stick) is read as it is (kiosk.results.words closes the
#: gaps m007 would have closed, as it reads)
READ_AS_IS: frozenset[str] = frozenset({"m007_words_without_cjk_gaps"})


def purge_horizon(db: Database) -> str | None:
    """The UTC day (``YYYY-MM-DD``) before which everything was purged from ``db``, if ever."""
    return db.execute("SELECT max(before) FROM purges").fetchone()[0]


def migrate(db: Database) -> None:
    """Bring ``db`` up to the current schema (a no-op when it already is)."""
    MIGRATIONS.apply(db)


def is_results_database(db: Database) -> bool:
    """True when ``db`` has every results table (whatever else it holds)."""
    names = set(db.table_names())
    return all(table in names for table in TABLES)
