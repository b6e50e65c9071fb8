"""Lesson cards draw their stylesheet background from a picture shared by every card of their size:
the same pixels as drawing it afresh, in each state (plain, finished, focused)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets.cards import LessonCard
from tests.ui.test_picture_label import largest_difference


def card_pixels(card: LessonCard) -> QImage:
    return card.grab().toImage()


def drawn_afresh(card: LessonCard, monkeypatch) -> QImage:  # noqa: ANN001
    with monkeypatch.context() as patch:
        patch.setattr(LessonCard, "backgrounds", None)
        return card_pixels(card)


def test_every_state_of_a_card_looks_as_drawn_afresh(qtbot, make_window, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(LessonCard, "backgrounds", {})  # this test's pictures only
    window = make_window()
    router = window.router
    router.prebuild()
    router.stop_warming()
    router._call(window.journey.start)  # noqa: SLF001
    QApplication.processEvents()
    first, second = list(router.catalogue.cards.values())[:2]
    looks = {}
    for name in ("plain", "finished", "focused"):
        if name == "finished":
            first.set_finished(True)
        if name == "focused":
            first.set_finished(False)
            window.focus_rings.keys = True  # a keyboard user: rings show (kiosk.ui.focus_rings)
            first.setFocus()
        QApplication.processEvents()
        looks[name] = card_pixels(first)
        assert largest_difference(looks[name], drawn_afresh(first, monkeypatch)) <= 2, name
    assert largest_difference(looks["plain"], looks["finished"]) > 60  # a green border
    assert largest_difference(looks["plain"], looks["focused"]) > 60  # an amber border
    # The cover's own rounded background is in the picture: a card without it would show the page.
    assert card_pixels(second).pixelColor(second.cover.geometry().center().x(), 8).name() == "#e6eef7"
    assert len(LessonCard.backgrounds) >= 3  # one picture per state, shared by every card of that size
