"""The bundled e-mail spot question's pictures, Chinese and English, are read on a 1280x720 screen: every
word drawn in them is at least about 14 px tall there (hanzi smaller than that blur into each other, and
Latin letters are hard to read; both pictures were drawn with 17-22 unit type, about 8-10 px on that
screen)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.journey import Screen
from kiosk.ui import fonts
from kiosk.ui.widgets.spot import SpotView
from tests.robustness.driver import build_window, close_window
from tests.support.recorder import FakeRecorder

LESSONS = Path(__file__).parents[2] / "lessons"
PICTURES = {
    "zh-CN": LESSONS / "phishing-email" / "images" / "mail-spot.zh-CN.svg",
    "en": LESSONS / "phishing-email" / "images" / "mail-spot.svg",
}
#: the least height (px on screen) of type in the picture
LEAST_PX = 13.5


def smallest_type(svg: Path) -> float:
    """The smallest font-size of the picture's words, in its own units."""
    sizes = [
        float(element.get("font-size", "0"))
        for element in ET.parse(svg).getroot().iter()
        if element.tag.endswith("text") and (element.text or "").strip()
    ]
    assert sizes and all(sizes), "every word has its size"
    return min(sizes)


@pytest.fixture(autouse=True)
def bundled_fonts(qapp) -> None:  # noqa: ANN001
    fonts.register_bundled_fonts()


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_the_mail_picture_s_words_are_about_14_px_at_1280x720(qtbot, language) -> None:  # noqa: ANN001
    picture = PICTURES[language]
    window = build_window(LESSONS, FakeRecorder(), kiosk=False, size=(1280, 720))
    try:
        journey, router = window.journey, window.router
        journey.start()
        router.sync()
        router.set_language(language)
        router.open_lesson("phishing-email")
        router.opener.finish()
        while journey.screen is Screen.READER:
            if journey.on_last_page:
                router.reader.next_button.click()
            else:
                journey.next_page()
                router.sync()
        while journey.question.question.id != "spot-mailbox":
            journey.toggle_choice(journey.question.choices[0].id)
            journey.confirm()
            journey.next_question()
            router.sync()
        for _ in range(3):
            QCoreApplication.processEvents()
        view = router.question.choice_views[SpotView]
        canvas = view.canvas
        assert canvas.path == picture
        shown = canvas.picture_rect()
        factor = shown.height() / canvas.origin.height()
        assert smallest_type(picture) * factor >= LEAST_PX, (smallest_type(picture), shown.size())
        # every part's button (a fingertip at least, with room for its badge) is over the picture
        for part in view.parts:
            if part.choice_id:
                assert shown.adjusted(-60, -60, 60, 60).contains(part.geometry()), part.choice_id
    finally:
        close_window(window)
