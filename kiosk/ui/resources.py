"""Icons and the stylesheet, found through kiosk.paths, filled with the theme's tokens and scaled for the
screen the kiosk runs on.

Icons are SVG templates (``assets/icons``): their colours are theme tokens, and ``$ink`` is the colour
of the words beside them, chosen by whoever shows the icon. They are coloured when drawn, from the look
in use (``kiosk.ui.theme.current()``), so a theme switched at run time shows at the next paint.
"""

from __future__ import annotations

import re
import tempfile
import zlib
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from kiosk import paths
from kiosk.ui import theme

#: the screen the stylesheet's sizes are written for
DESIGN_SIZE = QSize(1920, 1080)
_PX = re.compile(r"(\d+(?:\.\d+)?)px")
_RGBA = re.compile(r"rgba\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*([\d.]+)\s*\)")
#: what an icon's ``$ink`` is when no one says otherwise: the colour of an ordinary button's words
DEFAULT_INK = "button"
#: icon pictures kept (a few dozen name/size pairs per look; cleared when the look changes)
PICTURES_KEPT = 256


#: the scale of the smallest screen the visitor screens are designed for (1024x768); a smaller window
#: gets this scale too (and its screens scroll) so text and touch targets keep their sizes
SMALLEST_VISITOR_SCALE = 0.73


def scale_for(size: QSize) -> float:
    """How much bigger than the 1080p design the screen is (logical pixels, so HiDPI is already in)."""
    scale = min(size.width() / DESIGN_SIZE.width(), size.height() / DESIGN_SIZE.height())
    return max(0.5, min(scale, 3.0))


def visitor_scale(size: QSize) -> float:
    """The visitor screens' scale: the 1080p design's sizes times this, in either orientation.

    A portrait 1080x1920 screen is a 1080-line screen like 1920x1080 (scale 1), not a landscape
    layout shrunk to its width. Screens larger than the design scale linearly (4K: 2); smaller ones
    by the square root of the linear factor, so 1280x720 (0.67 linear) gets 0.82 and 1024x768 0.73:
    the screen holds less, in type that still reads from a metre away (the layouts reflow and scroll).
    """
    long_side, short_side = max(size.width(), size.height()), min(size.width(), size.height())
    linear = min(long_side / DESIGN_SIZE.width(), short_side / DESIGN_SIZE.height())
    if linear >= 1.0:
        return min(linear, 3.0)
    # quantised, so a window dragged bigger does not restyle at every pixel
    return max(SMALLEST_VISITOR_SCALE, round(linear**0.5, 2))


def is_portrait(size: QSize) -> bool:
    return size.height() > size.width()


def scale_px(value: float, scale: float) -> int:
    # Hairlines stay visible on a small screen: never round a non-zero size down to nothing.
    return max(1, round(value * scale)) if value else 0


def scale_sizes(qss: str, scale: float) -> str:
    """Every ``Npx`` in ``qss`` multiplied by ``scale``."""
    return _PX.sub(lambda m: f"{scale_px(float(m.group(1)), scale)}px", qss)


@cache
def _stylesheet_template() -> str:
    return paths.asset("style.qss").read_text(encoding="utf-8")


def stylesheet(scale: float, look: theme.Look | None = None) -> str:
    """The visitor stylesheet for ``look`` (the one in use by default), every size times ``scale``
    and its text never below the type scale's floor (``theme.text_px``)."""
    look = look or theme.current()
    return theme.fill(
        scale_sizes(_stylesheet_template(), scale),
        look.theme,
        look.text_scale,
        source="assets/style.qss",
        screen_scale=scale,
    )


def color(name: str, look: theme.Look | None = None) -> QColor:
    """The theme colour ``name`` (a token of the colour group) as a QColor."""
    value = (look or theme.current()).theme.color(name)
    found = _RGBA.fullmatch(value)
    if found:
        r, g, b, a = found.groups()
        return QColor(int(r), int(g), int(b), round(float(a) * 255))
    return QColor(value)


def font_px(name: str, scale: float, look: theme.Look | None = None) -> int:
    """A size of the type scale (times the text scale) in pixels on a screen of ``scale``."""
    look = look or theme.current()
    return round(theme.text_px(look.theme.font_px(name), scale, look.text_scale))


def icon_path(name: str) -> str:
    return str(paths.asset("icons", f"{name}.svg"))


@cache
def _icon_template(name: str) -> str:
    return paths.asset("icons", f"{name}.svg").read_text(encoding="utf-8")


def icon_svg(name: str, ink: str = DEFAULT_INK, look: theme.Look | None = None) -> str:
    """The SVG text of icon ``name`` with its colours filled in from ``look`` (``$ink`` from token ``ink``)."""
    look = look or theme.current()
    return theme.fill(
        _icon_template(name),
        look.theme,
        values={"ink": look.theme.color(ink)},
        source=f"assets/icons/{name}.svg",
    )


_files: dict[tuple[object, ...], str] = {}


def icon_file(name: str, ink: str = DEFAULT_INK, look: theme.Look | None = None) -> str:
    """A file holding icon ``name`` coloured for ``look``, for stylesheets (``image: url(...)``) that
    need a path. Named after its content in the kiosk's cache folder, so a look's file is written once
    and reused by later runs; a temporary folder if the cache folder cannot be written."""

    look = look or theme.current()
    key = (look.key, name, ink)
    if key not in _files:
        svg = icon_svg(name, ink, look)
        file_name = f"{name}-{zlib.crc32(svg.encode('utf-8')):08x}.svg"
        for where in (lambda: paths.cache_dir() / "icons", _temporary_folder):
            folder = where()
            path = folder / file_name
            try:
                if not path.is_file() or path.read_text(encoding="utf-8") != svg:
                    folder.mkdir(parents=True, exist_ok=True)
                    path.write_text(svg, encoding="utf-8")
            except OSError:
                continue
            _files[key] = str(path)
            break
        else:
            raise OSError(f"no folder to write the icon {name} in")
    return _files[key]


@cache
def _temporary_folder() -> Path:
    # Kept referenced for the whole run; removed when the interpreter exits.
    folder = tempfile.TemporaryDirectory(prefix="cyber-kiosk-icons-")
    _folders.append(folder)
    return Path(folder.name)


_folders: list[object] = []
_pictures: dict[tuple[object, ...], QPixmap] = {}


def _render(name: str, ink: str, size: QSize) -> QPixmap:
    """The icon drawn to fit ``size`` device pixels, keeping its shape (as Qt's own SVG icon engine does)."""
    renderer = QSvgRenderer(QByteArray(icon_svg(name, ink).encode("utf-8")))
    picture = QPixmap(renderer.defaultSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    picture.fill(QColor(0, 0, 0, 0))
    painter = QPainter(picture)
    renderer.render(painter)
    painter.end()
    return picture


class ThemedIconEngine(QIconEngine):
    """Draws one SVG icon in the colours of the look in use; pictures are kept per look, size and mode."""

    def __init__(self, name: str, ink: str = DEFAULT_INK) -> None:
        super().__init__()
        self.name, self.ink = name, ink

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self.name, self.ink)

    def isNull(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def key(self) -> str:
        return "kiosk-themed-svg"

    def actualSize(self, size: QSize, mode, state) -> QSize:  # noqa: ANN001, N802 (Qt's name)
        return size

    def pixmap(self, size: QSize, mode, state) -> QPixmap:  # noqa: ANN001
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:  # noqa: ANN001, N802
        """The icon at ``size`` logical pixels on a screen of device pixel ratio ``scale`` (Qt 6.8 and
        later pass the logical size, as ``QIcon.pixmap(size, ratio)`` is given it)."""
        key = (theme.current().key, self.name, self.ink, size.width(), size.height(), mode, state, scale)
        picture = _pictures.get(key)
        if picture is None:
            if len(_pictures) >= PICTURES_KEPT:
                _pictures.clear()
            picture = _render(self.name, self.ink, size * scale)
            picture = _styled(picture, mode)
            picture.setDevicePixelRatio(scale)
            _pictures[key] = picture
        return picture

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:  # noqa: ANN001
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))


def _styled(picture: QPixmap, mode) -> QPixmap:  # noqa: ANN001
    """The picture as the style shows an icon in ``mode`` (greyed when disabled), as Qt's SVG engine does."""

    # Qt's styles leave normal and active icons as they are; asking the style before the first frame
    # would make it build the application's style there (about 50 ms of the kiosk's start).
    if mode in (QIcon.Mode.Normal, QIcon.Mode.Active) or QApplication.instance() is None:
        return picture
    option = QStyleOption()
    option.palette = QGuiApplication.palette()
    return QApplication.style().generatedIconPixmap(mode, picture, option)


@cache
def _icon(name: str, ink: str) -> QIcon:
    return QIcon(ThemedIconEngine(name, ink))


def icon(name: str, ink: str = DEFAULT_INK) -> QIcon:
    """Icon ``name``, coloured from the look in use whenever it is drawn; ``ink`` names a colour token."""
    return _icon(name, ink)


def pixmap(name: str, side: int, ratio: float = 1.0, ink: str = DEFAULT_INK) -> QPixmap:
    """The icon ``name`` rendered sharp at ``side`` logical pixels on a screen of device ratio ``ratio``."""
    return icon(name, ink).pixmap(QSize(side, side), ratio)


#: the attribute a label shown an icon by ``show_icon`` keeps its icon in, for ``refresh_icon``
_ICON_ATTR = "_kiosk_icon"


def show_icon(label, name: str, side: int, ratio: float = 1.0, ink: str = DEFAULT_INK) -> None:  # noqa: ANN001
    """Show icon ``name`` on ``label`` (a QLabel) at ``side`` logical pixels, and remember which, so a
    theme switched at run time draws it again (``refresh_icon``; see kiosk.ui.restyle)."""
    setattr(label, _ICON_ATTR, (name, side, ink))
    label.setPixmap(pixmap(name, side, ratio, ink))


def drop_icon(label) -> None:  # noqa: ANN001
    """``label`` shows something else now (a lesson's own picture): a theme switch leaves it alone."""
    setattr(label, _ICON_ATTR, None)


def refresh_icon(label) -> bool:  # noqa: ANN001
    """Draw again the icon ``show_icon`` put on ``label`` in the look now in use; False if it has none."""
    shown = getattr(label, _ICON_ATTR, None)
    if shown is None:
        return False
    name, side, ink = shown
    label.setPixmap(pixmap(name, side, label.devicePixelRatioF(), ink))
    return True


def forget_pictures() -> None:
    """Drop every kept icon picture (they are keyed on the look, so this only frees memory)."""
    _pictures.clear()


def clear_pixmap(size: QSize, ratio: float) -> QPixmap:
    """A fully transparent pixmap of ``size`` logical pixels, sharp on a screen of device ratio ``ratio``.

    To draw a picture of something on.
    """
    picture = QPixmap(size * ratio)
    picture.setDevicePixelRatio(ratio)
    picture.fill(QColor(0, 0, 0, 0))
    return picture
