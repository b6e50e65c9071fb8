"""Lesson HTML on screen: images resolved inside the pack only, links inert, nothing fetched.

``LessonView`` (a QTextBrowser) loads only the image files that ``localise`` resolved for the current
HTML and refuses everything else. ``localise`` also serves rich-text labels (choices, feedback): it
swaps every ``<img>`` for one that names an approved file with a size that fits, or for its alt text.
"""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextDocument
from PySide6.QtWidgets import QFrame, QScroller, QTextBrowser, QWidget

from kiosk.content.resources import resolve_image
from kiosk.ui import theme

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
SVG_GROWTH = 1.5
_ATTR = re.compile(r'(\w[\w-]*)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')


def _attributes(tag: str) -> dict[str, str]:
    return {
        m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or "") for m in _ATTR.finditer(tag)
    }


def fitted_size(natural: QSize, scale: float, max_width: int, max_height: int) -> QSize:
    """The picture's size on screen: its own size at the UI scale, shrunk (never stretched) to fit."""
    if not natural.isValid() or natural.isEmpty():
        return QSize(max_width // 2, max_height // 2)
    w, h = natural.width() * scale, natural.height() * scale
    factor = min(1.0, max_width / w, max_height / h)
    return QSize(max(1, round(w * factor)), max(1, round(h * factor)))


def localise(
    html: str, folder: Path | None, pack_root: Path | None, *, scale: float, max_width: int, max_height: int
) -> tuple[str, dict[str, tuple[Path, QSize]]]:
    """``html`` with images pointing at approved local files; also returns url -> (file, size)."""
    approved: dict[str, tuple[Path, QSize]] = {}

    def swap(match: re.Match[str]) -> str:
        attrs = _attributes(match.group(0))
        alt = html_lib.escape(attrs.get("alt", ""))
        path = resolve_image(folder, pack_root, attrs.get("src", "")) if folder and pack_root else None
        if path is None:
            return f"<i>{alt}</i>" if alt else ""
        # Drawings (SVG) are authored small and stay sharp at any size: show them half as big again.
        grow = SVG_GROWTH if path.suffix.lower() == ".svg" else 1.0
        size = fitted_size(QImageReader(str(path)).size(), scale * grow, max_width, max_height)
        url = QUrl.fromLocalFile(str(path)).toString()
        approved[url] = (path, size)
        return (
            f'<img src="{html_lib.escape(url)}" width="{size.width()}" height="{size.height()}" alt="{alt}">'
        )

    return _IMG.sub(swap, html), approved


def load_image(path: Path, size: QSize, ratio: float) -> QImage:
    """Decode at the size it is shown (SVGs render sharp, huge photos do not sit in memory whole)."""
    reader = QImageReader(str(path))
    reader.setScaledSize(size * ratio)
    image = reader.read()
    image.setDevicePixelRatio(ratio)
    return image


class LessonView(QTextBrowser):
    """A lesson page: big text, pictures from the pack, drag to scroll, no links, no selection."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self._approved: dict[str, tuple[Path, QSize]] = {}
        self._pictures: dict[str, QImage] = {}  # decoded ahead for the page being set, by URL
        self._shown: tuple[str, Path | None, Path | None] | None = None  # the page, as show_html was given it
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A finger drags the page; the mouse does too, the same gesture a visitor would try.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.document().setDocumentMargin(max(8, round(36 * scale)))
        # A page prepared ahead (``prepare_page``): what it was made from, its localised HTML and pictures.
        self._ahead: tuple[tuple[object, ...], str, dict[str, tuple[Path, QSize]], dict[str, QImage]] | None
        self._ahead = None

    def _page_key(self, html: str, folder: Path | None, pack_root: Path | None) -> tuple[object, ...]:
        """The page and the bounds its pictures get now (they follow the view's width once it shows)."""
        margin = 2 * self.document().documentMargin() + 4
        max_width = (
            max(100, round(self.viewport().width() - margin))
            if self.isVisible()
            else round(1200 * self.scale)
        )
        max_height = max(100, round(420 * self.scale))
        # The look (theme, text scale) too: a page prepared under another look is not shown under this one.
        return (html, folder, pack_root, max_width, max_height, self.devicePixelRatioF(), theme.current().key)

    def _localise(self, key: tuple[object, ...]) -> tuple[str, dict[str, tuple[Path, QSize]]]:
        html, folder, pack_root, max_width, max_height, *_ = key
        return localise(html, folder, pack_root, scale=self.scale, max_width=max_width, max_height=max_height)  # type: ignore[arg-type]

    def prepare_page(self, html: str, folder: Path | None, pack_root: Path | None) -> None:
        """Localise and decode the pictures of the page the next tap most likely shows, while this one shows.

        Decoding a drawing (an SVG rendered at its size) is the costly part of turning to a picture page;
        ``show_html`` of that same page at the same width then only lays it out. One page is kept.
        """
        key = self._page_key(html, folder, pack_root)
        if self._ahead is not None and self._ahead[0] == key:
            return
        localised, approved = self._localise(key)
        ratio = self.devicePixelRatioF()
        pictures = {url: load_image(path, size, ratio) for url, (path, size) in approved.items()}
        self._ahead = (key, localised, approved, pictures)

    def show_html(self, html: str, folder: Path | None, pack_root: Path | None) -> None:
        self._shown = (html, folder, pack_root)
        key = self._page_key(html, folder, pack_root)
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == key:
            html, self._approved, self._pictures = ahead[1], ahead[2], ahead[3]
        else:
            html, self._approved = self._localise(key)
            self._pictures = {}
        self.document().setDefaultStyleSheet(self._css())
        # The document asks for its pictures as it lays the page out (at the next paint): they stay
        # here until another page comes (shared with the document's own copies, not duplicated).
        self.setHtml(html)
        self.scroll_to_top()

    def theme_changed(self) -> None:
        """Lay the page out again in the look now in use (its headings' sizes and colours are the theme's)."""
        if self._shown is not None:
            self.show_html(*self._shown)

    def clear_page(self) -> None:
        self._shown = None
        self._approved, self._pictures = {}, {}
        self._ahead = None
        self.clear()
        self.scroll_to_top()

    def scroll_to_top(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)

    def _css(self) -> str:
        s = self.scale
        look = theme.current()
        tokens, text = look.theme, look.text_scale

        def font(name: str) -> int:
            return round(theme.text_px(tokens.font_px(name), s, text))

        def space(name: str) -> int:
            return round(tokens.spacing[name] * s)

        return (
            f"h1 {{ font-size: {font('heading-xl')}px; font-weight: 800; margin-bottom: {space('heading')}px; }}"
            f"h2 {{ font-size: {font('heading')}px; font-weight: 700; }}"
            f"h3 {{ font-size: {font('lead')}px; font-weight: 700; }}"
            f"p {{ margin-bottom: {space('paragraph')}px; }}"
            f"code {{ background-color: {tokens.color('code-surface')}; }}"
            f"blockquote {{ color: {tokens.color('text-soft')}; }}"
            f"table {{ border-collapse: collapse; }}"
            f"td, th {{ padding: {space('cell')}px; border: 1px solid {tokens.color('table-line')}; }}"
        )

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        # Only pictures this page's HTML was given by localise(); never a link, stylesheet or file URL
        # that arrived any other way.
        key = url.toString() if isinstance(url, QUrl) else str(url)
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
            found = self._approved.get(key)
            if found is not None:
                picture = self._pictures.get(key)
                return (
                    picture
                    if picture is not None
                    else load_image(found[0], found[1], self.devicePixelRatioF())
                )
        return None
