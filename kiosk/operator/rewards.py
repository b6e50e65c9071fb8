"""Anonymous reward codes: made, checked and redeemed once, without ever touching a visitor's answers.

A code is 8 symbols from an alphabet without look-alikes (no 0/O, no 1/I), shown as two groups of four
("K7MP-3QXA"). Its 40 bits hold a 15-bit serial, drawn at random among those the event has not used,
and a 25-bit tag: the start of HMAC-SHA256 over the serial, keyed by a key for the event, itself an
HMAC of the event's name under a secret made once per install (``reward-secret.key``, next to the
settings, readable by its owner only). Without the secret nobody can make a code the kiosk accepts:
a made-up code for a serial in use is right 1 time in 2^25 (33 million), and a random code 1 time in
2^40 (10^12) for each code still unredeemed. Every guess has to be typed in front of the operator.

The reward book (the ``rewards`` table of the results database, schema m006) keeps each code's event,
serial, issue day, state and redemption day: nothing about the visit or its answers, no time of day.
Days are the kiosk's local days and never go back: the day counted is the later of the clock's day and
the latest day in the book, so setting the clock back neither reopens a day's cap nor revives an
expired code. Stock and caps are counted from the book itself, so a restart changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.journey.rewards import Achievement, Reward, RewardOutcome, RewardStatus
from kiosk.operator.booth import RewardRules

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 symbols, 5 bits each; no 0, O, 1 or I
CODE_LENGTH = 8
SERIAL_BITS = 15
TAG_BITS = CODE_LENGTH * 5 - SERIAL_BITS
MAX_SERIAL = (1 << SERIAL_BITS) - 1  # serial 0 is never used
SECRET_FILE = "reward-secret.key"
SECRET_BYTES = 32
ISSUED, REDEEMED = "issued", "redeemed"


# -- the secret and the codes ---------------------------------------------------------------------------


def load_or_make_secret(path: Path) -> bytes:
    """The install's secret at ``path``, made on first use (random, readable by its owner only)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            return load_or_make_secret(path)  # another process made it a moment ago
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(SECRET_BYTES))
            handle.flush()
            os.fsync(handle.fileno())
        log.info("made a new reward secret at %s", path)
        data = path.read_bytes()
    if len(data) < 16:
        raise OSError(f"{path}: the reward secret is damaged (too short); codes cannot be made or checked")
    return data


def event_key(secret: bytes, event: str) -> bytes:
    """The key of one event's codes: codes of one event are worthless at another."""
    return hmac.new(secret, b"cyber-kiosk reward event\x00" + event.encode("utf-8"), hashlib.sha256).digest()


def _tag(key: bytes, serial: int) -> int:
    digest = hmac.new(key, b"serial\x00" + serial.to_bytes(4, "big"), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") >> (64 - TAG_BITS)


def make_code(key: bytes, serial: int) -> str:
    """The code for ``serial`` under ``key``, grouped for reading aloud ("K7MP-3QXA")."""
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial {serial} is out of range")
    value = serial << TAG_BITS | _tag(key, serial)
    symbols = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH)))
    return f"{symbols[:4]}-{symbols[4:]}"


def normalise(text: str) -> str:
    """What was typed, without spaces or dashes, in capitals ("k7mp 3qxa" -> "K7MP3QXA")."""
    return "".join(ch for ch in text.upper() if ch not in " -–—_\t")


def parse_code(text: str) -> tuple[int, int] | None:
    """(serial, tag) of a typed code, or None when it cannot be a code at all."""
    symbols = normalise(text)
    if len(symbols) != CODE_LENGTH or any(ch not in ALPHABET for ch in symbols):
        return None
    value = 0
    for ch in symbols:
        value = value << 5 | ALPHABET.index(ch)
    serial, tag = value >> TAG_BITS, value & ((1 << TAG_BITS) - 1)
    return (serial, tag) if serial else None


def code_matches(key: bytes, serial: int, tag: int) -> bool:
    return hmac.compare_digest(_tag(key, serial).to_bytes(4, "big"), tag.to_bytes(4, "big"))


# -- checking and redeeming -------------------------------------------------------------------------------


class Verdict(StrEnum):
    VALID = "valid"  # genuine, issued, not yet redeemed (check)
    REDEEMED_NOW = "redeemed_now"  # redeem: done, hand over the gift
    MALFORMED = "malformed"  # not 8 symbols of the alphabet: a typo
    UNKNOWN = "unknown"  # not a code this kiosk issued (forged, mistyped, or another kiosk's)
    ALREADY_REDEEMED = "already_redeemed"
    OTHER_EVENT = "other_event"
    EXPIRED = "expired"

    @property
    def accepted(self) -> bool:
        return self in (Verdict.VALID, Verdict.REDEEMED_NOW)


@dataclass(frozen=True)
class CodeCheck:
    verdict: Verdict
    code: str = ""  # the code as the kiosk writes it, when it parsed
    event: str = ""  # the event it belongs to, when genuine
    issued: str = ""  # the day it was issued (YYYY-MM-DD)
    redeemed: str = ""  # the day it was redeemed, if it was
    valid_until: str = ""  # the last day it can be redeemed, if it expires

    def explain(self) -> str:
        """One line for the command line and the log (the console says it in the visitor's words)."""
        code = self.code or "the code"
        if self.verdict is Verdict.VALID:
            until = f", valid until {self.valid_until}" if self.valid_until else ""
            return f"{code} is valid: issued {self.issued} for {self.event or '(no event)'!s}{until}"
        if self.verdict is Verdict.REDEEMED_NOW:
            return f"{code} redeemed: hand over the reward"
        if self.verdict is Verdict.MALFORMED:
            return f"not a reward code: a code is {CODE_LENGTH} letters and digits like K7MP-3QXA (no 0, 1, I or O)"
        if self.verdict is Verdict.UNKNOWN:
            return f"{code} is unknown: this kiosk never issued it (check the typing)"
        if self.verdict is Verdict.ALREADY_REDEEMED:
            return f"{code} was already redeemed on {self.redeemed}"
        if self.verdict is Verdict.OTHER_EVENT:
            return f"{code} belongs to another event ({self.event or '(no event)'}), not this one"
        return f"{code} has expired: it was valid until {self.valid_until}"


@dataclass(frozen=True)
class DayCount:
    day: str
    issued: int
    redeemed: int


@dataclass(frozen=True)
class BookStatus:
    event: str
    day: str  # the day rewards count on now
    clock_day: str  # the day the clock says (earlier than ``day`` if the clock went back)
    days: tuple[DayCount, ...]  # this event's days, oldest first
    issued: int  # this event, all days
    redeemed: int
    issued_today: int
    stock_left: int | None  # None: no stock limit
    cap_left_today: int | None  # None: no daily cap

    @property
    def clock_behind(self) -> bool:
        return self.clock_day < self.day


class RewardBook:
    """Hands out codes by the operator's rules (a ``RewardDesk`` for the journey), checks and redeems them.

    ``database`` gives the open results database (None while storage is unavailable); ``today`` the
    kiosk's local day by the clock.
    """

    def __init__(
        self,
        database: Callable[[], Database | None],
        secret: bytes,
        rules: RewardRules,
        event: str,
        *,
        today: Callable[[], date] = date.today,
        randbelow: Callable[[int], int] = secrets.randbelow,
    ) -> None:
        self._database = database
        self._secret = secret
        self.rules = rules
        self.event = event
        self._today = today
        self._randbelow = randbelow
        self._key = event_key(secret, event)

    # -- the journey's RewardDesk ----------------------------------------------------------------------

    def earns(self, achievement: Achievement) -> bool:
        earn = self.rules.earn
        if earn == "full_marks":
            return achievement.challenge and achievement.full_marks
        if earn == "pass":
            return achievement.challenge and achievement.passed
        return earn == "lesson"

    def claim(self, achievement: Achievement) -> RewardOutcome | None:
        if not self.rules.on or not self.earns(achievement):
            return None
        db = self._database()
        if db is None:
            return RewardOutcome(RewardStatus.UNAVAILABLE)
        try:
            with _immediate(db):
                return self._claim(db)
        except sqlite3.Error as exc:
            log.error("rewards: the reward book cannot be written: %s", exc)
            return RewardOutcome(RewardStatus.UNAVAILABLE)

    def _claim(self, db: Database) -> RewardOutcome:
        day = self._day(db)
        issued = _one(db, "SELECT count(*) FROM rewards WHERE event = ?", self.event)
        stock = self.rules.stock or MAX_SERIAL
        if issued >= min(stock, MAX_SERIAL):
            return RewardOutcome(RewardStatus.OUT_OF_STOCK)
        cap = self.rules.daily_cap
        if (
            cap
            and _one(db, "SELECT count(*) FROM rewards WHERE event = ? AND day = ?", self.event, day) >= cap
        ):
            return RewardOutcome(RewardStatus.NONE_TODAY)
        if self.rules.chance < 100 and self._randbelow(100) >= self.rules.chance:
            return RewardOutcome(RewardStatus.LOST_DRAW)
        serial = self._free_serial(db, issued)
        db.execute(
            "INSERT INTO rewards (event, serial, day, state) VALUES (?, ?, ?, ?)",
            [self.event, serial, day, ISSUED],
        )
        return RewardOutcome(
            RewardStatus.WON, Reward(make_code(self._key, serial), self.event, self._until(day))
        )

    def _free_serial(self, db: Database, issued: int) -> int:
        """A random serial the event has not used (its order says nothing about who came when)."""
        while True:
            if issued < MAX_SERIAL // 2:
                serial = 1 + self._randbelow(MAX_SERIAL)
                if not _one(
                    db, "SELECT count(*) FROM rewards WHERE event = ? AND serial = ?", self.event, serial
                ):
                    return serial
                continue
            used = {row[0] for row in db.execute("SELECT serial FROM rewards WHERE event = ?", [self.event])}
            free = [s for s in range(1, MAX_SERIAL + 1) if s not in used]
            return free[self._randbelow(len(free))]

    # -- checking and redeeming -------------------------------------------------------------------------

    def check(self, text: str) -> CodeCheck:
        db = self._need_db()
        return self._check(db, text)

    def redeem(self, text: str) -> CodeCheck:
        """Redeem the code once: a second redemption, anywhere, is refused with the first one's day."""
        db = self._need_db()
        with _immediate(db):
            found = self._check(db, text)
            if found.verdict is not Verdict.VALID:
                return found
            day = self._day(db)
            serial = parse_code(text)[0]  # type: ignore[index]
            changed = db.execute(
                "UPDATE rewards SET state = ?, redeemed_day = ? WHERE event = ? AND serial = ? AND state = ?",
                [REDEEMED, day, self.event, serial, ISSUED],
            ).rowcount
            if changed != 1:
                return self._check(db, text)
            return CodeCheck(
                Verdict.REDEEMED_NOW, found.code, found.event, found.issued, day, found.valid_until
            )

    def _check(self, db: Database, text: str) -> CodeCheck:
        parsed = parse_code(text)
        if parsed is None:
            return CodeCheck(Verdict.MALFORMED)
        serial, tag = parsed
        code = make_code(self._key, serial) if code_matches(self._key, serial, tag) else ""
        if not code:
            # Genuine for another event this kiosk knows? Then say so rather than "unknown".
            for (event,) in db.execute("SELECT DISTINCT event FROM rewards WHERE event != ?", [self.event]):
                key = event_key(self._secret, event)
                if code_matches(key, serial, tag):
                    row = _row(db, event, serial)
                    if row is not None:
                        return CodeCheck(Verdict.OTHER_EVENT, make_code(key, serial), event, row[0])
            return CodeCheck(Verdict.UNKNOWN, _display(text))
        row = _row(db, self.event, serial)
        if row is None:
            return CodeCheck(Verdict.UNKNOWN, code)
        issued, state, redeemed = row
        until = self._until(issued)
        found = CodeCheck(
            Verdict.VALID, code, self.event, issued, redeemed or "", until.isoformat() if until else ""
        )
        if state == REDEEMED:
            return _with(found, Verdict.ALREADY_REDEEMED)
        if until is not None and self._day(db) > until.isoformat():
            return _with(found, Verdict.EXPIRED)
        return found

    # -- what the console and the summary show ------------------------------------------------------------

    def status(self) -> BookStatus:
        db = self._need_db()
        return book_status(db, self.event, self.rules, self._today())

    # -- internals -----------------------------------------------------------------------------------------

    def _need_db(self) -> Database:
        db = self._database()
        if db is None:
            raise OSError("the results database is not available")
        return db

    def _day(self, db: Database) -> str:
        return counting_day(db, self._today())

    def _until(self, issued: str | date) -> date | None:
        if not self.rules.valid_days:
            return None
        day = issued if isinstance(issued, date) else date.fromisoformat(issued)
        return day + timedelta(days=self.rules.valid_days - 1)


def counting_day(db: Database, clock_day: date) -> str:
    """The day rewards count on: the clock's, unless the book already holds a later one."""
    latest = db.execute("SELECT max(max(day), ifnull(max(redeemed_day), '')) FROM rewards").fetchone()[0]
    today = clock_day.isoformat()
    return max(today, latest or "")


def book_status(db: Database, event: str, rules: RewardRules, clock_day: date) -> BookStatus:
    day = counting_day(db, clock_day)
    issued_by_day = dict(
        db.execute("SELECT day, count(*) FROM rewards WHERE event = ? GROUP BY day", [event]).fetchall()
    )
    redeemed_by_day = dict(
        db.execute(
            "SELECT redeemed_day, count(*) FROM rewards WHERE event = ? AND state = ? GROUP BY redeemed_day",
            [event, REDEEMED],
        ).fetchall()
    )
    days = tuple(
        DayCount(d, issued_by_day.get(d, 0), redeemed_by_day.get(d, 0))
        for d in sorted(set(issued_by_day) | set(redeemed_by_day))
    )
    issued = sum(issued_by_day.values())
    today = issued_by_day.get(day, 0)
    stock_left = max(0, rules.stock - issued) if rules.stock else None
    cap_left = max(0, rules.daily_cap - today) if rules.daily_cap else None
    return BookStatus(
        event,
        day,
        clock_day.isoformat(),
        days,
        issued,
        sum(redeemed_by_day.values()),
        today,
        stock_left,
        cap_left,
    )


def has_reward_book(db: Database) -> bool:
    return "rewards" in db.table_names()


def _one(db: Database, sql: str, *params: object) -> int:
    return int(db.execute(sql, list(params)).fetchone()[0])


def _row(db: Database, event: str, serial: int) -> tuple[str, str, str | None] | None:
    return db.execute(
        "SELECT day, state, redeemed_day FROM rewards WHERE event = ? AND serial = ?", [event, serial]
    ).fetchone()


def _with(found: CodeCheck, verdict: Verdict) -> CodeCheck:
    return CodeCheck(verdict, found.code, found.event, found.issued, found.redeemed, found.valid_until)


def _display(text: str) -> str:
    symbols = normalise(text)
    return f"{symbols[:4]}-{symbols[4:]}"


@contextlib.contextmanager
def _immediate(db: Database) -> Iterator[None]:
    """One write transaction, taken before reading: two processes (the kiosk and ``kiosk rewards``)
    cannot both count the same last gift or redeem the same code."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.execute("COMMIT")
