"""A theme and text scale switched while the kiosk runs: every picture the kiosk keeps (the attract
title, lesson card backgrounds, icons on labels and buttons) shows the new look at once, the same
pixels as a window built afresh in that look, never a stale picture of the old one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui import restyle, theme
from kiosk.ui.widgets.cards import LessonCard
from kiosk.ui.widgets.picture_label import PICTURE_DELAY_MS
from kiosk.ui.window import MainWindow
from tests.ui.test_picture_label import largest_difference
from tests.ui.test_theme import CONTRAST

TEXT_SCALE = 1.5
#: a stale picture differs from the fresh one by far more than this (another colour or size: over 60)
STALE = 40


def stale_pixels(shown: QImage, fresh: QImage) -> int:
    """Pixels (every other one, each way) that differ by more than antialiasing does: glyph edges of
    words over 64 px (the 126 px title, a 66 px heading) vary by a few levels, up to about 12, from
    one paint to another (Qt draws such glyphs as outlines, see PictureLabel)."""
    assert shown.size() == fresh.size()
    count = 0
    for y in range(0, shown.height(), 2):
        for x in range(0, shown.width(), 2):
            a, b = shown.pixelColor(x, y), fresh.pixelColor(x, y)
            if max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > STALE:
                count += 1
    return count


@pytest.fixture(autouse=True)
def back_to_the_default_look(qapp) -> Iterator[None]:  # noqa: ANN001
    yield
    restyle.switch(theme.DEFAULT, 1.0)


def pixels(widget: QWidget) -> QImage:
    """The widget as the screen shows it (its window grabbed over its rectangle, background and all)."""
    window = widget.window()
    return window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()


def settle(qtbot) -> None:  # noqa: ANN001
    """Paint, then let the pictures taken after a paint be taken (the attract title's).

    The attract loop (its slides, fades and pulse) is held still first: pictures taken a moment apart,
    seconds apart on a loaded machine, must differ only by the look (tests/ui/test_attract_loop.py
    tests the loop)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            attract = widget.router.attract
            attract.loop.end()
            attract.fader.stop()
            attract.halo.end()
    QApplication.processEvents()
    qtbot.wait(PICTURE_DELAY_MS + 100)
    QApplication.processEvents()


def on_catalogue(window) -> list[LessonCard]:  # noqa: ANN001
    router = window.router
    router.prebuild()
    router.stop_warming()
    router._call(window.journey.start)  # noqa: SLF001
    QApplication.processEvents()
    return list(router.catalogue.cards.values())


def test_the_attract_screen_shows_a_switched_look_as_if_built_in_it(qtbot, make_window) -> None:  # noqa: ANN001
    old = make_window()
    settle(qtbot)  # the title's picture in the default look is taken
    attract = old.router.attract
    before = {name: pixels(w) for name, w in _attract_parts(attract).items()}

    restyle.switch(CONTRAST, TEXT_SCALE)
    settle(qtbot)
    switched = {name: pixels(w) for name, w in _attract_parts(attract).items()}
    fresh_window = make_window()
    settle(qtbot)
    fresh = {name: pixels(w) for name, w in _attract_parts(fresh_window.router.attract).items()}

    for name in before:
        assert switched[name].size() == fresh[name].size(), name
        assert stale_pixels(switched[name], fresh[name]) == 0, name
    # The look did change: the title is taller (1.5 times the text) and the shield has another colour.
    assert switched["title"].height() > before["title"].height()
    assert largest_difference(before["shield"], switched["shield"]) > 60
    assert largest_difference(before["start"], switched["start"]) > 60


def _attract_parts(attract) -> dict[str, QWidget]:  # noqa: ANN001
    return {"title": attract.title, "shield": attract.shield, "start": attract.start_button}


@pytest.mark.parametrize("text_scale", [1.0, TEXT_SCALE])  # colours alone, and colours with larger text
def test_lesson_cards_and_their_icons_show_a_switched_look(
    qtbot, make_window, monkeypatch, text_scale
) -> None:  # noqa: ANN001
    monkeypatch.setattr(LessonCard, "backgrounds", {})  # this test's pictures only
    old = make_window()
    first = on_catalogue(old)[0]
    first.set_finished(True)  # the tick icon and the green border show
    settle(qtbot)
    before = pixels(first)
    kept = len(LessonCard.backgrounds)
    assert kept >= 1

    restyle.switch(CONTRAST, text_scale)
    settle(qtbot)
    switched = pixels(first)
    fresh_card = on_catalogue(make_window())[0]
    fresh_card.set_finished(True)
    settle(qtbot)
    with monkeypatch.context() as patch:
        patch.setattr(LessonCard, "backgrounds", None)  # no kept picture at all: drawn from the stylesheet
        fresh = pixels(fresh_card)

    assert largest_difference(switched, fresh) <= 2
    # Larger text makes the card taller (its lines are sized from its fonts): compare where both are.
    common = before.size().boundedTo(switched.size())
    assert (
        largest_difference(
            before.copy(0, 0, common.width(), common.height()),
            switched.copy(0, 0, common.width(), common.height()),
        )
        > 60
    )
    assert len(LessonCard.backgrounds) > kept  # a picture per look, none reused across looks
    # The tick icon on the card is drawn in the new theme's colours.
    assert largest_difference(pixels(first.done_icon), pixels(fresh_card.done_icon)) <= 2


def test_switching_back_shows_the_default_look_again(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    settle(qtbot)
    before = pixels(window)
    restyle.switch(CONTRAST, TEXT_SCALE)
    settle(qtbot)
    assert largest_difference(before, pixels(window)) > 60
    restyle.switch(theme.DEFAULT, 1.0)
    settle(qtbot)
    # No pixel of the other look is left; the edges of the big title's glyphs may vary by a few levels
    # between paints (once 19 on a loaded machine), which is not a look.
    assert stale_pixels(before, pixels(window)) == 0


def test_a_switch_to_the_look_in_use_changes_nothing(qtbot, make_window) -> None:  # noqa: ANN001
    make_window()
    assert restyle.switch(theme.DEFAULT, 1.0) == theme.Look(theme.DEFAULT, 1.0)


def on_reader(window) -> QWidget:  # noqa: ANN001
    on_catalogue(window)
    window.router.open_lesson(next(iter(window.router.catalogue.cards)))
    QApplication.processEvents()
    return window.router.reader.view


def test_a_lesson_page_is_laid_out_again_in_a_switched_look(qtbot, make_window) -> None:  # noqa: ANN001
    old = on_reader(make_window())
    settle(qtbot)
    before = pixels(old)
    restyle.switch(CONTRAST, TEXT_SCALE)
    settle(qtbot)
    switched = pixels(old)
    fresh = on_reader(make_window())
    settle(qtbot)
    assert largest_difference(before, switched) > 60  # black, larger words
    assert stale_pixels(switched, pixels(fresh)) == 0
