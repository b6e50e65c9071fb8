"""The visitor's screen inside the preview: the kiosk's own screens at a screen's logical size, scaled to fit.

The screens and the router are the kiosk's (``kiosk.ui.router``), laid out and styled for the size
chosen (1920x1080, 1024x768, 1080x1920...), exactly as on a kiosk of that size. They sit in a
graphics scene, so the whole screen shrinks to fit the preview window and can still be tapped. The
visitor stylesheet is set on the screen alone: the preview's own controls keep the desktop's look.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QStackedWidget, QVBoxLayout, QWidget

from kiosk.journey import Journey
from kiosk.ui import i18n, resources
from kiosk.ui.router import Router


class Stage(QGraphicsView):
    """One visitor screen of ``size`` (logical pixels), shown scaled down to the space it has."""

    def __init__(self, journey: Journey, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreviewStage")
        self.logical_size = QSize(size)
        self.scale = resources.scale_for(size)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
            | QPainter.RenderHint.TextAntialiasing
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setBackgroundBrush(QColor("#30343a"))  # a dark surround: the screen's edges show
        # The screen: a widget of the kiosk's window size, styled as the kiosk's window is.
        self.screen = QWidget()
        self.screen.setObjectName("MainWindow")
        self.screen.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.screen.setFixedSize(size)
        self.screen.setStyleSheet(resources.stylesheet(self.scale))
        layout = QVBoxLayout(self.screen)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.router = Router(
            journey, self.stack, self.scale, {code: i18n.native_name(code) for code in journey.languages}
        )
        scene = QGraphicsScene(self)
        self.proxy = scene.addWidget(self.screen)
        self.setScene(scene)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        self.fitInView(self.proxy, Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().showEvent(event)
        self.fitInView(self.proxy, Qt.AspectRatioMode.KeepAspectRatio)

    def picture(self) -> QPixmap:
        """The visitor's screen at its full logical size, as a kiosk of that size would show it."""
        return self.screen.grab()

    def close_stage(self) -> None:
        """Stop what the router prepares ahead and let the screens go."""
        self.router.stop_preparing()
        self.router.wipe_all()
