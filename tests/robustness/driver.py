"""Drive a real kiosk window the way visitors do: taps, keys and waits; shared by tests and bench scripts.

No pytest here, so ``bench/bench_monkey.py`` and ``bench/bench_soak.py`` can play the same visitors.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextEdit, QWidget

from kiosk import app as kiosk_app
from kiosk.journey import Screen
from kiosk.journey.records import Recorder
from kiosk.settings import Settings
from kiosk.ui.window import MainWindow
from tests.support.taps import tap

SMALL_PACK = Path(__file__).resolve().parent.parent / "ui" / "data" / "pack"


def build_window(
    pack: Path,
    recorder: Recorder,
    *,
    kiosk: bool = True,
    idle: float = 0,
    countdown: int = 1,
    tick_ms: int = 10,
    size: tuple[int, int] = (800, 600),
) -> MainWindow:
    """A kiosk window built the way kiosk.app builds one, shown (offscreen in tests).

    The default size fits inside Qt's offscreen screen (800 x 800): a tap outside the screen is never
    delivered. It is also the smallest classroom screen the kiosk meets.
    """
    app = QApplication.instance() or kiosk_app.application()
    settings = Settings(lessons=pack, windowed=not kiosk, idle_timeout=idle, idle_countdown=countdown)
    window = kiosk_app.preview_window(
        app, kiosk_app.open_pack(settings), settings, size, recorder, tick_ms=tick_ms
    )  # type: ignore[arg-type]
    settle()
    return window


def close_window(window: MainWindow) -> None:
    """The operator's way out, then let Qt delete what deleteLater() queued."""
    window.leave_kiosk()
    window.deleteLater()
    flush_deletes()


def settle() -> None:
    QCoreApplication.processEvents()


def flush_deletes() -> None:
    """Let Qt delete what deleteLater() queued, as the next turn of the real event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def open_card(window: MainWindow, lesson_id: str) -> None:
    """Scroll the lesson's card into view (as a visitor would drag) and tap it."""
    catalogue = window.router.catalogue
    card = catalogue.cards[lesson_id]
    catalogue.scroll.ensureWidgetVisible(card)
    settle()
    tap(card)
    window.router.opener.finish()  # the parse runs off the GUI thread; a test waits for it to end
    settle()


def play_visit(
    window: MainWindow,
    rng: random.Random,
    *,
    lessons: int = 2,
    lesson_ids: list[str] | None = None,
    finish: bool = True,
) -> int:
    """One scripted visitor: start, open lessons, read every page, answer every question, then Finish.

    Returns the number of quizzes finished. Choices are picked by ``rng``, so answers vary per visit.
    """
    router, journey = window.router, window.journey
    assert journey.screen is Screen.ATTRACT, journey.screen
    tap(router.attract.start_button)
    finished = 0
    for lesson_id in lesson_ids or list(router.catalogue.cards)[:lessons]:
        if journey.screen is not Screen.CATALOGUE:
            break
        open_card(window, lesson_id)
        if journey.screen is Screen.CATALOGUE:
            continue  # a lesson that cannot be shown: the catalogue said so and stays up
        finished += finish_lesson(window, rng)
        if journey.screen is Screen.RESULT:
            tap(router.result.another_button)
    if finish and journey.screen is Screen.CATALOGUE:
        tap(router.catalogue.finish_button)
    return finished


def finish_lesson(window: MainWindow, rng: random.Random, *, wrong: bool = False) -> int:
    """From the first page of a lesson to its result (or back to the catalogue); 1 if a quiz finished.

    Answers are random, or with ``wrong`` one wrong choice each (every question missed)."""
    router, journey = window.router, window.journey
    for _ in range(200):  # a bound, so a journey bug fails the test instead of hanging it
        screen = journey.screen
        if screen is Screen.READER:
            tap(router.reader.next_button)
        elif screen is Screen.QUESTION and wrong:
            right = journey.question.question.correct_ids
            wrong_cards = [card for cid, card in router.question.cards.items() if cid not in right]
            tap(wrong_cards[0] if wrong_cards else next(iter(router.question.cards.values())))
            tap(router.question.confirm_button)
        elif screen is Screen.QUESTION:
            cards = list(router.question.cards.values())
            for card in rng.sample(cards, rng.randint(1, len(cards))):
                tap(card)
            if not router.question.confirm_button.isEnabled():
                tap(cards[0])
            tap(router.question.confirm_button)
        elif screen is Screen.FEEDBACK:
            tap(router.question.next_button)
        elif screen is Screen.RESULT:
            return 1
        else:
            return 0
    raise AssertionError(f"the lesson never ended; stuck on {journey.screen}")


def all_widgets(root: QWidget) -> Iterator[QWidget]:
    yield root
    yield from root.findChildren(QWidget)


def widget_texts(widget: QWidget) -> list[str]:
    """The texts one widget holds, shown or not: label, button, text view, accessible name."""
    texts: list[str] = []
    # Called through the class: some widgets name a child label ``text``, hiding the method.
    if isinstance(widget, QLabel):
        texts.append(QLabel.text(widget))
    if isinstance(widget, QAbstractButton):
        texts.append(QAbstractButton.text(widget))
    if isinstance(widget, QTextEdit):
        texts.append(QTextEdit.toPlainText(widget))
    texts.append(QWidget.accessibleName(widget))
    return [t for t in texts if t]


def visible_texts(root: QWidget) -> list[str]:
    """Every text held by ``root`` or any widget under it."""
    return [text for widget in all_widgets(root) for text in widget_texts(widget)]


def checked_buttons(root: QWidget) -> list[QAbstractButton]:
    return [w for w in root.findChildren(QAbstractButton) if w.isCheckable() and w.isChecked()]


def live_qobjects(root: QObject) -> int:
    """QObjects alive under ``root`` (widgets, layouts, timers, animations), counted without wrappers.

    ``findChildren`` would tie a new Python wrapper to ``root``'s for every object Qt made on its own
    (a text document's frames, say); when Qt later deletes that object the wrapper is never told and
    stays alive, so a count taken after every visit would itself leak. ``dumpObjectTree`` sends one
    debug message per object, ``root`` first, which a message handler counts instead.
    """
    messages = 0

    def count(_mode: object, _context: object, _message: str) -> None:
        nonlocal messages
        messages += 1

    previous = qInstallMessageHandler(count)
    try:
        root.dumpObjectTree()
    finally:
        qInstallMessageHandler(previous)
    return messages - 1
