"""The console's frame: a header with the way back and the way out, a side menu, and the pages.

Pages are built here and filled by the console (``kiosk.ui.admin.console``), which owns the data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.admin.filters import FilterBar, utc_today
from kiosk.ui.admin.folder_chooser import FolderChooser
from kiosk.ui.admin.page_manage import ContentPage, ExportPage
from kiosk.ui.admin.page_rewards import RewardsPage
from kiosk.ui.admin.page_settings import SettingsPage
from kiosk.ui.admin.page_stats import OverviewPage, QuestionsPage, label
from kiosk.ui.widgets.buttons import big_button, set_text

PAGES = ("overview", "questions", "content", "export", "rewards", "settings")
#: pages the event/date filter applies to
FILTERED = {"overview", "questions"}


class ConsoleView(QWidget):
    back_requested = Signal()
    leave_requested = Signal()
    page_changed = Signal(str)

    def __init__(self, scale: float, chooser: FolderChooser, today: Callable[[], date] = utc_today) -> None:
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
        self.leave = big_button("danger", "finish")
        self.leave.clicked.connect(self.leave_requested.emit)
        top.addWidget(self.back)
        top.addWidget(self.leave)
        outer.addWidget(header)
        body = QHBoxLayout()
        body.setSpacing(0)
        nav = QFrame()
        nav.setObjectName("ConsoleNav")
        nav.setFixedWidth(round(300 * scale))
        menu = QVBoxLayout(nav)
        menu.setContentsMargins(round(16 * scale), round(24 * scale), round(16 * scale), round(24 * scale))
        menu.setSpacing(round(8 * scale))
        self.nav_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for name in PAGES:
            button = QPushButton()
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, n=name: self.show_page(n))
            group.addButton(button)
            menu.addWidget(button)
            self.nav_buttons[name] = button
        menu.addStretch(1)
        body.addWidget(nav)
        main = QVBoxLayout()
        main.setContentsMargins(round(32 * scale), round(20 * scale), round(32 * scale), round(24 * scale))
        main.setSpacing(round(16 * scale))
        self.page_title = label("", "PageTitle")
        main.addWidget(self.page_title)
        self.filters = FilterBar(scale, today)
        main.addWidget(self.filters)
        self.stack = QStackedWidget()
        self.overview = OverviewPage(scale)
        self.questions = QuestionsPage(scale)
        self.content = ContentPage(scale)
        self.export = ExportPage(scale, chooser)
        self.settings = SettingsPage(scale)
        self.rewards = RewardsPage(scale)
        self.pages: dict[str, QWidget] = {
            "overview": self.overview,
            "questions": self.questions,
            "content": self.content,
            "export": self.export,
            "rewards": self.rewards,
            "settings": self.settings,
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        main.addWidget(self.stack, 1)
        body.addLayout(main, 1)
        outer.addLayout(body, 1)
        self.current = "overview"
        self.retranslate()
        self.show_page("overview")

    def show_page(self, name: str) -> None:
        self.current = name
        self.nav_buttons[name].setChecked(True)
        self.stack.setCurrentWidget(self.pages[name])
        self.filters.setVisible(name in FILTERED)
        self.page_title.setText(self._page_names()[name])
        self.page_changed.emit(name)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)

    def _page_names(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview"),
            "questions": self.tr("Questions"),
            "content": self.tr("Lesson pack"),
            "export": self.tr("Export results"),
            "rewards": self.tr("Redeem rewards"),
            "settings": self.tr("Settings"),
        }

    def retranslate(self, kiosk_mode: bool | None = None) -> None:
        if kiosk_mode is not None:
            self.kiosk_mode = kiosk_mode
        kiosk_mode = getattr(self, "kiosk_mode", True)
        self.title.setText(self.tr("Operator console"))
        set_text(self.back, self.tr("Back to visitors"))
        set_text(self.leave, self.tr("Leave kiosk mode") if kiosk_mode else self.tr("Close the kiosk"))
        for name, text in self._page_names().items():
            self.nav_buttons[name].setText(text)
            self.nav_buttons[name].setAccessibleName(text)
        self.page_title.setText(self._page_names()[self.current] if hasattr(self, "current") else "")

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
        self.leave = big_button("danger", "finish")
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
