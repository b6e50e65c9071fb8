"""Read-aloud on the visitor screens, with a fake engine: what is read and in which order, that it stops
when the page changes or the visit resets, and that the button hides where no voice reads the language."""

from __future__ import annotations

import logging

import pytest

from kiosk.journey import Screen
from kiosk.ui.speech import Speaker, Voice, pick_voice
from tests.support.speech import BOTH, ENGLISH_ONLY, FakeSpeechBackend
from tests.support.taps import tap


def reading_window(make_window, backend: FakeSpeechBackend, **kw):  # noqa: ANN001, ANN201
    window = make_window(**kw)
    window.router.set_speaker(Speaker(backend, window.router))
    return window


def open_lesson(window, lesson: str = "basics"):  # noqa: ANN001, ANN201
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards[lesson])
    return router.reader


def test_the_read_button_reads_the_page_in_order_with_the_pictures_description(qtbot, make_window) -> None:  # noqa: ANN001
    backend = FakeSpeechBackend()
    window = reading_window(make_window, backend)
    reader = open_lesson(window)
    button = reader.read_button
    assert button.isVisible() and button.accessibleName() == "Read aloud"
    tap(button)
    text, voice = backend.said[-1]
    assert voice == "English (America)"  # the voice itself before its variants
    lines = text.splitlines()
    assert lines[0] == "First page."
    assert lines[1].startswith("Some bold text and a link")
    assert lines[2] == "Picture: A square."
    assert button.text() == "Stop reading"
    tap(button)  # a second tap stops it
    assert backend.stops == 1 and button.text() == "Read aloud"


def test_reading_stops_when_the_page_changes_and_when_the_visit_resets(qtbot, make_window) -> None:  # noqa: ANN001
    backend = FakeSpeechBackend()
    window = reading_window(make_window, backend)
    reader = open_lesson(window)
    tap(reader.read_button)
    tap(reader.next_button)
    assert backend.stops == 1 and reader.read_button.text() == "Read aloud"
    tap(reader.read_button)
    assert "The end of the lesson." in backend.said[-1][0]
    window.router.reset()  # the idle reset: the next visitor hears nothing of this one
    assert backend.stops == 2 and window.journey.screen is Screen.ATTRACT


def test_a_question_is_read_with_its_answers_in_order_then_the_feedback(qtbot, make_window) -> None:  # noqa: ANN001
    backend = FakeSpeechBackend()
    window = reading_window(make_window, backend)
    reader = open_lesson(window)
    tap(reader.next_button)
    tap(reader.next_button)
    question = window.router.question
    tap(question.read_button)
    lines = backend.said[-1][0].splitlines()
    shown = [choice.id for choice in window.journey.question.choices]
    assert lines[:3] == [
        "Question 1 of 3.",
        "Which one is the strong password?",
        "Choose one answer, then check it.",
    ]
    words = {"a": "123456", "b": "correct-horse-battery-staple", "c": "password"}
    assert lines[3:6] == [f"Answer {n}: {words[cid]}." for n, cid in enumerate(shown, 1)]
    # A choice: the page stays, so reading goes on; then the answer is checked, which changes the screen.
    tap(question.cards["a"])
    assert backend.stops == 0
    tap(question.read_button)  # stop
    tap(question.read_button)
    assert f"Answer {shown.index('a') + 1} (chosen): 123456." in backend.said[-1][0]
    tap(question.confirm_button)
    assert backend.stops == 2  # the feedback is another screen's worth of words: the old ones stop
    tap(question.read_button)
    lines = backend.said[-1][0].splitlines()
    assert lines[0] == "Not quite."
    assert f"Answer {shown.index('a') + 1} (Your answer: wrong): 123456." in lines
    assert f"Answer {shown.index('b') + 1} (Right answer): correct-horse-battery-staple." in lines
    assert "The most common password of all." in lines
    assert lines[-2:] == ["Why.", "Length beats symbols."]


def test_no_voice_for_the_language_hides_the_button_and_logs_why_once(
    qtbot,
    make_window,
    caplog: pytest.LogCaptureFixture,  # noqa: ANN001
) -> None:
    backend = FakeSpeechBackend(ENGLISH_ONLY)
    window = reading_window(make_window, backend)
    reader = open_lesson(window)
    assert reader.read_button.isVisible()
    caplog.set_level(logging.WARNING, "kiosk.ui.speech")
    tap(reader.corner.buttons["zh-CN"])
    assert window.journey.language == "zh-CN" and reader.read_button.isHidden()
    tap(reader.next_button)
    tap(reader.back_button)
    said = [r.getMessage() for r in caplog.records if "no voice for zh-CN" in r.getMessage()]
    assert len(said) == 1
    tap(reader.corner.buttons["en"])
    assert reader.read_button.isVisible()


def test_the_chinese_voice_reads_a_chinese_page(qtbot, make_window) -> None:  # noqa: ANN001
    backend = FakeSpeechBackend(BOTH)
    window = reading_window(make_window, backend, language="zh-CN")
    reader = open_lesson(window)
    tap(reader.read_button)
    text, voice = backend.said[-1]
    assert voice == "Chinese (Mandarin, latin as English)"
    assert text.splitlines()[0].endswith("。")


def test_buttons_wait_for_the_voices_and_hide_when_read_aloud_is_off_or_the_engine_fails(
    qtbot,
    make_window,
    caplog: pytest.LogCaptureFixture,  # noqa: ANN001
) -> None:
    backend = FakeSpeechBackend(at_once=False)
    window = reading_window(make_window, backend)
    reader = open_lesson(window)
    assert reader.read_button.isHidden()  # the engine is still starting
    backend.finish_starting()
    assert reader.read_button.isVisible()
    window.router.set_read_aloud(False)
    assert reader.read_button.isHidden()
    window.router.set_read_aloud(True)
    assert reader.read_button.isVisible()

    caplog.set_level(logging.WARNING, "kiosk.ui.speech")
    failing = make_window()
    failing.router.set_speaker(Speaker(FakeSpeechBackend(problem="the speechd engine has no voices")))
    assert open_lesson(failing).read_button.isHidden()
    assert any(
        "read-aloud is off: the speechd engine has no voices" in r.getMessage() for r in caplog.records
    )


def test_no_speaker_no_read_button(qtbot, make_window) -> None:  # noqa: ANN001
    assert open_lesson(make_window()).read_button.isHidden()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "English (America)"),
        ("en-GB", "English (Britain)"),
        ("zh-CN", "Chinese (Mandarin)"),
        ("fr", None),
    ],
)
def test_pick_voice_prefers_region_then_language_then_a_named_voice(
    language: str, expected: str | None
) -> None:
    voices = [
        Voice("English (America)+Adam", "en_US"),
        Voice("English (America)", "en_US"),
        Voice("English (Britain)", "en_GB"),
        Voice("Hakka Chinese", "C"),
        Voice("Chinese (Mandarin)", "C"),
    ]
    chosen = pick_voice(voices, language)
    assert (chosen.name if chosen else None) == expected
    assert pick_voice([*voices, Voice("Xiaoxiao", "zh_CN")], "zh-CN") == Voice("Xiaoxiao", "zh_CN")


def test_on_a_portrait_screen_the_read_button_is_its_icon_and_the_top_bar_fits(qtbot, make_window) -> None:  # noqa: ANN001
    window = reading_window(make_window, FakeSpeechBackend(), size=(1080, 1920), language="zh-CN")
    reader = open_lesson(window)
    button = reader.read_button
    assert button.isVisible() and button.text() == "" and button.accessibleName() == "朗读"
    assert button.width() >= 64 and not button.icon().isNull()
    for control in reader.top.controls():
        right = control.mapTo(window, control.rect().topRight()).x()
        assert control.isVisible() and right < window.width(), control.accessibleName()
