"""Work done while a lesson page shows: the next page's pictures decoded (the page then shows exactly
those, and a page that was not prepared still loads its own), and the quiz's choice cards made."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.journey import Screen
from kiosk.settings import Settings
from kiosk.ui.widgets import html as html_module
from kiosk.ui.widgets.html import LessonView
from kiosk.ui.window import MainWindow
from tests.journey.conftest import FakeRecorder
from tests.ui.conftest import PACK

PICTURE_PAGE = """---
title: Basics
summary: A page of words, then a page with a drawing.
minutes: 2
---
# First page

Only words here.

---

# Second page

![A square](images/cover.svg)

The end of the lesson.
"""

TWO_THEN_FOUR = """---
shuffle_choices: false
---
## Which is a strong password? {#strong}

- [ ] 123456
- [x] correct-horse-battery-staple

## Which make an account safer? Select all that apply. {#safer}

- [x] A long password
- [x] A second factor
- [ ] The same password everywhere
- [ ] Writing it on the screen
"""


@pytest.fixture
def picture_window(qtbot, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    """A kiosk window on a copy of the test pack whose basics lesson has its drawing on page two."""
    pack = tmp_path / "pack"
    shutil.copytree(PACK, pack)
    (pack / "basics" / "lesson.md").write_text(PICTURE_PAGE, encoding="utf-8")
    (pack / "basics" / "quiz.md").write_text(TWO_THEN_FOUR, encoding="utf-8")
    settings = Settings(lessons=pack, windowed=True, idle_timeout=0)
    journey = kiosk_app.make_journey(kiosk_app.open_pack(settings), settings, FakeRecorder())
    window = kiosk_app.make_window(QApplication.instance(), journey, settings, QSize(1920, 1080))
    qtbot.addWidget(window)
    window.setFixedSize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.router.stop_warming()
    window.leave_kiosk()


def decodes(monkeypatch) -> list[Path]:  # noqa: ANN001
    """Every picture file decoded from now on."""
    seen: list[Path] = []
    original: Callable[..., QImage] = html_module.load_image

    def spy(path: Path, size: QSize, ratio: float) -> QImage:
        seen.append(path)
        return original(path, size, ratio)

    monkeypatch.setattr(html_module, "load_image", spy)
    return seen


def shown_pictures(view: LessonView) -> dict[str, QSize]:
    """URL -> size of every picture the view's document holds for the page on screen."""
    document = view.document()
    found: dict[str, QSize] = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            image_format = fragment.charFormat().toImageFormat()
            if image_format.isValid():
                url = image_format.name()
                image = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
                found[url] = image.size() if isinstance(image, QImage) else QSize()
            it += 1
        block = block.next()
    return found


def open_basics(window: MainWindow) -> None:
    """Every screen built, no lessons parsed in the background, and the picture lesson open at page one."""
    window.router.prebuild()
    window.router.stop_warming()
    window.router._call(window.journey.start)  # noqa: SLF001
    window.router.open_lesson("basics")
    window.router.opener.finish()


def test_the_next_pages_drawing_is_decoded_while_the_first_page_shows(
    qtbot, picture_window: MainWindow, monkeypatch
) -> None:  # noqa: ANN001
    router, journey = picture_window.router, picture_window.journey
    open_basics(picture_window)
    assert journey.screen is Screen.READER and journey.page_index == 0
    seen = decodes(monkeypatch)
    router.prepare_ahead()
    assert [path.name for path in seen] == ["cover.svg"]  # page two's drawing, ahead of the tap
    router._call(journey.next_page)  # noqa: SLF001
    picture_window.repaint()  # laid out and painted: every picture the page shows is asked for
    assert [path.name for path in seen] == ["cover.svg"]  # none decoded again at the tap
    pictures = shown_pictures(router.reader.view)
    assert len(pictures) == 1
    [(url, size)] = pictures.items()
    assert url.endswith("basics/images/cover.svg") and not size.isEmpty()
    # The same page shown the ordinary way holds the same picture at the same size.
    router.reader.view.show_html(journey.page.html, journey.lesson.folder, journey.pack.root)
    picture_window.repaint()
    assert shown_pictures(router.reader.view) == pictures
    assert len(seen) == 2


def test_a_page_that_was_not_prepared_still_loads_its_pictures(
    qtbot, picture_window: MainWindow, monkeypatch
) -> None:  # noqa: ANN001
    router, journey = picture_window.router, picture_window.journey
    open_basics(picture_window)
    view = router.reader.view
    # Something else was prepared (the visitor went elsewhere): it is not used for this page.
    view.prepare_page("<p>another page</p>", journey.lesson.folder, journey.pack.root)
    seen = decodes(monkeypatch)
    router._call(journey.next_page)  # noqa: SLF001
    picture_window.repaint()
    assert [path.name for path in seen] == ["cover.svg"]
    assert len(shown_pictures(view)) == 1


def test_leaving_the_lesson_drops_the_prepared_page(qtbot, picture_window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    router, journey = picture_window.router, picture_window.journey
    open_basics(picture_window)
    seen = decodes(monkeypatch)
    router.prepare_ahead()
    assert [path.name for path in seen] == ["cover.svg"]
    router._call(journey.leave_lesson)  # noqa: SLF001
    router.prepare_ahead()  # the idle steps after the change: the reader, left, is wiped
    # Back in the same lesson with nothing prepared this time: page two decodes its own picture, so
    # nothing of the lesson the visitor left was kept.
    router.open_lesson("basics")
    router._call(journey.next_page)  # noqa: SLF001
    picture_window.repaint()
    assert [path.name for path in seen] == ["cover.svg", "cover.svg"]
    assert len(shown_pictures(router.reader.view)) == 1


def test_the_quizs_cards_are_made_while_the_first_page_shows(qtbot, picture_window: MainWindow) -> None:  # noqa: ANN001
    router, journey = picture_window.router, picture_window.journey
    open_basics(picture_window)
    router.prepare_ahead()
    QApplication.processEvents()  # a card joining a shown layout would show itself now
    pool = list(router.question.pool)
    assert len(pool) == 4  # the largest question's choices, made ahead
    assert not any(card.isVisibleTo(router.question) for card in pool)
    while journey.screen is Screen.READER:
        router._call(journey.next_page)  # noqa: SLF001
    shown = [card for card in pool if card.isVisibleTo(router.question)]
    assert [card.plain_text for card in shown] == ["123456", "correct-horse-battery-staple"]
    router._call(journey.toggle_choice, journey.question.choices[1].id)  # noqa: SLF001
    router._call(journey.confirm)  # noqa: SLF001
    router._call(journey.next_question)  # noqa: SLF001
    assert router.question.pool == pool  # the second question's four cards were already there
    shown = [card for card in pool if card.isVisibleTo(router.question)]
    assert [card.plain_text for card in shown] == [
        "A long password",
        "A second factor",
        "The same password everywhere",
        "Writing it on the screen",
    ]
    assert all(card.state == "idle" for card in shown)
