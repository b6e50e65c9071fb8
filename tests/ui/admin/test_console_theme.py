"""The operator console follows a theme switched at run time: its own stylesheet and its charts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from kiosk.results.store import ResultsStore
from kiosk.ui import restyle, theme
from tests.support.console import unlock
from tests.ui.test_theme import CONTRAST


@pytest.fixture(autouse=True)
def back_to_the_default_look(qapp) -> Iterator[None]:  # noqa: ANN001
    yield
    restyle.switch(theme.DEFAULT, 1.0)


def count(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixel(x, y) == wanted
    )


def test_the_console_is_drawn_in_the_switched_theme(qtbot, make_kiosk, known_store: ResultsStore) -> None:  # noqa: ANN001
    kiosk = make_kiosk(store=known_store)
    unlock(qtbot, kiosk)
    kiosk.console.view.show_page("questions")
    QApplication.processEvents()
    before = kiosk.console.grab().toImage()
    assert count(before, theme.DEFAULT.colors["console"]) > 1000

    restyle.switch(CONTRAST)
    QApplication.processEvents()
    after = kiosk.console.grab().toImage()
    assert count(after, "#ffffee") > 1000
    assert count(after, theme.DEFAULT.colors["console"]) < count(before, theme.DEFAULT.colors["console"]) / 10
    assert "#ffffee" in kiosk.console.styleSheet()


def test_the_lesson_pack_lists_are_recoloured(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    lessons = kiosk.console.view.content.lessons
    assert lessons.count() > 0
    assert lessons.item(0).foreground().color().name() == theme.DEFAULT.colors["text"]
    restyle.switch(CONTRAST)
    assert lessons.item(0).foreground().color().name() == "#000000"
