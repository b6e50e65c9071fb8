"""Icons and the stylesheet, found through kiosk.paths and scaled for the screen the kiosk runs on."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap

from kiosk import paths

#: the screen the stylesheet's sizes are written for
DESIGN_SIZE = QSize(1920, 1080)
_PX = re.compile(r"(\d+(?:\.\d+)?)px")


def scale_for(size: QSize) -> float:
    """How much bigger than the 1080p design the screen is (logical pixels, so HiDPI is already in)."""
    scale = min(size.width() / DESIGN_SIZE.width(), size.height() / DESIGN_SIZE.height())
    return max(0.5, min(scale, 3.0))


def scale_px(value: float, scale: float) -> int:
    # Hairlines stay visible on a small screen: never round a non-zero size down to nothing.
    return max(1, round(value * scale)) if value else 0


@cache
def _stylesheet_template() -> str:
    return paths.asset("style.qss").read_text(encoding="utf-8")


def stylesheet(scale: float) -> str:
    """The stylesheet with every size multiplied by ``scale``."""
    return _PX.sub(lambda m: f"{scale_px(float(m.group(1)), scale)}px", _stylesheet_template())


def icon_path(name: str) -> str:
    return str(paths.asset("icons", f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))


def pixmap(name: str, side: int, ratio: float = 1.0) -> QPixmap:
    """The icon ``name`` rendered sharp at ``side`` logical pixels on a screen of device ratio ``ratio``."""
    return icon(name).pixmap(QSize(side, side), ratio)


def clear_pixmap(size: QSize, ratio: float) -> QPixmap:
    """A fully transparent pixmap of ``size`` logical pixels, sharp on a screen of device ratio ``ratio``.

    To draw a picture of something on.
    """
    picture = QPixmap(size * ratio)
    picture.setDevicePixelRatio(ratio)
    picture.fill(QColor(0, 0, 0, 0))
    return picture
