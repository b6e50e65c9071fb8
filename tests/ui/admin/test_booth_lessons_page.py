"""The Booth set-up page's list of the lessons the booth challenge draws from ([challenge] lessons):
ticked with a finger, applied at once, saved keeping the file's comments, and what cannot give a
question (not in the pack, no quiz, hidden) said rather than dropped."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ui import i18n
from tests.support.console import unlock
from tests.support.taps import tap

I18N = Path(__file__).resolve().parents[3] / "kiosk" / "i18n"


def booth_config(lessons: str, extra: str = "") -> str:
    return f"""event_label = "Expo"
{extra}
[challenge]
mode = "on"
lessons = {lessons}   # what to draw from
"""


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    """English with its plural forms (kiosk_en.qm), as the kiosk starts."""
    i18n.set_language(qapp, "en", I18N)
    yield
    i18n.set_language(qapp, "en", I18N)


def open_booth(qtbot, make_kiosk, config_text: str):  # noqa: ANN001, ANN201
    kiosk = make_kiosk(config_text=config_text)
    unlock(qtbot, kiosk)
    tap(kiosk.console.view.nav_buttons["booth"])
    return kiosk, kiosk.console.view.booth


def rows(page) -> list[tuple[str, str, bool, str]]:  # noqa: ANN001
    """(id, title, ticked, what is wrong with it) of each lesson listed."""
    return [
        (
            row.choice.lesson_id,
            row.title.text(),
            row.box.isChecked(),
            row.problem.text() if row.problem.isVisibleTo(row) else "",
        )
        for row in page.lessons.rows
    ]


def challenge_table(kiosk) -> dict:  # noqa: ANN001
    return tomllib.loads(kiosk.config.read_text(encoding="utf-8"))["challenge"]


def test_lessons_are_listed_by_title_ticked_as_the_file_says(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk, page = open_booth(qtbot, make_kiosk, booth_config('["basics"]'))
    # "phishing" has no quiz: it could give no question, so it is not offered
    assert rows(page) == [("basics", "Basics", True, "")]
    assert page.lessons.summary.text() == "1 ticked: the challenge draws its questions from this lesson only."
    assert page.status.isHidden()


def test_ticking_applies_at_once_and_is_saved_keeping_the_files_comment(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk, page = open_booth(qtbot, make_kiosk, booth_config("[]"))
    journey = kiosk.window.journey
    assert page.lessons.summary.text() == "None ticked: the challenge draws from every lesson visitors see."
    assert not page.lessons.untick_all.isEnabled()
    tap(page.lessons.rows[0])  # anywhere on the row, not only its box
    assert page.lessons.chosen() == ("basics",) and page.lessons.untick_all.isEnabled()
    tap(page.save)
    assert page.status.text() == "Saved and applied."
    assert journey.challenge_plan.lessons == ("basics",)  # the next challenge draws from it alone
    text = kiosk.config.read_text(encoding="utf-8")
    assert 'lessons = ["basics"]   # what to draw from' in text
    tap(page.lessons.untick_all)
    tap(page.save)
    assert journey.challenge_plan.lessons == () and challenge_table(kiosk)["lessons"] == []
    assert "lessons = []   # what to draw from" in kiosk.config.read_text(encoding="utf-8")
    # a visitor's challenge draws from the lesson chosen
    tap(page.lessons.rows[0])
    tap(page.save)
    kiosk.console.close_console()
    tap(kiosk.window.router.attract.challenge_button)
    assert journey.in_challenge and {shown.lesson_id for shown in journey.quiz_run.presented} == {"basics"}


def test_lessons_the_pack_does_not_have_are_reported_and_kept_until_unticked(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk, page = open_booth(qtbot, make_kiosk, booth_config('["old-lesson", "basics"]'))
    assert rows(page) == [
        ("basics", "Basics", True, ""),
        ("old-lesson", "old-lesson", True, "Named in kiosk.toml, not in this lesson pack: gives no question"),
    ]
    box = page.lessons.rows[1].box  # what a screen reader says of it
    assert (box.accessibleName(), box.accessibleDescription()) == (
        "old-lesson",
        "Named in kiosk.toml, not in this lesson pack: gives no question",
    )
    assert page.status.isVisible() and page.status.property("tone") == "bad"
    assert page.status.text().startswith(
        "kiosk.toml names lessons this lesson pack does not have: old-lesson."
    )
    tap(page.questions.plus)
    tap(page.save)  # another change saved: the id stays, as the operator has not unticked it
    assert challenge_table(kiosk)["lessons"] == ["basics", "old-lesson"]
    tap(page.lessons.rows[1])
    tap(page.save)
    assert page.status.text() == "Saved and applied."
    assert challenge_table(kiosk) == {"mode": "on", "lessons": ["basics"], "questions": 9, "pass_mark": 75}
    assert kiosk.window.journey.challenge_plan.lessons == ("basics",)


def test_a_choice_that_gives_no_question_is_refused(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk, page = open_booth(qtbot, make_kiosk, booth_config('["phishing"]'))
    before = kiosk.config.read_text(encoding="utf-8")
    assert rows(page) == [
        ("basics", "Basics", False, ""),
        ("phishing", "Phishing", True, "No quiz: gives no question"),
    ]
    tap(page.save)
    assert page.status.text().startswith("No ticked lesson gives a question: tick a lesson visitors see")
    assert page.status.property("tone") == "bad"
    assert kiosk.config.read_text(encoding="utf-8") == before
    assert kiosk.window.journey.challenge_plan is None  # nothing applied
    tap(page.lessons.rows[0])
    tap(page.save)
    assert page.status.text() == "Saved and applied."
    assert challenge_table(kiosk)["lessons"] == ["basics", "phishing"]


def test_a_lesson_hidden_from_visitors_is_listed_after_the_others_and_says_so(qtbot, make_kiosk) -> None:  # noqa: ANN001
    _, page = open_booth(qtbot, make_kiosk, booth_config("[]", '[operator]\nhidden_lessons = ["basics"]\n'))
    assert rows(page) == [("basics", "Basics", False, "Hidden from visitors (Settings): gives no question")]


@pytest.mark.slow
def test_the_kiosk_logs_at_start_the_lessons_its_pack_does_not_have(tmp_path: Path) -> None:
    from kiosk.logs import LOG_NAME, redact
    from tests.ui.test_start_look import kiosk_process  # a kiosk offscreen, with user folders of its own

    config = tmp_path / "kiosk.toml"
    config.write_text(booth_config('["basics", "old-lesson"]'), encoding="utf-8")
    run = kiosk_process(tmp_path)
    pack = Path(__file__).resolve().parents[1] / "data" / "pack"
    started = subprocess.run(
        [sys.executable, "-m", "kiosk", "--windowed", "--config", str(config), "--lessons", str(pack),
         "--exit-after-start", "ready"],
        **run,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    (log,) = (tmp_path / "XDG_STATE_HOME").rglob(LOG_NAME)
    text = log.read_text(encoding="utf-8")
    # The log scrubs runs of 4+ digits (a PIN could hide there), so pytest-1000 in the path reads
    # pytest-[redacted]: compare with what the privacy filter makes of the expected line.
    expected = f"{config}: challenge.lessons names lessons the lesson pack {pack} does not have: old-lesson"
    assert redact(expected) in text
