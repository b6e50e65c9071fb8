"""Between the console's "Redeem rewards" page and the reward book: check, redeem, and the day's counts.

Each call is one short SQLite transaction on the GUI thread (a few milliseconds), so nothing runs in
the background here. A redemption is logged with its verdict, never with anything about a visitor.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication

from kiosk.operator.booth_setup import RewardAccess
from kiosk.operator.rewards import CodeCheck, Verdict
from kiosk.ui.admin.page_rewards import RewardsPage

log = logging.getLogger(__name__)


class RewardsDesk:
    def __init__(self, page: RewardsPage, access: RewardAccess | None) -> None:
        self.page = page
        self.access = access
        page.check_requested.connect(lambda text: self._ask(text, redeem=False))
        page.redeem_requested.connect(lambda text: self._ask(text, redeem=True))

    def forget(self) -> None:
        """The console closed: no code or verdict is left for whoever opens it next."""
        self.page.reset()

    def refresh(self) -> None:
        access = self.access
        if access is None:
            self.page.show_status(
                None,
                False,
                QCoreApplication.translate("RewardsPage", "Rewards are not set up on this kiosk."),
            )
            return
        try:
            self.page.show_status(access.book().status(), access.on)
        except (OSError, sqlite3.Error) as exc:
            log.error("rewards: the reward book cannot be read: %s", exc)
            self.page.show_status(None, access.on, str(exc))

    def _ask(self, text: str, *, redeem: bool) -> None:
        if self.access is None:
            return
        try:
            book = self.access.book()
            found: CodeCheck = book.redeem(text) if redeem else book.check(text)
        except (OSError, sqlite3.Error) as exc:
            log.error("rewards: the reward book cannot be used: %s", exc)
            self.page.show_status(None, self.access.on, str(exc))
            return
        if redeem:
            log.info("rewards: redeem at the console: %s", found.verdict.value)
        self.page.show_verdict(found)
        if found.verdict is Verdict.REDEEMED_NOW:
            self.refresh()
