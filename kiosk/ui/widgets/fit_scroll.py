"""A scroll area that is never narrower than what it holds, and when asked to ``fit`` wants to be as
tall as it (a portrait column)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QScrollArea


class FitScrollArea(QScrollArea):
    """With ``fit`` on, its size hint is its content's height at its width, so a column layout gives it
    that much and the rest of the height to what comes after; it scrolls only when the screen is too
    short. With ``fit`` off it is an ordinary scroll area that takes what the layout gives it."""

    fit = False
    #: with ``fit`` on, at most this tall (px; 0: as tall as the content), to leave room for what follows
    most = 0

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Wide enough for its content's widest word (a password in a choice cannot wrap): a narrow
        screen's layout takes the room from its neighbour rather than cutting the content off."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.minimumSizeHint().width() + bar + 2 * self.frameWidth(), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # What it holds changed size (an answer's verdict appeared): ask the layout for room again
        # (its height in a column; its least width, as wide as its widest word, beside another).
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        content = self.widget()
        if not self.fit or content is None:
            return hint
        # The width beside a scroll bar: the content is no taller at its whole width, so given this
        # height no scroll bar shows (measured at the whole width, the bar could make it need more).
        width = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        height = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        if height < 0:
            height = content.sizeHint().height()
        frame = 2 * self.frameWidth()
        if self.most > 0:
            height = min(height, self.most - frame)
        return QSize(hint.width(), height + frame)
