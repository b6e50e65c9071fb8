"""Issue 20 item 3: the result screen's QR code holds the tips in the visitor's language, and a phone
camera's decoder (zxing-cpp) reads it off the screen, dark on light, in crisp whole-pixel modules."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.content import takehome
from kiosk.journey import Screen
from kiosk.journey.challenge import ChallengePlan
from kiosk.journey.rewards import Achievement, RewardOutcome
from kiosk.settings import Settings
from kiosk.ui.widgets.qr_code import QUIET_ZONE, QrCode, TakeHomePanel, qr_matrix
from tests.support.taps import tap
from tests.ui.conftest import PACK


def decode(image: QImage) -> list[str]:
    """What a phone reads: QR codes only, and no inverted (light on dark) reading allowed."""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode, try_invert=False)
    return [code.text for code in found]


def finish_the_quiz(window) -> None:  # noqa: ANN001
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    while window.journey.screen is Screen.READER:
        tap(router.reader.next_button)
    while window.journey.screen is Screen.QUESTION:
        question = router.question
        tap(question.cards[sorted(window.journey.question.question.correct_ids)[0]])
        tap(question.confirm_button)
        tap(question.next_button)
    assert window.journey.screen is Screen.RESULT


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Basics\n• First tip for testing.\n• Second tip for testing."),
        ("zh-CN", "基础\n• 第一条提示。"),
    ],
)
def test_the_result_shows_the_tips_as_a_code_a_phone_reads(make_window, language, expected) -> None:  # noqa: ANN001
    window = make_window(language=language)
    finish_the_quiz(window)
    panel = window.router.result.take_home
    assert panel.isVisible() and panel.caption.isVisible()
    lesson = window.journey.lesson
    assert lesson.language == language and lesson.meta.tips == ()  # the pack's tips stand in
    assert panel.code.text == takehome.for_lesson(window.journey.pack, lesson.meta) == expected
    # read off the whole window, as a camera sees the screen
    assert decode(window.grab().toImage()) == [expected]
    words = {"en": "Scan to take the tips home", "zh-CN": "扫码把提示带回家"}
    assert panel.caption.text() == words[language]


def test_the_code_is_wiped_with_the_visit(make_window) -> None:  # noqa: ANN001
    window = make_window()
    finish_the_quiz(window)
    result = window.router.result
    tap(result.finish_button)
    assert window.journey.screen is Screen.ATTRACT
    assert result.take_home.isHidden() and result.take_home.code.text == ""


@pytest.mark.parametrize(
    "text",
    [
        "Strong passwords\n• Three random words.\nhttps://www.example.org/anti-fraud",
        "安全的密码\n• 三个或更多毫不相干的词连在一起，就是又长又好记的密码。\n• 邮箱要用单独的密码。",
    ],
)
def test_every_module_is_a_whole_pixel_square_dark_on_white(qtbot, text: str) -> None:  # noqa: ANN001
    code = QrCode(300)
    qtbot.addWidget(code)
    code.set_text(text)
    image = code.image()
    step = code.module_px()
    assert step >= 3 and image.width() == image.height() == code.modules * step <= 300
    matrix = qr_matrix(text)
    assert code.matrix == matrix and code.modules == len(matrix) + 2 * QUIET_ZONE
    # every pixel of a module has the module's colour: no blur, no half modules
    for y in range(code.modules):
        for x in range(code.modules):
            inside = QUIET_ZONE <= x < len(matrix) + QUIET_ZONE and QUIET_ZONE <= y < len(matrix) + QUIET_ZONE
            dark = inside and matrix[y - QUIET_ZONE][x - QUIET_ZONE]
            for dx, dy in ((0, 0), (step - 1, step - 1), (step - 1, 0)):
                grey = image.pixelColor(x * step + dx, y * step + dy).lightness()
                assert grey == (0 if dark else 255), (x, y, dx, dy)
    assert decode(image) == [text]


def test_the_panel_hides_without_tips_and_follows_the_language(qtbot) -> None:  # noqa: ANN001
    panel = TakeHomePanel(1.0)
    qtbot.addWidget(panel)
    panel.show_text("")
    assert panel.isHidden()
    panel.show_text("T\n• tip")
    assert not panel.isHidden() and decode(panel.code.image()) == ["T\n• tip"]


# -- issue 20 item 5: the optional receipt printer --------------------------------------------------------


@pytest.fixture
def printer_window(qtbot, tmp_path: Path, recorder):  # noqa: ANN001, ANN201
    """A kiosk window whose settings file names a receipt printer: a device file in ``tmp_path``."""
    device = tmp_path / "lp0"
    device.touch()
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[printer]\nenabled = true\ndevice = "{device}"\n', encoding="utf-8")
    settings = Settings(lessons=PACK, windowed=True, idle_timeout=0, source=config)
    journey = kiosk_app.make_journey(kiosk_app.open_pack(settings), settings, recorder)
    for entry, language in journey.lessons_to_warm():  # parsed, as tests/ui/conftest.py does
        journey.lesson_loader(entry, language)
    window = kiosk_app.make_window(QApplication.instance(), journey, settings, QSize(1280, 720))
    window.show()
    qtbot.addWidget(window)
    yield window, device
    window.leave_kiosk()


def test_the_tips_print_off_the_gui_thread_and_say_so(qtbot, printer_window) -> None:  # noqa: ANN001
    window, device = printer_window
    finish_the_quiz(window)
    panel = window.router.result.take_home
    assert panel.print_button.isVisible() and panel.print_button.text() == "Print the tips"
    panel.set_reward_code("AB3 K7P")
    with qtbot.waitSignal(panel.printed, timeout=10_000) as done:
        tap(panel.print_button)
        assert not panel.print_button.isEnabled() and panel.print_status.text() == "Printing…"
    assert done.args == [""]
    qtbot.waitUntil(lambda: panel.print_button.isEnabled())
    assert panel.print_status.text() == "Printed: please take your slip."
    out = device.read_bytes()
    for text in ("Test Booth", "Basics", "- First tip for testing.", "- Second tip for testing.", "AB3 K7P"):
        assert text.encode() in out, text


def test_a_printer_that_fails_gets_a_gentle_line_and_the_log_the_reason(
    qtbot, printer_window, caplog
) -> None:  # noqa: ANN001
    window, device = printer_window
    finish_the_quiz(window)
    panel = window.router.result.take_home
    device.unlink()
    device.mkdir()  # not a file a printer can be written to
    with qtbot.waitSignal(panel.printed, timeout=10_000):
        tap(panel.print_button)
    qtbot.waitUntil(lambda: panel.print_button.isEnabled())
    assert panel.print_status.text() == "Sorry, the printer is not working just now. Please ask at the booth."
    assert "Traceback" not in panel.print_status.text()
    assert any("could not print the take-home slip" in r.getMessage() for r in caplog.records)
    caplog.clear()  # the error was meant


def test_without_a_printer_there_is_no_print_button(make_window) -> None:  # noqa: ANN001
    window = make_window()
    finish_the_quiz(window)
    panel = window.router.result.take_home
    assert panel.isVisible() and not panel.print_button.isVisible() and panel.printer is None


def test_the_longest_text_check_allows_gets_3_pixels_a_module_at_720p(qtbot) -> None:  # noqa: ANN001
    limit = takehome.BYTE_CAPACITY_L[takehome.MAX_EASY_VERSION - 1]
    text = "防" * (limit // 3)  # as much Chinese as `kiosk check` lets through without a warning
    assert takehome.qr_version(text) == takehome.MAX_EASY_VERSION
    panel = TakeHomePanel(720 / 1080)  # the scale of a 1280x720 screen
    qtbot.addWidget(panel)
    panel.show_text(text)
    assert panel.code.module_px() >= 3
    assert decode(panel.code.image()) == [text]


# -- the booth challenge's result, and a reward code on the slip -----------------------------------------


def _challenge(window, desk=None) -> None:  # noqa: ANN001
    from tests.ui.test_challenge_screens import answer_everything

    journey = window.journey
    journey.challenge_plan = ChallengePlan(questions=8)
    journey.rewards = desk
    window.router.attract.render(journey)
    tap(window.router.attract.challenge_button)
    answer_everything(window)
    assert journey.screen is Screen.CHALLENGE_RESULT


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Test Booth\n• First tip for testing.\n• Second tip for testing."),
        ("zh-CN", "测试展台\n• 第一条提示。"),
    ],
)
def test_the_challenge_result_shows_a_take_home_code_too(make_window, language, expected) -> None:  # noqa: ANN001
    window = make_window(language=language)
    _challenge(window)
    panel = window.router.challenge_result.take_home
    assert panel.isVisible() and panel.code.text == expected  # the test pack's lessons have no tips
    assert decode(window.grab().toImage()) == [expected]
    tap(window.router.challenge_result.finish_button)
    assert panel.isHidden() and panel.code.text == ""


def test_a_reward_won_in_the_challenge_is_printed_on_the_slip(qtbot, printer_window) -> None:  # noqa: ANN001
    from tests.ui.test_challenge_screens import Desk

    window, device = printer_window
    _challenge(window, Desk())
    panel = window.router.challenge_result.take_home
    assert panel.reward_code == "K7MP-3QXA"
    assert panel.print_button.isVisible() and panel.print_button.text() == "Print my code and the tips"
    with qtbot.waitSignal(panel.printed, timeout=10_000) as done:
        tap(panel.print_button)
    assert done.args == [""]
    qtbot.waitUntil(lambda: panel.print_button.isEnabled())
    out = device.read_bytes()
    for text in (
        "Test Booth",
        "Booth challenge",
        "Your reward code",
        "K7MP-3QXA",
        "- First tip for testing.",
    ):
        assert text.encode() in out, text


def test_a_lesson_result_prints_its_reward_code_and_the_next_visitor_gets_none(qtbot, printer_window) -> None:  # noqa: ANN001
    from tests.ui.test_challenge_screens import Desk

    class AnyQuiz(Desk):  # rewards.earn = "lesson": any finished quiz
        def claim(self, achievement: Achievement) -> RewardOutcome | None:
            return super().claim(replace(achievement, score=achievement.maximum))

    window, device = printer_window
    window.journey.rewards = AnyQuiz()
    finish_the_quiz(window)
    panel = window.router.result.take_home
    assert panel.reward_code == "K7MP-3QXA"
    with qtbot.waitSignal(panel.printed, timeout=10_000):
        tap(panel.print_button)
    qtbot.waitUntil(lambda: panel.print_button.isEnabled())
    assert b"K7MP-3QXA" in device.read_bytes()
    tap(window.router.result.finish_button)
    window.journey.rewards = None
    device.write_bytes(b"")
    finish_the_quiz(window)
    assert panel.reward_code is None and panel.print_button.text() == "Print the tips"
    with qtbot.waitSignal(panel.printed, timeout=10_000):
        tap(panel.print_button)
    qtbot.waitUntil(lambda: panel.print_button.isEnabled())
    assert b"K7MP" not in device.read_bytes() and b"Basics" in device.read_bytes()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_with_a_reward_on_a_short_screen_the_code_stays_whole_and_readable(make_window, size) -> None:  # noqa: ANN001
    from tests.ui.test_challenge_screens import Desk

    window = make_window(size=size)
    _challenge(window, Desk())
    screen = window.router.challenge_result
    panel = screen.take_home
    assert screen.reward.isVisible() and panel.isVisible()
    code = panel.code
    inside = panel.rect().contains(code.geometry())
    assert inside and code.module_px() >= 3, (code.geometry(), panel.rect())
    assert decode(window.grab().toImage()) == [code.text]
