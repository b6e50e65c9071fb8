"""Issue 22: at 125 % and 150 % text, on every supported screen and in both languages, every visitor
screen reflows so that no words are cut off: a wrapping label is as tall as its words need, a one-line
label and a button as wide as theirs, and nothing sticks out of the window sideways. Words may end with
"…" only where that is designed (``ElidedText``: card titles, the top bar's title), and a long page
may scroll (a scroll area's content is measured against the content, not the screen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from kiosk.journey import Screen
from kiosk.ui import fonts, theme
from kiosk.ui.widgets.access_panel import AccessButton
from kiosk.ui.widgets.elided import ElidedText
from tests.support.taps import tap

SIZES = [(1920, 1080), (1280, 720), (1024, 768), (1080, 1920)]
#: the bundled lessons (their answers and feedback are longer than the test pack's)
LESSONS = Path(__file__).parents[2] / "lessons"


@pytest.fixture(autouse=True)
def bundled_fonts(qapp) -> None:  # noqa: ANN001
    """The fonts the kiosk draws with (``kiosk.app.run`` registers them): without them the words are
    measured in whatever the system has, and the result depended on whether an earlier test of the
    run had registered them (a Chinese title cut off at 150 % on 1280x720 only in the full suite)."""
    fonts.register_bundled_fonts()


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    """The scroll area ``widget`` is in, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def clipped(top: QWidget, window: QWidget) -> list[str]:
    """What shows cut-off words under ``top`` (a screen or an overlay), described for a failure."""
    QApplication.processEvents()
    QApplication.processEvents()
    problems: list[str] = []
    screen_rect = window.rect().adjusted(-1, -1, 1, 1)
    for widget in top.findChildren(QWidget):
        if not _shown(widget) or isinstance(widget, ElidedText):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.pixmap().isNull() and widget.text():
            text = widget.text()[:40]
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    problems.append(f"{name} {text!r}: {widget.height()} px tall, its words need {need}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(
                    f"{name} {text!r}: {widget.width()} px wide, needs {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QAbstractButton) and not widget.layout() and widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                problems.append(
                    f"button {widget.text()!r}: {widget.size().toTuple()}, needs {hint.toTuple()}"
                )
        else:
            continue
        area = _scroll_area(widget)
        if area is None:
            spot = widget.mapTo(window, QPoint(0, 0))
            if not screen_rect.contains(QRect(spot, widget.size())):
                problems.append(f"{name}: outside the window at {spot.toTuple()} {widget.size().toTuple()}")
        elif area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            # it may scroll up and down, never sideways: its words must show within its width
            left = widget.mapTo(area.viewport(), QPoint(0, 0)).x()
            if left < -1 or left + widget.width() > area.viewport().width() + 1:
                problems.append(
                    f"{name} {widget.text()[:40]!r}: {left}..{left + widget.width()} px across a scroll area "
                    f"{area.viewport().width()} px wide"
                )
    return problems


def _tap_to_the_quiz(window, lesson: str) -> None:  # noqa: ANN001
    """From the start screen to ``lesson``'s first question, tapping as a visitor does."""
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards[lesson])
    while window.journey.screen is Screen.READER:
        tap(router.reader.next_button)


def _walk(window, lesson: str = "basics"):  # noqa: ANN001, ANN202
    router = window.router
    yield "attract", router.attract
    tap(router.attract.start_button)
    yield "catalogue", router.catalogue
    tap(router.catalogue.corner.findChild(AccessButton))
    yield "access panel", router.access_panel
    tap(router.access_panel.done_button)
    tap(router.catalogue.cards[lesson])
    yield "reader", router.reader
    while window.journey.screen is Screen.READER:
        tap(router.reader.next_button)
        if window.journey.screen is Screen.READER:  # every page: one may hold an exhibit
            yield f"reader page {window.journey.page_index + 1}", router.reader
    question = router.question
    yield "question", question
    router.ask_leave_quiz()  # in a quiz it asks first
    yield "leave quiz", router.confirm
    router.confirm.dismiss()
    while window.journey.screen is Screen.QUESTION:
        # the wrong answer of the widest words: its card says "Your answer: wrong", the right one's
        # "Right answer"
        wrong = [c.id for c in window.journey.question.choices if not c.correct]
        widest = max(wrong, key=lambda c: question.cards[c].text.minimumSizeHint().width(), default=None)
        tap(question.cards[widest] if widest else next(iter(question.cards.values())))
        tap(question.confirm_button)
        yield "feedback", question
        tap(question.next_button)
    yield "result", router.result
    router.ask_leave_quiz()  # on the result screen it leaves at once; the overlay is asked in a quiz
    window.overlay.start(9)
    yield "still there", window.overlay
    window.overlay.hide()


@pytest.mark.parametrize("language", ["en", "zh-CN"])
@pytest.mark.parametrize("step", [1, 2], ids=["text125", "text150"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_words_are_cut_off_at_large_text(make_window, size, step, language) -> None:  # noqa: ANN001
    window = make_window(size=size, language=language)
    window.router.access.set_text_step(step)
    assert theme.current().text_scale == theme.TEXT_STEPS[step]
    problems = []
    for name, top in _walk(window):
        problems += [f"{name}: {problem}" for problem in clipped(top, window)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "zh-CN"])
@pytest.mark.parametrize("step", [1, 2], ids=["text125", "text150"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_words_of_the_bundled_passwords_lesson_are_cut_off(make_window, size, step, language) -> None:  # noqa: ANN001
    """The bundled lesson ``kiosk --screenshot`` shows, whose answers are long passwords that cannot
    wrap: beside their verdicts they ran past the right edge of the portrait screen at 150 %."""
    window = make_window(size=size, language=language, pack=LESSONS)
    window.router.access.set_text_step(step)
    problems = []
    for name, top in _walk(window, "passwords"):
        problems += [f"{name}: {problem}" for problem in clipped(top, window)]
    assert not problems, "\n".join(problems)


def test_the_check_finds_cut_off_words(make_window) -> None:  # noqa: ANN001
    """The measure itself: a label squeezed below its words is reported."""
    window = make_window(size=(1280, 720))
    label = window.router.attract.tip_label
    assert not clipped(window.router.attract, window)
    label.setFixedWidth(20)
    assert any("outside" in p or "needs" in p for p in clipped(window.router.attract, window))


def _inside(widget: QWidget, area: QWidget) -> bool:
    """Whether all of ``widget`` shows inside ``area`` (a scroll area's viewport)."""
    top = widget.mapTo(area, QPoint(0, 0))
    return area.rect().adjusted(-1, -1, 1, 1).contains(QRect(top, widget.size()))


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_after_check_on_a_short_screen_at_large_text_the_feedback_is_read(make_window, language) -> None:  # noqa: ANN001
    """1024x768 at 150 %: a list of answers and the feedback stack in one column. Once checked, the
    answers shown are the visitor's and the right ones (the others step aside), the hint for choosing
    goes, and the feedback's verdict and words show without scrolling (its panel was left about 80 px,
    the verdict half in view), Next under it. True-or-false tiles leave room for the feedback beside
    them."""
    window = make_window(size=(1024, 768), language=language, pack=LESSONS)
    window.router.access.set_text_step(2)
    journey, question = window.journey, window.router.question
    _tap_to_the_quiz(window, "passwords")
    checked = stacked = 0
    while journey.screen is Screen.QUESTION:
        shown = journey.question
        wrong = next(c.id for c in shown.choices if not c.correct)
        tap(question.cards[wrong])
        tap(question.confirm_button)
        QApplication.processEvents()
        QApplication.processEvents()
        view = question.panel_scroll.viewport()
        for label in (question.verdict, question.feedback):
            if label.isVisible():
                assert _inside(label, view), f"{shown.number}: {label.text()[:40]!r} is out of view"
        if question.scroll.fit:  # one column: the answers above the feedback
            stacked += 1
            assert not question.hint.isVisible()
            marked = set(journey.outcome.chosen) | set(journey.outcome.correct_ids)
            if shown.kind != "true_false":
                assert {cid for cid, card in question.cards.items() if card.isVisible()} == marked
            first = next(card for card in question.cards.values() if card.isVisible())
            assert _inside(first, question.scroll.viewport())
            # Next under the feedback, read before it, where Check was
            panel_foot = question.panel_scroll.mapTo(window, QPoint(0, question.panel_scroll.height())).y()
            assert question.next_button.mapTo(window, QPoint(0, 0)).y() >= panel_foot
        assert not clipped(question, window)
        checked += 1
        tap(question.next_button)
    assert checked >= 4 and stacked >= 3


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_after_check_on_a_short_screen_a_spot_picture_keeps_a_quarter_of_the_height(
    make_window, language
) -> None:  # noqa: ANN001
    """A spot-the-flags picture's marks are half of its feedback: the answers yield to the feedback
    down to a quarter of the screen for it, not to one part's button (about 60 px of picture)."""
    window = make_window(size=(1024, 768), language=language, pack=LESSONS)
    window.router.access.set_text_step(2)
    journey, question = window.journey, window.router.question
    _tap_to_the_quiz(window, "phishing-email")
    assert journey.question.kind == "spot"
    tap(question.cards[next(c.id for c in journey.question.choices if c.correct)])
    tap(question.confirm_button)
    QApplication.processEvents()
    QApplication.processEvents()
    assert question.scroll.fit
    assert question.scroll.height() >= round(768 * 0.25) - 2
    assert _inside(question.verdict, question.panel_scroll.viewport())


@pytest.mark.parametrize("language", ["en", "zh-CN"])
@pytest.mark.parametrize("step", [1, 2], ids=["text125", "text150"])
def test_a_short_screen_s_result_card_shows_the_score_at_large_text(make_window, language, step) -> None:  # noqa: ANN001
    """1280x720: the result card's words scroll in their card when taller than it. The badge above them
    gives way so that the score is in view (at 150 % it was below the card's fold, in Chinese wholly)."""
    window = make_window(size=(1280, 720), language=language, pack=LESSONS)
    window.router.access.set_text_step(step)
    journey, router = window.journey, window.router
    _tap_to_the_quiz(window, "passwords")
    while journey.screen is Screen.QUESTION:
        tap(router.question.cards[sorted(journey.question.question.correct_ids)[0]])
        tap(router.question.confirm_button)
        tap(router.question.next_button)
    QApplication.processEvents()
    QApplication.processEvents()
    screen = router.result
    assert journey.screen is Screen.RESULT
    for label in (screen.verdict, screen.score):
        assert _inside(label, screen.card_scroll.viewport()), label.text()
    assert not clipped(screen, window)


@pytest.mark.parametrize("language", ["en", "zh-CN"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=["1280x720", "1024x768"])
def test_before_check_on_a_short_screen_every_answer_is_in_sight(make_window, size, language) -> None:  # noqa: ANN001
    """150 %: with the answers above the feedback panel, the panel's words for choosing ("Take your
    time": the hint says it too) give way, so all four answers show without scrolling (the fourth
    was under the fold with the panel squeezed to a sliver below it)."""
    window = make_window(size=size, language=language, pack=LESSONS)
    window.router.access.set_text_step(2)
    question = window.router.question
    _tap_to_the_quiz(window, "passwords")
    for _ in range(3):
        QApplication.processEvents()
    assert question.scroll.fit, "one column"
    assert len(question.cards) == 4
    for card in question.cards.values():
        assert _inside(card, question.scroll.viewport()), card.plain_text
    assert not question.panel_scroll.isVisible()
    assert question.confirm_button.isVisible() and not clipped(question, window)
    tap(next(iter(question.cards.values())))
    tap(question.confirm_button)
    assert question.panel_scroll.isVisible(), "the feedback shows once checked"
