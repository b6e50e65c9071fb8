"""A label for very large words (the attract title), drawn once into a picture that later paints reuse.

Qt fills glyphs larger than 64 px as outlines at every paint instead of taking them from its glyph
cache: the 84 px title cost each paint of the attract screen about 3.4 ms, half of it. Raising Qt's
limit (``QT_MAX_CACHED_GLYPH_SIZE``) is no way out: with Qt 6.11's FreeType engine such glyphs then
drew nothing at all.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QRegion
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui import resources, theme

#: how long after a paint the picture of what it showed is taken: after the screen change that
#: painted it, never inside it
PICTURE_DELAY_MS = 200
#: pictures kept: one per language the title was shown in, and the odd window size
PICTURES_KEPT = 6


class PictureLabel(QLabel):
    """A QLabel in every way (text, wrapping, stylesheet) but for painting: it reuses pictures of itself.

    A picture is taken shortly after the label first paints something (only the label's own
    painting, on a transparent ground, so whatever lies behind it still shows through), and is
    used for as long as the text, size, font, colours, device pixel ratio, enabled state and look
    (theme and text scale, ``kiosk.ui.theme``) are the same. Alignment, margins and wrapping are not compared: they are the stylesheet's and the
    screen's and do not change while it runs. On a transparent ground text is antialiased in grey,
    never with coloured subpixels.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures: dict[tuple[object, ...], QPixmap] = {}
        self._grabbing = False  # the label paints itself into a picture
        self._picture_due = False

    def _looks(self) -> tuple[object, ...]:
        return (
            self.text(),
            self.size(),
            self.devicePixelRatioF(),
            self.font().key(),
            self.palette().cacheKey(),
            self.isEnabled(),
            theme.current().key,
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        picture = None if self._grabbing else self._pictures.get(self._looks())
        if picture is not None:
            QPainter(self).drawPixmap(0, 0, picture)
            return
        super().paintEvent(event)
        if not self._grabbing and not self._picture_due:
            self._picture_due = True
            QTimer.singleShot(PICTURE_DELAY_MS, self._take_picture)

    def _take_picture(self) -> None:
        self._picture_due = False
        if not self.isVisible() or not self.text():
            return
        if len(self._pictures) >= PICTURES_KEPT:
            self._pictures.clear()
        looks = self._looks()
        picture = resources.clear_pixmap(self.size(), self.devicePixelRatioF())
        self._grabbing = True
        try:
            # Without the window background that grab() would paint under it.
            self.render(picture, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        finally:
            self._grabbing = False
        self._pictures[looks] = picture
