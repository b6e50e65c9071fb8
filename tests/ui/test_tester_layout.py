"""The password tester's page at the booth's screen sizes: the page's words keep room to be read beside
the tester (landscape) or above it (portrait), and at 1920x1080 nothing of the tester needs a scroll."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect

from kiosk.journey import Screen
from kiosk.results.store import ResultsStore
from kiosk.ui import fonts
from kiosk.ui.exhibits.password_tester import PasswordTester
from kiosk.ui.screens.reader import WORDS_MIN_HEIGHT, ReaderScreen
from kiosk.ui.window import MainWindow
from tests.robustness.driver import build_window, close_window

# The bundled page's words, near enough: a heading and two paragraphs.
LESSON = """---
title: Passwords
---
# Read first

Some words.

---

# Three or more random words

Join words that have nothing to do with each other, or with you:
`umbrella-rocket-pineapple`. You can picture it, so it sticks.

**Use more words for the accounts that matter most**, such as your e-mail
and your password manager: four, five or more. Pick the words at random,
not from a song or a saying, and never copy an example you saw, this one
included.

::: password-tester
"""


@pytest.fixture(autouse=True)
def bundled_fonts(qapp) -> None:  # noqa: ANN001
    """The fonts the kiosk draws with (``kiosk.app.run`` registers them): what fits in a row depends on them."""
    fonts.register_bundled_fonts()


@pytest.fixture
def open_page(qtbot, tmp_path: Path) -> Iterator:  # noqa: ANN001
    pack = tmp_path / "pack"
    (pack / "tester").mkdir(parents=True)
    (pack / "tester" / "lesson.md").write_text(LESSON, encoding="utf-8")
    store = ResultsStore.open(None)
    windows: list[MainWindow] = []

    def open_at(size: tuple[int, int]) -> tuple[ReaderScreen, PasswordTester]:
        window = build_window(pack, store, kiosk=False, size=size)
        windows.append(window)
        journey, router = window.journey, window.router
        journey.start()
        router.sync()
        router.open_lesson("tester")
        router.opener.finish()
        journey.next_page()
        router.sync()
        QCoreApplication.processEvents()
        assert journey.screen is Screen.READER
        tester = router.reader.exhibit("password-tester")
        assert isinstance(tester, PasswordTester)
        tester.try_example(1)  # "P@ssw0rd!": the most advice of the examples
        tester.finish()
        QCoreApplication.processEvents()
        return router.reader, tester

    yield open_at
    for window in windows:
        close_window(window)
    store.close()


def on_screen(widget) -> QRect:  # noqa: ANN001
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_at_1080p_the_words_have_the_sheet_s_height_beside_a_tester_that_needs_no_scroll(open_page) -> None:  # noqa: ANN001
    reader, tester = open_page((1920, 1080))
    words, column = on_screen(reader.view), on_screen(reader.exhibit_scroll)
    assert words.right() < column.left(), "the words beside the tester, not above it"
    # Before this layout the words got 220 px and scrolled; now the sheet's whole height.
    assert words.height() >= 700
    assert words.width() >= 500
    # The heading and both paragraphs are read without scrolling: only the page's end may scroll.
    document = reader.view.document()
    text_height = document.documentLayout().blockBoundingRect(document.lastBlock()).bottom()
    assert text_height <= reader.view.viewport().height()
    assert reader.exhibit_scroll.verticalScrollBar().maximum() == 0
    assert tester.two_columns
    for part in (
        tester.field,
        tester.keyboard,
        tester.time,
        tester.advice,
        tester.limits,
        *tester.example_buttons,
    ):
        assert part.isVisible()
        assert column.contains(on_screen(part)), part.objectName()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_on_smaller_landscape_screens_the_words_stay_beside_the_tester(open_page, size) -> None:  # noqa: ANN001
    reader, tester = open_page(size)
    words, column = on_screen(reader.view), on_screen(reader.exhibit_scroll)
    assert words.right() < column.left()
    assert words.height() >= reader.px(500)
    assert not tester.two_columns
    # The field, the meter, the verdict, every key and the examples are in sight at once without
    # scrolling (on a 720-line screen the keys are lower, the examples in one row); only the estimate's
    # sentences may scroll in the tester's column. Before, the examples were 100 px below the fold.
    assert reader.exhibit_scroll.verticalScrollBar().value() == 0
    for part in (tester.field, tester.meter, tester.verdict, tester.keyboard, *tester.example_buttons):
        assert column.contains(on_screen(part)), part.objectName() or part.text()
    assert tester.examples.in_a_row
    assert min(key.height() for key in tester.keyboard.keys.values()) >= 40
    assert min(button.height() for button in tester.example_buttons) >= 40


def test_in_portrait_the_words_keep_their_room_above_the_whole_tester(open_page) -> None:  # noqa: ANN001
    reader, tester = open_page((1080, 1920))
    words, column = on_screen(reader.view), on_screen(reader.exhibit_scroll)
    assert words.bottom() < column.top()
    assert words.height() >= reader.px(WORDS_MIN_HEIGHT)
    assert reader.exhibit_scroll.verticalScrollBar().maximum() == 0
    assert column.contains(on_screen(tester.limits))


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_at_150_percent_text_the_tester_stays_beside_the_words_and_inside_its_column(open_page, size) -> None:  # noqa: ANN001
    """Large text widens the keys and the examples: the tester asks for that width (given the 100 %
    width, its right side ran off the column: the warning, Clear and the last keys cut), and its
    examples go two by two on two lines each, so it still fits beside the words on a 1024x768 screen."""
    reader, tester = open_page(size)
    reader.window().router.access.set_text_step(2)
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    words, column = on_screen(reader.view), on_screen(reader.exhibit_scroll)
    assert words.right() < column.left(), "the words beside the tester, which keeps the page's height"
    inside = reader.exhibit_scroll.viewport().width()
    for part in (tester.warning, tester.entry, tester.keyboard, tester.examples):
        assert part.mapTo(reader.exhibit_scroll.viewport(), QPoint(0, 0)).x() + part.width() <= inside
    assert tester.keyboard.width() >= tester.keyboard.minimumSizeHint().width()
