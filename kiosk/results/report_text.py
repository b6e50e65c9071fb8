"""Plain-text rendering of a results summary, for a teacher reading it in a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.results.reports import Summary


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str = "l") -> list[str]:
    """Columns padded to their widest cell; ``align`` says "l" or "r" per column (missing ones: "r")."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=False)]

    def line(cells: Sequence[str]) -> str:
        padded = [
            str(cell).ljust(width) if align[i : i + 1] == "l" else str(cell).rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  " + "  ".join(padded).rstrip()

    return [line(headers), *(line(row) for row in rows)]


def describe_filter(summary: Summary) -> str:
    flt = summary.filter
    parts = []
    if flt.since or flt.until:
        parts.append(f"{flt.since or '...'} to {flt.until or '...'} (UTC)")
    if flt.event is not None:
        parts.append(f'event "{flt.event}"')
    return ", ".join(parts) if parts else "all results"


def format_summary(summary: Summary, *, hardest: int | None = None) -> str:
    """The summary as aligned tables; ``hardest`` limits the question table to the N hardest."""
    out = [
        f"Results: {describe_filter(summary)}",
        f"  {summary.visits} visits, {summary.answers} answers, {summary.quiz_results} quiz results",
    ]
    if summary.days:
        out += ["", "Visits per day (UTC)"]
        out += table(
            ["day", "visits", "finished", "idle", "abandoned", "open"],
            [
                [
                    d.day.isoformat(),
                    str(d.visits),
                    str(d.finished),
                    str(d.idle),
                    str(d.abandoned),
                    str(d.open),
                ]
                for d in summary.days
            ],
        )
    if summary.lessons:
        out += ["", "Lessons"]
        out += table(
            ["lesson", "started", "finished quiz", "completion", "passed", "average score"],
            [
                [
                    lesson.lesson_id,
                    str(lesson.started),
                    str(lesson.completed),
                    percent(lesson.completion_rate),
                    str(lesson.passed),
                    percent(lesson.average_score),
                ]
                for lesson in summary.lessons
            ],
        )
    if summary.questions:
        questions = sorted(summary.questions, key=lambda q: (q.correct_rate, q.lesson_id, q.question_id))
        title = "Questions, hardest first"
        if hardest is not None and len(questions) > hardest:
            questions = questions[:hardest]
            title += f" (the {hardest} hardest)"
        out += ["", title]
        out += table(
            ["lesson", "question", "answers", "right", "seconds", "most-chosen wrong answer"],
            [
                [
                    q.lesson_id,
                    q.question_id,
                    str(q.answers),
                    percent(q.correct_rate),
                    "-" if q.average_seconds is None else f"{q.average_seconds:.1f}",
                    f"{q.common_wrong} ({percent(q.common_wrong_share)})" if q.common_wrong else "-",
                ]
                for q in questions
            ],
            align="llrrrl",
        )
    return "\n".join(out) + "\n"
