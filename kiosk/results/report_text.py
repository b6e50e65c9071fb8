"""Plain-text rendering of a results summary, for a teacher reading it in a terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import tzinfo

from kiosk.results.item_analysis import ADVICE_RARE_WRONG, FEW_ANSWERS, ItemAnalysis
from kiosk.results.reports import QuestionSummary, Summary
from kiosk.results.words import Words


def zone_name(zone: tzinfo | None) -> str:
    """How the report names its time zone: the IANA name, "UTC", or "local time" for the system's."""
    if zone is None:
        return "local time"
    return str(getattr(zone, "key", None) or zone)


def width_of(text: str) -> int:
    """Columns ``text`` takes in a terminal: Chinese characters (wide, full-width) take two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def short(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns with an ellipsis, for a table column."""
    if width_of(text) <= width:
        return text
    out, used = [], 1  # the ellipsis
    for ch in text:
        used += width_of(ch)
        if used > width:
            break
        out.append(ch)
    return "".join(out).rstrip() + "…"


def _pad(text: str, width: int, left: bool) -> str:
    fill = " " * max(0, width - width_of(text))
    return text + fill if left else fill + text


#: how wide the words may make a column of the terminal tables
LESSON_WIDTH, QUESTION_WIDTH, CHOICE_WIDTH = 28, 48, 28


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str = "l") -> list[str]:
    """Columns padded to their widest cell; ``align`` says "l" or "r" per column (missing ones: "r")."""
    widths = [max(width_of(str(cell)) for cell in column) for column in zip(headers, *rows, strict=False)]

    def line(cells: Sequence[str]) -> str:
        padded = [
            _pad(str(cell), width, align[i : i + 1] == "l")
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  " + "  ".join(padded).rstrip()

    return [line(headers), *(line(row) for row in rows)]


def describe_filter(summary: Summary) -> str:
    flt = summary.filter
    parts = []
    if flt.since or flt.until:
        parts.append(f"{flt.since or '...'} to {flt.until or '...'} ({zone_name(flt.zone)})")
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
        out += ["", f"Visits per day ({zone_name(summary.filter.zone)})"]
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
    if summary.hours:
        out += ["", f"Visits per hour of the day ({zone_name(summary.filter.zone)})"]
        out += table(
            ["hour", "visits"],
            [[f"{h.hour:02d}:00-{h.hour:02d}:59", str(h.visits)] for h in summary.hours],
            align="lr",
        )
    words = summary.words
    if summary.lessons:
        out += ["", "Lessons"]
        out += table(
            ["lesson", "started", "finished quiz", "completion", "passed", "average score"],
            [
                [
                    short(words.lesson(lesson.lesson_id), LESSON_WIDTH),
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
                    short(words.lesson(q.lesson_id), LESSON_WIDTH),
                    short(words.question(q.lesson_id, q.question_id), QUESTION_WIDTH),
                    str(q.answers),
                    percent(q.correct_rate),
                    "-" if q.average_seconds is None else f"{q.average_seconds:.1f}",
                    f"{short(words.answer(q.lesson_id, q.question_id, q.common_wrong), QUESTION_WIDTH)}"
                    f" ({percent(q.common_wrong_share)})"
                    if q.common_wrong
                    else "-",
                ]
                for q in questions
            ],
            align="llrrrl",
        )
    out += format_items(summary)
    return "\n".join(out) + "\n"


def _decimal(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def format_items(summary: Summary) -> list[str]:
    """The "Item analysis" section: facility, discrimination, choice frequencies and advice per question."""
    if not summary.items:
        return []
    out = [
        "",
        "Item analysis (finished quiz attempts; facility = share right, discrimination = correlation"
        " with the rest of the attempt)",
    ]
    questions = {(q.lesson_id, q.question_id): q for q in summary.questions}
    words = summary.words
    rows = []
    notes: list[str] = []
    few: list[str] = []  # what to say of the questions with too few answers to judge
    for item in summary.items:
        q = questions[(item.lesson_id, item.question_id)]
        lesson = short(words.lesson(item.lesson_id), LESSON_WIDTH)
        question = short(words.question(item.lesson_id, item.question_id), QUESTION_WIDTH)
        choices = _choice_shares(q, words) or "-"
        name = f"{lesson} / {question}"
        if item.too_few:
            rows.append([lesson, question, str(item.attempts), "-", "-", choices])
            few.append(
                f"  {name}: too few answers ({item.attempts}) to judge; it needs at least {FEW_ANSWERS}"
            )
            continue
        rows.append(
            [
                lesson,
                question,
                str(item.attempts),
                percent(item.facility),
                _decimal(item.discrimination),
                choices,
            ]
        )
        notes += [f"  {name}: {advice}" for advice in advice_lines(item, words)]
    out += table(
        ["lesson", "question", "attempts", "facility", "discrimination", "choices chosen (* right)"],
        rows,
        "llrrrl",
    )
    if len(few) > FEW_LISTED:  # a new booth's every question: one line, not a screenful of the same
        few = [
            f"  {len(few)} questions have too few answers to judge (fewer than {FEW_ANSWERS} finished "
            "attempts each): their facility and discrimination show as '-' above"
        ]
    if notes or few:
        out += ["", "Advice", *few, *notes]
    return out


#: up to this many questions with too few answers are named one by one in the advice; more, counted
FEW_LISTED = 5


def _choice_shares(question: QuestionSummary, words: Words) -> str:
    """``a* 50%  b 4%  c 46%  d 0%``: every choice as shown, the right ones starred, those nobody chose
    too; for a question the file holds no words for, the choices answers name, unmarked."""
    shares = {c.choice_id: c.share for c in question.choices}
    shown = words.choices(question.lesson_id, question.question_id)
    cells = [
        f"{c.choice_id}{'*' if c.correct else ''} {percent(shares.get(c.choice_id, 0.0))}" for c in shown
    ]
    listed = {c.choice_id for c in shown}
    cells += [f"{choice} {percent(share)}" for choice, share in shares.items() if choice not in listed]
    return "  ".join(cells)


def advice_lines(item: ItemAnalysis, words: Words) -> list[str]:
    """The item's advice, naming each wrong choice by its letter and its words."""
    if item.too_few:
        return []
    notes = [item.key_advice] if item.check_key else []
    for choice in item.rare_wrong:
        text = words.choice(item.lesson_id, item.question_id, choice)
        named = choice if text == choice else f'{choice} "{short(text, CHOICE_WIDTH)}"'
        notes.append(f"choice {named}: {ADVICE_RARE_WRONG}")
    return notes
