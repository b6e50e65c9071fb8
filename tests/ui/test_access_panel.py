"""Issue 22 item 1: the accessibility button on every visitor screen, its panel, and choices that last
for the visit only (the next visitor starts from the operator's defaults)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.journey import Screen
from kiosk.ui import theme
from kiosk.ui.access import AccessDefaults
from kiosk.ui.speech import Speaker
from kiosk.ui.widgets.access_panel import TICK, AccessButton
from tests.support.speech import ENGLISH_ONLY, FakeSpeechBackend
from tests.support.taps import tap


def _button(screen) -> AccessButton:  # noqa: ANN001
    (button,) = screen.corner.findChildren(AccessButton)
    return button


def _reading_window(make_window, voices=None):  # noqa: ANN001, ANN202
    """A window with a speech engine (a fake one) that has ``voices``: read-aloud can be offered."""
    window = make_window()
    window.router.set_speaker(Speaker(FakeSpeechBackend(voices), window.router))
    return window


def _walk(window):  # noqa: ANN001, ANN202
    """Every visitor screen in turn: attract, catalogue, reader, question, feedback, result."""
    router = window.router
    yield router.attract
    tap(router.attract.start_button)
    yield router.catalogue
    tap(router.catalogue.cards["basics"])
    yield router.reader
    while window.journey.screen is Screen.READER:
        tap(router.reader.next_button)
    question = router.question
    yield question
    while window.journey.screen is Screen.QUESTION:
        tap(next(iter(question.cards.values())))
        tap(question.confirm_button)
        yield question  # feedback
        tap(question.next_button)
    yield router.result


def test_every_visitor_screen_has_a_named_accessibility_button_of_touch_size(make_window) -> None:  # noqa: ANN001
    window = make_window(size=(1024, 768))
    for screen in _walk(window):
        button = _button(screen)
        assert button.isVisible(), screen
        assert button.width() >= 64 and button.height() >= 64, (screen, button.size())
        assert button.accessibleName() == "Accessibility"
        assert not button.icon().isNull()
        tap(button)
        panel = window.router.access_panel
        assert panel.showing
        tap(panel.done_button)
        assert not panel.showing


def test_the_choices_change_the_look_at_once_and_show_a_tick(make_window) -> None:  # noqa: ANN001
    window = make_window()
    router = window.router
    tap(router.attract.start_button)
    tap(_button(router.catalogue))
    panel = router.access_panel
    normal, larger, largest = panel.size_buttons
    assert normal.text().startswith(TICK) and not larger.text().startswith(TICK)
    heading_px = router.catalogue.heading.font().pixelSize()
    tap(largest)
    assert theme.current().text_scale == 1.5
    assert largest.text().startswith(TICK) and not normal.text().startswith(TICK)
    assert largest.accessibleName() == "Largest"  # the tick is not read out
    QApplication.processEvents()
    assert router.catalogue.heading.font().pixelSize() >= round(heading_px * 1.5) - 1
    tap(larger)
    assert theme.current().text_scale == 1.25
    tap(panel.contrast_button)
    assert theme.current().theme is theme.HIGH_CONTRAST
    assert panel.contrast_button.text() == TICK + "High contrast: on"
    tap(panel.contrast_button)
    assert theme.current().theme is theme.DEFAULT
    assert panel.contrast_button.text() == "High contrast: off"


def test_the_choices_last_the_visit_and_reset_on_finish_and_on_the_idle_reset(make_window) -> None:  # noqa: ANN001
    window = _reading_window(make_window)
    router = window.router
    tap(router.attract.start_button)
    tap(_button(router.catalogue))
    panel = router.access_panel
    tap(panel.size_buttons[2])
    tap(panel.contrast_button)
    tap(panel.read_button)  # off
    tap(panel.done_button)
    tap(router.catalogue.cards["basics"])  # a new screen keeps the look
    assert theme.current().key[0] == "high-contrast" and theme.current().text_scale == 1.5
    router.reset()  # what "Still there?" running out does
    assert theme.current().theme is theme.DEFAULT and theme.current().text_scale == 1.0
    assert router.access.read_aloud and not panel.showing
    tap(router.attract.start_button)
    tap(_button(router.catalogue))
    tap(panel.size_buttons[1])
    tap(panel.done_button)
    tap(router.catalogue.finish_button)  # Finish ends the visit too
    assert window.journey.screen is Screen.ATTRACT
    assert theme.current().text_scale == 1.0


def test_the_operator_defaults_are_where_every_visit_starts(make_window) -> None:  # noqa: ANN001
    window = make_window()
    access = window.router.access
    try:
        access.set_defaults(AccessDefaults(text_step=1, high_contrast=True))
        access.reset()
        assert theme.current().theme is theme.HIGH_CONTRAST and theme.current().text_scale == 1.25
        access.set_text_step(0)
        access.set_high_contrast(False)
        window.router.reset()
        assert theme.current().theme is theme.HIGH_CONTRAST and theme.current().text_scale == 1.25
    finally:
        access.set_defaults(AccessDefaults())
        access.reset()
    assert theme.current().theme is theme.DEFAULT and theme.current().text_scale == 1.0


def test_read_aloud_turns_the_read_buttons_off_and_is_not_offered_without_a_voice(
    make_window, qtbot: QtBot
) -> None:  # noqa: ANN001
    window = _reading_window(make_window, ENGLISH_ONLY)  # no Chinese voice
    router = window.router
    access = router.access
    assert access.read_aloud  # on by default: the read buttons show wherever a voice exists
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    reader = router.reader
    assert reader.read_button.isVisible()
    tap(_button(reader))
    panel = router.access_panel
    assert panel.read_button.isVisible() and panel.read_button.text() == TICK + "Read aloud: on"
    with qtbot.waitSignal(access.read_aloud_changed) as said:
        tap(panel.read_button)
    assert said.args == [False] and not access.reads_aloud
    assert panel.read_button.text() == "Read aloud: off"
    assert reader.read_button.isHidden()  # behind the card, at once
    tap(panel.read_button)
    assert access.reads_aloud and reader.read_button.isVisible()
    tap(panel.done_button)
    tap(reader.corner.buttons["zh-CN"])  # the engine has no voice for Chinese
    tap(_button(reader))
    assert not panel.read_button.isVisible() and not panel.read_label.isVisible()
    assert not access.reads_aloud and reader.read_button.isHidden()
    tap(panel.done_button)
    tap(reader.corner.buttons["en"])
    tap(_button(reader))
    assert panel.read_button.isVisible()
    tap(panel.read_button)
    with qtbot.waitSignal(access.read_aloud_changed) as said:
        router.reset()  # the next visitor gets the operator's default again
    assert said.args == [True]


def test_the_kiosk_starts_with_the_operator_defaults(make_window) -> None:  # noqa: ANN001
    from kiosk.app import start_access_defaults
    from kiosk.operator.config import OperatorConfig

    window = make_window()
    try:
        start_access_defaults(window, OperatorConfig(text_size=150, high_contrast=True))
        assert theme.current().theme is theme.HIGH_CONTRAST and theme.current().text_scale == 1.5
        assert window.router.access.defaults == AccessDefaults(2, True)
        window.router.access.set_text_step(0)
        window.router.reset()
        assert theme.current().text_scale == 1.5
    finally:  # the look is the application's: the next test starts from the plain one
        window.router.access.set_defaults(AccessDefaults())
        window.router.access.reset()


def test_the_operator_can_start_every_visit_with_read_aloud_off(make_window) -> None:  # noqa: ANN001
    from kiosk.app import start_access_defaults
    from kiosk.operator.config import OperatorConfig

    window = _reading_window(make_window)
    router = window.router
    start_access_defaults(window, OperatorConfig(read_aloud=False))
    assert router.access.defaults == AccessDefaults(0, False, False)
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    assert router.reader.read_button.isHidden()
    tap(_button(router.reader))
    assert router.access_panel.read_button.text() == "Read aloud: off"
    tap(router.access_panel.read_button)  # this visitor wants it
    tap(router.access_panel.done_button)
    assert router.reader.read_button.isVisible()
    router.reset()  # the next one starts with it off again
    assert not router.access.read_aloud and router.reader.read_button.isHidden()
