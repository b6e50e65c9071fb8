"""How often visitors miss each red flag of a spot-the-flags question, for the console's question page.

An answer records the parts a visitor tapped (found flags and decoys) as its chosen ids, so a flag's
miss rate is the share of answers that do not hold it; a flag nobody ever found is listed too.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.model import Question
from kiosk.operator.labels import plain
from kiosk.results.reports import QuestionSummary


@dataclass(frozen=True)
class PartShare:
    choice_id: str
    text: str
    is_flag: bool
    share: float  # flags: share of answers that missed it; decoys: share that tapped it
    count: int  # answers that missed the flag, or tapped the decoy


def part_shares(summary: QuestionSummary, question: Question) -> tuple[PartShare, ...]:
    """Every part of ``question``, flags first (most missed first), then decoys (most tapped first)."""
    tapped = {share.choice_id: share.count for share in summary.choices}
    answers = max(1, summary.answers)
    parts = []
    for choice in question.choices:
        count = summary.answers - tapped.get(choice.id, 0) if choice.correct else tapped.get(choice.id, 0)
        parts.append(PartShare(choice.id, plain(choice.html), choice.correct, count / answers, max(0, count)))
    return tuple(sorted(parts, key=lambda p: (not p.is_flag, -p.share, p.choice_id)))
