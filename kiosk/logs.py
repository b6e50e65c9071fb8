"""The kiosk's log: a rotating file in the user log dir, scrubbed of PIN digits and visitor data.

Every record passes ``PrivacyFilter`` on its way to the file, whichever logger wrote it, so a careless
message in a later module still cannot put an operator's PIN or a visitor's trace on disk. No Qt here.
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kiosk import paths

LOG_NAME = "kiosk.log"
MAX_BYTES = 1_000_000  # a week of a busy booth fits in a few of these; old ones roll off
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[redacted]"

# A PIN is 4 to 8 digits (kiosk.operator.pin); any run of 4 or more digits could be one, so it goes.
# Traceback line numbers ('", line 1234, in f') are the one run we keep: they are how a crash is read.
_DIGIT_RUN = re.compile(r"\d{4,}")
# Visit and answer ids are UUIDs: they link answers to one visitor, so the log never holds one.
_UUID = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
# Loggers near the PIN pad: there even a single typed digit is a secret, so every digit in text goes.
_OPERATOR_LOGGERS = ("kiosk.operator", "kiosk.ui.admin")
_ANY_DIGIT = re.compile(r"\d")
# Words that only appear next to visitor answers; a record carrying them is dropped whole.
_VISITOR_MARKERS = ("chosen=", "selection=", "answers=")


def _scrub_digit_runs(text: str) -> str:
    def keep_line_numbers(match: re.Match[str]) -> str:
        start = match.start()
        return match.group(0) if text[max(0, start - 5) : start] == "line " else REDACTED

    return _DIGIT_RUN.sub(keep_line_numbers, text)


def redact(text: str, *, operator: bool = False) -> str:
    """``text`` with every possible PIN and visitor id replaced; ``operator`` also hides single digits."""
    text = _UUID.sub(REDACTED, text)
    if operator:
        return _ANY_DIGIT.sub("#", text)
    return _scrub_digit_runs(text)


class PrivacyFilter(logging.Filter):
    """Rewrites each record's message (and traceback text) so no PIN digits or visitor data remain."""

    def filter(self, record: logging.LogRecord) -> bool:
        verdict = getattr(record, "_kiosk_privacy", None)
        if verdict is not None:
            return verdict  # a second handler: already decided, and scrubbing twice would eat counts
        record._kiosk_privacy = False
        operator = record.name.startswith(_OPERATOR_LOGGERS)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not take the kiosk down with it
            message = str(record.msg)
        if any(marker in message for marker in _VISITOR_MARKERS):
            return False
        if operator:
            # Counts passed as numbers (wrong attempts, lock seconds) are safe; anything typed is text.
            message = _redact_operator(record)
        record.msg, record.args = redact(message, operator=False), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, operator=operator)
        record.exc_info = None  # the scrubbed exc_text is what the formatter prints
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._kiosk_privacy = True
        return True


def _redact_operator(record: logging.LogRecord) -> str:
    args = record.args
    if isinstance(args, tuple):
        safe = tuple(a if isinstance(a, int | float) else redact(str(a), operator=True) for a in args)
        template = redact(str(record.msg), operator=True)
        try:
            return template % safe if safe else template
        except (TypeError, ValueError):
            pass
    return redact(record.getMessage(), operator=True)


def log_file(directory: Path | None = None, name: str = LOG_NAME) -> Path:
    return (directory or paths.log_dir()) / name


def setup_logging(
    directory: Path | None = None, *, name: str = LOG_NAME, level: int = logging.INFO, echo: bool = True
) -> RotatingFileHandler | None:
    """Send the root logger to the rotating file (and warnings to stderr); returns the file handler.

    The supervisor passes its own ``name``: two processes must not rotate one file under each other.
    A log dir that cannot be written (read-only profile, full disk) must not stop the kiosk: the
    records then go to stderr only and the handler returned is None.
    """
    root = logging.getLogger()
    root.setLevel(level)
    privacy = PrivacyFilter()
    handler: RotatingFileHandler | None = None
    try:
        target = log_file(directory, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        print(f"kiosk: cannot write the log file: {exc}", file=sys.stderr)
    if handler is not None:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(privacy)
        root.addHandler(handler)
    for existing in root.handlers:
        # The console too (under systemd it ends up in the journal, which is a log on disk).
        console_stream = getattr(existing, "stream", None) in (sys.stderr, sys.stdout)
        if console_stream and not any(isinstance(f, PrivacyFilter) for f in existing.filters):
            existing.addFilter(privacy)
    if echo and not any(getattr(h, "_kiosk_echo", False) for h in root.handlers):
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("kiosk: %(levelname)s: %(message)s"))
        console.addFilter(privacy)
        console._kiosk_echo = True  # type: ignore[attr-defined]
        root.addHandler(console)
    return handler


def close_logging(handler: logging.Handler | None) -> None:
    """Detach and close a handler from ``setup_logging`` (tests, and the end of a run)."""
    if handler is None:
        return
    logging.getLogger().removeHandler(handler)
    handler.close()
