"""Is this SQLite file a kiosk results database we can trust? Answered before reading any row of it.

A results file may come from a USB stick, so nothing in it runs before its shape is known: only
``sqlite_master`` and ``PRAGMA table_xinfo`` are read (a view, even an endlessly recursive one, is
never selected from), then every row is checked in SQL against the rules the kiosk itself writes by.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kiosk.results.schema import COLUMNS, MIGRATIONS, TABLES

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
}

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
        # A file as old or as new as this kiosk: its three tables must be what the kiosk made.
        check_tables(conn, schema)
    return info


def check_tables(conn: sqlite3.Connection, schema: str = "main") -> None:
    """Raise RefusedDatabase unless visits, answers and quiz_results are real tables of the kiosk's shape."""
    objects = _objects(conn, schema)
    for table in TABLES:
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
            if (pk == 1) != (name == "id"):
                raise RefusedDatabase(f"its {table} table is not keyed on id alone")


def printable(text: str) -> str:
    """``text`` as it is when every character prints, else escaped (a file's text to a terminal)."""
    return text if text.isprintable() else repr(text)


def refuse_newer(info: SchemaInfo, what: str) -> None:
    """Raise RefusedDatabase naming both schema versions when ``info`` is from a newer kiosk."""
    if not info.unknown:
        return
    from kiosk import __version__

    known = known_migrations()
    raise RefusedDatabase(
        f"{what} was written by a newer Cyber Kiosk: its results schema is version {len(info.applied)}"
        f" ({printable(info.applied[-1])}), and this kiosk ({__version__}) knows versions up to {len(known)}"
        f" ({known[-1]}). Update this kiosk, then try again"
    )


# -- the rows ------------------------------------------------------------------------------

# An id (visit, answer, quiz result, lesson, question, choice): a letter or digit, then letters,
# digits, '_', '.' or '-'. Random UUIDs and every id a lesson pack may use match; markup never does.
_ID_CHARS = "A-Za-z0-9_.-"
_TIME = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z"
_ENDS = ("finished", "idle", "abandoned")
#: the longest id, label or language text accepted from a results file
MAX_TEXT = 200
# Control characters (C0 and DEL) never belong in a label: they rewrite terminals and confuse layouts.
_CONTROL = "*[" + "".join(chr(c) for c in range(1, 32)) + chr(127) + "]*"


def _id(column: str, *, nullable: bool = False) -> str:
    ok = (
        f"(typeof({column}) = 'text' AND length({column}) BETWEEN 1 AND {MAX_TEXT}"
        f" AND {column} NOT GLOB '*[^{_ID_CHARS}]*' AND substr({column}, 1, 1) GLOB '[A-Za-z0-9]')"
    )
    return f"({column} IS NULL OR {ok})" if nullable else ok


def _time(column: str, *, nullable: bool = False) -> str:
    ok = f"(typeof({column}) = 'text' AND {column} GLOB '{_TIME}')"
    return f"({column} IS NULL OR {ok})" if nullable else ok


def _label(column: str) -> str:
    return f"(typeof({column}) = 'text' AND length({column}) <= {MAX_TEXT} AND {column} NOT GLOB :control)"


def _language(column: str) -> str:
    return f"({column} IS NULL OR {column} = '' OR {_id(column)})"


def _flag(column: str) -> str:
    return f"(typeof({column}) = 'integer' AND {column} IN (0, 1))"


def _count(column: str) -> str:
    return f"(typeof({column}) = 'integer' AND {column} BETWEEN 0 AND 100000)"


# Each rule: what it checks (for the message), and an SQL condition every row must meet.
RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "visits": (
        ("id", _id("id")),
        ("started_at (a UTC time)", _time("started_at")),
        ("ended_at (a UTC time)", _time("ended_at", nullable=True)),
        (
            "ended_how",
            "(ended_how IS NULL AND ended_at IS NULL OR ended_how IN "
            + str(_ENDS)
            + " AND ended_at IS NOT NULL)",
        ),
        ("language", _language("language") + " AND language IS NOT NULL"),
        ("kiosk_name", _label("kiosk_name")),
        ("event_label", _label("event_label")),
    ),
    "answers": (
        ("id", _id("id")),
        ("visit_id", _id("visit_id")),
        ("lesson_id", _id("lesson_id")),
        ("question_id", _id("question_id")),
        ("question_hash", _id("question_hash", nullable=True)),
        (
            "chosen (choice ids joined by ',')",
            f"(typeof(chosen) = 'text' AND length(chosen) BETWEEN 1 AND {MAX_TEXT}"
            f" AND chosen NOT GLOB '*[^,{_ID_CHARS}]*' AND chosen NOT GLOB ',*' AND chosen NOT GLOB '*,'"
            " AND chosen NOT GLOB '*,,*')",
        ),
        ("correct (0 or 1)", _flag("correct")),
        (
            "seconds",
            "(seconds IS NULL OR typeof(seconds) IN ('real', 'integer') AND seconds BETWEEN 0 AND 1e7)",
        ),
        ("answered_at (a UTC time)", _time("answered_at")),
        ("language", _language("language")),
    ),
    "quiz_results": (
        ("id", _id("id")),
        ("visit_id", _id("visit_id")),
        ("lesson_id", _id("lesson_id")),
        ("score", _count("score") + " AND score <= maximum"),
        ("maximum", _count("maximum")),
        ("passed (0 or 1)", _flag("passed")),
        ("finished_at (a UTC time)", _time("finished_at")),
        ("language", _language("language")),
    ),
}


def check_rows(conn: sqlite3.Connection, schema: str, table: str) -> None:
    """Raise RefusedDatabase when a row of ``schema.table`` breaks a rule, naming the rule and a row."""
    rules = RULES[table]
    sums = ", ".join(f"total(NOT ifnull({condition}, 0))" for _, condition in rules)
    counts = conn.execute(f"SELECT {sums} FROM {schema}.{table}", {"control": _CONTROL}).fetchone()
    for (what, condition), bad in zip(rules, counts, strict=True):
        if not bad:
            continue
        (row_id,) = conn.execute(
            f"SELECT substr(CAST(id AS TEXT), 1, 60) FROM {schema}.{table} WHERE NOT ifnull({condition}, 0)"
            " LIMIT 1",
            {"control": _CONTROL},
        ).fetchone()
        # repr() escapes control characters, so the id cannot rewrite the operator's terminal.
        raise RefusedDatabase(
            f"{int(bad)} row(s) of its {table} table have an invalid {what} (the first has id {row_id!r})"
        )
