"""Item analysis in the manner of Moodle's quiz statistics: which questions work, and which do not.

For each question, over the *finished quiz attempts* that answered it (an attempt is one visit's
run through one lesson's quiz, finished when the store holds a quiz result for that visit and lesson;
a visit that took the same quiz more than once is left out, see :func:`item_sums`):

- **facility**: the share of those attempts that got the question right (0..1);
- **discrimination**: Pearson's correlation between the question's score (1 right, 0 wrong) and the
  score on the *rest* of the attempt (the quiz result's score minus this question's), as Moodle's
  "discrimination index" correlates the item with the rest of the test; None when either side does not
  vary (everyone right, say);
- per-choice frequencies come from the question summary (every answer counts there), and flags
  (:data:`FEW_ANSWERS`, :data:`RARE_WRONG_SHARE`, :data:`LOW_DISCRIMINATION`) turn the figures into advice.

The sums the correlation needs are taken in SQL, so a million answers are never handed to Python.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlite_utils import Database

if TYPE_CHECKING:  # reports builds its summary with this module
    from kiosk.results.reports import QuestionSummary, ReportFilter
    from kiosk.results.words import Words

#: below this many analysed attempts a question's figures mean little, and the report says so
FEW_ANSWERS = 20
#: a wrong choice picked by fewer than this share of answers is one almost nobody falls for; 5% is the
#: usual line for a "non-functioning distractor" in item-analysis practice
RARE_WRONG_SHARE = 0.05
#: a discrimination below this (or negative) means people who do well overall miss this question
LOW_DISCRIMINATION = 0.1

ADVICE_RARE_WRONG = "almost nobody chooses this wrong answer: make it more believable"
ADVICE_CHECK_KEY = "people who do well overall get this wrong: check the key"
#: for a discrimination from 0 to LOW_DISCRIMINATION: the question does not set anyone apart, but
#: saying "people who do well get this wrong" of it would not be true
ADVICE_WEAK = (
    "it hardly tells who knows the topic from who does not: check the key, and that it asks one clear thing"
)


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
    def key_advice(self) -> str:
        """What to say of the key: ADVICE_CHECK_KEY when people who do well overall get the question
        wrong more often than the others (a negative discrimination), ADVICE_WEAK when it sets nobody
        apart (from 0 to LOW_DISCRIMINATION), else nothing."""
        if not self.check_key or self.discrimination is None:
            return ""
        return ADVICE_CHECK_KEY if self.discrimination < 0 else ADVICE_WEAK

    @property
    def advice(self) -> tuple[str, ...]:
        if self.too_few:
            return ()
        notes = []
        if self.check_key:
            notes.append(self.key_advice)
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
    """Per question: (n, sum x, sum t, sum t*t, sum x*t), x the answer's 0/1 and t its quiz's score.

    One pass over the answers' covering index, each answer meeting its visit's quiz result for the
    lesson through that table's (lesson_id, visit_id) index. A visit that took a lesson's quiz more
    than once cannot pair its answers with its results by these keys alone: its rows are summed again
    on their own (they are few) and taken away, so such visits are left out of the analysis.
    """
    where, params = flt.where("answers", scan=True)
    answers = f"(SELECT lesson_id, question_id, correct, visit_id FROM answers{where}) AS a"
    sums = (
        "SELECT a.lesson_id, a.question_id, count(*), total(a.correct), total(q.score),"
        " total(q.score * q.score), total(a.correct * q.score)"
    )
    # CROSS JOIN keeps the answers outside: SQLite would otherwise loop over quiz results first.
    everyone = (
        f"{sums} FROM {answers} CROSS JOIN quiz_results AS q INDEXED BY quiz_results_by_lesson"
        " ON q.lesson_id = a.lesson_id AND q.visit_id = a.visit_id GROUP BY a.lesson_id, a.question_id"
    )
    retried = (
        "WITH retried AS (SELECT lesson_id, visit_id FROM quiz_results GROUP BY lesson_id, visit_id"
        f" HAVING count(*) > 1) {sums} FROM retried AS r CROSS JOIN {answers}"
        " ON a.visit_id = r.visit_id AND a.lesson_id = r.lesson_id"
        " JOIN quiz_results AS q ON q.lesson_id = r.lesson_id AND q.visit_id = r.visit_id"
        " GROUP BY a.lesson_id, a.question_id"
    )
    out: dict[tuple[str, str], list[float]] = {}
    for lesson, question, *values in db.execute(everyone, params):
        out[(lesson, question)] = values
    for lesson, question, *values in db.execute(retried, params):
        kept = out[(lesson, question)]
        out[(lesson, question)] = [k - v for k, v in zip(kept, values, strict=True)]
    return {key: tuple(round(v) for v in values) for key, values in out.items() if values[0] > 0}


def analyse(
    db: Database, questions: tuple[QuestionSummary, ...], flt: ReportFilter, words: Words | None = None
) -> tuple[ItemAnalysis, ...]:
    """An :class:`ItemAnalysis` per question of ``questions`` (the summary's, same filter), same order.

    With ``words`` (what the kiosk showed), a wrong choice that nobody chose is flagged too: the
    answers alone cannot show a choice nobody picked.
    """
    sums = item_sums(db, flt)
    out = []
    for q in questions:
        n, sx, st, stt, sxt = sums.get((q.lesson_id, q.question_id), (0, 0, 0, 0, 0))
        # The rest score is y = t - x, and x * x = x for a 0/1 score, so its sums follow from t's.
        sy = st - sx
        syy = stt - 2 * sxt + sx
        sxy = sxt - sx
        # A wrong choice: picked only in wrong answers (a right answer never includes it).
        rare = [
            c.choice_id
            for c in q.choices
            if c.correct_answers == 0 and q.answers and c.count / q.answers < RARE_WRONG_SHARE
        ]
        chosen = {c.choice_id for c in q.choices}
        if words is not None and q.answers:
            rare += [
                c.choice_id
                for c in words.choices(q.lesson_id, q.question_id)
                if not c.correct and c.choice_id not in chosen
            ]
        out.append(
            ItemAnalysis(
                lesson_id=q.lesson_id,
                question_id=q.question_id,
                attempts=n,
                facility=sx / n if n else None,
                discrimination=correlation(n, sx, sy, sx, syy, sxy),
                rare_wrong=tuple(sorted(rare)),
            )
        )
    return tuple(out)
