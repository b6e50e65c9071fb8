"""Measure the bundled course's quizzes per language (issue 23, item 4).

Prints, per language: single-answer questions whose right answer is strictly the longest choice
(visible characters, a CJK character counts as one), those where it is strictly the shortest,
select-all questions with only one wrong choice, two-choice questions that are not true/false,
and how many true/false questions there are.

    .venv/bin/python bench/course_quality.py [--list]
"""

from __future__ import annotations

import sys

from kiosk import paths
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.quality import visible_length


def _is_picture(choice) -> bool:
    return choice.html.lstrip().startswith("<img")


def measure(language: str):
    pack = load_pack(paths.bundle_root() / "lessons")
    out = {"single": [], "longest": [], "shortest": [], "one_wrong": [], "two_choice": [], "true_false": []}
    for entry in pack.lessons:
        quiz = load_lesson(entry, language).quiz
        if quiz is None:
            continue
        for q in quiz.questions:
            name = f"{entry.id}#{q.id}"
            if q.kind == "true_false":
                out["true_false"].append(name)
                continue
            if len(q.choices) == 2:
                out["two_choice"].append(name)
            right = [c for c in q.choices if c.correct]
            wrong = [visible_length(c) for c in q.choices if not c.correct]
            if len(right) > 1 and len(wrong) < 2:
                out["one_wrong"].append(name)
            if q.kind != "single" or any(_is_picture(c) for c in q.choices) or not wrong:
                continue
            out["single"].append(name)
            length = visible_length(right[0])
            if length > max(wrong):
                out["longest"].append(name)
            if length < min(wrong):
                out["shortest"].append(name)
    return out


def main() -> None:
    for language in ("en", "zh-CN"):
        m = measure(language)
        n = len(m["single"])
        print(
            f"{language}: right answer the unique longest in {len(m['longest'])} of {n} single-answer "
            f"questions ({len(m['longest']) / n:.0%}); unique shortest {len(m['shortest'])} "
            f"({len(m['shortest']) / n:.0%}); select-all with one wrong choice: {len(m['one_wrong'])}; "
            f"two-choice non-true/false: {len(m['two_choice'])}; true/false: {len(m['true_false'])}"
        )
        if "--list" in sys.argv:
            for key in ("longest", "shortest", "one_wrong", "two_choice", "true_false"):
                print(f"  {key}: {', '.join(m[key])}")


if __name__ == "__main__":
    main()
