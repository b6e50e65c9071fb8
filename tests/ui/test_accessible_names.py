"""Every control a visitor meets has an accessible name and role, on every visitor screen.

Walks the journey (attract, catalogue, lesson pages, a question before and after its answer, the
result, the "Leave this quiz?" question, the "Still there?" overlay) in both languages and asks Qt's
accessibility layer (what a screen reader reads, through AT-SPI on Linux, UI Automation on Windows,
NSAccessibility on macOS) about every control showing that a tap or the keyboard can reach.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget

from kiosk.journey import Screen
from kiosk.ui.speech import Speaker
from tests.support.speech import FakeSpeechBackend
from tests.support.taps import tap

#: roles that are no role at all for a control
NO_ROLE = {QAccessible.Role.NoRole, QAccessible.Role.Client, QAccessible.Role.Grouping}


def controls(window: QWidget) -> list[QWidget]:
    """Every showing widget a visitor can operate: buttons, and anything the keyboard can focus (the
    scroll areas that only scroll, and the labels inside cards, are not controls of their own)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QAbstractScrollArea):
            continue
        if isinstance(widget, QAbstractButton) or widget.focusPolicy().value & 1:  # Tab focus
            found.append(widget)
    return found


def unnamed(window: QWidget) -> list[str]:
    problems = []
    for widget in controls(window):
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        role = face.role() if face is not None else QAccessible.Role.NoRole
        if not name.strip() or role in NO_ROLE:
            problems.append(
                f"{type(widget).__name__} {widget.objectName()!r}: name {name!r}, role {role.name}"
            )
    return problems


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_every_control_on_every_visitor_screen_has_a_name_and_a_role(
    qtbot, make_window, language: str
) -> None:  # noqa: ANN001
    window = make_window(language=language, idle=60, countdown=30)
    window.router.set_speaker(Speaker(FakeSpeechBackend()))
    router, journey = window.router, window.journey
    seen: dict[str, list[str]] = {}

    def check(where: str) -> None:
        seen[where] = unnamed(window)
        assert controls(window), f"{where}: no control found at all"

    check("attract")
    tap(router.attract.start_button)
    check("catalogue")
    tap(router.catalogue.cards["basics"])
    check("lesson page 1")
    assert router.reader.read_button.isVisible() and router.reader.dots.isVisible()
    tap(router.reader.next_button)
    check("lesson page 2")
    tap(router.reader.next_button)
    question = router.question
    check("question")
    tap(next(iter(question.cards.values())))
    check("question, an answer chosen")
    tap(question.confirm_button)
    assert journey.screen is Screen.FEEDBACK
    check("feedback")
    tap(question.top.lessons_button)
    check("leave this quiz?")
    router.confirm.dismiss()
    for _ in range(10):
        if journey.screen is Screen.RESULT:
            break
        if journey.screen is Screen.FEEDBACK:
            tap(question.next_button)
        else:
            tap(next(iter(question.cards.values())))
            tap(question.confirm_button)
    assert journey.screen is Screen.RESULT
    check("result")
    with qtbot.waitSignal(window.idle.countdown_started, timeout=3000):
        window.idle.set_timeout(0.02)
    window.idle.set_timeout(0)
    assert window.overlay.isVisible()
    check("still there?")
    face = QAccessible.queryAccessibleInterface(window.overlay)
    assert face.text(QAccessible.Text.Name) == window.overlay.title.text()
    assert {where: problems for where, problems in seen.items() if problems} == {}


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_the_on_screen_keyboards_keys_have_names_in_the_language_shown(qtbot, language: str) -> None:  # noqa: ANN001
    """The keys drawn as a symbol, or as nothing (space), are named in words a screen reader says: the
    visitor's keyboard (password tester) and the console's (event label)."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    from kiosk.ui import i18n
    from kiosk.ui.admin.keyboard import TouchKeyboard
    from kiosk.ui.widgets.touch_keyboard import VisitorKeyboard

    app = QApplication.instance()
    i18n.set_language(app, language)
    try:
        expected = {"en": ("Shift", "Space", "Delete"), "zh-CN": ("切换大写", "空格", "删除")}[language]
        for keyboard_type in (VisitorKeyboard, TouchKeyboard):
            field = QLineEdit()
            keyboard = keyboard_type(1.0, field)
            qtbot.addWidget(field)
            qtbot.addWidget(keyboard)
            keyboard.show()
            assert not unnamed(keyboard), unnamed(keyboard)
            names = tuple(
                QAccessible.queryAccessibleInterface(key).text(QAccessible.Text.Name)
                for key in (keyboard.shift, keyboard.space, keyboard.delete)
            )
            assert names == expected, keyboard_type.__name__
    finally:
        i18n.set_language(app, "en")
