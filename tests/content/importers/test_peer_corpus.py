"""Moodle's own GIFT samples (kept unchanged in ../shared/peers/moodle-gift): every question imports
correctly or is skipped with its line, and the written quiz passes ``kiosk check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.check import check_pack
from kiosk.content.importers import import_file
from kiosk.content.importers.model import BLANK
from kiosk.content.importers.writer import write_lesson
from tests.support.peers import peer_folder

from .helpers import choices, messages


def peer_corpus() -> Path:
    """Moodle's samples in the shared folder beside the checkout (CI lays it there; a bare clone skips)."""
    return peer_folder("moodle-gift", "examples.txt", "questions.gift.txt")


def test_moodle_examples_import_or_are_skipped_by_line():
    corpus = peer_corpus()
    report = import_file("gift", corpus / "examples.txt")
    assert report.ok, messages(report)
    assert [q.line for q in report.questions] == [
        8, 10, 12, 25, 27, 29, 35, 49, 51, 93, 98, 113, 115, 117, 130, 136, 143, 148, 167, 169, 171, 184, 190,
    ]  # fmt: skip
    assert [(s.line, s.kind) for s in report.skipped] == [
        (14, "short answer"), (16, "numerical"), (43, "short answer"), (45, "short answer"),
        (55, "matching"), (61, "matching"), (70, "numerical"), (72, "numerical"), (74, "numerical"),
        (76, "numerical"), (85, "numerical"), (90, "short answer"), (103, "short answer"),
        (108, "short answer"), (123, "short answer"), (173, "short answer"), (175, "numerical"),
        (177, "matching"), (195, "short answer"), (202, "numerical"),
    ]  # fmt: skip
    by_line = {q.line: q for q in report.questions}
    thanksgiving = by_line[93]
    assert thanksgiving.title == "Thanksgiving Date"
    assert (
        thanksgiving.text.text
        == f"The American holiday of Thanksgiving is\ncelebrated on the {BLANK} Thursday of November."
    )
    assert [c.correct for c in thanksgiving.choices] == [False, False, True]
    assert choices(by_line[130]) == [
        ("No one", False, ""), ("Grant", True, ""), ("Grant's wife", True, ""), ("Grant's father", False, ""),
    ]  # fmt: skip
    assert [c.text.text for c in by_line[143].choices] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]
    control = by_line[148]
    assert control.title == "GIFT Control Characters"
    assert [(c.text.text, c.correct) for c in control.choices] == [
        ("~", False), ("=", False), ("#", False), ("{", False), ("}", False), ("\\", True),
    ]  # fmt: skip
    assert control.choices[5].feedback.text.startswith("Correct! \\ (backslash) is not a control character.")
    true_false = by_line[113]
    assert [(c.correct, c.feedback.text) for c in true_false.choices] == [
        (False, "No one is buried in Grant's tomb."),
        (True, ""),
    ]


def test_moodle_import_fixture_imports_or_is_skipped_by_line():
    corpus = peer_corpus()
    report = import_file("gift", corpus / "questions.gift.txt")
    assert report.ok, messages(report)
    assert [(s.line, s.kind, s.title) for s in report.skipped] == [
        (2, "essay", "Q8"),
        (5, "matching", "Moodle activities"),
        (31, "numerical", "Q5"),
        (34, "short answer", "Shortanswer"),
    ]
    q2, colours, q1, tsl, tsl_again = report.questions
    assert choices(q2) == [
        ("yellow", True, "right; good!"),
        ("red", False, "wrong, it's yellow"),
        ("blue", False, "wrong, it's yellow"),
    ]
    assert q2.choices[1].feedback.format == "html"
    assert [c.correct for c in colours.choices] == [True, False, True, False]
    assert q1.text.text == "42 is the Absolute Answer to everything."
    assert [(c.correct, c.feedback.text) for c in q1.choices] == [
        (False, "42 is the Ultimate Answer."),
        (True, "You gave the right answer."),
    ]
    assert q1.explanation.text == "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    assert [c.correct for c in tsl.choices] == [c.correct for c in tsl_again.choices] == [True, False]
    # the fixture's stray `";` after the true/false question is named, not silently kept
    assert [str(d) for d in report.diagnostics] == [
        f"{corpus / 'questions.gift.txt'}:43: warning: ignored '\";' after the answers: the sentence had already ended"
    ]


@pytest.mark.parametrize("name", ["examples.txt", "questions.gift.txt"])
def test_the_written_quiz_passes_kiosk_check(tmp_path, name):
    corpus = peer_corpus()
    report = import_file("gift", corpus / name)
    result = write_lesson(report, tmp_path / "pack" / "moodle-bank", "GIFT")
    assert result.diagnostics == ()
    checked = check_pack(tmp_path / "pack")
    assert checked.lessons == 1
    assert [str(d) for d in checked.diagnostics] == []
