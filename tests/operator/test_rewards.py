"""Reward codes: forging and guessing refused, redeemed once, caps and stock that hold across a restart
and a clock set back, other events, expiry, and a book that knows nothing of the visit."""

from __future__ import annotations

import os
import random
import stat
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.journey.rewards import Achievement, RewardStatus
from kiosk.operator.booth import RewardRules
from kiosk.operator.rewards import (
    ALPHABET,
    CODE_LENGTH,
    RewardBook,
    Verdict,
    event_key,
    load_or_make_secret,
    make_code,
    normalise,
    parse_code,
)
from kiosk.results.schema import migrate

FULL = Achievement(challenge=True, score=8, maximum=8, passed=True)
SEVEN = Achievement(challenge=True, score=7, maximum=8, passed=True)
LESSON = Achievement(challenge=False, score=3, maximum=3, passed=True)
SECRET = b"s" * 32


class Day:
    """The kiosk's local day, as a test sets it (the wall clock, which may go back)."""

    def __init__(self, day: date = date(2026, 12, 7)) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def open_db(path: Path) -> Database:
    db = Database(path)
    migrate(db)
    return db


def book(
    db: Database, day: Day, event: str = "Expo 2026", secret: bytes = SECRET, **rules: object
) -> RewardBook:
    rules.setdefault("earn", "full_marks")
    return RewardBook(lambda: db, secret, RewardRules(**rules), event, today=day)  # type: ignore[arg-type]


def win(reward_book: RewardBook) -> str:
    outcome = reward_book.claim(FULL)
    assert outcome is not None and outcome.status is RewardStatus.WON, outcome
    return outcome.reward.code


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return open_db(tmp_path / "results.db")


def test_a_code_reads_aloud_and_parses_back() -> None:
    key = event_key(SECRET, "Expo")
    code = make_code(key, 1234)
    assert len(code) == CODE_LENGTH + 1 and code[4] == "-"
    assert set(code.replace("-", "")) <= set(ALPHABET)
    assert not set("01IO") & set(ALPHABET)
    assert parse_code(code)[0] == 1234
    assert parse_code(code.lower().replace("-", " ")) == parse_code(code)
    assert normalise(" k7mp-3qxa ") == "K7MP3QXA"
    assert parse_code("K7MP-3QX0") is None  # 0 is never in a code
    assert parse_code("K7M") is None


def test_what_earns_a_reward(db: Database) -> None:
    day = Day()
    assert book(db, day, earn="off").claim(FULL) is None
    full = book(db, day, earn="full_marks")
    assert full.claim(SEVEN) is None and full.claim(LESSON) is None
    passing = book(db, day, earn="pass")
    assert passing.claim(SEVEN).status is RewardStatus.WON
    assert passing.claim(Achievement(True, 2, 8, False)) is None
    assert passing.claim(LESSON) is None
    assert book(db, day, earn="lesson").claim(LESSON).status is RewardStatus.WON


def test_ten_thousand_random_codes_are_all_refused() -> None:
    db = Database(memory=True)
    migrate(db)
    day = Day()
    reward_book = book(db, day)
    issued = {win(reward_book) for _ in range(200)}
    rng = random.Random(20)
    tried = 0
    for _ in range(10_000):
        guess = "".join(rng.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if guess in {c.replace("-", "") for c in issued}:
            continue
        tried += 1
        assert reward_book.check(guess).verdict is Verdict.UNKNOWN
    assert tried >= 9_999


def test_a_forged_tag_for_a_real_serial_is_refused(db: Database) -> None:
    reward_book = book(db, Day())
    code = win(reward_book)
    serial = parse_code(code)[0]
    # The same serial under another secret (someone who read this source but not the install's secret).
    forged = make_code(event_key(b"x" * 32, "Expo 2026"), serial)
    assert forged != code
    assert reward_book.check(forged).verdict is Verdict.UNKNOWN
    # Every other tag for the serial, a sample of them: none but the real one passes.
    symbols = code.replace("-", "")
    for position in range(3, CODE_LENGTH):
        for ch in ALPHABET:
            changed = symbols[:position] + ch + symbols[position + 1 :]
            if changed != symbols:
                assert not reward_book.check(changed).verdict.accepted


def test_redeemed_once_and_only_once(db: Database) -> None:
    day = Day()
    reward_book = book(db, day)
    code = win(reward_book)
    assert reward_book.check(code).verdict is Verdict.VALID
    assert reward_book.redeem(code.lower()).verdict is Verdict.REDEEMED_NOW
    again = reward_book.redeem(code)
    assert again.verdict is Verdict.ALREADY_REDEEMED and again.redeemed == "2026-12-07"
    assert "already redeemed on 2026-12-07" in again.explain()
    # another process (the command line) sees it redeemed too
    other = book(open_db(Path(db.conn.execute("PRAGMA database_list").fetchone()[2])), day)
    assert other.redeem(code).verdict is Verdict.ALREADY_REDEEMED


def test_daily_cap_and_stock_hold_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    day = Day()
    first = book(open_db(path), day, daily_cap=3, stock=5)
    for _ in range(3):
        win(first)
    assert first.claim(FULL).status is RewardStatus.NONE_TODAY
    first._database().close()
    restarted = book(open_db(path), day, daily_cap=3, stock=5)
    assert restarted.claim(FULL).status is RewardStatus.NONE_TODAY
    day.day += timedelta(days=1)
    win(restarted)
    win(restarted)
    assert restarted.claim(FULL).status is RewardStatus.OUT_OF_STOCK
    again = book(open_db(path), day, daily_cap=3, stock=5)
    assert again.claim(FULL).status is RewardStatus.OUT_OF_STOCK
    status = again.status()
    assert (status.issued, status.stock_left, status.issued_today, status.cap_left_today) == (5, 0, 2, 1)
    assert [(d.day, d.issued) for d in status.days] == [("2026-12-07", 3), ("2026-12-08", 2)]


def test_setting_the_clock_back_reopens_neither_the_cap_nor_the_stock(db: Database) -> None:
    day = Day(date(2026, 12, 8))
    reward_book = book(db, day, daily_cap=2, stock=4)
    win(reward_book)
    win(reward_book)
    assert reward_book.claim(FULL).status is RewardStatus.NONE_TODAY
    day.day = date(2026, 12, 6)  # someone sets the clock back two days
    assert reward_book.claim(FULL).status is RewardStatus.NONE_TODAY
    status = reward_book.status()
    assert status.day == "2026-12-08" and status.clock_behind
    day.day = date(2026, 12, 9)
    win(reward_book)
    win(reward_book)
    day.day = date(2026, 12, 1)
    assert reward_book.claim(FULL).status is RewardStatus.OUT_OF_STOCK


def test_the_clock_set_back_does_not_revive_an_expired_code(db: Database) -> None:
    day = Day(date(2026, 12, 7))
    reward_book = book(db, day, valid_days=1)
    code = win(reward_book)
    assert reward_book.check(code).valid_until == "2026-12-07"
    day.day = date(2026, 12, 8)
    win(reward_book)  # a code of the new day: the book now holds 12-08
    expired = reward_book.redeem(code)
    assert expired.verdict is Verdict.EXPIRED and "valid until 2026-12-07" in expired.explain()
    day.day = date(2026, 12, 7)
    assert reward_book.redeem(code).verdict is Verdict.EXPIRED


def test_valid_for_several_days(db: Database) -> None:
    day = Day(date(2026, 12, 7))
    reward_book = book(db, day, valid_days=3)
    code = win(reward_book)
    day.day = date(2026, 12, 9)
    assert reward_book.check(code).verdict is Verdict.VALID
    day.day = date(2026, 12, 10)
    assert reward_book.check(code).verdict is Verdict.EXPIRED


def test_a_code_of_another_event_is_named_as_such(db: Database) -> None:
    day = Day()
    old = book(db, day, event="Library week")
    code = win(old)
    new = book(db, day, event="Expo 2026")
    found = new.redeem(code)
    assert found.verdict is Verdict.OTHER_EVENT and found.event == "Library week"
    assert old.check(code).verdict is Verdict.VALID  # still good at its own event


def test_a_code_from_another_install_is_unknown(db: Database, tmp_path: Path) -> None:
    day = Day()
    other_db = open_db(tmp_path / "other.db")
    code = win(book(other_db, day, secret=b"o" * 32))
    assert book(db, day).check(code).verdict is Verdict.UNKNOWN


def test_the_odds_of_a_draw(db: Database) -> None:
    rolls = iter([99, 10, 50, 49])
    reward_book = RewardBook(
        lambda: db,
        SECRET,
        RewardRules(earn="full_marks", chance=50),
        "Expo",
        today=Day(),
        randbelow=lambda n: next(rolls) if n == 100 else random.randrange(n),
    )
    statuses = [reward_book.claim(FULL).status for _ in range(4)]
    assert statuses == [RewardStatus.LOST_DRAW, RewardStatus.WON, RewardStatus.LOST_DRAW, RewardStatus.WON]
    assert reward_book.status().issued == 2  # a lost draw takes no stock


def test_serials_are_random_and_the_book_keeps_no_order_or_visit(db: Database) -> None:
    reward_book = book(db, Day())
    serials = [parse_code(win(reward_book))[0] for _ in range(30)]
    assert serials != sorted(serials)
    columns = {row[1] for row in db.execute("PRAGMA table_info(rewards)")}
    assert columns == {"event", "serial", "day", "state", "redeemed_day"}  # no visit, no time of day
    stored = [row[0] for row in db.execute("SELECT serial FROM rewards")]
    assert stored == sorted(stored)  # WITHOUT ROWID: kept in serial order, not in the order issued


def test_storage_trouble_gives_no_code_and_no_crash() -> None:
    reward_book = RewardBook(lambda: None, SECRET, RewardRules(earn="full_marks"), "Expo", today=Day())
    assert reward_book.claim(FULL).status is RewardStatus.UNAVAILABLE


def test_the_secret_is_made_once_and_kept_private(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "reward-secret.key"
    secret = load_or_make_secret(path)
    assert len(secret) == 32 and load_or_make_secret(path) == secret
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    path.write_bytes(b"short")
    with pytest.raises(OSError, match="damaged"):
        load_or_make_secret(path)


def test_booth_settings_are_saved_into_the_file_and_read_back(tmp_path) -> None:  # noqa: ANN001
    from kiosk.operator.booth import BoothConfig, ChallengeConfig, RewardRules, load_booth_config
    from kiosk.operator.booth_setup import save_booth_config

    path = tmp_path / "kiosk.toml"
    config = BoothConfig(
        ChallengeConfig(mode="only", questions=6, pass_mark=80),
        RewardRules(earn="pass", daily_cap=30, stock=200, chance=50, valid_days=2, event='Expo "day 2"'),
    )
    save_booth_config(path, config)  # no file yet: made
    assert load_booth_config(path) == (config, [])
    path.write_text(
        "# mine\n[printer]\nenabled = false\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8"
    )
    changed = BoothConfig(config.challenge, RewardRules(earn="off"))
    save_booth_config(path, changed)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# mine\n[printer]\nenabled = false\n") and text.count("[rewards]") == 1
    assert load_booth_config(path) == (changed, [])
