"""``kiosk check``: load every lesson of a pack in every language and report what is wrong, by file and line.

On top of what loading reports, it compares each translation with its original: the same question
ids, the same choices in the same order, the same right answers.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.content import kinds
from kiosk.content.diagnostics import ContentError, Diagnostic, error, warning
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.model import LessonEntry, Quiz


@dataclass(frozen=True)
class CheckReport:
    diagnostics: tuple[Diagnostic, ...]
    lessons: int
    languages: tuple[str, ...]

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> int:
        return len(self.diagnostics) - self.errors


def compare_quizzes(original: Quiz, translation: Quiz, language: str) -> list[Diagnostic]:
    """What differs between a quiz and its translation, other than the words."""
    out: list[Diagnostic] = []
    path = translation.path or Path("quiz.md")
    base = {q.id: q for q in original.questions}
    seen = set()
    for q in translation.questions:
        seen.add(q.id)
        if q.id not in base:
            out.append(
                error(
                    path,
                    q.line,
                    f"question '{q.id}' is not in the original quiz; use the same {{#id}} as there",
                )
            )
            continue
        orig = base[q.id]
        if [c.id for c in q.choices] != [c.id for c in orig.choices]:
            out.append(
                error(
                    path,
                    q.line,
                    f"question '{q.id}' has {len(q.choices)} choices, the original has {len(orig.choices)}; keep the same choices in the same order",
                )
            )
        elif q.kind != orig.kind:
            out.append(
                error(
                    path,
                    q.line,
                    f"question '{q.id}' is a {kinds.KINDS[q.kind].written} question here but a "
                    f"{kinds.KINDS[orig.kind].written} question in the original; ask it the same way",
                )
            )
        elif q.correct_ids != orig.correct_ids:
            right = ", ".join(sorted(orig.correct_ids))
            out.append(
                error(
                    path, q.line, f"question '{q.id}': the right answers differ from the original ({right})"
                )
            )
    for qid, q in base.items():
        if qid not in seen:
            out.append(
                error(
                    path,
                    1,
                    f"question '{qid}' of the original (line {q.line}) is missing in the {language} quiz",
                )
            )
    return out


def _check_lesson(entry: LessonEntry, languages: tuple[str, ...]) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    quizzes: dict[str, Quiz | None] = {}
    for language in entry.languages:
        try:
            lesson = load_lesson(entry, language, validate_only=True)
        except ContentError as exc:
            diags.extend(exc.diagnostics)
            continue
        diags.extend(lesson.diagnostics)
        quizzes[language] = lesson.quiz
    original_language = entry.default_language
    original = quizzes.get(original_language)
    for language in entry.languages:
        meta = entry.versions[language]
        if language == original_language or language not in quizzes:
            continue
        translation = quizzes[language]
        own_quiz = (
            meta.quiz_path is not None and meta.quiz_path != entry.versions[original_language].quiz_path
        )
        if original is not None and not own_quiz:
            diags.append(
                warning(
                    meta.path,
                    0,
                    f"the quiz has no {language} translation (quiz.{language}.md); {language} visitors get the original",
                )
            )
        elif original is None and own_quiz:
            diags.append(warning(meta.quiz_path, 0, "there is no quiz.md for this translation"))
        elif original is not None and translation is not None and own_quiz:
            diags.extend(compare_quizzes(original, translation, language))
    for language in languages:
        if language not in entry.versions:
            diags.append(
                warning(
                    entry.versions[original_language].path,
                    0,
                    f"lesson '{entry.id}' has no {language} version (lesson.{language}.md)",
                )
            )
    return diags


#: below this many lessons, starting worker processes costs more than it saves
PARALLEL_FROM = 64


def _process_pool() -> type | None:
    """ProcessPoolExecutor, or None where worker processes are not bundled.

    The packaged kiosk leaves ``multiprocessing`` out (packaging/bundle_config.py): PyInstaller's
    runtime hook for it would import it at every start of the kiosk. There, lessons are checked in
    this process, one after another.
    """
    try:
        from concurrent.futures import ProcessPoolExecutor
    except ImportError:
        return None
    return ProcessPoolExecutor


def check_pack(
    root: Path, progress: Callable[[int, int], None] | None = None, workers: int | None = None
) -> CheckReport:
    """Check every lesson in every language; large packs are checked on all cores."""
    pack = load_pack(root)
    diags = set(pack.diagnostics)
    total = len(pack.lessons)
    workers = workers or os.cpu_count() or 1
    languages = [pack.languages] * total
    pool_class = _process_pool() if workers > 1 and total >= PARALLEL_FROM else None
    if pool_class is not None:
        with pool_class(workers) as pool:
            results = pool.map(_check_lesson, pack.lessons, languages, chunksize=16)
            for done, found in enumerate(results, 1):
                diags.update(found)
                if progress:
                    progress(done, total)
    else:
        for done, entry in enumerate(pack.lessons, 1):
            diags.update(_check_lesson(entry, pack.languages))
            if progress:
                progress(done, total)
    ordered = sorted(diags, key=lambda d: (str(d.path), d.line, d.severity, d.message))
    return CheckReport(tuple(ordered), total, pack.languages)
