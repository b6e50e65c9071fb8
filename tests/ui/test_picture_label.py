"""The attract title is painted from a picture of itself once it has been shown: the same pixels as
drawing it afresh, and never a stale picture after its words change."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets.picture_label import PictureLabel


def title_pixels(label: PictureLabel) -> QImage:
    """The title as the screen shows it, background and all (the window grabbed over its rectangle)."""
    window = label.window()
    return window.grab(QRect(label.mapTo(window, QPoint(0, 0)), label.size())).toImage()


def largest_difference(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    worst = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(
                worst, abs(pa.red() - pb.red()), abs(pa.green() - pb.green()), abs(pa.blue() - pb.blue())
            )
    return worst


def drawn_afresh(label: PictureLabel) -> QImage:
    kept, label._pictures = label._pictures, {}  # noqa: SLF001
    label._picture_due = True  # noqa: SLF001 (no picture taken of this paint)
    try:
        return title_pixels(label)
    finally:
        label._pictures, label._picture_due = kept, False  # noqa: SLF001


def test_the_title_from_its_picture_looks_the_same_as_drawn_afresh(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    title = window.router.attract.title
    assert isinstance(title, PictureLabel) and title.text()
    qtbot.waitUntil(lambda: len(title._pictures) == 1)  # noqa: SLF001
    from_picture = title_pixels(title)
    afresh = drawn_afresh(title)
    assert largest_difference(from_picture, afresh) <= 2
    blank = QImage(afresh.size(), afresh.format())
    blank.fill(afresh.pixelColor(0, 0))
    assert largest_difference(afresh, blank) > 100  # there are words to compare, light on dark


def test_new_words_are_drawn_at_once_and_pictured_again(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    title = window.router.attract.title
    qtbot.waitUntil(lambda: len(title._pictures) == 1)  # noqa: SLF001
    english = title.text()
    window.router.set_language("zh-CN")
    QApplication.processEvents()  # laid out for its new words
    assert title.text() not in ("", english) and title.text() == window.journey.pack.title("zh-CN")
    chinese = title_pixels(title)  # the English picture is not used for it
    assert largest_difference(chinese, drawn_afresh(title)) <= 2
    qtbot.waitUntil(lambda: len(title._pictures) == 2)  # noqa: SLF001
    assert largest_difference(title_pixels(title), chinese) <= 2
