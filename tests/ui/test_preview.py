"""``kiosk preview``: a lesson as visitors see it, read again on each save, with its diagnostics; records nothing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget

from kiosk.cli import main
from kiosk.journey import Screen
from kiosk.ui import i18n, resources
from kiosk.ui.preview.window import PreviewWindow, open_preview

PACK = Path(__file__).parent / "data" / "pack"
QUIZ = PACK / "basics" / "quiz.md"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    root = tmp_path / "pack"
    shutil.copytree(PACK, root)
    return root


@pytest.fixture
def preview(qtbot, pack: Path) -> Iterator[Callable[..., PreviewWindow]]:  # noqa: ANN001
    def make(lesson: str | None = "basics", language: str = "en", size: str = "landscape") -> PreviewWindow:
        window = open_preview(pack, lesson, language, size)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    i18n.set_language(QApplication.instance(), "en")  # the next test starts in English


def click(listing: QListWidget, starts: str) -> None:
    """Click the row of ``listing`` whose text starts with ``starts``."""
    for row in range(listing.count()):
        item = listing.item(row)
        if item.text().startswith(starts):
            listing.scrollToItem(item)
            QTest.mouseClick(
                listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center()
            )
            return
    raise AssertionError(
        f"no row starting {starts!r} in {[listing.item(r).text() for r in range(listing.count())]}"
    )


def rows(listing: QListWidget) -> list[str]:
    return [listing.item(row).text() for row in range(listing.count())]


def test_opens_a_normal_window_on_the_lessons_first_page_with_its_places(preview) -> None:
    window = preview()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint  # not kiosk mode
    assert window.journey.screen is Screen.READER and window.journey.page_index == 0
    assert window.stage.router.current is window.stage.router.reader
    assert "First page" in window.stage.router.reader.view.toPlainText()
    assert rows(window.places) == [
        "Page 1: First page",
        "Page 2: Second page",
        "Question 1: Which one is the strong password?",
        "Question 2: Which make an account safer? Select all that apply.",
        "Question 3: A text message can show your bank's name as its sender and still be a scam.",
    ]
    assert window.summary.text() == "No problems: kiosk check finds nothing to say."
    assert window.picture().size() == QSize(1920, 1080)


def test_a_click_on_a_question_shows_it_as_visitors_see_it(preview) -> None:
    window = preview()
    click(window.places, "Question 3")
    question = window.stage.router.question
    assert window.stage.router.current is question
    assert question.top.step.text() == "Question 3 of 3"
    assert window.journey.question.kind == "true_false"
    click(window.places, "Page 2")
    assert window.stage.router.current is window.stage.router.reader
    assert "Second page" in window.stage.router.reader.view.toPlainText()


def test_the_author_can_answer_in_the_screen_and_the_list_follows(preview) -> None:
    window = preview()
    click(window.places, "Question 1")
    screen = window.stage.router.question
    shown = window.journey.question
    screen.choice_toggled.emit(next(c.id for c in shown.choices if c.correct))
    screen.confirm_requested.emit()
    assert window.journey.screen is Screen.FEEDBACK and window.journey.outcome.correct
    screen.next_requested.emit()
    assert window.places.currentItem().text().startswith("Question 2")


def test_another_lesson_opened_on_the_screen_becomes_the_one_previewed(preview, qtbot) -> None:  # noqa: ANN001
    window = preview()
    router = window.stage.router
    router.reader.leave_requested.emit()  # "Lessons": the pack's catalogue, as visitors see it
    assert router.current is router.catalogue
    router.open_lesson("phishing")
    assert window.journey.lesson.id == "phishing" and router.current is router.reader
    qtbot.waitUntil(lambda: window.reading.lesson_id == "phishing", timeout=2000)
    assert window.lesson_box.currentData() == "phishing"
    assert rows(window.places)[0].startswith("Page 1: ")
    assert not any(r.startswith("Question") for r in rows(window.places))  # phishing has no quiz


def test_a_broken_quiz_shows_its_diagnostics_with_file_and_line(preview, pack: Path) -> None:
    text = QUIZ.read_text(encoding="utf-8")
    text = text.replace("- [x] A long password", "- [ ] A long password").replace(
        "- [x] A second factor", "- [ ] A second factor"
    )  # question 2 has no right answer: left out
    text = text.replace("- [ ] password\n", "- [ ] 123456!\n")  # question 1: two choices the same
    (pack / "basics" / "quiz.md").write_text(text, encoding="utf-8")
    window = preview()
    found = rows(window.problems)
    assert found == [
        "basics/quiz.md:5: warning: question 'strong': choices 1 and 3 say the same ('123456'): visitors "
        "cannot tell them apart; reword one or remove it",
        "basics/quiz.md:14: error: question 'safer' has no correct choice: mark one with \"- [x]\"",
    ]
    assert window.summary.text() == "1 error, 1 warning"
    assert [r for r in rows(window.places) if r.startswith("Question")] == [
        "Question 1: Which one is the strong password?",
        "Question 2: A text message can show your bank's name as its sender and still be a scam.",
    ]
    click(window.problems, "basics/quiz.md:5")  # a warning inside a question shows that question
    assert window.stage.router.current is window.stage.router.question
    assert window.journey.question.question.id == "strong"


def test_a_saved_change_is_shown_within_a_second_even_when_the_editor_replaces_the_file(
    preview, pack: Path, qtbot
) -> None:  # noqa: ANN001
    window = preview()
    lesson = pack / "basics" / "lesson.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("# First page", "# Written again"), "utf-8")
    qtbot.waitUntil(lambda: "Written again" in window.stage.router.reader.view.toPlainText(), timeout=1000)
    assert rows(window.places)[0] == "Page 1: Written again"
    # Editors that save by writing a new file and renaming it over the old one: the watcher must follow.
    for word in ("Renamed once", "Renamed twice"):
        fresh = pack / "basics" / ".lesson.md.swp"
        fresh.write_text(
            lesson.read_text(encoding="utf-8").replace(rows(window.places)[0][8:], word), "utf-8"
        )
        os.replace(fresh, lesson)
        qtbot.waitUntil(lambda word=word: rows(window.places)[0] == f"Page 1: {word}", timeout=1000)
    # a new mistake shows up among the problems, and the lesson stays at the place shown
    click(window.places, "Question 1")
    quiz = pack / "basics" / "quiz.md"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("- [ ] password", "- [ ] 123456"), "utf-8")
    qtbot.waitUntil(lambda: window.problems.count() == 1, timeout=1000)
    assert "choices 1 and 3 say the same" in rows(window.problems)[0]
    assert window.journey.question.question.id == "strong"


def test_a_lesson_that_can_no_longer_be_read_stays_shown_under_a_note(preview, pack: Path, qtbot) -> None:  # noqa: ANN001
    window = preview()
    lesson = pack / "basics" / "lesson.md"
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace("title: Basics", "title: Basics: broken"), "utf-8"
    )
    qtbot.waitUntil(lambda: window.note.isVisible(), timeout=1000)
    assert "cannot be shown as it is now" in window.note.text()
    assert any("basics/lesson.md:2: error:" in r and "quotes" in r for r in rows(window.problems))
    assert "First page" in window.stage.router.reader.view.toPlainText()  # the last good version
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("Basics: broken", "Basics"), "utf-8")
    qtbot.waitUntil(lambda: not window.note.isVisible(), timeout=1000)


def test_a_lesson_that_never_could_be_read_does_not_claim_a_last_good_version(preview, pack: Path) -> None:  # noqa: ANN001
    # Opened broken, the preview has nothing of it to show: the note must not point at an older version.
    lesson = pack / "basics" / "lesson.md"
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace("title: Basics", "title: Basics: broken"), "utf-8"
    )
    window = preview()
    assert window.note.isVisible()
    assert window.note.text() == (
        "The lesson cannot be shown as it is now: fix the problems listed and save, and it shows here."
    )
    assert any("basics/lesson.md:2: error:" in r for r in rows(window.problems))


def test_language_and_screen_size_switch_keep_the_place(preview, qtbot) -> None:  # noqa: ANN001
    window = preview()
    click(window.places, "Question 2")
    window.language_box.activated.emit(window.language_box.findData("zh-CN"))
    assert window.journey.lesson.language == "zh-CN" and window.journey.question.question.id == "safer"
    assert window.stage.router.question.top.step.text() == "第 2 题，共 3 题"
    assert rows(window.places)[0] == "第 1 页：第一页"  # the side panel speaks Chinese too
    window.size_box.activated.emit(window.size_box.findData("portrait"))
    stage = window.stage
    assert stage.screen.size() == QSize(1080, 1920) and stage.scale == resources.scale_for(QSize(1080, 1920))
    assert stage.router.current is stage.router.question and window.journey.question.question.id == "safer"
    assert window.picture().size() == QSize(1080, 1920)
    # the whole screen fits the space it has, scaled down (once the window has laid the new one out)
    qtbot.waitUntil(lambda: fits(window.stage), timeout=1000)
    assert window.stage.transform().m11() < 1
    window.size_box.activated.emit(window.size_box.findData("small"))
    assert window.stage.screen.size() == QSize(1024, 768)
    qtbot.waitUntil(lambda: fits(window.stage), timeout=1000)


def fits(stage) -> bool:  # noqa: ANN001
    """The visitor's screen, as drawn, lies inside the stage and fills its width or its height."""
    shown = stage.mapFromScene(stage.proxy.sceneBoundingRect()).boundingRect()
    room = stage.viewport().rect()
    filled = (
        shown.width() >= room.width() - 6 or shown.height() >= room.height() - 6
    )  # fitInView leaves a margin
    return room.adjusted(-1, -1, 1, 1).contains(shown) and filled


def test_the_language_switch_on_the_visitors_screen_is_followed(preview) -> None:
    window = preview()
    click(window.places, "Page 2")
    window.stage.router.set_language("zh-CN")  # what the screen's own language corner asks for
    assert window.language == "zh-CN" and window.language_box.currentData() == "zh-CN"
    assert window.journey.lesson.language == "zh-CN" and window.journey.page_index == 1
    assert rows(window.places)[0] == "第 1 页：第一页"


def test_the_preview_records_nothing(preview, pack: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    homes = tmp_path / "homes"
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(homes / name.lower()))

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the preview opened the results store")

    monkeypatch.setattr("kiosk.results.store.ResultsStore.open", refuse)
    window = preview()
    journey = window.journey
    router = window.stage.router
    click(window.places, "Question 1")
    screen = router.question
    while journey.screen is not Screen.RESULT:  # a whole quiz, answered in the screen
        screen.choice_toggled.emit(journey.question.choices[0].id)
        screen.confirm_requested.emit()
        screen.next_requested.emit()
    assert router.current is router.result
    router.result.finish_requested.emit()
    assert journey.screen is Screen.ATTRACT
    window.close()
    written = [p for p in homes.rglob("*") if p.is_file()] if homes.exists() else []
    assert written == []
    assert [p.name for p in (pack / "basics").iterdir()] == [p.name for p in (PACK / "basics").iterdir()]


def test_the_command_opens_the_pack_of_a_lesson_folder_and_saves_a_picture(
    pack: Path, tmp_path: Path, capsys
) -> None:
    picture = tmp_path / "preview.png"
    assert (
        main(
            [
                "preview",
                str(pack / "basics"),
                "--language",
                "zh-CN",
                "--size",
                "small",
                "--picture",
                str(picture),
            ]
        )
        == 0
    )
    assert picture.is_file() and picture.stat().st_size > 10_000
    assert "saved" in capsys.readouterr().out
    i18n.set_language(QApplication.instance(), "en")
    assert main(["preview", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"kiosk preview: {tmp_path / 'nowhere'}: no such folder\n"
    # A mistyped --lesson opened the first lesson without a word.
    assert main(["preview", str(pack), "--lesson", "basic", "--picture", str(picture)]) == 2
    assert capsys.readouterr().err == (
        f"kiosk preview: {pack} has no lesson 'basic' (did you mean 'basics'?); its lessons: basics, phishing\n"
    )


def test_the_problems_speak_the_language_switched_to(preview, pack: Path) -> None:  # noqa: ANN001
    text = QUIZ.read_text(encoding="utf-8").replace("- [ ] password\n", "- [ ] 123456!\n")
    (pack / "basics" / "quiz.md").write_text(text, encoding="utf-8")
    window = preview()
    assert rows(window.problems)[0].startswith("basics/quiz.md:5: warning: question 'strong': choices 1")
    window.language_box.activated.emit(window.language_box.findData("zh-CN"))
    # the same items, in Chinese; the choice's own words stay as written
    assert rows(window.problems)[0] == (
        "basics/quiz.md:5: 警告: 题目“strong”：第 1 和第 3 个选项说的是同一件事（“123456”）：观众分不出来；"
        "请改写或删掉其中一个"
    )
    click(window.problems, "basics/quiz.md:5")  # still takes the author to the question
    assert window.journey.question.question.id == "strong"
    window.language_box.activated.emit(window.language_box.findData("en"))
    assert rows(window.problems)[0].startswith("basics/quiz.md:5: warning: question 'strong'")
