"""Operator PINs, stored only as salted scrypt hashes and compared in constant time.

The stored text carries its own cost parameters (``scrypt$N$r$p$salt$hash``), so a later release can
raise the cost without breaking PINs set before it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

#: scrypt cost: N=2**15, r=8 needs 32 MiB and about a tenth of a second per try on a classroom PC,
#: which a person at the pad never notices but which makes guessing from a stolen config file slow.
N, R, P = 2**15, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_DIGITS, MAX_DIGITS = 4, 8
#: the most a stored hash may ask of one check: 1 GiB of memory (N=2**20, r=8 is exactly that) and
#: N*r*p = 2**24 (a few seconds on a classroom PC); a hash asking more is refused, not tried
MAX_MEMORY = 2**30 + 2**20
MAX_WORK = 2**24
_SCHEME = "scrypt"


class PinError(ValueError):
    """A PIN that cannot be used (wrong length, not digits) or a stored hash that cannot be read."""


def check_new_pin(pin: str) -> None:
    """Raise PinError unless ``pin`` is 4 to 8 digits (what the pad can type)."""
    if not pin.isascii() or not pin.isdigit():
        raise PinError("a PIN is made of the digits 0 to 9 only")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"a PIN has {MIN_DIGITS} to {MAX_DIGITS} digits")


def scrypt_memory(n: int, r: int, p: int) -> int:
    """Bytes scrypt needs for these costs (OpenSSL counts 128*r*(N+2) for V and 128*r*p for B)."""
    return 128 * r * (n + 2 + p)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # maxmem: what these costs need and a little more. OpenSSL's default (32 MiB) is too small even for
    # N=2**15, and Python refuses any maxmem past 2**31-1, so it is fitted to the costs, not doubled.
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=scrypt_memory(n, r, p) + 2**20,
        dklen=KEY_BYTES,
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_pin(pin: str, *, n: int = N, r: int = R, p: int = P) -> str:
    """The text to store for ``pin``: scheme, cost, a fresh random salt and the derived key."""
    check_new_pin(pin)
    if scrypt_memory(n, r, p) > MAX_MEMORY or n * r * p > MAX_WORK:
        raise PinError(f"scrypt costs N={n}, r={r}, p={p} are more than the kiosk allows")
    salt = secrets.token_bytes(SALT_BYTES)
    return f"{_SCHEME}${n}${r}${p}${_b64(salt)}${_b64(_derive(pin, salt, n, r, p))}"


def is_pin_hash(stored: str) -> bool:
    """True when ``stored`` looks like something ``hash_pin`` wrote (and not, say, a PIN in clear)."""
    try:
        _parse(stored)
    except PinError:
        return False
    return True


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != _SCHEME:
        raise PinError("the stored PIN is not a scrypt hash; set it again with 'kiosk set-pin'")
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, key = _unb64(parts[4]), _unb64(parts[5])
    except ValueError as exc:
        raise PinError(f"the stored PIN hash is damaged ({exc}); set it again with 'kiosk set-pin'") from None
    if n < 2 or n & (n - 1) or r < 1 or p < 1 or len(salt) < 8 or len(key) != KEY_BYTES:
        raise PinError("the stored PIN hash has impossible parameters; set it again with 'kiosk set-pin'")
    if scrypt_memory(n, r, p) > MAX_MEMORY or n * r * p > MAX_WORK:
        raise PinError(
            f"the stored PIN hash asks for a cost this kiosk does not run (N={n}, r={r}, p={p}: at most "
            f"{MAX_MEMORY // 2**20} MiB and N*r*p {MAX_WORK}); set it again with 'kiosk set-pin'"
        )
    return n, r, p, salt, key


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` is the PIN ``stored`` was made from. The comparison takes the same time either way."""
    n, r, p, salt, key = _parse(stored)
    if not pin.isascii() or not pin.isdigit() or len(pin) > 64:
        return False
    return hmac.compare_digest(_derive(pin, salt, n, r, p), key)
