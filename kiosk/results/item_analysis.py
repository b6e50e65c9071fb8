"""Item analysis in the manner of Moodle's quiz statistics: which questions work, and which do not.

For each question, over the *finished quiz attempts* that answered it (an attempt is one visit's
run through one lesson's quiz, finished when the store holds a quiz result for that visit and lesson):

- **facility**: the share of those attempts that got the question right (0..1);
- **discrimination**: Pearson's correlation between the question's score (1 right, 0 wrong) and the
  score on the *rest* of the attempt (the attempt's other questions right), as Moodle's
  "discrimination index" correlates the item with the rest of the test; None when either side does not
  vary (everyone right, say);
- per-choice frequencies come from the question summary (every answer counts there), and flags
  (:data:`FEW_ANSWERS`, :data:`RARE_WRONG_SHARE`, :data:`LOW_DISCRIMINATION`) turn the figures into advice.

A visit that answers a question twice (a retried quiz) counts with its first answer. The sums the
correlation needs are taken in SQL, so a million answers are never handed to Python one by one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlite_utils import Database

if TYPE_CHECKING:  # reports builds its summary with this module
    from kiosk.results.reports import QuestionSummary, ReportFilter

#: below this many analysed attempts a question's figures mean little, and the report says so
FEW_ANSWERS = 20
#: a wrong choice picked by fewer than this share of answers is one almost nobody falls for; 5% is the
#: usual line for a "non-functioning distractor" in item-analysis practice
RARE_WRONG_SHARE = 0.05
#: a discrimination below this (or negative) means people who do well overall miss this question
LOW_DISCRIMINATION = 0.1

ADVICE_RARE_WRONG = "almost nobody chooses this wrong answer: make it more believable"
ADVICE_CHECK_KEY = "people who do well overall get this wrong: check the key"


@dataclass(frozen=True)
class ItemAnalysis:
    lesson_id: str
    question_id: str
    attempts: int  # finished quiz attempts that answered the question
    facility: float | None  # share of them right, 0..1
    discrimination: float | None  # item-rest correlation, -1..1; None when it cannot be computed
    rare_wrong: tuple[str, ...] = ()  # wrong choices almost nobody chooses

    @property
    def too_few(self) -> bool:
        return self.attempts < FEW_ANSWERS

    @property
    def check_key(self) -> bool:
        """The discrimination is negative or very low (only said with enough answers)."""
        return (
            not self.too_few and self.discrimination is not None and self.discrimination < LOW_DISCRIMINATION
        )

    @property
    def advice(self) -> tuple[str, ...]:
        if self.too_few:
            return ()
        notes = []
        if self.check_key:
            notes.append(ADVICE_CHECK_KEY)
        notes += [f"choice {choice}: {ADVICE_RARE_WRONG}" for choice in self.rare_wrong]
        return tuple(notes)


def correlation(n: int, sx: float, sy: float, sxx: float, syy: float, sxy: float) -> float | None:
    """Pearson's r from the sums over ``n`` pairs; None when either variable is constant."""
    if n < 2:
        return None
    cov = n * sxy - sx * sy
    vx = n * sxx - sx * sx
    vy = n * syy - sy * sy
    if vx <= 0 or vy <= 0:
        return None
    return cov / math.sqrt(vx * vy)


def item_sums(db: Database, flt: ReportFilter) -> dict[tuple[str, str], tuple[int, ...]]:
    """Per question: (n, sum x, sum t, sum t*t, sum x*t), x the item's 0/1 and t the attempt's total."""
    where, params = flt.where("answers")
    sql = (
        # One row per attempt and question: the first answer (SQLite takes the bare column from the
        # row that gave min()).
        "WITH items AS (SELECT lesson_id, visit_id, question_id, correct AS x, min(answered_at)"
        f" FROM answers{where} GROUP BY visit_id, lesson_id, question_id),"
        " attempts AS (SELECT lesson_id, visit_id, sum(x) AS t FROM items GROUP BY visit_id, lesson_id)"
        " SELECT i.lesson_id, i.question_id, count(*), sum(i.x), sum(a.t), sum(a.t * a.t), sum(i.x * a.t)"
        " FROM items AS i JOIN attempts AS a ON a.visit_id = i.visit_id AND a.lesson_id = i.lesson_id"
        " WHERE EXISTS (SELECT 1 FROM quiz_results AS q"
        "  WHERE q.visit_id = i.visit_id AND q.lesson_id = i.lesson_id)"
        " GROUP BY i.lesson_id, i.question_id"
    )
    return {(lesson, question): tuple(rest) for lesson, question, *rest in db.execute(sql, params)}


def analyse(
    db: Database, questions: tuple[QuestionSummary, ...], flt: ReportFilter
) -> tuple[ItemAnalysis, ...]:
    """An :class:`ItemAnalysis` per question of ``questions`` (the summary's, same filter), same order."""
    sums = item_sums(db, flt)
    out = []
    for q in questions:
        n, sx, st, stt, sxt = sums.get((q.lesson_id, q.question_id), (0, 0, 0, 0, 0))
        # The rest score is y = t - x, and x * x = x for a 0/1 score, so its sums follow from t's.
        sy = st - sx
        syy = stt - 2 * sxt + sx
        sxy = sxt - sx
        # A wrong choice: picked only in wrong answers (a right answer never includes it).
        rare = tuple(
            c.choice_id
            for c in q.choices
            if c.correct_answers == 0 and q.answers and c.count / q.answers < RARE_WRONG_SHARE
        )
        out.append(
            ItemAnalysis(
                lesson_id=q.lesson_id,
                question_id=q.question_id,
                attempts=n,
                facility=sx / n if n else None,
                discrimination=correlation(n, sx, sy, sx, syy, sxy),
                rare_wrong=rare,
            )
        )
    return tuple(out)
