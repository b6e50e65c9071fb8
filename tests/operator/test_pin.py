"""PIN hashing: salted scrypt, constant-time verification, and the lockout policy with a fake clock."""

from __future__ import annotations

import logging

import pytest

from kiosk.operator.lockout import Lockout
from kiosk.operator.pin import PinError, check_new_pin, hash_pin, is_pin_hash, verify_pin
from tests.support.clock import FakeClock

CHEAP = {"n": 2**10}  # a cheap cost keeps the suite quick; one test uses the real default


def test_default_hash_verifies_and_hides_the_pin() -> None:
    stored = hash_pin("4821")
    assert stored.startswith("scrypt$32768$8$1$")
    assert "4821" not in stored
    assert verify_pin("4821", stored)
    assert not verify_pin("4822", stored)


def test_same_pin_gets_a_fresh_salt_each_time() -> None:
    first, second = hash_pin("123456", **CHEAP), hash_pin("123456", **CHEAP)
    assert first != second
    assert verify_pin("123456", first) and verify_pin("123456", second)


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "１２３４", "12 34"])
def test_unusable_pins_are_refused(pin: str) -> None:
    with pytest.raises(PinError):
        check_new_pin(pin)
    with pytest.raises(PinError):
        hash_pin(pin, **CHEAP)


def test_non_digit_guesses_never_match() -> None:
    stored = hash_pin("0000", **CHEAP)
    assert not verify_pin("", stored)
    assert not verify_pin("0000\n", stored)
    assert not verify_pin("0" * 100, stored)


@pytest.mark.parametrize(
    "stored", ["1234", "scrypt$x$8$1$aa$bb", "pbkdf2$1$2$3$4$5", "scrypt$1000$8$1$c2FsdHNhbHQ$AAAA"]
)
def test_a_clear_or_damaged_stored_pin_is_an_error_not_a_match(stored: str) -> None:
    assert not is_pin_hash(stored)
    with pytest.raises(PinError):
        verify_pin("1234", stored)


def test_five_wrong_pins_lock_for_a_minute_then_twice_as_long() -> None:
    clock = FakeClock(1000.0)
    lockout = Lockout(monotonic=clock)
    for tries_left in (4, 3, 2, 1):
        attempt = lockout.try_pin(lambda: False)
        assert not attempt.accepted and attempt.tries_left == tries_left and not lockout.locked
    fifth = lockout.try_pin(lambda: False)
    assert fifth.locked_for == 60 and lockout.locked
    # While locked, the PIN is not even checked: the right one is refused too.
    checked = []
    refused = lockout.try_pin(lambda: checked.append(1) or True)
    assert not refused.accepted and not checked and refused.locked_for == pytest.approx(60)
    clock.advance(59.5)
    assert lockout.locked and lockout.remaining() == pytest.approx(0.5)
    clock.advance(0.5)
    assert not lockout.locked
    for _ in range(4):
        lockout.try_pin(lambda: False)
    assert lockout.try_pin(lambda: False).locked_for == 120
    clock.advance(120)
    assert lockout.try_pin(lambda: True).accepted
    # Success forgives: the next lock is a minute again.
    for _ in range(5):
        last = lockout.try_pin(lambda: False)
    assert last.locked_for == 60


def test_wrong_attempts_are_logged_without_the_digits(caplog: pytest.LogCaptureFixture) -> None:
    stored = hash_pin("7391", **CHEAP)
    lockout = Lockout(monotonic=FakeClock(1000.0))
    with caplog.at_level(logging.INFO, logger="kiosk.operator"):
        for guess in ("1111", "2468", "9753", "8642", "5555", "7391"):
            lockout.try_pin(lambda guess=guess: verify_pin(guess, stored))
    text = caplog.text
    assert "wrong operator PIN" in text and "locked for 60 seconds" in text
    for digits in ("1111", "2468", "9753", "8642", "5555", "7391"):
        assert digits not in text


#: "2580" hashed with N=2**20, r=8 (1 GiB): a cost a later release, or another tool, may well choose
COSTLY = "scrypt$1048576$8$1$GVO1Jj29D14vLRiH6BLc-A$2eXYwy7HM7NCUqo-1bnwIXE17ONYnSkLgB7i0CU6b4I"


def test_a_stored_hash_with_a_larger_cost_verifies() -> None:
    # Was "maxmem must be positive": the limit asked of scrypt was twice the need, past 2**31-1.
    assert verify_pin("2580", COSTLY)


@pytest.mark.parametrize(
    "costs",
    ["2097152$8$1", "1024$1048576$1", "1024$8$1048576", f"{2**64}$8$1", "1048576$16$1", "65536$8$64"],
)
def test_absurd_costs_are_refused_without_trying(costs: str) -> None:
    salt_and_key = COSTLY.split("$", 4)[4]
    with pytest.raises(PinError, match="cost this kiosk does not run"):
        verify_pin("2580", f"scrypt${costs}${salt_and_key}")
    assert not is_pin_hash(f"scrypt${costs}${salt_and_key}")


def lock_it(lockout: Lockout) -> None:
    for _ in range(lockout.attempts):
        lockout.try_pin(lambda: False)


def test_the_lock_outlives_a_restart(tmp_path) -> None:  # noqa: ANN001
    # kiosk supervise restarts a crashed kiosk: the new process must find the pad still locked.
    clock, state = FakeClock(), tmp_path / "lockout.json"
    lock_it(Lockout(monotonic=clock, state=state, boot=lambda: "boot-1"))
    clock.advance(20)
    again = Lockout(monotonic=clock, state=state, boot=lambda: "boot-1")
    assert again.locked and again.remaining() == pytest.approx(40)
    assert not again.try_pin(lambda: True).accepted
    clock.advance(40)
    assert not again.locked
    # The count of locks survived too: the next lock lasts twice as long.
    lock_it(again)
    assert Lockout(monotonic=clock, state=state, boot=lambda: "boot-1").remaining() == pytest.approx(120)


def test_wrong_tries_are_counted_across_restarts(tmp_path) -> None:  # noqa: ANN001
    clock, state = FakeClock(), tmp_path / "lockout.json"
    first = Lockout(monotonic=clock, state=state, boot=lambda: "b")
    for _ in range(3):
        first.try_pin(lambda: False)
    second = Lockout(monotonic=clock, state=state, boot=lambda: "b")
    assert second.tries_left == 2
    second.try_pin(lambda: False)
    assert second.try_pin(lambda: False).locked_for == 60


def test_a_reboot_or_a_clock_change_never_ends_a_lock_early(tmp_path) -> None:  # noqa: ANN001
    clock, state = FakeClock(), tmp_path / "lockout.json"
    lock_it(Lockout(monotonic=clock, state=state, boot=lambda: "boot-1"))
    # After a reboot the monotonic clock starts near zero: the lock starts over in full.
    clock.seconds = 5.0
    rebooted = Lockout(monotonic=clock, state=state, boot=lambda: "boot-2")
    assert rebooted.remaining() == pytest.approx(60)
    # The wall clock plays no part: moving it a day ahead changes nothing.
    clock.seconds = 5.0
    assert Lockout(monotonic=clock, state=state, boot=lambda: "boot-2").locked


def test_success_clears_the_saved_lockout(tmp_path) -> None:  # noqa: ANN001
    clock, state = FakeClock(), tmp_path / "lockout.json"
    lockout = Lockout(monotonic=clock, state=state, boot=lambda: "b")
    lockout.try_pin(lambda: False)
    lockout.try_pin(lambda: True)
    fresh = Lockout(monotonic=clock, state=state, boot=lambda: "b")
    assert fresh.tries_left == fresh.attempts and not fresh.locked


@pytest.mark.parametrize(
    "content", ["", "{", '{"wrong": "x"}', "[]", '{"wrong":1,"locks":0,"boot":"b","until":NaN,"lock_s":NaN}']
)
def test_a_damaged_state_file_is_no_error(tmp_path, content: str) -> None:  # noqa: ANN001
    state = tmp_path / "lockout.json"
    state.write_text(content, encoding="utf-8")
    lockout = Lockout(monotonic=FakeClock(), state=state, boot=lambda: "b")
    lock_it(lockout)
    assert lockout.locked
