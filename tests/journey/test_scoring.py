"""The pass mark and what counts as a right answer."""

from __future__ import annotations

import pytest

from kiosk.journey.scoring import is_correct, passed, percent
from tests.journey.conftest import question


@pytest.mark.parametrize(
    ("score", "maximum", "mark", "expected"),
    [
        (3, 5, 60, True),
        (2, 5, 60, False),
        (5, 5, 100, True),
        (4, 5, 100, False),
        (0, 3, 0, True),
        (0, 0, 60, False),
    ],
)
def test_the_pass_mark_is_a_percentage_of_the_questions_asked(
    score: int, maximum: int, mark: int, expected: bool
) -> None:
    assert passed(score, maximum, mark) is expected


def test_percent_rounds_and_survives_an_empty_quiz() -> None:
    assert (percent(2, 3), percent(0, 0)) == (67, 0)


def test_a_multiple_answer_needs_exactly_the_right_set() -> None:
    q = question("q", {"a", "c"})
    assert is_correct(q, ["c", "a"])
    assert not is_correct(q, ["a"])
    assert not is_correct(q, ["a", "b", "c"])
