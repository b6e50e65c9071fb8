"""The console's frame: a header with the way back and the way out, a side menu, and the pages.

Pages are built here and filled by the console (``kiosk.ui.admin.console``), which owns the data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.admin.filters import FilterBar
from kiosk.ui.admin.folder_chooser import FolderChooser
from kiosk.ui.admin.page_booth import BoothPage
from kiosk.ui.admin.page_manage import ContentPage, ExportPage
from kiosk.ui.admin.page_questions import QuestionsPage
from kiosk.ui.admin.page_rewards import RewardsPage
from kiosk.ui.admin.page_settings import SettingsPage
from kiosk.ui.admin.page_stats import OverviewPage, label
from kiosk.ui.widgets.buttons import big_button, set_text


class ConsoleView(QWidget):
    back_requested = Signal()
    leave_requested = Signal()
    page_changed = Signal(str)

    def __init__(
        self,
        scale: float,
        chooser: FolderChooser,
        today: Callable[[], date] | None = None,
        *,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__()
        self.scale = scale
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QFrame()
        header.setObjectName("ConsoleHeader")
        top = QHBoxLayout(header)
        top.setContentsMargins(round(32 * scale), round(14 * scale), round(24 * scale), round(14 * scale))
        top.setSpacing(round(16 * scale))
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = label("", "ConsoleTitle")
        self.subtitle = label("", "ConsoleSubtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        self.back = big_button("ghost")
        self.back.clicked.connect(self.back_requested.emit)
        self.leave = big_button("danger", "finish", ink="on-primary")  # the arrow in the words' white
        self.leave.clicked.connect(self.leave_requested.emit)
        top.addWidget(self.back)
        top.addWidget(self.leave)
        outer.addWidget(header)
        body = QHBoxLayout()
        body.setSpacing(0)
        nav = QFrame()
        nav.setObjectName("ConsoleNav")
        nav.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.menu = QVBoxLayout(nav)
        self.menu.setContentsMargins(
            round(16 * scale), round(24 * scale), round(16 * scale), round(24 * scale)
        )
        # 300 px wide with its margins, wider when a page's name needs it: a name is never cut
        # ("Redeem rewards" was "Redeem reward" at a fixed width), however narrow the window
        self.menu.addStrut(round(300 * scale) - 2 * round(16 * scale))
        self.menu.setSpacing(round(8 * scale))
        self.menu.addStretch(1)
        self.nav_buttons: dict[str, QPushButton] = {}
        self.nav_group = QButtonGroup(self)
        body.addWidget(nav)
        main = QVBoxLayout()
        main.setContentsMargins(round(32 * scale), round(20 * scale), round(32 * scale), round(24 * scale))
        main.setSpacing(round(16 * scale))
        self.page_title = label("", "PageTitle")
        main.addWidget(self.page_title)
        self.filters = FilterBar(scale, today, zone=zone)
        main.addWidget(self.filters)
        self.stack = QStackedWidget()
        main.addWidget(self.stack, 1)
        self.pages: dict[str, QWidget] = {}
        self._titles: dict[str, Callable[[], str]] = {}
        self.filtered: set[str] = set()  # the pages the event/date filter applies to
        self.overview = OverviewPage(scale)
        self.questions = QuestionsPage(scale)
        self.content = ContentPage(scale)
        self.export = ExportPage(scale, chooser)
        self.settings = SettingsPage(scale)
        self.add_page("overview", self.overview, lambda: self.tr("Overview"), filtered=True)
        self.add_page("questions", self.questions, lambda: self.tr("Questions"), filtered=True)
        self.add_page("content", self.content, lambda: self.tr("Lesson pack"))
        self.add_page("export", self.export, lambda: self.tr("Export results"))
        self.rewards = RewardsPage(scale)
        self.add_page("redeem", self.rewards, lambda: self.tr("Redeem rewards"))
        self.booth = BoothPage(scale)
        self.add_page("booth", self.booth, lambda: self.tr("Booth set-up"))
        self.add_page("settings", self.settings, lambda: self.tr("Settings"))
        body.addLayout(main, 1)
        outer.addLayout(body, 1)
        self.current = "overview"
        self.retranslate()
        self.show_page("overview")

    def add_page(self, name: str, page: QWidget, title: Callable[[], str], *, filtered: bool = False) -> None:
        """A page of the console: a button in the side menu (in the order added), named by ``title()``
        in the language in use; ``filtered`` pages get the event and date filter above them."""
        button = QPushButton()
        button.setCheckable(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _=False, n=name: self.show_page(n))
        self.nav_group.addButton(button)
        self.menu.insertWidget(self.menu.count() - 1, button)  # above the stretch
        self.nav_buttons[name] = button
        self.pages[name] = page
        self._titles[name] = title
        if filtered:
            self.filtered.add(name)
        self.stack.addWidget(page)
        set_text(button, title())

    def show_page(self, name: str) -> None:
        self.current = name
        self.nav_buttons[name].setChecked(True)
        self.stack.setCurrentWidget(self.pages[name])
        self.filters.setVisible(name in self.filtered)
        self.page_title.setText(self._titles[name]())
        self.page_changed.emit(name)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)

    def retranslate(self, kiosk_mode: bool | None = None) -> None:
        if kiosk_mode is not None:
            self.kiosk_mode = kiosk_mode
        kiosk_mode = getattr(self, "kiosk_mode", True)
        self.title.setText(self.tr("Operator console"))
        set_text(self.back, self.tr("Back to visitors"))
        set_text(self.leave, self.tr("Leave kiosk mode") if kiosk_mode else self.tr("Close the kiosk"))
        for name, title in self._titles.items():
            set_text(self.nav_buttons[name], title())
        self.page_title.setText(self._titles[self.current]() if hasattr(self, "current") else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ConfirmPanel(QWidget):
    """ "Leave kiosk mode?" as a panel inside the console: no modal exec(), so nothing blocks a test."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, scale: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ConfirmShade")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QFrame()
        card.setObjectName("ConfirmCard")
        card.setMaximumWidth(round(900 * scale))
        box = QVBoxLayout(card)
        box.setContentsMargins(round(56 * scale), round(44 * scale), round(56 * scale), round(44 * scale))
        box.setSpacing(round(20 * scale))
        self.title = label("", "ConfirmTitle", wrap=True)
        self.text = label("", "Note", wrap=True)
        buttons = QHBoxLayout()
        self.stay = big_button("secondary", "back")
        self.stay.clicked.connect(self.cancelled.emit)
        self.leave = big_button("danger", "finish", ink="on-primary")
        self.leave.clicked.connect(self.confirmed.emit)
        buttons.addWidget(self.stay)
        buttons.addStretch(1)
        buttons.addWidget(self.leave)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addLayout(buttons)
        outer.addWidget(card)
        self.hide()

    def ask(self, kiosk_mode: bool) -> None:
        if kiosk_mode:
            self.title.setText(self.tr("Leave kiosk mode?"))
            self.text.setText(
                self.tr(
                    "The kiosk program closes and the computer's desktop shows. "
                    "Visitors cannot use the kiosk until it is started again."
                )
            )
            set_text(self.leave, self.tr("Leave kiosk mode"))
        else:
            self.title.setText(self.tr("Close the kiosk?"))
            self.text.setText(self.tr("The kiosk program closes. Results recorded so far are kept."))
            set_text(self.leave, self.tr("Close the kiosk"))
        set_text(self.stay, self.tr("Stay"))
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
