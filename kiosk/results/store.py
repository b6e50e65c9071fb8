"""The SQLite results store: records a visitor's journey durably, and never lets storage stop a quiz.

Writes that fail (read-only folder, full disk, locked or corrupt file) wait in memory and are retried;
what went wrong is kept in ``health()`` for the operator console. A corrupt file is moved aside.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
import unicodedata
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.journey.records import AnswerRecord, QuizResultRecord, ShownQuestion, VisitEnd
from kiosk.results.cjk import close_cjk_gaps
from kiosk.results.schema import WORDS_TABLES, migrate
from kiosk.results.validate import RefusedDatabase, printable, read_schema

log = logging.getLogger(__name__)

#: below this many recorded answers a question's correct rate is not shown (one answer is not "100%")
MIN_ANSWERS_FOR_RATE = 20

#: the step the shown correct rate is rounded to, so that one answer rarely moves it (see correct_rate)
RATE_STEP = 0.1

#: how long a write waits for a lock held by another process (the CLI, a backup) before it is queued
BUSY_TIMEOUT_MS = 250

Connect = Callable[[str], sqlite3.Connection]


def utc_text(moment: datetime) -> str:
    """A datetime as fixed-width ISO 8601 UTC text; naive datetimes are taken to be UTC already."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def apply_pragmas(conn: sqlite3.Connection) -> None:
    """The durability settings every writer uses (the store, and the benchmark's bare baseline)."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL: a reader (the operator console, `kiosk results summary`) never blocks the kiosk's writes,
    # and a crash mid-write leaves the last committed state intact.
    conn.execute("PRAGMA journal_mode = WAL")
    # synchronous=FULL, not NORMAL: in WAL mode NORMAL skips the fsync at each commit, so a power cut
    # may lose the last answers although the visitor already saw their feedback. FULL fsyncs the WAL
    # on every commit; one answer per tap costs one fsync, which a kiosk can easily afford.
    conn.execute("PRAGMA synchronous = FULL")
    # On macOS a plain fsync does not reach the platter; fullfsync does (ignored elsewhere).
    conn.execute("PRAGMA fullfsync = ON")


@dataclass(frozen=True)
class StoreHealth:
    """What the operator console shows about storage."""

    path: Path | None  # None for an in-memory store
    online: bool  # False while the database cannot be opened
    failed_writes: int  # attempts to write that failed since the kiosk started
    last_error: str  # "" when nothing has gone wrong
    last_error_at: datetime | None
    pending: int  # records waiting in memory for storage to come back
    dropped: int  # records given up on (memory cap reached, or a record the database refuses)
    free_bytes: int | None  # free space on the database's disk, when known
    moved_aside: tuple[Path, ...]  # corrupt files renamed out of the way

    @property
    def ok(self) -> bool:
        return self.online and self.pending == 0 and not self.last_error


@dataclass(frozen=True)
class _Write:
    sql: str
    params: tuple[object, ...]
    words: bool = False  # the lesson's words, not a visitor's record (not counted as waiting)


# ON CONFLICT (id) DO NOTHING rather than INSERT OR IGNORE: a retried record is a no-op, but a record
# that breaks a NOT NULL rule still fails loudly instead of vanishing.
_INSERT_VISIT = (
    "INSERT INTO visits (id, started_at, language, kiosk_name, event_label) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO NOTHING"
)
_INSERT_ANSWER = (
    "INSERT INTO answers (id, visit_id, lesson_id, question_id, question_hash, chosen, correct,"
    " seconds, answered_at, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
)
_INSERT_QUIZ = (
    "INSERT INTO quiz_results (id, visit_id, lesson_id, score, maximum, passed, finished_at,"
    " language) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
)
# Words are written once per version and never change: a copy already there is left as it is.
_INSERT_LESSON_WORDS = (
    "INSERT INTO lesson_words (lesson_id, language, title, first_shown) VALUES (?, ?, ?, ?)"
    " ON CONFLICT DO NOTHING"
)
_INSERT_QUESTION_WORDS = (
    "INSERT INTO question_words (lesson_id, question_id, question_hash, language, text, first_shown)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
)
_INSERT_CHOICE_WORDS = (
    "INSERT INTO choice_words (lesson_id, question_id, question_hash, language, choice_id, position, text,"
    " correct) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
)
#: the longest text kept for a title, question or choice (longer ones are cut, with an ellipsis)
MAX_WORDS = 1000
_END_VISIT = "UPDATE visits SET ended_at = ?, ended_how = ? WHERE id = ? AND ended_at IS NULL"
# From the running totals (schema m002), a few rows per question however many answers there are.
_CORRECT_RATE = (
    "SELECT total(answers), total(CASE WHEN correct THEN answers END) FROM answer_stats"
    " WHERE lesson_id = ? AND question_id = ?"
)
# The answers the rate leaves out: those since the start of the current hour (a few hundred at most,
# found through the time index; the totals above include them).
_RECENT_ANSWERS = (
    "SELECT count(*), total(correct) FROM answers INDEXED BY answers_by_time"
    " WHERE answered_at >= ? AND lesson_id = ? AND question_id = ?"
)

# SQLite result codes that mean the file itself is damaged (the low byte of extended codes).
_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _is_corruption(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _CORRUPT_CODES:
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


class ResultsStore:
    """Implements :class:`kiosk.journey.records.Recorder` on SQLite, with a retry queue in memory.

    Use it from one thread (the UI's): each record is one short transaction, committed before the
    call returns, which is what lets the journey show feedback only once the answer is safe.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        connect: Connect | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        retry_interval: float = 5.0,
        max_pending: int = 100_000,
        check: bool = True,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.path = Path(path) if path is not None else None
        self._connect_fn = connect or sqlite3.connect
        self._monotonic = monotonic
        self.retry_interval = retry_interval
        self._check = check
        self._clock = clock
        self._pending: deque[_Write] = deque(maxlen=max_pending)
        self._words_written: set[tuple[str, ...]] = set()  # versions recorded since the store opened
        self._later: list[_Write] = []  # words waiting to ride along with the next commit
        self._words_off = False  # the file has no words tables (a newer kiosk's, changed)
        self._db: Database | None = None
        self._next_attempt = float("-inf")
        self._failed_writes = 0
        self._dropped = 0
        self._last_error = ""
        self._last_error_at: datetime | None = None
        self._moved_aside: list[Path] = []
        self._memory_db: Database | None = Database(memory=True) if self.path is None else None

    @classmethod
    def open(cls, path: Path | str | None, **options: object) -> ResultsStore:
        """Open (creating if needed) the database at ``path``, or an in-memory one for ``None``.

        Never raises for storage trouble: an unusable file leaves the store offline, queueing in memory.
        """
        store = cls(Path(path) if path is not None else None, **options)  # type: ignore[arg-type]
        store._ensure_open()
        return store

    # -- the Recorder protocol ---------------------------------------------------------------

    def start_visit(
        self, *, visit_id: str, started_at: datetime, language: str, kiosk_name: str, event_label: str
    ) -> None:
        params = (visit_id, utc_text(started_at), language, kiosk_name, event_label)
        self._submit(_Write(_INSERT_VISIT, params))

    def record_answer(self, answer: AnswerRecord) -> None:
        self._submit(_Write(_INSERT_ANSWER, answer_params(answer)))

    def record_quiz_result(self, result: QuizResultRecord) -> None:
        self._submit(_Write(_INSERT_QUIZ, quiz_params(result)))

    def record_shown(self, shown: ShownQuestion) -> None:
        """Queue the words of a question version the first time this store sees it.

        Not committed on its own: the words go into the transaction of the next answer (or end of visit),
        so showing a question never waits for a disk flush. A version another kiosk run already wrote
        is left as it is (ON CONFLICT DO NOTHING).
        """
        key = (shown.lesson_id, shown.question_id, shown.question_hash, shown.language, shown.lesson_title)
        if self._words_off or key in self._words_written:
            return
        self._words_written.add(key)
        at = utc_text(shown.shown_at)
        lesson, question, version = shown.lesson_id, shown.question_id, shown.question_hash
        writes = [
            _Write(_INSERT_LESSON_WORDS, (lesson, shown.language, _cut(shown.lesson_title), at), True),
            _Write(
                _INSERT_QUESTION_WORDS,
                (lesson, question, version, shown.language, _cut(shown.text), at),
                True,
            ),
        ]
        writes += [
            _Write(
                _INSERT_CHOICE_WORDS,
                (lesson, question, version, shown.language, choice, position, _cut(text), int(bool(right))),
                True,
            )
            for position, (choice, text, right) in enumerate(shown.choices)
        ]
        self._later += writes

    def end_visit(self, visit_id: str, ended_at: datetime, how: VisitEnd) -> None:
        self._submit(_Write(_END_VISIT, (utc_text(ended_at), VisitEnd(how).value, visit_id)))

    def correct_rate(self, lesson_id: str, question_id: str) -> float | None:
        """The share of right answers to a question, in a form that cannot give one visitor away.

        Only answers from before the start of the current UTC hour count, so the figure does not move
        while a visitor is at the kiosk: someone who answers just before and just after them sees the
        same number. It is rounded to ``RATE_STEP`` and hidden below ``MIN_ANSWERS_FOR_RATE`` answers,
        so that when the hour turns, one answer among the hour's others rarely changes what is shown.
        """
        db = self._db
        if db is None:
            return None
        hour = utc_text(self._clock().astimezone(UTC).replace(minute=0, second=0, microsecond=0))
        try:
            count, right = db.execute(_CORRECT_RATE, (lesson_id, question_id)).fetchone()
            recent, recent_right = db.execute(_RECENT_ANSWERS, (hour, lesson_id, question_id)).fetchone()
        except sqlite3.Error as exc:
            self._note_error("reading a correct rate", exc, write=False)
            return None
        count, right = count - recent, right - recent_right
        if count < MIN_ANSWERS_FOR_RATE:
            return None
        steps = round(1 / RATE_STEP)
        return round(right / count * steps) / steps

    # -- for the operator console, the command line and tests --------------------------------

    @property
    def db(self) -> Database | None:
        """The open database, or None while storage is unavailable."""
        return self._db

    def flush(self) -> bool:
        """Try now to write what waits in memory; True when nothing is left waiting."""
        self._take_later()
        return self._flush(force=True)

    def health(self) -> StoreHealth:
        return StoreHealth(
            path=self.path,
            online=self._db is not None,
            failed_writes=self._failed_writes,
            last_error=self._last_error,
            last_error_at=self._last_error_at,
            pending=sum(1 for write in self._pending if not write.words),
            dropped=self._dropped,
            free_bytes=self._free_bytes(),
            moved_aside=tuple(self._moved_aside),
        )

    def backup(self, target: Path) -> None:
        """A consistent copy of the database at ``target`` (sqlite3's online backup API)."""
        self.flush()
        if self._db is None:
            raise OSError(f"the results database is not available: {self._last_error}")
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(target) as copy:
            self._db.conn.backup(copy)
        copy.close()

    def close(self) -> None:
        """Flush what can be flushed, checkpoint the WAL into the main file, and close."""
        self.flush()
        if self._db is not None and self.path is not None:
            try:
                self._db.execute("PRAGMA optimize")  # keeps the query planner's statistics fresh
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:
                log.warning("results store: checkpoint on close failed: %s", exc)
            self._db.close()
            self._db = None
        if self._pending:
            log.error("results store closed with %d records never written", len(self._pending))

    # -- internals ---------------------------------------------------------------------------

    def _submit(self, write: _Write) -> None:
        self._take_later()
        self._queue(write)
        self._flush(force=False)

    def _queue(self, write: _Write) -> None:
        if len(self._pending) == self._pending.maxlen:
            self._dropped += 1  # the deque drops the oldest; say so rather than hide it
            log.error("results store: memory queue full, oldest record dropped")
        self._pending.append(write)

    def _take_later(self) -> None:
        """Words shown since the last commit join the queue, to be written in the next transaction."""
        later, self._later = self._later, []
        for write in later:
            self._queue(write)

    def _flush(self, *, force: bool) -> bool:
        if not self._pending:
            return True
        if self._db is None:
            if not force and self._monotonic() < self._next_attempt:
                return False  # storage failed a moment ago: do not make the visitor wait on it again
            if not self._ensure_open():
                return False
        assert self._db is not None
        db = self._db
        batch = list(self._pending)
        try:
            with db.atomic():
                for write in batch:
                    db.conn.execute(write.sql, write.params)
        except (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError) as exc:
            # A record the database refuses would block every later one: write one at a time, drop it.
            self._note_error("writing results", exc)
            self._write_one_by_one(db, batch)
            return not self._pending
        except sqlite3.Error as exc:
            self._note_error("writing results", exc)
            self._drop_connection(exc)
            return False
        for _ in batch:
            self._pending.popleft()
        return not self._pending

    def _write_one_by_one(self, db: Database, batch: list[_Write]) -> None:
        for write in batch:
            try:
                with db.atomic():
                    db.conn.execute(write.sql, write.params)
            except (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError) as exc:
                self._dropped += 1
                # Counts and the error only: the record holds a visitor's lesson, question, choice,
                # right or wrong and timing, which have no place in a log.
                log.error(
                    "results store: dropped a record the database refuses (%d dropped so far,"
                    " %d waiting): %s",
                    self._dropped,
                    len(self._pending) - 1,
                    exc,
                )
            except sqlite3.Error as exc:
                self._note_error("writing results", exc)
                self._drop_connection(exc)
                return
            self._pending.popleft()

    def _ensure_open(self) -> bool:
        if self._db is not None:
            return True
        if self.path is None:
            assert self._memory_db is not None
            migrate(self._memory_db)
            self._db = self._memory_db
            return True
        self._next_attempt = self._monotonic() + self.retry_interval
        try:
            self._db = self._open_file()
        except RefusedDatabase as exc:
            # Another application's database (a wrong --database): never write kiosk tables into it,
            # never move it aside. The kiosk runs on, keeping answers in memory; the console says why.
            self._note_error(f"opening {self.path}", exc)
            return False
        except (sqlite3.Error, OSError) as exc:
            self._note_error(f"opening {self.path}", exc)
            if isinstance(exc, sqlite3.Error) and _is_corruption(exc):
                self._move_aside()
                try:
                    self._db = self._open_file()
                except (sqlite3.Error, OSError) as again:
                    self._note_error(f"opening a fresh {self.path}", again)
                    return False
            else:
                return False
        return True

    def _open_file(self) -> Database:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._connect_fn(str(self.path))
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if self._check:
                (verdict,) = conn.execute("PRAGMA quick_check(1)").fetchone()
                if verdict != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed: {verdict}")
            # Before any pragma that writes (journal_mode): another application's file stays untouched.
            info = read_schema(conn)
            apply_pragmas(conn)
            db = Database(conn)
            if info.unknown:
                log.warning(
                    "results store: %s was written by a newer kiosk (schema %s); recording into it anyway",
                    self.path,
                    printable(info.applied[-1]),
                )
                if not set(WORDS_TABLES) <= set(db.table_names()):
                    self._drop_words()  # words are a convenience: never let them block an answer
            else:
                migrate(db)
        except BaseException:
            conn.close()
            raise
        return db

    def _drop_words(self) -> None:
        """Stop recording words (a file without the words tables): queued ones are let go."""
        self._words_off = True
        self._later = []
        kept = [write for write in self._pending if not write.words]
        self._pending.clear()
        self._pending.extend(kept)

    def _drop_connection(self, exc: sqlite3.Error) -> None:
        if self.path is None:
            return  # an in-memory database is the data: never let go of it
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None
        self._next_attempt = self._monotonic() + self.retry_interval
        if _is_corruption(exc):
            self._move_aside()
            self._next_attempt = float("-inf")  # a fresh file can be tried straight away

    def _move_aside(self) -> None:
        """Rename the corrupt file (and its WAL and shared-memory files) with a UTC timestamp."""
        assert self.path is not None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        for suffix in ("", "-wal", "-shm"):
            source = self.path.with_name(self.path.name + suffix)
            if not source.exists():
                continue
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}{suffix}")
            try:
                source.rename(target)
            except OSError as exc:
                self._note_error(f"moving aside {source}", exc)
                continue
            if not suffix:
                self._moved_aside.append(target)
                log.error("results store: corrupt database moved aside to %s", target)

    def _note_error(self, doing: str, exc: BaseException, *, write: bool = True) -> None:
        if write:
            self._failed_writes += 1
        self._last_error = f"{doing}: {exc}"
        self._last_error_at = datetime.now(UTC)
        log.error("results store: %s failed (%d records waiting): %s", doing, len(self._pending), exc)

    def _free_bytes(self) -> int | None:
        if self.path is None:
            return None
        folder = self.path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            return None


#: the zero-width joiner inside emoji sequences (a family, a flag): kept, or the emoji falls apart
_ZWJ = "\u200d"


def _cut(text: str) -> str:
    """One line of at most MAX_WORDS characters, without control characters.

    Invisible format characters (the word joiners the screen glues Chinese text with, soft hyphens)
    are dropped, not made spaces: "怎\u2060么\u2060办" is stored "怎么办", never "怎 么 办". Nor is
    any other whitespace between two CJK characters kept (kiosk.results.cjk), as schema m007 and
    merging have it: the same words read the same whichever kiosk recorded them.
    """
    text = "".join(
        ch if ch.isprintable() or ch == _ZWJ else "" if unicodedata.category(ch) == "Cf" else " "
        for ch in text
    )
    text = close_cjk_gaps(" ".join(text.split()))
    return text if len(text) <= MAX_WORDS else text[: MAX_WORDS - 1] + "…"


def answer_params(answer: AnswerRecord) -> tuple[object, ...]:
    """An answer as the row the answers table stores, in column order."""
    return (
        answer.id,
        answer.visit_id,
        answer.lesson_id,
        answer.question_id,
        answer.question_hash,
        ",".join(sorted(answer.chosen)),
        int(bool(answer.correct)),
        round(float(answer.seconds), 3),
        utc_text(answer.answered_at),
        answer.language,
    )


def quiz_params(result: QuizResultRecord) -> tuple[object, ...]:
    return (
        result.id,
        result.visit_id,
        result.lesson_id,
        int(result.score),
        int(result.maximum),
        int(bool(result.passed)),
        utc_text(result.finished_at),
        result.language,
    )
