"""Other modules add console pages and export actions with one call each (kiosk.ui.admin.view, page_manage)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.ui.widgets.buttons import big_button
from tests.support.console import unlock
from tests.support.taps import tap


def test_a_page_added_later_gets_a_menu_button_and_shows(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    view = kiosk.console.view
    extra = QLabel("rewards")
    view.add_page("rewards", extra, lambda: "Rewards")
    assert list(view.pages)[-1] == "rewards" and view.nav_buttons["rewards"].text() == "Rewards"
    shown: list[str] = []
    view.page_changed.connect(shown.append)
    qtbot.waitUntil(view.nav_buttons["rewards"].isVisible)  # shown by the layout on the next turn
    tap(view.nav_buttons["rewards"])
    assert view.stack.currentWidget() is extra and view.page_title.text() == "Rewards"
    assert view.filters.isHidden() and shown == ["rewards"]
    tap(view.nav_buttons["questions"])
    assert not view.filters.isHidden()  # the statistics pages keep their filter


def test_an_export_action_sits_with_the_export_button(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    page = kiosk.console.view.export
    button = big_button("secondary")
    page.add_action(button)
    assert page.actions.indexOf(page.export) == 0 and page.actions.indexOf(button) == 1


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_every_menu_button_shows_its_whole_name_in_both_languages(qtbot, make_kiosk, size) -> None:  # noqa: ANN001
    # "Redeem rewards" was cut to "Redeem reward" by the menu's fixed width.
    from PySide6.QtWidgets import QApplication

    from kiosk.ui import i18n

    kiosk = make_kiosk(size=size)
    unlock(qtbot, kiosk)
    view = kiosk.console.view
    try:
        for language in ("en", "zh-CN"):
            i18n.set_language(QApplication.instance(), language)
            qtbot.waitUntil(lambda: all(b.isVisible() for b in view.nav_buttons.values()))

            def cut() -> list[str]:
                return [b.text() for b in view.nav_buttons.values() if b.width() < b.sizeHint().width()]

            qtbot.waitUntil(lambda: cut() == [], timeout=1000)  # laid out again after the new words
    finally:
        i18n.set_language(QApplication.instance(), "en")
