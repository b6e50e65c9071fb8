"""The kiosk's log file: it rotates, keeps tracebacks readable, and never holds a PIN or a visitor's trace."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import logs, paths

PIN = "4821"


@pytest.fixture
def log_to(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    handler = logs.setup_logging(tmp_path, level=logging.DEBUG, echo=False)
    assert handler is not None
    yield tmp_path / logs.LOG_NAME
    logs.close_logging(handler)
    root.setLevel(level)
    root.handlers[:] = handlers


def test_the_log_lives_in_the_user_log_dir() -> None:
    assert logs.log_file() == paths.log_dir() / "kiosk.log"


def test_pin_digits_never_reach_the_file(log_to: Path) -> None:
    logging.getLogger("kiosk.ui.admin.pin_pad").debug("digit %s pressed, entry now %s", "4", PIN)
    logging.getLogger("kiosk.ui.admin.pin_pad").info("entry %s", PIN[:2])
    logging.getLogger("kiosk.somewhere").warning("operator typed %s", PIN)
    logging.getLogger("kiosk.somewhere").warning(f"pin={PIN}!")  # an f-string, args already merged
    try:
        raise ValueError(f"cannot use PIN {PIN}")
    except ValueError:
        logging.getLogger("kiosk.somewhere").exception("PIN check failed")
    text = log_to.read_text(encoding="utf-8")
    assert PIN not in text and "entry ##" in text and "operator typed [redacted]" in text
    assert "PIN check failed" in text and "Traceback (most recent call last)" in text
    # The traceback still says where it happened: line numbers survive.
    assert ", line " in text and "test_logs.py" in text
    assert "digit # pressed" in text


def test_operator_counts_stay_readable(log_to: Path) -> None:
    logging.getLogger("kiosk.operator").warning(
        "wrong operator PIN entered (%d of %d before the pad locks)", 2, 5
    )
    assert "(2 of 5 before the pad locks)" in log_to.read_text(encoding="utf-8")


def test_visitor_ids_and_answers_never_reach_the_file(log_to: Path) -> None:
    visit_id = str(uuid.uuid4())
    logging.getLogger("kiosk.journey").info("visit %s started", visit_id)
    logging.getLogger("kiosk.ui").info("question q1 chosen=%s", ("a", "c"))
    text = log_to.read_text(encoding="utf-8")
    assert visit_id not in text and "visit [redacted] started" in text
    assert "chosen=" not in text


def test_a_second_handler_sees_the_same_clean_record(log_to: Path, caplog: pytest.LogCaptureFixture) -> None:
    logging.getLogger("kiosk.operator").warning("locked for %d seconds, typed %s", 30, PIN)
    text = log_to.read_text(encoding="utf-8")
    assert "locked for 30 seconds, typed ####" in text
    assert PIN not in text


def test_the_file_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    handler = logs.setup_logging(tmp_path, echo=False)
    try:
        for i in range(200):
            logging.getLogger("kiosk.test").info("line of filler text number %d", i)
    finally:
        logs.close_logging(handler)
        root.setLevel(level)
        root.handlers[:] = handlers
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names[:3] == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    assert len(names) == 1 + logs.BACKUPS
    assert all(p.stat().st_size <= 2_200 for p in tmp_path.iterdir())


def test_an_unwritable_log_dir_does_not_stop_the_kiosk(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        assert logs.setup_logging(blocker / "logs", echo=False) is None
        assert root.handlers == handlers
    finally:
        root.setLevel(level)
