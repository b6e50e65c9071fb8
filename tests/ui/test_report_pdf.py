"""The printable report: a real PDF (it parses, has pages and the words in it), in English and Chinese."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.journey.records import AnswerRecord, QuizResultRecord, ShownQuestion, VisitEnd
from kiosk.results.reports import ReportFilter, summarize
from kiosk.results.store import ResultsStore
from kiosk.ui import i18n
from kiosk.ui.report_pdf import report_writer, write_report

T0 = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]


def _text(path: Path) -> tuple[int, str]:
    """Page count, and the text of every page without white space (extraction splits lines at will)."""
    reader = PdfReader(path)
    return len(reader.pages), re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fill(path: Path, visits: int = 30) -> None:
    """Visits to one lesson of two questions, in words in English and Chinese; q2 is mostly missed."""
    store = ResultsStore.open(path)
    words = {
        "en": ("Strong passwords", "Which password is strongest?", "Who may know your password?"),
        "zh-CN": ("安全的密码", "哪个密码最安全？", "谁可以知道你的密码？"),
    }
    for n in range(visits):
        language = "en" if n % 2 else "zh-CN"
        title, first, second = words[language]
        visit = f"v{n}"
        at = T0 + timedelta(hours=n)
        store.start_visit(
            visit_id=visit, started_at=at, language=language, kiosk_name="k", event_label="expo"
        )
        score = 0
        for qid, text, right in (("q1", first, n % 5 != 0), ("q2", second, n % 4 == 0)):
            store.record_shown(
                ShownQuestion(
                    lesson_id="passwords",
                    lesson_title=title,
                    question_id=qid,
                    question_hash=f"{qid}-{language}",
                    language=language,
                    text=text,
                    choices=(("a", f"{text} A", True), ("b", f"{text} B", False), ("c", f"{text} C", False)),
                    shown_at=at,
                )
            )
            store.record_answer(
                AnswerRecord(
                    id=f"{visit}-{qid}",
                    visit_id=visit,
                    lesson_id="passwords",
                    question_id=qid,
                    question_hash=f"{qid}-{language}",
                    chosen=("a",) if right else ("b",),
                    correct=right,
                    seconds=5.0,
                    answered_at=at,
                    language=language,
                )
            )
            score += right
        store.record_quiz_result(
            QuizResultRecord(f"{visit}-r", visit, "passwords", score, 2, score == 2, at, language)
        )
        store.end_visit(visit, at + timedelta(minutes=3), VisitEnd.FINISHED)
    store.close()


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    yield qapp
    i18n.set_language(qapp, "en")


def test_the_report_is_a_pdf_with_charts_and_the_questions_in_words(english, tmp_path: Path) -> None:  # noqa: ANN001
    db_path = tmp_path / "r.db"
    fill(db_path)
    store = ResultsStore.open(db_path)
    assert store.db is not None
    summary = summarize(store.db, ReportFilter(), "en")
    i18n.set_language(english, "en")
    out = write_report(summary, tmp_path / "report.pdf", language="en", zone_label="UTC")
    store.close()
    assert out.read_bytes().startswith(b"%PDF")
    pages, text = _text(out)
    assert pages >= 1
    for expected in (
        "Results report",
        "30 visits, 60 answers, 30 quiz results",
        "Visits per day",
        "Visits per hour of the day",
        "Strong passwords",
        "The hardest questions",
        "Who may know your password?",  # the hardest, in words
        "Most-chosen wrong answer",
        "Item analysis",
        "Discrimination",
    ):
        assert squash(expected) in text, expected
    assert squash("Who may know your password? B") in text  # the misconception, in words


def test_the_report_in_chinese_uses_the_translations_and_the_chinese_words(english, tmp_path: Path) -> None:  # noqa: ANN001
    db_path = tmp_path / "r.db"
    fill(db_path)
    store = ResultsStore.open(db_path)
    assert store.db is not None
    i18n.set_language(english, "zh-CN")
    writer = report_writer("zh-CN")  # what the console's export runs
    out = writer(store.db, tmp_path)
    store.close()
    assert out.name == "report.pdf"
    _, text = _text(out)
    for expected in ("结果报告", "每日参观人次", "安全的密码", "谁可以知道你的密码？", "题目分析", "区分度"):
        assert expected in text, expected
    assert "Results" not in text  # nothing left in English


def test_the_command_writes_the_report_headless(tmp_path: Path) -> None:
    db_path = tmp_path / "r.db"
    fill(db_path, visits=6)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "results",
            "report",
            "--db",
            str(db_path),
            "--pdf",
            str(tmp_path / "a.pdf"),
            "--language",
            "zh-CN",
            "--event",
            "expo",
            "--since",
            "2026-11-02",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    pages, text = _text(tmp_path / "a.pdf")
    assert pages >= 1 and "活动“expo”" in text and "2026-11-02起" in text


def test_a_report_of_nothing_says_so(english, tmp_path: Path) -> None:  # noqa: ANN001
    store = ResultsStore.open(None)
    assert store.db is not None
    summary = summarize(store.db, ReportFilter(event="nobody"), "en")
    pages, text = _text(write_report(summary, tmp_path / "empty.pdf", language="en", zone_label="UTC"))
    assert pages == 1 and squash("0 visits, 0 answers, 0 quiz results") in text
    assert squash("No visits in this period.") in text and "Itemanalysis" not in text


def test_the_command_refuses_a_folder_for_the_file(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from kiosk.cli import main

    fill(tmp_path / "r.db", visits=2)
    assert main(["results", "report", "--db", str(tmp_path / "r.db"), "--pdf", str(tmp_path)]) == 1
    assert "is a folder: name the file to write" in capsys.readouterr().err
