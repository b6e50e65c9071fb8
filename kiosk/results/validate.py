"""Is this SQLite file a kiosk results database we can trust? Answered before reading any row of it.

A results file may come from a USB stick, so nothing in it runs before its shape is known: only
``sqlite_master`` and ``PRAGMA table_xinfo`` are read (a view, even an endlessly recursive one, is
never selected from), then every row is checked against the rules the kiosk itself writes by.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from kiosk import package_version
from kiosk.results.schema import COLUMNS, MIGRATIONS, TABLES, WORDS_KEYS, WORDS_TABLES

#: the declared type of every column the kiosk writes (the tables are STRICT in a kiosk's own file)
TYPES: dict[str, dict[str, str]] = {
    "visits": dict.fromkeys(COLUMNS["visits"], "TEXT"),
    "answers": {
        **dict.fromkeys(COLUMNS["answers"], "TEXT"),
        "correct": "INTEGER",
        "seconds": "REAL",
    },
    "quiz_results": {
        **dict.fromkeys(COLUMNS["quiz_results"], "TEXT"),
        "score": "INTEGER",
        "maximum": "INTEGER",
        "passed": "INTEGER",
    },
    "lesson_words": dict.fromkeys(COLUMNS["lesson_words"], "TEXT"),
    "question_words": dict.fromkeys(COLUMNS["question_words"], "TEXT"),
    "choice_words": {
        **dict.fromkeys(COLUMNS["choice_words"], "TEXT"),
        "position": "INTEGER",
        "correct": "INTEGER",
    },
}

#: the migration that added the words tables: a file that records it must have them in the kiosk's shape
WORDS_MIGRATION = "m005_words"

_MIGRATIONS_TABLE = MIGRATIONS.migrations_table
_MIGRATIONS_COLUMNS = {"id", "migration_set", "name", "applied_at"}


class RefusedDatabase(Exception):
    """A file the kiosk must not read from or write into; the message says why, naming the file."""


@dataclass(frozen=True)
class SchemaInfo:
    """What a file's objects say about it, read from ``sqlite_master`` alone."""

    empty: bool  # no table, view, index or trigger at all: safe to create the kiosk's tables in
    applied: tuple[str, ...]  # the kiosk's migrations this file has recorded, in order

    @property
    def unknown(self) -> tuple[str, ...]:
        """Migrations from a newer kiosk: this one does not know what they changed."""
        known = {m.name for m in MIGRATIONS._migrations}
        return tuple(name for name in self.applied if name not in known)


def known_migrations() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]


def _objects(conn: sqlite3.Connection, schema: str) -> dict[str, tuple[str, str]]:
    rows = conn.execute(f"SELECT name, type, ifnull(sql, '') FROM {schema}.sqlite_master").fetchall()
    return {name: (kind, sql) for name, kind, sql in rows}


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[tuple]:
    # table_xinfo, unlike table_info, lists generated columns, whose expressions would run on a read.
    return conn.execute(f"PRAGMA {schema}.table_xinfo({_quote(table)})").fetchall()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _real_table(objects: dict[str, tuple[str, str]], name: str) -> str | None:
    """Why ``name`` is not a plain table that reading cannot make run code, or None when it is."""
    if name not in objects:
        return f"it has no {name} table"
    kind, sql = objects[name]
    if kind != "table":
        article = "an" if kind[:1] in "aeiou" else "a"
        return f"its {name} is {article} {kind}, not a table"
    if sql.lstrip().upper().startswith("CREATE VIRTUAL"):
        return f"its {name} is a virtual table"
    return None


def read_schema(conn: sqlite3.Connection, schema: str = "main") -> SchemaInfo:
    """What the file in ``schema`` is; raises RefusedDatabase when it is neither empty nor the kiosk's.

    Reads only ``sqlite_master``, ``PRAGMA table_xinfo`` and the migrations table, once that table
    has been seen to be a real table with the columns sqlite-utils gives it.
    """
    objects = _objects(conn, schema)
    if not objects:
        return SchemaInfo(empty=True, applied=())
    problem = _real_table(objects, _MIGRATIONS_TABLE)
    if _MIGRATIONS_TABLE not in objects:
        tables = sorted(name for name, (kind, _) in objects.items() if kind == "table")
        # repr() keeps a hostile name from writing control characters to a terminal.
        shown = ", ".join(repr(name[:40]) for name in tables[:3]) + (", ..." if len(tables) > 3 else "")
        problem = f"it holds another application's tables: {shown}" if tables else problem
    if problem is None:
        columns = {row[1]: row for row in _columns(conn, schema, _MIGRATIONS_TABLE)}
        if not set(columns) >= _MIGRATIONS_COLUMNS or any(row[6] for row in columns.values()):
            problem = f"its {_MIGRATIONS_TABLE} table has other columns than sqlite-utils gives it"
    if problem is None:
        applied = tuple(
            str(name)
            for (name,) in conn.execute(
                f"SELECT substr(name, 1, 100) FROM {schema}.{_MIGRATIONS_TABLE} WHERE migration_set = ?"
                " ORDER BY rowid LIMIT 1000",
                (MIGRATIONS.name,),
            )
        )
        if not applied:
            problem = "it records no Cyber Kiosk results schema"
    if problem is not None:
        raise RefusedDatabase(f"not a Cyber Kiosk results database ({problem})")
    info = SchemaInfo(empty=False, applied=applied)
    if not info.unknown:
        # A file as old or as new as this kiosk: its tables must be what the kiosk made.
        check_tables(conn, schema, words=has_words(info))
    return info


def has_words(info: SchemaInfo) -> bool:
    """Whether the file's schema has the words tables (a file from an older kiosk has not)."""
    return WORDS_MIGRATION in info.applied


def check_tables(conn: sqlite3.Connection, schema: str = "main", *, words: bool = False) -> None:
    """Raise RefusedDatabase unless visits, answers and quiz_results (and with ``words`` the words
    tables) are real tables of the kiosk's shape."""
    objects = _objects(conn, schema)
    for table in TABLES + (WORDS_TABLES if words else ()):
        problem = _real_table(objects, table)
        if problem is not None:
            raise RefusedDatabase(f"not a Cyber Kiosk results database ({problem})")
        found = {row[1]: row for row in _columns(conn, schema, table)}
        expected = TYPES[table]
        missing = [column for column in expected if column not in found]
        extra = [column for column in found if column not in expected]
        if missing or extra:
            parts = []
            if missing:
                parts.append("no column " + ", ".join(missing))
            if extra:
                parts.append("unexpected column " + ", ".join(extra))
            raise RefusedDatabase(f"its {table} table has {' and '.join(parts)} (renamed or altered?)")
        for name, want in expected.items():
            _cid, _name, declared, _notnull, _default, pk, hidden = found[name]
            if str(declared).upper() != want:
                raise RefusedDatabase(
                    f"its {table}.{name} column is declared {declared or 'without a type'}, not {want}"
                )
            if hidden:
                raise RefusedDatabase(f"its {table}.{name} column is generated, not stored")
            key = WORDS_KEYS.get(table, ("id",))
            if (pk > 0) != (name in key):
                keyed = "id alone" if key == ("id",) else ", ".join(key)
                raise RefusedDatabase(f"its {table} table is not keyed on {keyed}")


def printable(text: str) -> str:
    """``text`` as it is when every character prints, else escaped (a file's text to a terminal)."""
    return text if text.isprintable() else repr(text)


def refuse_newer(info: SchemaInfo, what: str) -> None:
    """Raise RefusedDatabase naming both schema versions when ``info`` is from a newer kiosk."""
    if not info.unknown:
        return

    known = known_migrations()
    raise RefusedDatabase(
        f"{what} was written by a newer Cyber Kiosk: its results schema is version {len(info.applied)}"
        f" ({printable(info.applied[-1])}), and this kiosk ({package_version()}) knows versions up to {len(known)}"
        f" ({known[-1]}). Update this kiosk, then try again"
    )


# -- the rows ------------------------------------------------------------------------------

#: the longest id, label or language text accepted from a results file
MAX_TEXT = 200
# An id (visit, answer, quiz result, lesson, question, choice): a letter or digit, then letters,
# digits, '_', '.' or '-'. Random UUIDs and every id a lesson pack may use match; markup never does.
_ID = r"[A-Za-z0-9][A-Za-z0-9_.-]*"
_ID_RE = re.compile(_ID)
_CHOSEN_RE = re.compile(rf"(?:{_ID}(?:,{_ID})*)?")  # empty: a spot-the-flags answer that found nothing
_TIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")
# Control characters never belong in a label: they rewrite terminals and confuse layouts.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_ENDS = frozenset({"finished", "idle", "abandoned"})

Check = Callable[[object], bool]


def _is_id(value: object) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT and _ID_RE.fullmatch(value) is not None


def _is_time(value: object) -> bool:
    return type(value) is str and _TIME_RE.fullmatch(value) is not None


def _is_label(value: object) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT and _CONTROL_RE.search(value) is None


#: the longest title, question or choice text accepted from a results file (the store cuts at 1,000)
MAX_WORDS_TEXT = 1000


def _is_words(value: object) -> bool:
    return type(value) is str and len(value) <= MAX_WORDS_TEXT and _CONTROL_RE.search(value) is None


def _is_hash(value: object) -> bool:
    return value == "" or _is_id(value)


def _is_language(value: object) -> bool:
    return value == "" or _is_id(value)


def _is_chosen(value: object) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT and _CHOSEN_RE.fullmatch(value) is not None


def _is_flag(value: object) -> bool:
    return type(value) is int and value in (0, 1)


def _is_count(value: object) -> bool:
    return type(value) is int and 0 <= value <= 100_000


def _is_seconds(value: object) -> bool:
    # NaN fails both comparisons; infinity fails the upper bound.
    return type(value) in (int, float) and 0 <= value <= 1e7  # type: ignore[operator]


def _or_null(check: Check) -> Check:
    return lambda value: value is None or check(value)


#: per table, what each column must hold (in COLUMNS order), as the kiosk itself writes it
CHECKS: dict[str, dict[str, tuple[str, Check]]] = {
    "visits": {
        "id": ("id", _is_id),
        "started_at": ("started_at (a UTC time)", _is_time),
        "ended_at": ("ended_at (a UTC time)", _or_null(_is_time)),
        "ended_how": ("ended_how", _or_null(lambda value: value in _ENDS)),
        "language": ("language", _is_language),
        "kiosk_name": ("kiosk_name", _is_label),
        "event_label": ("event_label", _is_label),
    },
    "answers": {
        "id": ("id", _is_id),
        "visit_id": ("visit_id", _is_id),
        "lesson_id": ("lesson_id", _is_id),
        "question_id": ("question_id", _is_id),
        "question_hash": ("question_hash", _or_null(_is_id)),
        "chosen": ("chosen (choice ids joined by ',')", _is_chosen),
        "correct": ("correct (0 or 1)", _is_flag),
        "seconds": ("seconds", _or_null(_is_seconds)),
        "answered_at": ("answered_at (a UTC time)", _is_time),
        "language": ("language", _or_null(_is_language)),
    },
    "quiz_results": {
        "id": ("id", _is_id),
        "visit_id": ("visit_id", _is_id),
        "lesson_id": ("lesson_id", _is_id),
        "score": ("score", _is_count),
        "maximum": ("maximum", _is_count),
        "passed": ("passed (0 or 1)", _is_flag),
        "finished_at": ("finished_at (a UTC time)", _is_time),
        "language": ("language", _or_null(_is_language)),
    },
    "lesson_words": {
        "lesson_id": ("lesson_id", _is_id),
        "language": ("language", _is_language),
        "title": ("title (one line of text)", _is_words),
        "first_shown": ("first_shown (a UTC time)", _is_time),
    },
    "question_words": {
        "lesson_id": ("lesson_id", _is_id),
        "question_id": ("question_id", _is_id),
        "question_hash": ("question_hash", _is_hash),
        "language": ("language", _is_language),
        "text": ("text (one line of text)", _is_words),
        "first_shown": ("first_shown (a UTC time)", _is_time),
    },
    "choice_words": {
        "lesson_id": ("lesson_id", _is_id),
        "question_id": ("question_id", _is_id),
        "question_hash": ("question_hash", _is_hash),
        "language": ("language", _is_language),
        "choice_id": ("choice_id", _is_id),
        "position": ("position", _is_count),
        "text": ("text (one line of text)", _is_words),
        "correct": ("correct (0 or 1)", _is_flag),
    },
}


def _row_problem(table: str, row: dict[str, object]) -> str | None:
    """What is wrong with the row as a whole (its columns each being valid), or None."""
    if table == "visits" and (row["ended_at"] is None) != (row["ended_how"] is None):
        return "ended_how (set exactly when ended_at is)"
    if table == "quiz_results" and row["score"] > row["maximum"]:  # type: ignore[operator]
        return "score (above its maximum)"
    return None


def check_rows(conn: sqlite3.Connection, schema: str, table: str) -> None:
    """Raise RefusedDatabase at the first row of ``schema.table`` the kiosk would not have written.

    Rows are read as they are stored (a table that is not STRICT may hold a text where a number
    belongs), one at a time, so memory stays flat however large the file is.
    """
    columns = COLUMNS[table]
    checks = [CHECKS[table][column] for column in columns]
    for values in conn.execute(f"SELECT {', '.join(columns)} FROM {schema}.{table}"):
        problem = next(
            (what for (what, ok), value in zip(checks, values, strict=True) if not ok(value)), None
        )
        if problem is None:
            problem = _row_problem(table, dict(zip(columns, values, strict=True)))
        if problem is not None:
            row_id = values[0] if isinstance(values[0], str) else str(values[0])
            # repr() escapes control characters, so the id cannot rewrite the operator's terminal.
            raise RefusedDatabase(
                f"its {table} table has a row with an invalid {problem} (its {columns[0]} is {row_id[:60]!r})"
            )
