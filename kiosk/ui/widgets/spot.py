"""Spot the red flags on screen: the question's picture, with a button over each of its parts.

The parts are invisible until found. A found flag gets a solid outline and a round badge with its
number (in the order found), a decoy a dotted outline and a tick, and once the answer is checked a
missed flag a dashed outline and a square badge: shapes and numbers, never colour alone. Under the
picture the numbered list says why each one is (or is not) a red flag.

Keyboard: every part is a button, flags and decoys alike, in reading order (Tab, arrows, Enter), so the
focus shows where the parts are but not which are flags; ``kiosk check`` warns about questions without
decoys. A tap outside every part says there is nothing suspicious there.
"""

from __future__ import annotations

import html as html_text
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.model import Choice
from kiosk.content.resources import resolve_image
from kiosk.journey import PresentedQuestion
from kiosk.ui import resources, theme
from kiosk.ui.widgets.cards import CardButton, ChoiceCard
from kiosk.ui.widgets.html import load_image, localise
from kiosk.ui.widgets.plain import plain_text

#: the smallest a part's button is on screen, whatever its drawn size: a fingertip (px at 1080p)
MIN_TARGET = 64
#: the picture takes at most this share of the scrolling area's height, leaving the list in sight
PICTURE_SHARE = 0.78
#: in a column as tall as what it holds (portrait), the picture takes at most this share of the window's
#: height: the column's own height follows the picture, so it cannot bound it
COLUMN_SHARE = 0.5


class RegionButton(CardButton):
    """One part of the picture: a button as large as the part (at least a fingertip), drawn by state.

    It stands in for a ``ChoiceCard`` on the question screen (``choice_id``, ``state``, ``set_state``,
    ``clear``), so the screen, the self-test and the tests treat it as any other choice."""

    def __init__(self, view: SpotView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.choice_id = ""
        self.choice: Choice | None = None
        self.state = ""
        self.outline = QRectF()  # the part itself, in this button's coordinates
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setStyleSheet("background: transparent; border: none;")

    def set_choice(self, choice: Choice, label: str) -> None:
        self.choice_id, self.choice, self.state = choice.id, choice, "idle"
        self.setAccessibleName(label)
        self.update()

    def set_state(self, state: str, words: str = "") -> None:
        if state != self.state:
            self.state = state
            self.view.part_changed(self)
            self.update()

    def clear(self) -> None:
        self.choice_id, self.choice, self.state = "", None, ""
        self.setAccessibleName("")

    @property
    def is_flag(self) -> bool:
        return bool(self.choice and self.choice.correct)

    def look(self) -> str:
        """How the part is drawn: "hidden", "found", "decoy" or "missed"."""
        if self.state in ("selected", "right-chosen", "wrong-chosen"):
            return "found" if self.is_flag else "decoy"
        if self.state == "right-missed":
            return "missed"
        return "hidden"

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        look = self.look()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = theme.current().theme
        s = self.view.scale
        if self.hasFocus():
            pen = QPen(QColor(colors.color("focus")), max(3.0, 4 * s), Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 8 * s, 8 * s)
        if look == "hidden":
            return
        color = QColor(colors.color({"found": "wrong", "missed": "retry", "decoy": "right"}[look]))
        style = {"found": Qt.PenStyle.SolidLine, "missed": Qt.PenStyle.DashLine, "decoy": Qt.PenStyle.DotLine}
        width = max(3.0, (5 if look != "decoy" else 3) * s)
        painter.setPen(QPen(color, width, style[look]))
        fill = QColor(color)
        fill.setAlpha(28 if look != "decoy" else 16)
        painter.setBrush(fill)
        painter.drawRoundedRect(
            self.outline.adjusted(width / 2, width / 2, -width / 2, -width / 2), 6 * s, 6 * s
        )
        self._badge(painter, color, look)

    def _badge(self, painter: QPainter, color: QColor, look: str) -> None:
        side = 40 * self.view.scale
        # Beside the part's top left corner, outside it where the button leaves room (it is at least
        # a fingertip wide), so the badge hides as little of the picture as it can.
        left = max(0.0, self.outline.left() - side * 0.75)
        top = max(0.0, min(self.outline.top() - side * 0.25, self.height() - side))
        box = QRectF(left, top, side, side)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(color)
        if look == "missed":
            painter.drawRect(box)
        else:
            painter.drawEllipse(box)
        font = QFont(painter.font())
        font.setPixelSize(round(side * 0.6))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        text = "✓" if look == "decoy" else str(self.view.number_of(self.choice_id))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class SpotCanvas(QWidget):
    """The picture, fitted to the width (and to a share of the visible height), with the parts on it."""

    def __init__(self, view: SpotView) -> None:
        super().__init__(view)
        self.view = view
        self.svg: QSvgRenderer | None = None
        self.path: Path | None = None
        self.natural = QSize()  # the picture's own size, in the units its areas are written in
        self.origin = QRectF()  # an SVG's viewBox (the areas' coordinates), else (0, 0, w, h)
        self.drawn: QPixmap | None = None  # the picture at its shown size
        sizing = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.setAccessibleName("")

    def set_picture(self, path: Path | None) -> None:
        self.path, self.svg, self.drawn = path, None, None
        self.natural, self.origin = QSize(), QRectF()
        if path is not None and path.suffix.lower() == ".svg":
            renderer = QSvgRenderer(str(path))
            if renderer.isValid():
                self.svg = renderer
                box = renderer.viewBoxF()
                self.origin = box if not box.isEmpty() else QRectF(QPoint(0, 0), renderer.defaultSize())
                self.natural = self.origin.size().toSize()
        elif path is not None:
            from PySide6.QtGui import QImageReader

            self.natural = QImageReader(str(path)).size()
            self.origin = QRectF(0, 0, self.natural.width(), self.natural.height())
        self.updateGeometry()
        self.update()

    def is_tall(self) -> bool:
        return not self.natural.isEmpty() and self.natural.height() > self.natural.width() * 1.1

    def picture_rect(self) -> QRect:
        """Where the picture is drawn: as large as fits, centred."""
        if self.natural.isEmpty():
            return QRect()
        factor = min(self.width() / self.natural.width(), self.height() / self.natural.height())
        w, h = round(self.natural.width() * factor), round(self.natural.height() * factor)
        return QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def map_area(self, area: QRectF) -> QRectF:
        """A rectangle in the picture's units -> this widget's pixels."""
        shown = self.picture_rect()
        if self.origin.isEmpty() or shown.isEmpty():
            return QRectF()
        fx, fy = shown.width() / self.origin.width(), shown.height() / self.origin.height()
        return QRectF(
            shown.x() + (area.x() - self.origin.x()) * fx,
            shown.y() + (area.y() - self.origin.y()) * fy,
            area.width() * fx,
            area.height() * fy,
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        if self.natural.isEmpty():
            return round(200 * self.view.scale)
        if self.is_tall():
            return self._tallest()
        return min(round(width * self.natural.height() / self.natural.width()), self._tallest())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        if self.is_tall() and not self.natural.isEmpty():
            height = self._tallest()
            return QSize(round(height * self.natural.width() / self.natural.height()), height)
        width = round(800 * self.view.scale)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint() if self.is_tall() else QSize(round(240 * self.view.scale), 0)

    def _tallest(self) -> int:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return round(640 * self.view.scale)
        least = round(240 * self.view.scale)
        if getattr(parent, "fit", False):
            # Measured against the viewport, the picture would shrink the column that sizes the
            # viewport, and so on down to the least: a portrait screen showed a thumbnail.
            return max(least, round(self.window().height() * COLUMN_SHARE))
        share = (
            0.98 if self.is_tall() else PICTURE_SHARE
        )  # beside its notes, a tall picture may fill the height
        return max(least, round(parent.viewport().height() * share))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self.drawn = None
        self.view.place_parts()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        shown = self.picture_rect()
        if shown.isEmpty():
            return
        ratio = self.devicePixelRatioF()
        if self.drawn is None or self.drawn.size() != shown.size() * ratio:
            self.drawn = self._draw(shown.size(), ratio)
        painter = QPainter(self)
        painter.drawPixmap(shown.topLeft(), self.drawn)
        painter.setPen(QPen(QColor(theme.current().theme.color("line")), 2))
        painter.drawRect(QRectF(shown).adjusted(1, 1, -1, -1))

    def _draw(self, size: QSize, ratio: float) -> QPixmap:
        if self.svg is not None:
            picture = resources.clear_pixmap(size, ratio)
            painter = QPainter(picture)
            self.svg.render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            return picture
        assert self.path is not None
        return QPixmap.fromImage(load_image(self.path, size, ratio))

    def element_area(self, element: str) -> QRectF:
        """An SVG element's bounds in the picture's units (its own transforms applied)."""
        if self.svg is None or not self.svg.elementExists(element):
            return QRectF()
        return self.svg.transformForElement(element).mapRect(self.svg.boundsOnElement(element))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        # A tap that reached the canvas missed every part.
        if self.picture_rect().contains(event.position().toPoint()):
            self.view.missed_tap()


class SpotView(QWidget):
    """A spot-the-flags question's picture and parts; ``toggled`` says which part a tap found."""

    toggled = Signal(str)

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.canvas = SpotCanvas(self)
        self.parts: list[RegionButton] = []
        self.order: list[str] = []  # choice ids in the order they were found (flags), then missed
        self.folder: Path | None = None
        self.pack_root: Path | None = None
        self.tapped_nothing = False
        self.notes = QLabel()
        self.notes.setObjectName("SpotNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.nothing = QLabel()
        plain_text(self.nothing)
        self.nothing.setObjectName("SpotNothing")
        self.nothing.setWordWrap(True)
        # A tall picture (a phone's screen) has its notes beside it; a wide one (an e-mail) above them.
        self.row = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(round(24 * scale))
        # At the top: beside notes taller than it (a tall picture), centred it would slide down as they grow.
        self.row.addWidget(self.canvas, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(round(12 * scale))
        words.addWidget(self.nothing)
        words.addWidget(self.notes)
        words.addStretch(1)
        self.row.addLayout(words, 1)
        self.nothing.hide()
        self.notes.hide()

    # -- the ChoiceView protocol (kiosk.ui.question_kinds) ---------------------------------------------

    def fill(
        self, shown: PresentedQuestion, marker: str, folder: Path | None, pack_root: Path | None
    ) -> dict[str, ChoiceCard]:
        self.empty()
        self.folder, self.pack_root = folder, pack_root
        src = shown.question.picture
        path = resolve_image(folder, pack_root, src) if folder and pack_root and src else None
        self.canvas.set_picture(path)
        self.row.setDirection(
            QBoxLayout.Direction.LeftToRight if self.canvas.is_tall() else QBoxLayout.Direction.TopToBottom
        )
        self.canvas.setAccessibleName(_plain(shown.question.html))
        while len(self.parts) < len(shown.choices):
            part = RegionButton(self, self.canvas)
            part.clicked.connect(lambda _=False, p=part: self._tapped(p))
            self.parts.append(part)
        for part, choice in zip(self.parts, shown.choices, strict=False):
            part.set_choice(choice, _plain(choice.html))
        used = self.parts[: len(shown.choices)]
        for part in self.parts[len(shown.choices) :]:
            part.hide()
        self.place_parts()
        # Reading order for Tab and the arrows: top to bottom, then left to right, in the picture's units
        # (the parts are not laid out yet when a question is filled).
        band = max(1.0, self.canvas.natural.height() / 40)
        ordered = sorted(used, key=lambda p: (round(self._area(p).top() / band), self._area(p).left()))
        for first, second in zip(ordered, ordered[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for part in ordered:
            part.show()
        return {part.choice_id: part for part in ordered}  # type: ignore[misc]

    def empty(self) -> None:
        for part in self.parts:
            part.hide()
            part.clear()
        self.order = []
        self.tapped_nothing = False
        self.canvas.set_picture(None)
        self.canvas.setAccessibleName("")
        self.notes.setText("")
        self.notes.hide()
        self.nothing.setText("")
        self.nothing.hide()

    # -- parts -----------------------------------------------------------------------------------------

    def place_parts(self) -> None:
        """Each part's button over its place on the picture, at least a fingertip in size."""
        least = round(MIN_TARGET * self.scale)
        for part in self.parts:
            if part.choice is None or part.choice.region is None:
                continue
            outline = self.canvas.map_area(self._area(part))
            room = round(30 * self.scale)  # for the badge beside the part
            target = outline.toAlignedRect().adjusted(-room, -room // 2, 4, 4)
            target = target.intersected(self.canvas.rect())
            if target.width() < least:
                target.adjust(-(least - target.width()) // 2, 0, (least - target.width() + 1) // 2, 0)
            if target.height() < least:
                target.adjust(0, -(least - target.height()) // 2, 0, (least - target.height() + 1) // 2)
            part.setGeometry(target)
            part.outline = outline.translated(-target.x(), -target.y())

    def _area(self, part: RegionButton) -> QRectF:
        """The part's place in the picture's units."""
        region = part.choice.region if part.choice else None
        if region is None:
            return QRectF()
        if region.element:
            return self.canvas.element_area(region.element)
        return QRectF(region.x, region.y, region.width, region.height)

    def _tapped(self, part: RegionButton) -> None:
        # A click that lands after the part was emptied asks for nothing; once checked, taps change nothing.
        if part.choice_id and part.state in ("idle", "selected"):
            self.nothing.hide()
            self.toggled.emit(part.choice_id)

    def missed_tap(self) -> None:
        if any(part.state not in ("idle", "selected", "") for part in self.parts):
            return  # the answer is checked
        self.tapped_nothing = True
        self.nothing.setText(self.tr("Nothing suspicious there. Keep looking!"))
        self.nothing.show()

    def part_changed(self, part: RegionButton) -> None:
        """A part's state changed: number it if it is a flag newly found (or missed), list the notes."""
        if part.is_flag and part.look() in ("found", "missed") and part.choice_id not in self.order:
            self.order.append(part.choice_id)
        self._list_notes()

    def number_of(self, choice_id: str) -> int:
        return self.order.index(choice_id) + 1 if choice_id in self.order else 0

    def found_count(self) -> tuple[int, int]:
        """(flags found, flags in all)."""
        flags = [part for part in self.parts if part.choice_id and part.is_flag]
        return sum(1 for part in flags if part.look() == "found"), len(flags)

    def _list_notes(self) -> None:
        """The notes, what the visitor should read next first, so it sits right under the picture (the
        rest may be below the fold): before Check the flag found last, after it the flags missed."""
        by_id = {part.choice_id: part for part in self.parts if part.choice_id}
        checked = any(
            part.look() == "missed" or part.state not in ("idle", "selected", "") for part in by_id.values()
        )
        if checked:
            looks = {choice_id: by_id[choice_id].look() for choice_id in self.order if choice_id in by_id}
            order = [c for c in self.order if looks.get(c) == "missed"] + [
                c for c in self.order if looks.get(c) != "missed"
            ]
        else:
            order = list(reversed(self.order))
        rows = []
        for choice_id in order:
            part = by_id.get(choice_id)
            if part is None or part.choice is None:
                continue
            head = self.tr("%1. Missed: %2") if part.look() == "missed" else self.tr("%1. Red flag: %2")
            rows.append(self._row(head, part))
        for part in by_id.values():
            if part.look() == "decoy" and part.choice is not None:
                rows.append(self._row(self.tr("✓ Fine: %2"), part))
        text = "".join(rows)
        if self.notes.text() != text:
            self.notes.setText(text)
        self.notes.setVisible(bool(text))

    def _row(self, head: str, part: RegionButton) -> str:
        assert part.choice is not None
        title = head.replace("%1", str(self.number_of(part.choice_id))).replace(
            "%2", html_text.escape(part.accessibleName())
        )
        why, _ = localise(
            part.choice.feedback_html,
            self.folder,
            self.pack_root,
            scale=self.scale,
            max_width=round(600 * self.scale),
            max_height=round(200 * self.scale),
        )
        return f"<p><b>{title}</b></p>{why}"

    def retranslate(self) -> None:
        self._list_notes()
        if self.tapped_nothing and self.nothing.isVisible():
            self.nothing.setText(self.tr("Nothing suspicious there. Keep looking!"))


def _plain(fragment_html: str) -> str:
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(fragment_html).toPlainText().strip()
