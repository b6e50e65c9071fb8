"""A spot-the-flags question from its quiz file through visitors' answers to how often each flag is missed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.loader import load_lesson, load_pack
from kiosk.journey import Journey
from kiosk.operator.labels import Labels
from kiosk.operator.spot_stats import part_shares
from kiosk.results.reports import question_summaries
from kiosk.results.store import ResultsStore

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect id="link" x="5" y="50" width="90" height="10"/></svg>'
QUIZ = """## Tap the red flags {#sms}
kind: spot
picture: sms.svg

- [x] The sender {#sender}
  area: 0, 0, 100, 20
  > Can be faked.
- [x] The link {#link}
  area: #link
  > Not the bank.
- [x] The deadline {#deadline}
  area: 0, 70, 100, 10
  > Pressure.
- [ ] The time {#time}
  area: 0, 90, 40, 10
  > Fine.
"""


@pytest.fixture
def pack_root(tmp_path: Path) -> Path:
    folder = tmp_path / "pack" / "scams"
    folder.mkdir(parents=True)
    (folder / "sms.svg").write_text(SVG, encoding="utf-8")
    (folder / "lesson.md").write_text("---\ntitle: Scams\n---\n# Page\n", encoding="utf-8")
    (folder / "quiz.md").write_text(QUIZ, encoding="utf-8")
    return folder.parent


def answer(journey: Journey, parts: list[str]) -> bool:
    journey.start()
    journey.open_lesson("scams")
    journey.next_page()
    for part in parts:
        journey.toggle_choice(part)
    correct = journey.confirm().correct
    journey.next_question()
    journey.finish()
    return correct


def test_each_flag_s_miss_rate_comes_from_the_answers(pack_root: Path) -> None:
    pack = load_pack(pack_root)
    store = ResultsStore.open(None)
    journey = Journey(pack, load_lesson, store)
    # need = 2 of 3 flags (60%, rounded up); decoys count against
    assert answer(journey, ["sender", "link"]) is True
    assert answer(journey, ["sender", "link", "time"]) is False
    assert answer(journey, []) is False  # gave up: shown the flags
    assert answer(journey, ["sender", "link", "deadline"]) is True
    store.flush()
    assert store.db is not None
    chosen = sorted(row["chosen"] for row in store.db.query("SELECT chosen FROM answers"))
    assert chosen == ["", "deadline,link,sender", "link,sender", "link,sender,time"]
    (summary,) = question_summaries(store.db)
    labels = Labels(pack, "en", load_lesson)
    question = labels.question_of("scams", "sms")
    assert question is not None and question.kind == "spot"
    shares = {p.choice_id: (p.is_flag, p.count, p.share) for p in part_shares(summary, question)}
    assert shares == {
        "deadline": (True, 3, 0.75),  # never found but by one visitor
        "sender": (True, 1, 0.25),
        "link": (True, 1, 0.25),
        "time": (False, 1, 0.25),  # tapped by one
    }
    assert [p.choice_id for p in part_shares(summary, question)][0] == "deadline"  # most missed first
    store.close()


def test_an_answer_that_found_nothing_is_a_valid_row_for_merging() -> None:
    from kiosk.results.validate import CHECKS

    _, valid = CHECKS["answers"]["chosen"]
    assert valid("") and valid("link,sender") and not valid("link,,sender")


def test_the_console_shows_each_flag_s_misses(pack_root: Path, qtbot) -> None:  # noqa: ANN001
    from kiosk.operator.stats import gather
    from kiosk.results.reports import ReportFilter
    from kiosk.ui.admin.page_questions import QuestionsPage

    pack = load_pack(pack_root)
    store = ResultsStore.open(None)
    journey = Journey(pack, load_lesson, store)
    answer(journey, ["sender", "link"])
    answer(journey, ["link", "time"])
    store.flush()
    assert store.db is not None
    page = QuestionsPage(1.0)
    qtbot.addWidget(page)
    page.show_stats(gather(store.db, ReportFilter(), ReportFilter()), Labels(pack, "en", load_lesson))
    bars = [(bar.label, bar.text, bar.detail) for bar in page.choices_chart.bars]
    assert bars == [
        ("The deadline", "100% (2)", "red flag: missed"),
        ("The sender", "50% (1)", "red flag: missed"),
        ("The link", "0% (0)", "red flag: missed"),
        ("The time", "50% (1)", "harmless part: tapped"),
    ]
    store.close()
