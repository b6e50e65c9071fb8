"""Spot the red flags on screen: parts found by tap and by keyboard, numbered, checked, recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from kiosk.journey import Screen
from kiosk.results.store import ResultsStore
from kiosk.ui import i18n, question_kinds
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.widgets.spot import RegionButton, SpotView
from kiosk.ui.window import MainWindow
from tests.robustness.driver import build_window, close_window, open_card, tap
from tests.support.recorder import FakeRecorder

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 600">'
    '<rect width="400" height="600" fill="#eeeeee"/>'
    '<rect id="link" x="20" y="300" width="300" height="40" fill="#3366cc"/></svg>'
)
QUIZ = """## Tap the red flags. {#sms}
kind: spot
picture: images/sms.svg

- [x] The sender {#sender}
  area: 20, 20, 360, 60
  > Anyone can fake a sender.
- [x] The link {#link}
  area: #link
  > Not the bank's address.
- [ ] The time {#time}
  area: 20, 500, 200, 40
  > Just the time.
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack" / "spot"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "sms.svg").write_text(SVG, encoding="utf-8")
    (folder / "lesson.md").write_text("---\ntitle: Spot\n---\n# Page\n\nWords.\n", encoding="utf-8")
    (folder / "quiz.md").write_text(QUIZ, encoding="utf-8")
    return folder.parent


@pytest.fixture
def window(qtbot, pack: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    window = build_window(pack, FakeRecorder(), kiosk=False, size=(800, 800))
    yield window
    close_window(window)


def to_question(window: MainWindow) -> SpotView:
    tap(window.router.attract.start_button)
    open_card(window, "spot")
    window.router.opener.finish()
    QCoreApplication.processEvents()
    tap(window.router.reader.next_button)
    assert window.journey.screen is Screen.QUESTION
    view = window.router.question.choice_views[SpotView]
    assert isinstance(view, SpotView) and view.isVisible()
    return view


def tap_part(question: QuestionScreen, choice_id: str) -> None:
    """Tap a part of the picture, first scrolling it into view as a visitor would drag the question."""
    part = question.cards[choice_id]
    area = part.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(part)
        QCoreApplication.processEvents()
    tap(part)


def test_the_screen_table_knows_spot() -> None:
    assert question_kinds.of("spot").view is SpotView


def test_parts_sit_over_their_areas_and_are_fingertip_sized(window: MainWindow) -> None:
    view = to_question(window)
    cards = window.router.question.cards
    assert set(cards) == {"sender", "link", "time"}
    shown = view.canvas.picture_rect()
    assert not shown.isEmpty()
    link = cards["link"]
    assert isinstance(link, RegionButton)
    # The SVG element's bounds, scaled: 300 of 400 units wide.
    assert link.outline.width() == pytest.approx(shown.width() * 300 / 400, abs=2)
    for part in cards.values():
        assert min(part.width(), part.height()) >= round(64 * view.scale) - 1


def test_a_tap_finds_a_flag_with_a_number_and_a_decoy_with_a_tick(window: MainWindow) -> None:
    view = to_question(window)
    question = window.router.question
    assert question.confirm_button.isEnabled()  # giving up is allowed: the flags are then shown
    tap_part(question, "link")
    tap_part(question, "time")
    assert window.journey.selection == {"link", "time"}
    link, time = question.cards["link"], question.cards["time"]
    assert (link.look(), view.number_of("link")) == ("found", 1)  # type: ignore[attr-defined]
    assert time.look() == "decoy"  # type: ignore[attr-defined]
    assert "1. Red flag: The link" in view.notes.text() and "Not the bank" in view.notes.text()
    assert "Fine: The time" in view.notes.text()
    tap_part(question, "link")  # a second tap changes nothing
    assert window.journey.selection == {"link", "time"}
    tap(question.confirm_button)
    assert window.journey.screen is Screen.FEEDBACK
    assert question.cards["sender"].look() == "missed"  # type: ignore[attr-defined]
    assert view.number_of("sender") == 2 and "2. Missed: The sender" in view.notes.text()
    # 1 flag found, less 1 decoy, is below the 2 needed (60% of 2 flags, rounded up)
    assert question.panel.property("verdict") == "wrong"
    assert "You found 1 of 2 red flags." in question.feedback.text()


def test_a_tap_on_nothing_says_so(window: MainWindow) -> None:
    view = to_question(window)
    shown = view.canvas.picture_rect()
    tap(view.canvas, QPoint(shown.center().x(), shown.top() + round(shown.height() * 0.7)))
    assert view.nothing.isVisible() and "Nothing suspicious" in view.nothing.text()
    assert window.journey.selection == frozenset()


def test_the_keyboard_steps_through_every_part_in_reading_order(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    view = to_question(window)
    cards = list(window.router.question.cards)
    assert cards == ["sender", "link", "time"]  # top to bottom, flags and decoys alike
    app = QCoreApplication.instance()
    # The first key only shows where the focus is (kiosk.ui.focus_rings): on the first part.
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    assert app.focusWidget() is window.router.question.cards["sender"]  # type: ignore[union-attr]
    qtbot.keyClick(app.focusWidget(), Qt.Key.Key_Tab)  # type: ignore[union-attr]
    focused = app.focusWidget()  # type: ignore[union-attr]
    assert focused is window.router.question.cards["link"]
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    QCoreApplication.processEvents()
    assert window.journey.selection == {"link"} and view.number_of("link") == 1


def test_all_flags_found_is_right_and_recorded_with_their_ids(pack: Path, qtbot) -> None:  # noqa: ANN001
    store = ResultsStore.open(None)
    window = build_window(pack, store, kiosk=False, size=(800, 800))
    try:
        to_question(window)
        question = window.router.question
        tap_part(question, "sender")
        tap_part(question, "link")
        tap(question.confirm_button)
        assert question.panel.property("verdict") == "right"
        store.flush()
        assert store.db is not None
        rows = list(store.db.query("SELECT question_id, chosen, correct FROM answers"))
        assert rows == [{"question_id": "sms", "chosen": "link,sender", "correct": 1}]
    finally:
        close_window(window)
        store.close()


def test_the_idle_reset_leaves_no_trace_of_the_parts_found(window: MainWindow) -> None:
    view = to_question(window)
    tap_part(window.router.question, "link")
    assert view.notes.text() and view.order == ["link"]
    window.journey.idle_reset()
    window.router.sync()
    assert window.journey.screen is Screen.ATTRACT
    assert view.order == [] and view.notes.text() == "" and not view.notes.isVisible()
    assert all(part.choice_id == "" and not part.isVisible() for part in view.parts)
    assert view.canvas.path is None


# -- the picture and its notes at the booth's screen sizes -------------------------------------------

WIDE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 700 480">'
    '<rect width="700" height="480" fill="#ffffff"/>'
    '<rect id="subject" x="30" y="40" width="500" height="30" fill="#eeeeee"/></svg>'
)
WIDE_QUIZ = """## This e-mail landed in your inbox. Tap every red flag you can find. {#mail}
kind: spot
picture: images/mail.svg

- [x] The subject {#subject}
  area: #subject
  > Pressure to act today.
- [x] The sender {#sender}
  area: 30, 90, 300, 40
  > Not your company's address.
- [x] The button {#button}
  area: 30, 300, 200, 50
  > It leads to a look-alike page.
- [ ] The date {#date}
  area: 500, 90, 180, 30
  > Just the date.

> A deadline, an address that is not your company's, a request for your password and a link to a
> login page: any one of them is reason to stop. Open your mail the way you always do and ask your
> IT team through a channel you know. If you typed your password, change it on the real site at
> once, and wherever else you used it.
"""


def open_wide_question(tmp_path: Path, size: tuple[int, int]) -> tuple[MainWindow, SpotView]:
    folder = tmp_path / "pack" / "mail"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "mail.svg").write_text(WIDE_SVG, encoding="utf-8")
    (folder / "lesson.md").write_text("---\ntitle: Mail\n---\n# Page\n\nWords.\n", encoding="utf-8")
    (folder / "quiz.md").write_text(WIDE_QUIZ, encoding="utf-8")
    window = build_window(folder.parent, FakeRecorder(), kiosk=False, size=size)
    journey, router = window.journey, window.router
    journey.start()
    router.sync()
    router.open_lesson("mail")
    router.opener.finish()
    journey.next_page()
    router.sync()
    settle_layouts()
    assert journey.screen is Screen.QUESTION
    return window, router.question.choice_views[SpotView]


def settle_layouts() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def act(window: MainWindow, action, *args) -> None:  # noqa: ANN001
    action(*args)
    window.router.sync()
    settle_layouts()


def test_in_portrait_a_wide_picture_takes_the_column_s_width_not_a_thumbnail(tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    window, view = open_wide_question(tmp_path, (1080, 1920))
    try:
        shown = view.canvas.picture_rect()
        # Bounded by the viewport of a column as tall as its content, it shrank to about a third.
        assert shown.width() >= 0.9 * view.canvas.width()
        assert shown.width() >= 900
    finally:
        close_window(window)


def test_the_note_to_read_next_comes_first_under_the_picture(tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    window, view = open_wide_question(tmp_path, (1280, 720))
    try:
        act(window, window.journey.toggle_choice, "subject")
        act(window, window.journey.toggle_choice, "sender")
        notes = view.notes.text()
        # The flag just found is explained right under the picture, where the visitor is looking.
        assert notes.index("2. Red flag: The sender") < notes.index("1. Red flag: The subject")
        act(window, window.journey.confirm)
        notes = view.notes.text()
        # Once checked, what was missed comes first: it is what the visitor has still to learn.
        assert notes.index("3. Missed: The button") < notes.index("1. Red flag: The subject")
        assert notes.index("1. Red flag: The subject") < notes.index("2. Red flag: The sender")
    finally:
        close_window(window)


def test_a_tall_picture_stays_put_as_its_notes_grow_beside_it(tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    folder = tmp_path / "pack" / "sms"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "sms.svg").write_text(SVG, encoding="utf-8")
    (folder / "lesson.md").write_text("---\ntitle: Sms\n---\n# Page\n\nWords.\n", encoding="utf-8")
    long_note = "  > " + "A long explanation of why this part is or is not a red flag. " * 6 + "\n"
    quiz = "".join(line if not line.startswith("  > ") else long_note for line in QUIZ.splitlines(True))
    (folder / "quiz.md").write_text(quiz, encoding="utf-8")
    window = build_window(folder.parent, FakeRecorder(), kiosk=False, size=(1024, 768))
    try:
        journey, router = window.journey, window.router
        journey.start()
        router.sync()
        router.open_lesson("sms")
        router.opener.finish()
        journey.next_page()
        router.sync()
        settle_layouts()
        view = router.question.choice_views[SpotView]
        assert view.row.direction() == view.row.Direction.LeftToRight  # notes beside the tall picture
        top = view.canvas.mapTo(view, view.canvas.picture_rect().topLeft()).y()
        act(window, journey.toggle_choice, "time")
        act(window, journey.confirm)  # three long notes now stand beside the picture
        assert view.notes.height() > view.canvas.height()
        assert view.canvas.mapTo(view, view.canvas.picture_rect().topLeft()).y() == top
    finally:
        close_window(window)


def test_a_visitor_who_switches_to_chinese_sees_the_picture_s_chinese_version(tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    folder = tmp_path / "pack" / "sms"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "sms.svg").write_text(SVG, encoding="utf-8")
    (folder / "images" / "sms.zh_CN.svg").write_text(SVG.replace("#3366cc", "#cc3333"), encoding="utf-8")
    (folder.parent / "pack.yaml").write_text("languages: [en, zh-CN]\n", encoding="utf-8")
    (folder / "lesson.md").write_text("---\ntitle: Sms\n---\n# Page\n\nWords.\n", encoding="utf-8")
    (folder / "lesson.zh-CN.md").write_text("---\ntitle: 短信\n---\n# 页\n\n文字。\n", encoding="utf-8")
    (folder / "quiz.md").write_text(QUIZ, encoding="utf-8")  # one quiz for both: its areas fit both pictures
    window = build_window(folder.parent, FakeRecorder(), kiosk=False, size=(800, 800))
    try:
        journey, router = window.journey, window.router
        journey.start()
        router.sync()
        router.open_lesson("sms")
        router.opener.finish()
        journey.next_page()
        router.sync()
        view = router.question.choice_views[SpotView]
        assert view.canvas.path is not None and view.canvas.path.name == "sms.svg"
        act(window, journey.toggle_choice, "link")
        router.set_language("zh-CN")
        settle_layouts()
        assert journey.language == "zh-CN" and journey.selection == {"link"}  # the visitor keeps their place
        assert view.canvas.path is not None and view.canvas.path.name == "sms.zh_CN.svg"
        assert router.question.cards["link"].look() == "found"  # type: ignore[attr-defined]
    finally:
        close_window(window)
        i18n.set_language(QApplication.instance(), "en")


MANY_NOTES = "\n".join(
    line
    if not line.startswith("  > ")
    else line + " A second sentence, as the bundled lessons write them, says what to do instead and why."
    for line in WIDE_QUIZ.splitlines()
).replace(
    "- [ ] The date {#date}",
    "- [x] The greeting {#greeting}\n  area: 30, 150, 300, 40\n  > Nobody is named: it went to thousands."
    " A real administrator knows your name and writes to you by it.\n"
    "- [x] The signature {#signature}\n  area: 30, 400, 300, 40\n  > No name and no telephone number."
    " Who would you ring to ask whether it is real?\n- [ ] The date {#date}",
)


def test_in_portrait_the_feedback_after_check_gets_a_fair_share_of_the_height(tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    global WIDE_QUIZ  # noqa: PLW0603 - the same question with many long notes
    plain, WIDE_QUIZ = WIDE_QUIZ, MANY_NOTES
    try:
        window, view = open_wide_question(tmp_path, (1080, 1920))
    finally:
        WIDE_QUIZ = plain
    try:
        question = window.router.question
        act(window, window.journey.toggle_choice, "subject")
        act(window, window.journey.toggle_choice, "date")
        assert question.scroll.verticalScrollBar().maximum() == 0  # before Check: as tall as they are
        act(window, window.journey.confirm)
        notes = view.notes.text()
        assert notes.count("Missed:") == 4 and "Fine:" in notes
        # The picture and its six notes are taller than the screen: they scroll in their own column,
        # at most 45 % of the height, and the feedback below gets the rest. Before, it got 140-200 px
        # and its "Why" scrolled out of sight.
        height = window.height()
        assert question.scroll.height() <= 0.45 * height + 2
        assert question.scroll.verticalScrollBar().maximum() > 0
        assert question.panel_scroll.height() >= 0.25 * height
        assert question.panel_scroll.verticalScrollBar().maximum() == 0
        assert question.explanation.isVisible() and question.why.isVisible()
        # The picture itself is still whole at the top of its column, at the column's width.
        assert view.canvas.picture_rect().width() >= 900
    finally:
        close_window(window)
