"""The attract screen: the pack's title, rotating tips, a big "Touch to start", and the language switch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.linebreak import hint_text
from kiosk.journey import Journey
from kiosk.ui import resources
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.picture_label import PictureLabel
from kiosk.ui.widgets.plain import plain_text

TIP_SECONDS = 8


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

    def __init__(self, scale: float, native_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(scale, parent)
        self.setObjectName("AttractScreen")
        self.native_names = native_names
        self.tips: tuple[str, ...] = ()
        self.language = ""  # the language last shown
        self.tip_index = 0
        self.tip_timer = QTimer(self)
        self.tip_timer.setInterval(TIP_SECONDS * 1000)
        self.tip_timer.timeout.connect(self.next_tip)

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
        self.event = QLabel()
        plain_text(self.event)
        self.event.setObjectName("AttractEvent")
        page.addWidget(self.shield)
        page.addSpacing(self.px(24))
        page.addWidget(self.title)
        page.addSpacing(self.px(8))
        page.addWidget(self.event)
        page.addStretch(2)

        self.tip_card = QFrame()
        self.tip_card.setObjectName("TipCard")
        # As wide as the screen allows up to its own width (``arrange``): a portrait screen is narrower.
        self.tip_card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tip_row = QHBoxLayout(self.tip_card)
        tip_row.setContentsMargins(self.px(36), self.px(28), self.px(40), self.px(28))
        tip_row.setSpacing(self.px(28))
        bulb = QLabel()
        bulb.setObjectName("TipBulb")
        resources.show_icon(bulb, "lightbulb", self.px(64), self.devicePixelRatioF())
        tip_text = QVBoxLayout()
        tip_text.setSpacing(self.px(6))
        self.tip_label = QLabel()
        plain_text(self.tip_label)
        self.tip_label.setObjectName("TipLabel")
        self.tip = QLabel()
        plain_text(self.tip)
        self.tip.setObjectName("TipText")
        self.tip.setWordWrap(True)
        tip_text.addWidget(self.tip_label)
        tip_text.addWidget(self.tip)
        tip_row.addWidget(bulb)
        tip_row.addLayout(tip_text, 1)
        page.addLayout(centred(self.tip_card))
        page.addStretch(2)

        self.start_button = big_button("primary", "touch", ink="dark")
        self.start_button.setObjectName("StartButton")
        self.start_button.setIconSize(QSize(self.px(48), self.px(48)))
        self.start_button.clicked.connect(self.start_requested)
        self.start_button.setProperty("quiet", True)  # before it is first styled: no restyle at start
        self.start_button.installEventFilter(self)
        page.addLayout(centred(self.start_button))
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
        self.title.setText(journey.pack.title(journey.language))
        self.event.setText(journey.event_label)
        self.event.setVisible(bool(journey.event_label))
        self.corner.show_languages(journey.language_choices, journey.language, self.native_names)
        # its own button while the challenge is on; as the only mode, "Touch to start" starts it
        self.challenge_button.setVisible(journey.challenge_plan is not None and not journey.only_challenge)
        self.tips = journey.pack.tips_for(journey.language)
        self.tip_index = 0
        self._show_tip()

    def on_enter(self, journey: Journey) -> None:
        self.render(journey)
        if len(self.tips) > 1:
            self.tip_timer.start()
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
        self.tip_timer.stop()

    def next_tip(self) -> None:
        if self.tips:
            self.tip_index = (self.tip_index + 1) % len(self.tips)
            self._show_tip()

    def _show_tip(self) -> None:
        self.tip_card.setVisible(bool(self.tips))
        self.tip.setText(hint_text(self.tips[self.tip_index]) if self.tips else "")

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
        self.tip_label.setText(self.tr("Did you know?"))
        set_text(self.challenge_button, self.tr("Take the booth challenge"))
