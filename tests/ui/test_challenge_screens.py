"""The booth challenge by taps: from the start screen and the lessons, its result with a reward code, and
the only mode (start -> challenge -> result -> start)."""

from __future__ import annotations

from datetime import date

from kiosk.journey import Screen
from kiosk.journey.challenge import CHALLENGE_ID, ChallengePlan
from kiosk.journey.rewards import Achievement, Reward, RewardOutcome, RewardStatus
from kiosk.ui.widgets.reward_card import instructions, spoken
from tests.support.recorder import FakeRecorder
from tests.support.taps import tap


class Desk:
    def __init__(self, status: RewardStatus = RewardStatus.WON) -> None:
        self.status = status

    def claim(self, achievement: Achievement) -> RewardOutcome | None:
        if not achievement.full_marks:
            return None
        reward = Reward("K7MP-3QXA", "Expo", date(2026, 12, 9)) if self.status is RewardStatus.WON else None
        return RewardOutcome(self.status, reward)


def booth_window(make_window, plan: ChallengePlan, desk: Desk | None = None):  # noqa: ANN001, ANN201
    window = make_window()
    journey = window.journey
    journey.challenge_plan, journey.rewards = plan, desk
    window.router.attract.render(journey)
    return window


def answer_everything(window, *, right: bool = True) -> None:  # noqa: ANN001
    journey, question = window.journey, window.router.question
    while journey.screen is Screen.QUESTION:
        shown = journey.question
        wanted = shown.question.correct_ids if right else {c.id for c in shown.choices if not c.correct}
        for cid in sorted(wanted)[:1] if not right else sorted(wanted):
            tap(question.cards[cid])
        tap(question.confirm_button)
        tap(question.next_button)


def test_the_challenge_from_the_start_screen_to_a_reward(qtbot, make_window, recorder: FakeRecorder) -> None:  # noqa: ANN001
    window = booth_window(make_window, ChallengePlan(questions=8), Desk())
    router, journey = window.router, window.journey
    assert router.attract.challenge_button.isVisible()
    tap(router.attract.challenge_button)
    assert journey.screen is Screen.QUESTION and journey.in_challenge
    assert router.question.top.title.text() == "Booth challenge"
    assert router.question.top.step.text() == "Question 1 of 3"  # all the test pack holds
    answer_everything(window)
    screen = router.challenge_result
    assert journey.screen is Screen.CHALLENGE_RESULT and window.stack.currentWidget() is screen
    assert screen.score.text() == "3 of 3!"
    assert "perfect score" in screen.cheer.text()
    assert screen.reward.isVisible() and screen.reward.code.text() == "K7MP-3QXA"
    assert "Valid until 2026-12-09" in screen.reward.words.text()
    assert recorder.of("record_quiz_result")[-1].lesson_id == CHALLENGE_ID
    tap(screen.lessons_button)
    assert journey.screen is Screen.CATALOGUE
    qtbot.waitUntil(lambda: not screen.reward.code.text())  # wiped once left
    assert router.catalogue.challenge_button.isVisible()
    tap(router.catalogue.challenge_button)
    assert journey.screen is Screen.QUESTION
    answer_everything(window, right=False)
    assert screen.score.text() == "0 of 3!" and not screen.reward.isVisible()
    assert screen.missed_items[0].isVisible()
    tap(screen.finish_button)
    assert journey.screen is Screen.ATTRACT


def test_a_lost_draw_says_so_kindly(make_window) -> None:  # noqa: ANN001
    window = booth_window(make_window, ChallengePlan(questions=2), Desk(RewardStatus.LOST_DRAW))
    tap(window.router.attract.challenge_button)
    answer_everything(window)
    card = window.router.challenge_result.reward
    assert card.isVisible() and not card.code.isVisible()
    assert "No prize in the draw this time" in card.words.text()


def test_only_mode_has_no_catalogue(make_window, recorder: FakeRecorder) -> None:  # noqa: ANN001
    window = booth_window(make_window, ChallengePlan(questions=2, only=True))
    router, journey = window.router, window.journey
    assert not router.attract.challenge_button.isVisible()
    tap(router.attract.start_button)
    assert journey.screen is Screen.QUESTION and journey.in_challenge
    answer_everything(window)
    assert not router.challenge_result.lessons_button.isVisible()
    tap(router.challenge_result.finish_button)
    assert journey.screen is Screen.ATTRACT
    assert len(recorder.of("end_visit")) == 1


def test_without_a_challenge_there_is_no_button(make_window) -> None:  # noqa: ANN001
    window = make_window()
    assert not window.router.attract.challenge_button.isVisible()
    tap(window.router.attract.start_button)
    assert not window.router.catalogue.challenge_button.isVisible()


def test_the_reward_words_for_a_printer() -> None:
    reward = Reward("K7MP-3QXA", "Expo", None)
    assert instructions(reward).startswith("Show this code at the booth desk")
    assert "Valid until" not in instructions(reward)
    assert spoken("K7MP-3QXA") == "K 7 M P, 3 Q X A"


def test_a_lesson_that_earns_a_reward_shows_it_on_its_result(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    journey, router = window.journey, window.router
    journey.rewards = Desk()
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    while journey.screen is Screen.READER:
        tap(router.reader.next_button)
    answer_everything(window)
    assert journey.screen is Screen.RESULT
    assert router.result.reward.isVisible() and router.result.reward.code.text() == "K7MP-3QXA"
    tap(router.result.finish_button)
    qtbot.waitUntil(lambda: not router.result.reward.code.text())


def test_only_mode_the_way_out_of_the_quiz_says_home_and_leads_to_the_start(
    make_window, recorder: FakeRecorder
) -> None:  # noqa: ANN001
    window = booth_window(make_window, ChallengePlan(questions=3, only=True))
    router, journey = window.router, window.journey
    tap(router.attract.start_button)
    top = router.question.top.lessons_button
    assert journey.in_challenge and top.text() == "Home" and top.accessibleName() == "Home"
    tap(top)
    confirm = router.confirm
    assert confirm.isVisible() and confirm.title.text() == "Leave the challenge?"
    assert "start screen" in confirm.text.text() and confirm.leave_button.text() == "Leave the challenge"
    tap(confirm.leave_button)
    assert journey.screen is Screen.ATTRACT and journey.visit is None
    assert [how for _, how in recorder.of("end_visit")] == ["abandoned"]


def test_a_challenge_beside_the_lessons_keeps_the_way_back_to_them(make_window) -> None:  # noqa: ANN001
    window = booth_window(make_window, ChallengePlan(questions=3))
    router, journey = window.router, window.journey
    tap(router.attract.challenge_button)
    assert router.question.top.lessons_button.text() == "Lessons"
    tap(router.question.top.lessons_button)
    assert "back to the lessons" in router.confirm.text.text()
    tap(router.confirm.leave_button)
    assert journey.screen is Screen.CATALOGUE
    tap(router.catalogue.cards["basics"])  # a lesson's quiz after an only-mode kiosk: still "Lessons"
    assert router.reader.top.lessons_button.text() == "Lessons"


def test_the_challenge_is_pictured_with_its_reward_and_take_home_code(qapp, tmp_path) -> None:  # noqa: ANN001
    import zxingcpp
    from PySide6.QtGui import QImage

    from kiosk import app as kiosk_app
    from kiosk.content.loader import load_pack
    from kiosk.settings import Settings
    from kiosk.ui.screenshot_booth import render_challenge
    from tests.ui.conftest import PACK

    pack = load_pack(PACK)
    settings = Settings(lessons=PACK, windowed=True, idle_timeout=0)

    def open_window(language: str, size: tuple[int, int]):  # noqa: ANN202
        return kiosk_app.preview_window(qapp, pack, settings.with_overrides(language=language), size)

    saved = render_challenge(pack, open_window, tmp_path, [(1080, 1920)])
    assert len(saved) == 12 and all(p.stat().st_size > 10_000 for p in saved)
    reward = tmp_path / "1080x1920-zh-CN-challenge-04-challenge-result-reward.png"
    assert reward in saved
    found = zxingcpp.read_barcodes(QImage(str(reward)), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [code.text for code in found] == ["测试展台\n• 第一条提示。"]
