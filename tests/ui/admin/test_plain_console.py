"""Issue 15, item 1: ids read from a results file (a booth's, a stick's) are shown as written in the console."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kiosk.journey.records import AnswerRecord
from kiosk.results.store import ResultsStore
from tests.robustness.driver import settle
from tests.support.console import unlock
from tests.ui.opened_files import outside_picture
from tests.ui.test_plain_labels import assert_plain_or_sanitised, pytestmark  # noqa: F401


def test_ids_from_a_results_file_are_shown_as_written_in_the_console(
    qtbot,
    make_kiosk,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    picture, watch = outside_picture(tmp_path)
    store = ResultsStore.open(None)
    at = datetime(2026, 5, 14, 10, 0, tzinfo=UTC)
    marked = f"<img src='{picture}'>"
    store.start_visit(visit_id="v1", started_at=at, language="en", kiosk_name=marked, event_label=marked)
    for i, choice in enumerate(("a", marked, marked)):
        store.record_answer(AnswerRecord(f"a{i}", "v1", marked, marked, "h", (choice,), False, 3.0, at))
    store.flush()
    kiosk = make_kiosk(store=store)
    unlock(qtbot, kiosk)
    view = kiosk.console.view
    for name in list(view.nav_buttons):
        view.show_page(name)
        settle()
    qtbot.waitUntil(lambda: not kiosk.console.stats_job.running, timeout=5000)
    questions = view.questions
    assert questions.rows, "the marked question is listed"
    questions.select(0)
    assert marked in questions.question_text.text()
    assert_plain_or_sanitised(kiosk.window)
    assert watch.opened() == []
    watch.close()
