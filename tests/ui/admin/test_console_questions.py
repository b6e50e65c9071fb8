"""The console's Questions page: every choice listed, percentages that say what they are of, and the
item analysis (facility, discrimination, flagged wrong answers, advice) from kiosk.results.item_analysis."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.journey.records import AnswerRecord, QuizResultRecord, ShownQuestion
from kiosk.results.item_analysis import FEW_ANSWERS
from kiosk.results.reports import ReportFilter, summarize
from kiosk.results.store import ResultsStore
from tests.support.console import PIN, do_gesture, enter_pin, unlock

AT = datetime(2026, 5, 14, 10, 0, tzinfo=UTC)


def record_attempts(store: ResultsStore) -> None:
    """25 finished quizzes of "basics", and 3 of them also answered a third question.

    strong (a 123456, b right, c password): 24 chose b, 1 chose c, nobody chose a.
    safer (select all; a and b right, c wrong): the one who missed "strong" got it right, and of the
    other 24, 12 right (a,b) and 12 wrong (a,c): doing well on the rest goes with missing it.
    sender-name ("true" is right): 3 answers, all "false".
    """
    for i in range(25):
        visit = f"v{i:02}"
        store.start_visit(visit_id=visit, started_at=AT, language="en", kiosk_name="k", event_label="")
        strong_right = i != 0
        safer_right = i == 0 or i % 2 == 1
        strong = ("b",) if strong_right else ("c",)
        safer = ("a", "b") if safer_right else ("a", "c")
        store.record_answer(
            AnswerRecord(f"s{i}", visit, "basics", "strong", "h", strong, strong_right, 3.0, AT)
        )
        store.record_answer(AnswerRecord(f"t{i}", visit, "basics", "safer", "h", safer, safer_right, 5.0, AT))
        score = int(strong_right) + int(safer_right)
        store.record_quiz_result(QuizResultRecord(f"q{i}", visit, "basics", score, 2, score >= 1, AT))
    for i in range(3):
        store.record_answer(
            AnswerRecord(f"n{i}", f"v{i:02}", "basics", "sender-name", "h", ("false",), False, 2.0, AT)
        )


@pytest.fixture
def page(qtbot, make_kiosk):  # noqa: ANN001, ANN201
    store = ResultsStore.open(None)
    record_attempts(store)
    kiosk = make_kiosk(store=store)
    unlock(qtbot, kiosk)
    kiosk.console.view.show_page("questions")
    page = kiosk.console.view.questions
    page.store = store  # for the tests' own comparisons
    return page


def _row(page, question_id: str) -> int:  # noqa: ANN001
    return next(i for i, r in enumerate(page.rows) if r.summary.question_id == question_id)


def test_every_choice_is_listed_even_a_right_one_nobody_chose(page) -> None:  # noqa: ANN001
    page.select(_row(page, "sender-name"))
    bars = page.choices_chart.bars
    assert [(b.label, b.text, b.detail) for b in bars] == [
        ("True", "0% (0)", "right answer"),
        ("False", "100% (3)", "most chosen wrong answer"),
    ]
    # Too few finished quizzes to judge: no figures, and it says why.
    card = page.item_card
    assert card.facility.isHidden() and card.discrimination.isHidden()
    assert card.verdict.text() == (
        f"Too few answers (3) to judge: it needs at least {FEW_ANSWERS} finished quizzes."
    )
    assert page.advice.texts == []


def test_select_all_bars_and_note_say_what_their_shares_are_of(page) -> None:  # noqa: ANN001
    page.select(_row(page, "safer"))
    bars = page.choices_chart.bars
    assert [(b.label, b.text) for b in bars] == [
        ("A long password", "100% (25)"),
        ("A second factor", "52% (13)"),
        ("The same password everywhere", "48% (12)"),
    ]
    note = page.choices_note.text()
    assert "included each choice" in note and "25 answers" in note and "more than 100%" in note
    # The note names the whole wrong answer, with the same base as the bars: 12 of the 25 answers.
    text = page.misconception.text()
    assert "48% of the answers (12 of 25)" in text
    assert "“A long password”, “The same password everywhere”" in text
    assert bars[0].detail == "right answer" and bars[2].detail == "part of the most chosen wrong answer"


def test_item_analysis_figures_match_the_summary_and_give_the_advice(page) -> None:  # noqa: ANN001
    summary = summarize(page.store.db, ReportFilter())
    items = {i.question_id: i for i in summary.items}
    page.select(_row(page, "safer"))
    card = page.item_card
    safer = items["safer"]
    assert safer.attempts == 25 and safer.discrimination is not None and safer.discrimination < 0
    assert card.facility.text() == "52%" and card.discrimination.text() == f"{safer.discrimination:.2f}"
    assert card.facility_caption.text() == "facility: right in 13 of 25 finished quizzes"
    assert page.advice.texts == ["People who do well overall get this wrong: check the key."]
    # strong: "password" was chosen by 1 of 25 (4 %), "123456" by nobody: both wrong answers that do no work.
    page.select(_row(page, "strong"))
    rare = [t for t in page.advice.texts if "almost nobody chooses" in t]
    assert rare == [
        "“123456”: almost nobody chooses this wrong answer: make it more believable.",
        "“password”: almost nobody chooses this wrong answer: make it more believable.",
    ]
    details = {b.label: b.detail for b in page.choices_chart.bars}
    assert details["123456"] == "wrong answer · almost nobody chooses it"
    assert details["correct-horse-battery-staple"] == "right answer"
    # The list on the left points at the questions with advice.
    assert "see the advice" in page.rows[_row(page, "strong")].bar.detail
    assert "see the advice" not in page.rows[_row(page, "sender-name")].bar.detail


def test_the_question_list_wraps_long_labels_instead_of_cutting_them(page, qtbot) -> None:  # noqa: ANN001
    chart = page.questions_chart
    qtbot.waitUntil(lambda: chart.width() > 300)
    rows = chart.rows(chart.width())
    # The pack's question texts fit whole (on one or two lines): nothing is cut while there is room.
    for bar, row in zip(chart.bars, rows, strict=True):
        assert " ".join(row.lines).replace("  ", " ") == bar.label
        assert not any(line.endswith("…") for line in row.lines)
    # At a narrow width a long label wraps onto two lines, and only what does not fit is cut.
    from kiosk.ui.admin.charts import wrap_lines

    label_font = chart.fonts()[0]
    long = "Which make an account safer? Select all that apply. " * 4
    lines = wrap_lines(long.strip(), label_font, 300, 2)
    assert len(lines) == 2 and lines[1].endswith("…") and not lines[0].endswith("…")
    assert wrap_lines("Short", label_font, 300, 2) == ["Short"]


def test_on_a_database_file_the_item_analysis_follows_the_charts(qtbot, make_kiosk, tmp_path) -> None:  # noqa: ANN001
    store = ResultsStore.open(tmp_path / "results.db")
    record_attempts(store)
    kiosk = make_kiosk(store=store)
    console = kiosk.console
    do_gesture(kiosk.window)
    with qtbot.waitSignal(console.stats_job.finished, timeout=10000):
        enter_pin(console, PIN)
    page = console.view.questions
    # The charts are there at once; the item analysis, which reads every answer, is still on its way.
    assert len(page.rows) == 3
    assert console.stats is not None and console.stats.items is None
    assert page.item_card.verdict.text() == "Working out the item analysis…"
    with qtbot.waitSignal(console.items_job.finished, timeout=10000):
        pass
    assert console.stats.items is not None and len(console.stats.items) == len(console.stats.questions)
    page.select(_row(page, "safer"))
    assert page.item_card.facility.text() == "52%"
    assert page.advice.texts == ["People who do well overall get this wrong: check the key."]
    store.close()


def test_a_lesson_gone_from_the_pack_is_named_by_the_words_the_results_recorded(qtbot, make_kiosk) -> None:  # noqa: ANN001
    store = ResultsStore.open(None)
    store.start_visit(visit_id="v", started_at=AT, language="en", kiosk_name="k", event_label="")
    store.record_shown(
        ShownQuestion(
            lesson_id="retired",
            lesson_title="Last year's lesson",
            question_id="q1",
            question_hash="h1",
            language="en",
            text="Which one is a passkey?",
            choices=(("a", "A fingerprint-unlocked key", True), ("b", "A long password", False)),
            shown_at=AT,
        )
    )
    store.record_answer(AnswerRecord("r1", "v", "retired", "q1", "h1", ("b",), False, 4.0, AT))
    kiosk = make_kiosk(store=store)
    unlock(qtbot, kiosk)
    page = kiosk.console.view.questions
    row = page.rows[_row(page, "q1")]
    assert row.bar.label == "Which one is a passkey?"
    assert row.bar.detail.startswith("Last year's lesson · ")
    page.select(_row(page, "q1"))
    # Every recorded choice, the right one nobody chose included, with whether it is right.
    assert [(b.label, b.text, b.detail) for b in page.choices_chart.bars] == [
        ("A fingerprint-unlocked key", "0% (0)", "right answer"),
        ("A long password", "100% (1)", "most chosen wrong answer"),
    ]


def test_the_percentage_scale_never_runs_its_labels_together(qtbot) -> None:  # noqa: ANN001
    # At 1280x720 the choices chart beside the item analysis is narrow: "75%100%" ran together.
    from PySide6.QtCore import QSize

    from kiosk.ui import resources
    from kiosk.ui.admin.charts import Bar, HBarChart

    chart = HBarChart(resources.scale_for(QSize(1280, 720)), bar_min=140)
    qtbot.addWidget(chart)
    chart.set_bars([Bar("Restore a few files and make sure they open", 0.15, "15% (4)")])
    gap = chart.px(8)
    for width in range(300, 1300, 20):
        labels = chart.scale_labels(width)
        texts = [text for _, text in labels]
        assert texts in (["0%", "25%", "50%", "75%", "100%"], ["0%", "50%", "100%"], ["0%", "100%"])
        for (left, _), (right, _) in zip(labels, labels[1:], strict=False):
            assert right.left() - left.right() >= gap, (width, texts)
        assert labels[-1][0].right() <= width
    assert len(chart.scale_labels(1200)) == 5  # with room, every quarter is labelled
    assert len(chart.scale_labels(300)) < 5  # without, fewer: never crowded


def test_a_weak_question_gets_its_own_advice_on_the_console_and_in_the_report(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from kiosk.results.item_analysis import ItemAnalysis
    from kiosk.ui import i18n
    from kiosk.ui.admin.page_questions import Advice
    from kiosk.ui.report_pdf import _advice

    store = ResultsStore.open(None)
    assert store.db is not None
    summary = summarize(store.db)
    weak = ItemAnalysis("quiz", "q", attempts=40, facility=0.9, discrimination=0.05)
    inverse = ItemAnalysis("quiz", "q", attempts=40, facility=0.5, discrimination=-0.4)
    advice = Advice(1.0)
    qtbot.addWidget(advice)
    advice.show_advice(weak, [])
    expected = (
        "This question hardly tells who knows the topic from who does not: check the key, and that it asks "
        "one clear thing."
    )
    assert advice.texts == [expected] and _advice(weak, summary) == [expected]
    advice.show_advice(inverse, [])
    assert advice.texts == ["People who do well overall get this wrong: check the key."]
    i18n.set_language(QApplication.instance(), "zh-CN")
    try:
        advice.show_advice(weak, [])
        chinese = "这道题几乎分不出谁懂、谁不懂：请检查正确答案是否标对，题目是否只问了一件清楚的事。"
        assert advice.texts == [chinese] and _advice(weak, summary) == [chinese]
    finally:
        i18n.set_language(QApplication.instance(), "en")
