"""How strong a made-up password is, by zxcvbn (Dropbox's estimator): its guesses, a 0-4 score, the
time a stolen-list attack would take, and zxcvbn's advice as its own English sentences (the screen
translates them). No Qt here, and nothing kept: the password is passed in and forgotten.

The time assumes what zxcvbn calls a slow-hash offline attack (10,000 guesses a second): a site's
password list was stolen, and stored as well as it should be. It is the figure that best tells a
weak password from a strong one; badly stored lists fall far faster, which the screen says.
"""

from __future__ import annotations

from dataclasses import dataclass

#: the longest password estimated (the field takes no more): NIST asks sites to take at least 64
MAX_LENGTH = 64
#: guesses a second in the attack the time is given for (zxcvbn's offline slow hashing)
GUESSES_PER_SECOND = 1e4


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (too guessable) to 4 (very unguessable), zxcvbn's scale
    guesses: float
    seconds: float  # to guess it at GUESSES_PER_SECOND
    warning: str  # zxcvbn's English warning, "" if none
    suggestions: tuple[str, ...]  # zxcvbn's English suggestions


def estimate(password: str) -> Strength:
    """zxcvbn's estimate for ``password`` (cut at ``MAX_LENGTH``)."""
    from zxcvbn import zxcvbn  # its word lists load on first use, not when the kiosk starts

    result = zxcvbn(password[:MAX_LENGTH])
    feedback = result.get("feedback") or {}
    guesses = float(result["guesses"])
    return Strength(
        score=int(result["score"]),
        guesses=guesses,
        seconds=guesses / GUESSES_PER_SECOND,
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
    )


#: (unit, seconds in it) from the largest; a time of 100 years or more is "centuries"
UNITS = (
    ("years", 365.25 * 86400),
    ("months", 30.44 * 86400),
    ("days", 86400.0),
    ("hours", 3600.0),
    ("minutes", 60.0),
    ("seconds", 1.0),
)


def plain_time(seconds: float) -> tuple[str, int]:
    """A time as (unit, whole count) for words: ("instant", 0), ("hours", 3), ("centuries", 0)."""
    if seconds < 1:
        return "instant", 0
    if seconds >= 100 * UNITS[0][1]:
        return "centuries", 0
    for unit, size in UNITS:
        if seconds >= size:
            return unit, max(1, round(seconds / size))
    return "seconds", 1  # pragma: no cover - seconds >= 1 always matches a unit
