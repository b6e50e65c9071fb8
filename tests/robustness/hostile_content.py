"""Lesson text made to freeze a Markdown renderer, shared by the content tests, the hostile pack and
bench/bench_hostile.py: every pattern that made python-markdown slow (quadratic in the text's length)
before the limits of ``kiosk.content.render``, repeated up to a size."""

from __future__ import annotations

#: each of these, repeated a few thousand times, took seconds to minutes to render
FREEZING_PATTERNS = (
    "[[x](y)",  # nested links
    "[x](",  # links never closed
    "![x](",  # pictures never closed
    "[x](<",  # angle-bracket link targets never closed
    "<a ",  # tags never closed (Python's HTML parser rescans to the end from each)
    "<http://",  # autolinks never closed
)


def freezing_text(size: int, pattern: str) -> str:
    """One paragraph of ``pattern`` repeated to ``size`` characters."""
    return (pattern * (size // len(pattern) + 1))[:size]


def freezing_lesson(size: int = 150_000) -> str:
    """A lesson of about ``size`` bytes: a safe first page, then a page per freezing pattern."""
    page = size // len(FREEZING_PATTERNS)
    pages = [freezing_text(page, pattern) for pattern in FREEZING_PATTERNS]
    return (
        "---\ntitle: Freezer\nminutes: 1\n---\nThis page is safe to read.\n\n---\n\n"
        + "\n\n---\n\n".join(pages)
        + "\n"
    )


def many_choices_quiz(choices: int = 10_000) -> str:
    """One question with ``choices`` choices, then an ordinary one."""
    lines = ["## Pick one {#many}", "", "- [x] right"] + [f"- [ ] wrong {i}" for i in range(choices - 1)]
    lines += ["", "## Fine {#fine}", "", "- [x] yes", "- [ ] no", ""]
    return "\n".join(lines)
