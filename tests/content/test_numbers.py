"""Numbers in front matter: non-finite or absurd values get a file:line diagnostic, never a traceback,
and one bad lesson never stops the others from loading (issue 15, item 4)."""

from __future__ import annotations

import pytest

from kiosk.content.check import check_pack
from kiosk.content.loader import load_lesson, load_pack

GOOD = "---\ntitle: Fine\n---\nfine\n"
QUIZ = "## Q {#q}\n- [x] yes\n- [ ] no\n"


@pytest.mark.parametrize(
    ("key", "value"),
    [(key, value) for key in ("minutes", "order") for value in (".inf", "-.inf", ".nan", "1e400", "1e10")]
    + [("minutes", "-3"), ("minutes", "0")],
)
def test_lesson_numbers_are_checked_for_range_and_finiteness(make_pack, key: str, value: str) -> None:
    root = make_pack({"bad/lesson.md": f"---\ntitle: T\n{key}: {value}\n---\nbody\n", "ok/lesson.md": GOOD})
    pack = load_pack(root)
    assert sorted(e.id for e in pack.lessons) == ["bad", "ok"]
    meta = pack.lesson("bad").meta("en")
    assert getattr(meta, key) is None
    assert any(f"bad/lesson.md:3: warning: '{key}'" in str(d) for d in pack.diagnostics), pack.diagnostics


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", "1e400", "101", "1e10", "'.inf%'", "'nan%'"])
def test_pass_mark_must_be_a_finite_percentage(make_pack, value: str) -> None:
    root = make_pack({"x/lesson.md": GOOD, "x/quiz.md": f"---\npass_mark: {value}\n---\n{QUIZ}"})
    lesson = load_lesson(load_pack(root).lesson("x"))
    assert lesson.quiz is not None and lesson.quiz.pass_mark == 60
    assert any("x/quiz.md:2: error: 'pass_mark'" in str(d) for d in lesson.diagnostics), lesson.diagnostics


@pytest.mark.parametrize("value", [".inf", ".nan", "1e400", "2.5", "100000000000000000000"])
def test_draw_must_be_a_sensible_whole_number(make_pack, value: str) -> None:
    root = make_pack({"x/lesson.md": GOOD, "x/quiz.md": f"---\ndraw: {value}\n---\n{QUIZ}"})
    lesson = load_lesson(load_pack(root).lesson("x"))
    assert lesson.quiz is not None and lesson.quiz.draw is None
    assert any("x/quiz.md:2: error: 'draw'" in str(d) for d in lesson.diagnostics), lesson.diagnostics


def test_kiosk_check_reports_every_bad_number_and_still_checks_the_rest(make_pack) -> None:
    root = make_pack(
        {
            "a/lesson.md": "---\ntitle: A\nminutes: .inf\norder: .nan\n---\nbody\n",
            "a/quiz.md": f"---\npass_mark: .inf\ndraw: .nan\n---\n{QUIZ}",
            "b/lesson.md": "---\ntitle: B\nminutes: 1e400\n---\nbody\n",
            "c/lesson.md": GOOD,
        }
    )
    report = check_pack(root)
    text = "\n".join(str(d) for d in report.diagnostics)
    assert report.lessons == 3
    for where in ("a/lesson.md:3:", "a/lesson.md:4:", "a/quiz.md:2:", "a/quiz.md:3:", "b/lesson.md:3:"):
        assert where in text, text
