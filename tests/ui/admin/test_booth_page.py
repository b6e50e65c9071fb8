"""The console's "Challenge and rewards" page: the challenge mode and the reward rules set with a finger,
checked with a clear message, applied at once, and saved to kiosk.toml keeping its comments."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.journey import Screen
from kiosk.journey.rewards import RewardStatus
from kiosk.operator.booth import load_booth_config
from kiosk.ui import fonts, i18n
from tests.support.console import unlock
from tests.support.taps import tap

CONFIG = """event_label = "Expo"
# Booth settings: written by hand, kept by the console
[challenge]
mode = "off"   # not yet
lessons = ["basics"]   # what to draw from

[rewards]
earn = "off"
stock = 137
"""


def open_booth(qtbot, make_kiosk):  # noqa: ANN001, ANN201
    kiosk = make_kiosk(config_text=CONFIG)
    unlock(qtbot, kiosk)
    tap(kiosk.console.view.nav_buttons["booth"])
    return kiosk, kiosk.console.view.booth


def test_the_page_shows_the_rules_in_the_file(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk, page = open_booth(qtbot, make_kiosk)
    assert kiosk.console.view.page_title.text() == "Booth set-up"
    assert page.mode.buttons["off"].isChecked() and page.earn.buttons["off"].isChecked()
    assert page.stock.edit.text() == "137" and page.questions.edit.text() == "8"
    assert page.event.text() == "" and page.event.placeholderText() == "Expo"  # the kiosk's label


def test_rules_apply_at_once_and_are_saved_keeping_the_files_comments(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk, page = open_booth(qtbot, make_kiosk)
    journey = kiosk.window.journey
    assert journey.challenge_plan is None and journey.rewards is None
    tap(page.mode.buttons["on"])
    tap(page.questions.minus)  # 8 -> 7
    tap(page.pass_mark.plus)  # 75 -> 80
    tap(page.earn.buttons["full_marks"])
    page.daily_cap.edit.setText("40")
    tap(page.stock.plus)  # 137 -> 140
    tap(page.chance.minus)  # 100 -> 95
    tap(page.valid_days.plus)  # 0 -> 1
    tap(page.save)
    assert page.status.text() == "Saved and applied." and page.status.property("tone") == "good"
    # at once: the challenge and its rewards, with the lessons the file chose
    plan = journey.challenge_plan
    assert (plan.questions, plan.pass_mark, plan.lessons, plan.only) == (7, 80, ("basics",), False)
    rules = journey.rewards.book().rules
    assert (rules.earn, rules.daily_cap, rules.stock, rules.chance, rules.valid_days) == (
        "full_marks",
        40,
        140,
        95,
        1,
    )
    # saved: every other line and comment as it was
    text = kiosk.config.read_text(encoding="utf-8")
    for kept in ("# Booth settings: written by hand, kept by the console", "# what to draw from"):
        assert kept in text
    assert 'lessons = ["basics"]   # what to draw from' in text
    data = tomllib.loads(text)
    assert data["challenge"] == {"mode": "on", "lessons": ["basics"], "questions": 7, "pass_mark": 80}
    assert data["rewards"]["stock"] == 140 and data["event_label"] == "Expo"
    config, problems = load_booth_config(kiosk.config)
    assert problems == [] and config.rewards == rules  # what the next start reads
    # and the visitor's start screen offers the challenge once the console closes
    kiosk.console.close_console()
    assert kiosk.window.router.attract.challenge_button.isVisible()


def test_a_reward_is_given_under_the_new_rules(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk, page = open_booth(qtbot, make_kiosk)
    tap(page.mode.buttons["only"])
    tap(page.earn.buttons["lesson"])
    tap(page.save)
    kiosk.console.close_console()
    journey, router = kiosk.window.journey, kiosk.window.router
    tap(router.attract.start_button)
    assert journey.in_challenge  # only mode: the start is the challenge
    while journey.screen is Screen.QUESTION:
        tap(router.question.cards[sorted(journey.question.question.correct_ids)[0]])
        tap(router.question.confirm_button)
        tap(router.question.next_button)
    assert journey.reward.status is RewardStatus.WON and journey.reward.reward.event == "Expo"


def test_fields_that_do_not_read_are_named_and_nothing_changes(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk, page = open_booth(qtbot, make_kiosk)
    before = kiosk.config.read_text(encoding="utf-8")
    page.questions.edit.setText("60")
    tap(page.save)
    assert page.status.text() == "Questions per challenge: write a whole number from 1 to 50."
    assert page.status.property("tone") == "bad"
    page.questions.edit.setText("8")
    page.chance.edit.setText("")
    tap(page.save)
    assert page.status.text() == "Chance of winning: write a whole number from 1 to 100."
    page.chance.edit.setText("50")
    tap(page.earn.buttons["pass"])  # a challenge reward, with the challenge off
    tap(page.save)
    assert page.status.text().startswith("Rewards for the challenge need the challenge: set its mode to On")
    assert kiosk.config.read_text(encoding="utf-8") == before
    assert kiosk.window.journey.challenge_plan is None and kiosk.window.journey.rewards is None


def test_steps_stay_within_the_range(qtbot, make_kiosk) -> None:  # noqa: ANN001
    _, page = open_booth(qtbot, make_kiosk)
    page.pass_mark.edit.setText("3")
    tap(page.pass_mark.minus)
    assert page.pass_mark.edit.text() == "1"
    page.chance.edit.setText("98")
    tap(page.chance.plus)
    assert page.chance.edit.text() == "100"
    tap(page.chance.plus)
    assert page.chance.edit.text() == "100"


def test_a_used_up_stock_is_told_when_saving(qtbot, make_kiosk) -> None:  # noqa: ANN001
    from kiosk.journey.rewards import Achievement

    kiosk, page = open_booth(qtbot, make_kiosk)
    tap(page.mode.buttons["on"])
    tap(page.earn.buttons["full_marks"])
    page.stock.edit.setText("2")
    tap(page.save)
    access = kiosk.console.controls.rewards
    for _ in range(2):
        assert access.claim(Achievement(True, 3, 3, True)).status is RewardStatus.WON
    tap(page.save)
    assert "No more codes will be given: 2 were given already" in page.status.text()


def test_a_new_event_label_in_the_settings_is_the_codes_event_at_once(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk, page = open_booth(qtbot, make_kiosk)
    tap(page.mode.buttons["on"])
    tap(page.earn.buttons["full_marks"])
    tap(page.save)
    access = kiosk.console.controls.rewards
    assert access.book().event == "Expo"
    kiosk.console.view.show_page("settings")
    settings = kiosk.console.view.settings
    settings.event_label.setText("Expo day 2")
    tap(settings.save)
    assert access.book().event == "Expo day 2" and kiosk.window.journey.rewards is access


# -- fitting the screen ---------------------------------------------------------------------------------

I18N = Path(__file__).resolve().parents[3] / "kiosk" / "i18n"
#: the page at its tallest: the challenge's lessons chosen, one the pack lacks (a warning beside Save)
FULL_CONFIG = CONFIG.replace('mode = "off"', 'mode = "on"').replace('["basics"]', '["basics", "old-lesson"]')


def open_at(qtbot, make_kiosk, size: tuple[int, int], scale: float | None = None, language: str = "en"):  # noqa: ANN001, ANN201
    """The page on a screen of ``size``, at the scale the kiosk gives it (``None``) unless told, in
    ``language`` (the console speaks the kiosk's language)."""
    kiosk = make_kiosk(config_text=FULL_CONFIG, size=size, scale=scale)
    kiosk.window.router.set_language(language)
    unlock(qtbot, kiosk)
    tap(kiosk.console.view.nav_buttons["booth"])
    page = kiosk.console.view.booth
    QApplication.processEvents()
    QApplication.processEvents()  # the rows' wrapped titles ask for their height once laid out
    assert page.status.isVisible()  # "kiosk.toml names lessons this lesson pack does not have..."
    return page


def in_view(page: QWidget, widget: QWidget) -> bool:
    """Whether the whole of ``widget`` shows on the page: not scrolled away, cut off or hidden."""
    shown = widget.visibleRegion().boundingRect().size() == widget.size()
    return (
        widget.isVisible()
        and shown
        and page.rect().contains(QRect(widget.mapTo(page, QPoint()), widget.size()))
    )


def every_control(page) -> list[QWidget]:  # noqa: ANN001
    return [
        *page.mode.buttons.values(),
        page.questions.plus,
        page.pass_mark.plus,
        page.lessons.untick_all,
        page.lessons.rows[0],
        *page.earn.buttons.values(),
        page.daily_cap.plus,
        page.stock.plus,
        page.chance.plus,
        page.valid_days.plus,
        page.event,
        page.keyboard_button,
        page.event_note,
        page.save,
        page.status,
    ]


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_the_page_fits_a_1080p_screen_without_scrolling(qtbot, qapp, make_kiosk, language: str) -> None:  # noqa: ANN001
    fonts.register_bundled_fonts()  # the kiosk's own fonts, as it starts with
    try:
        page = open_at(qtbot, make_kiosk, (1920, 1080), language=language)
        assert page.challenge_title.text() == {"en": "Booth challenge", "zh-CN": "展台挑战"}[language]
        assert page.wide and page.scroll.verticalScrollBar().maximum() == 0
        hidden = [widget for widget in every_control(page) if not in_view(page, widget)]
        assert hidden == []
        assert page.lessons.list.height() >= 3 * 72  # a few lessons in sight; the list scrolls, the page not
    finally:
        i18n.set_language(qapp, "en", I18N)


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_on_smaller_screens_save_is_in_sight_and_every_field_can_be_reached(qtbot, make_kiosk, size) -> None:  # noqa: ANN001
    fonts.register_bundled_fonts()
    page = open_at(qtbot, make_kiosk, size)
    assert in_view(page, page.save)
    for widget in every_control(page):
        page.scroll.ensureWidgetVisible(widget)  # as a finger scrolls, if the page has to
        assert in_view(page, widget), widget


def test_a_narrow_page_puts_the_cards_one_under_the_other_with_save_always_in_sight(
    qtbot, make_kiosk
) -> None:  # noqa: ANN001
    page = open_at(qtbot, make_kiosk, (1280, 720), scale=1.0)  # 1080p sizes on a 720p screen: too narrow
    assert not page.wide
    assert page.rewards_card.geometry().top() > page.challenge_card.geometry().bottom()
    assert page.scroll.verticalScrollBar().maximum() > 0
    assert page.lessons.list.height() >= 3 * 72
    for widget in every_control(page):
        page.scroll.ensureWidgetVisible(widget)
        assert in_view(page, widget), widget
        assert in_view(page, page.save)  # outside what scrolls


def test_the_on_screen_keyboard_comes_into_view_with_save_and_goes_without_a_trace(qtbot, make_kiosk) -> None:  # noqa: ANN001
    fonts.register_bundled_fonts()
    page = open_at(qtbot, make_kiosk, (1920, 1080))
    tap(page.keyboard_button)
    qtbot.waitUntil(lambda: in_view(page, page.keyboard))  # scrolled to, as the page must scroll now
    assert page.scroll.verticalScrollBar().maximum() > 0
    assert in_view(page, page.event) and in_view(page, page.save)  # the field, and Save, in sight too
    tap(page.keyboard.keys["Q"])
    assert page.event.text() == "Q"
    tap(page.keyboard_button)
    QApplication.processEvents()
    assert page.scroll.verticalScrollBar().maximum() == 0
    assert [widget for widget in every_control(page) if not in_view(page, widget)] == []
