"""A Recorder (kiosk.journey.records) that remembers every call instead of storing it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kiosk.journey.records import AnswerRecord, QuizResultRecord, ShownQuestion, VisitEnd


@dataclass
class FakeRecorder:
    """Remembers every call in order, so tests can check what was recorded and when."""

    calls: list[tuple[str, object]] = field(default_factory=list)
    rate: float | None = None

    def start_visit(self, **kwargs: object) -> None:
        self.calls.append(("start_visit", kwargs))

    def record_answer(self, answer: AnswerRecord) -> None:
        self.calls.append(("record_answer", answer))

    def record_quiz_result(self, result: QuizResultRecord) -> None:
        self.calls.append(("record_quiz_result", result))

    def record_shown(self, shown: ShownQuestion) -> None:
        self.calls.append(("record_shown", shown))

    def end_visit(self, visit_id: str, ended_at: datetime, how: VisitEnd) -> None:
        self.calls.append(("end_visit", (visit_id, how)))

    def correct_rate(self, lesson_id: str, question_id: str) -> float | None:
        return self.rate

    def of(self, name: str) -> list[object]:
        return [payload for call, payload in self.calls if call == name]
