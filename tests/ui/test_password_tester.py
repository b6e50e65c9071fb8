"""The password tester exhibit: the meter and its words, and that what is typed leaves no trace.

The no-trace tests type a marker on the on-screen keys of a real kiosk window recording into a real
results file, with the log going to a real file, then leave the page, reset the visit or crash the
kiosk: the marker must be gone from every widget, the database files and the log.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk import logs
from kiosk.journey import Screen
from kiosk.results.store import ResultsStore
from kiosk.ui import crash
from kiosk.ui.exhibits import password_tester, strength
from kiosk.ui.exhibits.password_tester import ADVICE, PasswordTester
from kiosk.ui.window import MainWindow
from tests.robustness.driver import build_window, close_window, open_card, tap, widget_texts

MARKER = "quokka7zebra9marker"

LESSON = """---
title: Passwords
---
# Read first

Some words.

---

# Try it

Make one up.

::: password-tester

---

# Last page

More words.
"""
QUIZ = "## A question {#q}\n\n- [x] Right\n- [ ] Wrong\n"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    handler = logs.setup_logging(tmp_path / "logs", echo=False)
    yield tmp_path / "logs" / logs.LOG_NAME
    logs.close_logging(handler)
    root.setLevel(level)
    root.handlers[:] = handlers


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ResultsStore]:
    store = ResultsStore.open(tmp_path / "results.sqlite")
    yield store
    store.close()


@pytest.fixture
def window(qtbot, tmp_path: Path, store: ResultsStore) -> Iterator[MainWindow]:  # noqa: ANN001
    pack = tmp_path / "pack"
    (pack / "tester").mkdir(parents=True)
    (pack / "tester" / "lesson.md").write_text(LESSON, encoding="utf-8")
    (pack / "tester" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    window = build_window(pack, store, kiosk=False, size=(800, 800))
    yield window
    close_window(window)


def open_tester(window: MainWindow) -> PasswordTester:
    tap(window.router.attract.start_button)
    open_card(window, "tester")
    window.router.opener.finish()
    QCoreApplication.processEvents()
    assert window.journey.screen is Screen.READER
    tap(window.router.reader.next_button)
    tester = window.router.reader.exhibit("password-tester")
    assert isinstance(tester, PasswordTester) and tester.isVisible()
    return tester


def type_on_keys(tester: PasswordTester, text: str) -> None:
    for char in text:
        tap(tester.keyboard.keys[char])


def traces(window: MainWindow) -> list[str]:
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        texts = widget_texts(widget)
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        found += [type(widget).__name__ for text in texts if MARKER in text]
    return found


def files_holding_marker(*paths: Path) -> list[str]:
    held = []
    for folder in paths:
        for path in folder.rglob("*") if folder.is_dir() else [folder]:
            if path.is_file() and MARKER.encode() in path.read_bytes():
                held.append(str(path))
    return held


def test_typing_on_the_keys_fills_the_field_and_the_meter(window: MainWindow) -> None:
    tester = open_tester(window)
    type_on_keys(tester, "sunshine2024")
    tester.finish()  # the estimate runs on a worker thread
    assert tester.field.text() == "sunshine2024"
    assert tester.meter.value() in (1, 2) and "Strength:" in tester.verdict.text()
    assert "would take" in tester.time.text() and tester.advice.text()
    tester.try_example(3)  # five random words
    tester.finish()
    assert tester.meter.value() == 5 and "centuries" in tester.time.text()


def test_shift_makes_one_capital_and_the_field_takes_64_characters(window: MainWindow) -> None:
    tester = open_tester(window)
    tap(tester.keyboard.shift)
    type_on_keys(tester, "ab")
    assert tester.field.text() == "Ab"
    type_on_keys(tester, "x" * 80)
    assert len(tester.field.text()) == strength.MAX_LENGTH


def test_leaving_the_page_wipes_what_was_typed_and_its_undo(window: MainWindow) -> None:
    tester = open_tester(window)
    type_on_keys(tester, MARKER)
    assert tester.field.text() == MARKER and traces(window)
    tap(window.router.reader.next_button)  # the page after
    assert not traces(window) and tester.field.text() == "" and not tester.field.isUndoAvailable()
    tap(window.router.reader.back_button)
    assert window.router.reader.exhibit("password-tester") is tester and tester.field.text() == ""


def test_the_idle_reset_wipes_it_and_nothing_reaches_the_database_or_the_log(
    window: MainWindow, store: ResultsStore, log_file: Path, tmp_path: Path
) -> None:
    tester = open_tester(window)
    type_on_keys(tester, MARKER)
    window.router.reader.back_button.click()  # a page turn and back: an ordinary visit
    window.journey.next_page()
    window.router.sync()
    type_on_keys(tester, MARKER)
    window.journey.idle_reset()
    window.router.sync()
    store.flush()
    assert window.journey.screen is Screen.ATTRACT
    assert not traces(window)
    assert files_holding_marker(tmp_path / "logs", tmp_path / "results.sqlite") == []
    for suffix in ("-wal", "-journal"):
        extra = tmp_path / f"results.sqlite{suffix}"
        if extra.exists():
            assert MARKER.encode() not in extra.read_bytes()


@pytest.mark.qt_no_exception_capture
def test_a_crash_report_after_typing_holds_no_trace_and_the_kiosk_forgets_it(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    log_file: Path,
    tmp_path: Path,
) -> None:
    handler = crash.install(window)
    try:
        tester = open_tester(window)
        type_on_keys(tester, MARKER)
        # A crash while the marker is on screen: the handler logs a traceback and starts over.
        try:
            raise RuntimeError("something broke while a visitor was typing")
        except RuntimeError as exc:
            handler.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: window.journey.screen is Screen.ATTRACT)
        QCoreApplication.processEvents()
    finally:
        handler.uninstall()
    logging.getLogger().handlers[-1].flush()
    assert "something broke" in log_file.read_text(encoding="utf-8")  # the report was written
    assert files_holding_marker(tmp_path / "logs") == []
    assert not traces(window) and tester.field.text() == "" and not tester.field.isUndoAvailable()


def test_an_estimate_that_fails_logs_its_kind_never_the_password(
    window: MainWindow, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(password: str) -> strength.Strength:
        raise ValueError(f"cannot judge {password!r}")

    monkeypatch.setattr(password_tester, "estimate", broken)
    tester = open_tester(window)
    type_on_keys(tester, MARKER[:6])
    tester.finish()
    logging.getLogger().handlers[-1].flush()
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError" in text and MARKER[:6] not in text
    assert tester.meter.value() == 0


def test_copy_and_paste_keys_are_swallowed(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QGuiApplication, QKeySequence

    tester = open_tester(window)
    QGuiApplication.clipboard().setText("before")
    type_on_keys(tester, "secret")
    tester.field.setFocus()
    tester.field.selectAll()
    for key in (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut):
        sequence = QKeySequence(key)
        qtbot.keyClick(tester.field, sequence[0].key(), sequence[0].keyboardModifiers())
    assert QGuiApplication.clipboard().text() == "before" and tester.field.text() == "secret"


def test_a_slow_estimate_never_holds_a_key_and_only_the_latest_text_counts(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    release = threading.Event()
    seen: list[str] = []
    real = password_tester.estimate

    def slow(password: str) -> strength.Strength:
        seen.append(password)
        release.wait(5)
        return real(password)

    monkeypatch.setattr(password_tester, "estimate", slow)
    tester = open_tester(window)
    type_on_keys(tester, "abc")  # the first key's estimate is stuck: the keys still type
    assert tester.field.text() == "abc" and tester.meter.value() == 0
    release.set()
    tester.finish()
    # The estimate of "a" came too late and was dropped; the field's text was estimated again.
    assert seen == ["a", "abc"] and tester.meter.value() >= 1


def test_every_advice_zxcvbn_can_give_is_translatable() -> None:
    import zxcvbn.feedback

    source = Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8")
    # _("...") calls, some split over two string literals
    calls = re.findall(r"_\(((?:\s*(?:'[^']*'|\"[^\"]*\")\s*\\?\s*)+)\)", source)
    literal = re.compile(r"'([^']*)'|\"([^\"]*)\"")
    said = {"".join(single or double for single, double in literal.findall(call)) for call in calls}
    assert said and said <= set(ADVICE), said - set(ADVICE)


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0.2, ("instant", 0)),
        (59, ("seconds", 59)),
        (3600 * 5, ("hours", 5)),
        (86400 * 400, ("years", 1)),
        (1e12, ("centuries", 0)),
    ],
)
def test_times_in_plain_words(seconds: float, words: tuple[str, int]) -> None:
    assert strength.plain_time(seconds) == words
