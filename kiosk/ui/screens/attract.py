"""The attract screen: the pack's title, the attract loop, a big "Touch to start", and the language switch.

The loop shows tips and lesson teasers (a cover, a title, a one-line hook) in turn, cross-fading every
few seconds, while a soft ring pulses out from "Touch to start" (kiosk.ui.attract_loop); all of it
stops the moment a visitor touches and starts again, from the first slide, when the screen returns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QMouseEvent, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content import attract
from kiosk.content.linebreak import hint_text
from kiosk.journey import Journey
from kiosk.ui import resources
from kiosk.ui.attract_loop import AttractLoop, PulseHalo, SlideFader
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.picture_label import PictureLabel
from kiosk.ui.widgets.plain import plain_text

#: how long a slide of the attract loop shows unless the settings say otherwise (``attract_seconds``)
SLIDE_SECONDS = 8


def centred(widget: QWidget) -> QHBoxLayout:
    """A row holding ``widget`` at its own width in the middle."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


class AttractScreen(ScreenBase):
    start_requested = Signal()
    challenge_requested = Signal()  # the booth challenge (kiosk.journey.challenge), when it is on
    corner_surface = "dark"

    def __init__(
        self,
        scale: float,
        native_names: dict[str, str],
        parent: QWidget | None = None,
        *,
        slide_seconds: float = SLIDE_SECONDS,
    ) -> None:
        """``slide_seconds``: how long each slide of the attract loop shows; 0 turns the loop off (the
        pack's tips then change every ``SLIDE_SECONDS``, without teasers, fades or the pulse)."""
        super().__init__(scale, parent)
        self.setObjectName("AttractScreen")
        self.native_names = native_names
        self.slide_seconds = slide_seconds
        self.tips: tuple[str, ...] = ()
        self.slides: tuple[attract.Slide, ...] = ()
        self.slide_index = 0
        self.pack_root = Path()
        self.language = ""  # the language last shown
        self.loop = AttractLoop(slide_seconds or SLIDE_SECONDS, self)
        #: True while something covers the screen (the operator console sets it): slides and pulse wait
        self.covered: Callable[[], bool] = lambda: False
        self.loop.advanced.connect(self._advance if slide_seconds else self._jump)

        page = self.page = QVBoxLayout(self)
        page.setSpacing(0)
        corner_row = QHBoxLayout()
        corner_row.addStretch(1)
        corner_row.addWidget(self.corner)
        page.addLayout(corner_row)
        page.addStretch(3)

        # Alignments come from the stylesheet (qproperty-alignment) and centring from stretches.
        self.shield = QLabel()
        self.shield.setObjectName("AttractShield")
        resources.show_icon(self.shield, "shield", self.px(150), self.devicePixelRatioF())
        self.title = PictureLabel()  # 84 px words: drawn once, not at every paint
        plain_text(self.title)
        self.title.setObjectName("AttractTitle")
        self.title.setWordWrap(True)
        # Not ``self.event``: that would hide QWidget.event(), and PySide would call the label for
        # every event once it looks the method up again (it crashed the kiosk when the console opened).
        self.event_label = QLabel()
        plain_text(self.event_label)
        self.event_label.setObjectName("AttractEvent")
        page.addWidget(self.shield)
        page.addSpacing(self.px(24))
        page.addWidget(self.title)
        page.addSpacing(self.px(8))
        page.addWidget(self.event_label)
        page.addStretch(2)

        self.tip_card = QFrame()
        self.tip_card.setObjectName("TipCard")
        # As wide as the screen allows up to its own width (``arrange``): a portrait screen is narrower.
        self.tip_card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # One height for tips and teasers, so the screen does not jump as the slides change.
        self.tip_card.setMinimumHeight(self.px(236))
        card = QHBoxLayout(self.tip_card)
        card.setContentsMargins(0, 0, 0, 0)
        # What fades as the slides change: the card's contents, not its background and border.
        self.slide = QWidget()
        card.addWidget(self.slide)
        tip_row = QHBoxLayout(self.slide)
        tip_row.setContentsMargins(self.px(36), self.px(28), self.px(40), self.px(28))
        tip_row.setSpacing(self.px(28))
        self.bulb = QLabel()
        self.bulb.setObjectName("TipBulb")
        resources.show_icon(self.bulb, "lightbulb", self.px(64), self.devicePixelRatioF())
        self.picture = QLabel()  # a lesson's cover, on a teaser
        self.picture.setObjectName("TeaserPicture")
        self.picture.setFixedSize(self.px(240), self.px(170))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.hide()
        tip_text = QVBoxLayout()
        tip_text.setSpacing(self.px(6))
        self.tip_label = QLabel()
        plain_text(self.tip_label)
        self.tip_label.setObjectName("TipLabel")
        self.tip = QLabel()
        plain_text(self.tip)
        self.tip.setObjectName("TipText")
        self.tip.setWordWrap(True)
        tip_text.addStretch(1)
        tip_text.addWidget(self.tip_label)
        tip_text.addWidget(self.tip)
        tip_text.addStretch(1)
        tip_row.addWidget(self.bulb, 0, Qt.AlignmentFlag.AlignVCenter)  # level with the words
        tip_row.addWidget(self.picture)
        tip_row.addLayout(tip_text, 1)
        self.fader = SlideFader(self.slide, self._show_slide, self)
        page.addLayout(centred(self.tip_card))
        page.addStretch(2)

        self.start_button = big_button("primary", "touch", ink="dark")
        self.start_button.setObjectName("StartButton")
        self.start_button.setIconSize(QSize(self.px(48), self.px(48)))
        self.start_button.clicked.connect(self.start_requested)
        self.start_button.setProperty("quiet", True)  # before it is first styled: no restyle at start
        self.start_button.installEventFilter(self)
        # A soft ring goes out from "Touch to start" every few seconds while the loop runs.
        self.halo = PulseHalo(self.start_button, self.px(28))
        self.halo.covered = lambda: self.covered()
        page.addLayout(centred(self.halo))
        self.challenge_button = big_button("secondary", "star", ink="highlight")
        self.challenge_button.setObjectName("ChallengeButton")
        self.challenge_button.clicked.connect(self.challenge_requested)
        self.challenge_button.hide()
        page.addSpacing(self.px(20))
        page.addLayout(centred(self.challenge_button))
        page.addStretch(1)
        self.arrange()
        self.retranslate()

    @property
    def language_buttons(self) -> dict[str, QPushButton]:
        """The language switch's buttons, by language code (the corner controls')."""
        return self.corner.buttons

    def arrange(self) -> None:
        side = 40 if self.portrait else 64
        self.page.setContentsMargins(self.px(side), self.px(40), self.px(side), self.px(64))
        self.tip_card.setMaximumWidth(self.px(1200))

    def set_languages(self, languages: tuple[str, ...]) -> None:
        """One button per language, in its own name; none when the pack has only one language."""
        current = self.language or self.corner.current
        self.corner.show_languages([(code, True) for code in languages], current, self.native_names)

    def render(self, journey: Journey) -> None:
        self.language = journey.language
        self.pack_root = journey.pack.root
        self.title.setText(journey.pack.title(journey.language))
        self.event_label.setText(journey.event_label)
        self.event_label.setVisible(bool(journey.event_label))
        self.corner.show_languages(journey.language_choices, journey.language, self.native_names)
        # its own button while the challenge is on; as the only mode, "Touch to start" starts it
        self.challenge_button.setVisible(journey.challenge_plan is not None and not journey.only_challenge)
        self.slides = attract.slides(journey.pack, journey.language) if self.looping else ()
        self.tips = journey.pack.tips_for(journey.language)
        if not self.slides:  # the loop is off: the tips alone, one after another, as before
            self.slides = tuple(attract.Slide(tip) for tip in self.tips)
        self.fader.stop()
        self.slide_index = 0
        self._show_slide()
        if self.loop.running:  # another language or pack while showing: the new slides from the first
            self.loop.begin(len(self.slides))

    def on_enter(self, journey: Journey) -> None:
        self.render(journey)
        self.loop.begin(len(self.slides))
        if self.looping:
            self.halo.begin()
        # The focus is on "Touch to start" for a keyboard, but its ring shows only once someone moves
        # the focus: a fresh visitor sees no trace of where the last one's focus was.
        self._set_quiet_focus(True)
        self.start_button.setFocus()

    def _set_quiet_focus(self, quiet: bool) -> None:
        if self.start_button.property("quiet") != quiet:
            self.start_button.setProperty("quiet", quiet)
            self.start_button.style().unpolish(self.start_button)
            self.start_button.style().polish(self.start_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Once the focus has moved away (Tab, a language button), it shows its ring wherever it goes,
        # "Touch to start" included. (Not by the focus event's reason: reading it names Qt.* before
        # the first frame.)
        # The window losing activation (another window, a window manager) moves nothing.
        moved = watched is self.start_button and event.type() == QEvent.Type.FocusOut
        if moved and self.start_button.isActiveWindow():
            self._set_quiet_focus(False)
        return False

    def on_leave(self) -> None:
        """A visitor touched: the loop, the fade and the pulse all stop (a hidden screen costs nothing)."""
        self.loop.end()
        self.fader.stop()
        self.halo.end()

    @property
    def looping(self) -> bool:
        return self.slide_seconds > 0

    def next_tip(self) -> None:
        """Show the next slide at once (tests; the loop cross-fades with ``_advance``)."""
        if self.slides:
            self.show_slide(self.slide_index + 1)

    def show_slide(self, index: int) -> None:
        """Show slide ``index`` at once, without a fade (``kiosk --screenshot``, tests)."""
        self.fader.stop()
        self.slide_index = index % len(self.slides) if self.slides else 0
        self._show_slide()

    def _advance(self, index: int) -> None:
        if self.covered():
            return  # under the operator console: nothing changes that nobody sees
        self.slide_index = index
        self.fader.cross_fade()

    def _jump(self, index: int) -> None:
        if self.covered():
            return
        self.slide_index = index
        self._show_slide()

    def _show_slide(self) -> None:
        self.tip_card.setVisible(bool(self.slides))
        if not self.slides:
            self.tip.setText("")
            return
        slide = self.slides[self.slide_index % len(self.slides)]
        self.tip.setText(hint_text(slide.text))
        self.tip_label.setText(slide.title or self.tr("Did you know?"))
        self.bulb.setVisible(not slide.is_teaser)
        self.picture.setVisible(slide.is_teaser)
        if slide.is_teaser:
            self._show_cover(slide)

    def _show_cover(self, slide: attract.Slide) -> None:
        # Imported at the first teaser, a few slides in (a tip comes first): the picture code (with
        # the SVG checks' XML parser) is about 6 ms the first frame does not wait for.
        from kiosk.content.resources import resolve_image
        from kiosk.ui.widgets.html import fitted_size, load_image

        box = self.picture.size()
        path = (
            resolve_image(slide.folder, self.pack_root, slide.cover) if slide.cover and slide.folder else None
        )
        if path is None:
            resources.show_icon(self.picture, "shield", round(box.height() * 0.6), self.devicePixelRatioF())
            return
        resources.drop_icon(self.picture)
        size = fitted_size(QImageReader(str(path)).size(), 100.0, box.width(), box.height())
        self.picture.setPixmap(QPixmap.fromImage(load_image(path, size, self.devicePixelRatioF())))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        # "Touch to start" means anywhere, not only the button.
        if event.button() == Qt.MouseButton.LeftButton:
            self.start_requested.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def retranslate(self) -> None:
        set_text(self.start_button, self.tr("Touch to start"))
        # its large ring icon would touch the words: keep them apart (the accessible name stays clean)
        self.start_button.setText(" " + self.start_button.accessibleName())
        slide = self.slides[self.slide_index % len(self.slides)] if self.slides else None
        self.tip_label.setText(slide.title if slide and slide.title else self.tr("Did you know?"))
        set_text(self.challenge_button, self.tr("Take the booth challenge"))
