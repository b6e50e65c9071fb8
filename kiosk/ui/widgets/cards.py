"""Big tappable cards: a lesson in the catalogue and a choice in a question.

Both are buttons (focus, Space/Enter, accessible names, ``clicked``) holding ordinary labels, so the
stylesheet draws them and a finger can hit anywhere on them.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QImageReader,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.fit import SUMMARY_LINES, TITLE_LINES
from kiosk.content.linebreak import hint_text
from kiosk.content.model import Choice, LessonMeta
from kiosk.content.resources import resolve_image
from kiosk.ui import resources, theme
from kiosk.ui.widgets.elided import ElidedText
from kiosk.ui.widgets.html import fitted_size, load_image, localise

#: background pictures a card class keeps (a size or two times the states: focus, finished, hover);
#: a lesson card's is 0.9 MB at 1080p, 3.7 MB at 4K
BACKGROUNDS_KEPT = 8


def _drawn_states() -> QStyle.StateFlag:
    """The style states a stylesheet can draw differently (:disabled, :focus, :hover, :pressed,
    :checked); others (the window being active, how focus came) must not make another picture."""
    flag = QStyle.StateFlag
    return flag.State_Enabled | flag.State_HasFocus | flag.State_MouseOver | flag.State_Sunken | flag.State_On


def text_label(name: str, *, wrap: bool = True, rich: bool = False) -> QLabel:
    """A label for words (rich or plain) that a finger cannot select and whose taps reach its card."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


def repolish(widget: QWidget, *descendants: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property it selects on has changed.

    Only ``widget`` and the ``descendants`` whose rules select on that property are re-polished:
    polishing costs, and a screen change has a 50 ms budget.
    """
    for target in (widget, *descendants):
        target.style().unpolish(target)
        target.style().polish(target)


class CardButton(QAbstractButton):
    """A button drawn by the stylesheet, with a layout of labels inside.

    A subclass whose cards share one size may set ``backgrounds`` to a dict: its stylesheet-drawn
    background and rounded border are then drawn once per size, state and look (theme and text scale)
    into a picture that every card reuses (a rounded border cost a lesson card about 0.4 ms a paint, 3.5 ms a catalogue).
    """

    backgrounds: ClassVar[dict[tuple[object, ...], QPixmap] | None] = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        option = QStyleOption()
        option.initFrom(self)
        pictures = self.backgrounds
        if pictures is None:
            self.draw_background(QPainter(self), option)
            return
        ratio = self.devicePixelRatioF()
        looks = (
            self.size(),
            ratio,
            option.state & _drawn_states(),
            self.background_key(),
            theme.current().key,
        )
        picture = pictures.get(looks)
        if picture is None:
            if len(pictures) >= BACKGROUNDS_KEPT:
                pictures.clear()
            picture = resources.clear_pixmap(self.size(), ratio)
            painter = QPainter(picture)
            self.draw_background(painter, option)
            painter.end()
            pictures[looks] = picture
        QPainter(self).drawPixmap(0, 0, picture)

    def background_key(self) -> object:
        """What, besides size and state, the stylesheet draws the background from (dynamic properties)."""
        return None

    def draw_background(self, painter: QPainter, option: QStyleOption) -> None:
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.animateClick()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.focusNextChild()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.focusPreviousChild()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        layout = self.layout()
        return layout is not None and layout.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


class LessonCard(CardButton):
    """A lesson in the catalogue: cover, title, summary, minutes, and a tick once this visitor finished it."""

    backgrounds: ClassVar[dict[tuple[object, ...], QPixmap] | None] = {}

    def __init__(
        self, meta: LessonMeta, pack_root: Path, scale: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lesson_id = meta.id
        self.meta = meta
        self.pack_root = pack_root
        self.finished = False
        self.setProperty("finished", "false")
        s = scale
        self._cover_box = QSize(round(560 * s), round(170 * s))
        self._cover_key: Path | None | str = ""  # the picture on the card now
        # One height for every card keeps the grid calm: the title gets two lines and the summary
        # three, each ending with "…" if the words need more (``kiosk check`` warns about those), and
        # the card is as tall as its fonts make those lines, so larger text grows it rather than clips.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        outer.setSpacing(0)
        self.cover = QLabel()
        self.cover.setObjectName("CardCover")
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setFixedHeight(round(190 * s))
        self.cover.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Its stylesheet background is part of the card's background picture (draw_background).
        self.cover.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        outer.addWidget(self.cover)
        body = QVBoxLayout()
        body.setContentsMargins(round(24 * s), round(16 * s), round(24 * s), round(18 * s))
        body.setSpacing(round(8 * s))
        self.title = ElidedText("CardTitle", TITLE_LINES, reserve=True)
        self.summary = ElidedText("CardSummary", SUMMARY_LINES, reserve=True)
        body.addWidget(self.title)
        body.addWidget(self.summary)
        body.addStretch(1)
        footer = QHBoxLayout()
        footer.setSpacing(round(8 * s))
        side = round(28 * s)
        self.clock = QLabel()
        resources.show_icon(self.clock, "clock", side, self.devicePixelRatioF())
        self.minutes = text_label("CardMinutes", wrap=False)
        self.done_icon = QLabel()
        resources.show_icon(self.done_icon, "done", side, self.devicePixelRatioF())
        self.done_text = text_label("CardDone", wrap=False)
        for widget in (self.clock, self.done_icon):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        footer.addWidget(self.clock)
        footer.addWidget(self.minutes)
        footer.addStretch(1)
        footer.addWidget(self.done_icon)
        footer.addWidget(self.done_text)
        body.addLayout(footer)
        outer.addLayout(body)
        self.set_meta(meta)
        self._apply_finished()

    def set_meta(self, meta: LessonMeta) -> None:
        """Show the lesson in another language; the cover is decoded again only if it is another file."""
        self.meta = meta
        self.title.setText(hint_text(meta.title))
        self.summary.setText(hint_text(meta.summary))  # shown even when empty: every card keeps one height
        self.clock.setVisible(meta.minutes is not None)
        path = resolve_image(meta.folder, self.pack_root, meta.cover) if meta.cover else None
        if path != self._cover_key:
            self._set_cover(path, self._cover_box)
            self._cover_key = path

    def _set_cover(self, path: Path | None, box: QSize) -> None:
        if path is None:
            resources.show_icon(self.cover, "shield", round(box.height() * 0.6), self.devicePixelRatioF())
            return
        resources.drop_icon(self.cover)
        # A large factor makes fitted_size fill the box (keeping the shape) whatever the file's own size.
        size = fitted_size(QImageReader(str(path)).size(), 100.0, box.width(), box.height())
        image = load_image(path, size, self.devicePixelRatioF())
        self.cover.setPixmap(QPixmap.fromImage(image))

    def background_key(self) -> object:
        return self.finished, self.cover.geometry().getRect()

    def draw_background(self, painter: QPainter, option: QStyleOption) -> None:
        """The card's background and border, and under the cover picture its own rounded background."""
        super().draw_background(painter, option)
        cover = QStyleOption()
        cover.initFrom(self.cover)
        painter.save()
        painter.translate(self.cover.pos())
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, cover, painter, self.cover)
        painter.restore()

    def set_texts(self, minutes: str, done: str, accessible: str) -> None:
        self.minutes.setText(minutes)
        self.done_text.setText(done)
        self.setAccessibleName(accessible)

    def set_finished(self, finished: bool) -> None:
        if finished != self.finished:
            self.finished = finished
            self._apply_finished()

    def _apply_finished(self) -> None:
        finished = self.finished
        self.setProperty("finished", "true" if finished else "false")
        self.done_icon.setVisible(finished)
        self.done_text.setVisible(finished)
        repolish(self)


class ChoiceCard(CardButton):
    """One answer to a question: a radio or box marker, the choice's text, and after answering its verdict."""

    STATES = ("idle", "selected", "right-chosen", "wrong-chosen", "right-missed", "other")
    #: the object name of the choice's words (the stylesheet sizes them)
    TEXT_NAME = "ChoiceText"

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice_id = ""
        self.marker_kind = "radio"  # "radio" (one answer) or "box" (any number)
        self.plain_text = ""
        self.scale = scale
        self.state = ""
        self._marker = ""  # the marker and verdict icons now drawn, so unchanged ones are not redrawn
        self._verdict_icon: str | None = ""
        s = scale
        self.marker = QLabel()
        self.marker.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text = text_label(self.TEXT_NAME, rich=True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status_icon = QLabel()
        self.status_icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.status = text_label("ChoiceStatus")  # wraps where the words beside it cannot (a password)
        # The verdict's icon and words come and go together, in one box: Qt lays a card out again at
        # once whenever a widget in it is shown, so one show beats two. Spaced as if in the row itself.
        self.verdict_box = QWidget()
        self.verdict_box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        verdict = QHBoxLayout(self.verdict_box)
        verdict.setContentsMargins(0, 0, 0, 0)
        verdict.setSpacing(round(20 * s))
        verdict.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        verdict.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        self.arrange()

    def arrange(self) -> None:
        """Lay the marker, the words and the verdict out: in one row, the words taking the width."""
        s = self.scale
        row = QHBoxLayout(self)
        row.setContentsMargins(round(22 * s), round(14 * s), round(22 * s), round(14 * s))
        row.setSpacing(round(20 * s))
        row.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text, 1)
        row.addWidget(self.verdict_box)  # the row's full height, so its two centre exactly as in the row

    def set_choice(self, choice: Choice, marker: str, folder: Path | None, pack_root: Path | None) -> None:
        """Show ``choice`` with a ``marker`` ("radio" or "box"); cards are refilled question after
        question, since styling new ones is slow."""
        self.choice_id = choice.id
        self.marker_kind = marker
        s = self.scale
        html, _ = localise(
            choice.html, folder, pack_root, scale=s, max_width=round(480 * s), max_height=round(200 * s)
        )
        self.text.setText(html)
        self.plain_text = QTextDocumentFragment.fromHtml(choice.html).toPlainText().strip()
        self.setAccessibleName(self.plain_text)
        self.set_state("idle", "")  # the marker follows `marker_kind` too: set_state compares it

    def clear(self) -> None:
        self.choice_id = self.plain_text = ""
        self.text.setText("")
        # A pooled card must not keep the last visitor's choice (checked) or verdict while it waits.
        self.set_state("idle", "")
        self.setAccessibleName("")

    def nextCheckState(self) -> None:  # noqa: N802 (Qt's name)
        # A tap only asks; the journey decides what is chosen and set_state shows it.
        return

    def set_state(self, state: str, status_text: str) -> None:
        """Show one of STATES; after answering, ``status_text`` says in words what the colour says.

        Only what differs from the card's last state is touched: re-polishing a card (its stylesheet
        rules select on ``state``) and redrawing icons are the costly part of a screen change.
        """
        assert state in self.STATES, state
        side = round(40 * self.scale)
        ratio = self.devicePixelRatioF()
        chosen = state in ("selected", "right-chosen", "wrong-chosen")
        marker = f"{self.marker_kind}-{'on' if chosen else 'off'}"
        if marker != self._marker:
            resources.show_icon(self.marker, marker, side, ratio)
            self._marker = marker
        verdict_icon = {"right-chosen": "right", "right-missed": "right", "wrong-chosen": "wrong"}.get(state)
        shown = verdict_icon is not None or bool(status_text)
        if not shown and not self.verdict_box.isHidden():
            self.verdict_box.hide()
        # Changed while the box is hidden (or staying shown), the icon and words cost no layout each.
        if verdict_icon != self._verdict_icon:
            self.status_icon.setVisible(verdict_icon is not None)
            if verdict_icon:
                resources.show_icon(self.status_icon, verdict_icon, side, ratio)
            self._verdict_icon = verdict_icon
        if status_text != self.status.text() or self.status.isHidden() == bool(status_text):
            self.status.setText(status_text)
            self.status.setVisible(bool(status_text))
        if shown and self.verdict_box.isHidden():
            self.verdict_box.show()
        self.setCheckable(True)
        if self.isChecked() != chosen:
            self.setChecked(chosen)
        if self.accessibleDescription() != status_text:
            self.setAccessibleDescription(status_text)
        if state != self.state:
            before, self.state = self.state, state
            self.setProperty("state", state)
            if "other" in (before, state) or not before:
                repolish(self, self.text)  # the choice's words are restyled only by the "other" rule
            else:
                repolish(self)
