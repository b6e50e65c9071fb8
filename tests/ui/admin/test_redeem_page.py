"""The console's "Redeem rewards" page: a code typed on its keypad, checked, redeemed once, and the counts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.journey.rewards import Achievement
from kiosk.operator.booth import BoothConfig, ChallengeConfig, RewardRules
from kiosk.operator.booth_setup import RewardAccess
from kiosk.results.store import ResultsStore
from kiosk.settings import Settings
from kiosk.ui.admin.install import install_console
from tests.support.taps import tap
from tests.ui.conftest import PACK

FULL = Achievement(challenge=True, score=8, maximum=8, passed=True)


def test_check_and_redeem_on_the_keypad(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    store = ResultsStore.open(None)
    settings = Settings(lessons=PACK, windowed=True, event_label="Expo")
    config = BoothConfig(ChallengeConfig(mode="on"), RewardRules(earn="full_marks", stock=10, daily_cap=5))
    access = RewardAccess(settings, tmp_path / "kiosk.toml", config, lambda: store.db)
    access.book()._today = lambda: date(2026, 12, 7)
    code = access.claim(FULL).reward.code
    pack = kiosk_app.open_pack(settings)
    window = kiosk_app.preview_window(QApplication.instance(), pack, settings, (1280, 720), store)
    qtbot.addWidget(window)
    hook = install_console(
        window, store=store, full_pack=pack, config_path=tmp_path / "kiosk.toml", rewards=access
    )
    console = hook.console
    try:
        console.open_console()
        tap(console.view.nav_buttons["redeem"])
        page = console.view.rewards
        assert page.left_today.text() == "9"  # stock of 10, one given
        for symbol in code.replace("-", ""):
            tap(page.keypad.keys[symbol])
        assert page.code.text() == code  # grouped as the visitor's screen shows it
        tap(page.check)
        assert "is valid" in page.verdict.text() and page.verdict.property("tone") == "good"
        tap(page.redeem)
        assert "redeemed. Hand over the reward." in page.verdict.text()
        assert page.code.text() == ""
        assert page.left_today.text() == "9"  # redeeming takes nothing more from the stock
        for symbol in code.replace("-", ""):
            tap(page.keypad.keys[symbol])
        tap(page.redeem)
        assert "already redeemed on 2026-12-07" in page.verdict.text()
        assert page.verdict.property("tone") == "bad"
        tap(page.keypad.clear)
        for symbol in "ABCDEFGH":
            tap(page.keypad.keys[symbol])
        tap(page.keypad.delete)
        tap(page.keypad.keys["J"])
        tap(page.check)
        assert "ABCD-EFGJ is unknown" in page.verdict.text()
        console.close_console()
        assert page.code.text() == "" and page.verdict.text() == ""  # nothing left for the next opening
    finally:
        console.close_console()
        window.leave_kiosk()
        store.close()


def test_the_redeem_page_is_pictured(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from kiosk.content.loader import load_pack
    from kiosk.ui.screenshot_booth import render_redeem

    pack = load_pack(PACK)
    settings = Settings(lessons=PACK, windowed=True, idle_timeout=0)

    def open_window(language: str, size: tuple[int, int]):  # noqa: ANN202
        return kiosk_app.preview_window(qapp, pack, settings.with_overrides(language=language), size)

    saved = render_redeem(pack, open_window, "Expo", tmp_path, [(1280, 720)])
    assert sorted(p.name for p in saved) == sorted(
        f"1280x720-{lang}-console-redeem-{name}.png"
        for lang in ("en", "zh-CN")
        for name in ("01-checked", "02-already-redeemed")
    )
    assert all(p.stat().st_size > 10_000 for p in saved)
