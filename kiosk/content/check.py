"""``kiosk check``: load every lesson of a pack in every language and report what is wrong, by file and line.

On top of what loading reports, it compares each translation with its original: the same question
ids, the same choices in the same order, the same right answers. It also says what visitors see of
each lesson with a problem (``LessonOutcome``): an error in lesson.md leaves the lesson out, a
question with an error is left out while the rest are asked, and a quiz with nothing left to ask is
dropped, so the lesson is shown without it. The console's lesson-pack page shows the same outcomes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kiosk.content import kinds, quality, takehome
from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, ContentError, Diagnostic, error, warning
from kiosk.content.fit import card_fit_warnings
from kiosk.content.languages import pack_language
from kiosk.content.layout import LESSON_FILE, is_lesson_folder
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.model import Lesson, LessonEntry, Quiz
from kiosk.content.quiz import scan
from kiosk.content.textfile import read_text


class Shown(StrEnum):
    """What visitors see of a lesson (or of one language version of it) that has a problem."""

    LEFT_OUT = "left out"
    CANNOT_OPEN = "cannot be opened"
    WITHOUT_QUIZ = "without its quiz"
    WITHOUT_QUESTIONS = "without some questions"
    ORIGINAL_INSTEAD = "the original instead"


@dataclass(frozen=True)
class LessonOutcome:
    lesson_id: str
    #: "" for the lesson as a whole (its original), else the translation's language
    language: str
    state: Shown
    #: for WITHOUT_QUESTIONS: how many of the quiz file's questions are left out, of how many
    left_out: int = 0
    questions: int = 0

    def __str__(self) -> str:
        who = f"{self.lesson_id} ({self.language})" if self.language else self.lesson_id
        if self.state is Shown.LEFT_OUT:
            return f"{who}: left out: visitors do not see this lesson"
        if self.state is Shown.CANNOT_OPEN:
            where = f" in {self.language}" if self.language else ""
            return f"{who}: cannot be opened{where}: the lesson lists, but tapping it shows an error"
        if self.state is Shown.ORIGINAL_INSTEAD:
            return (
                f"{who}: the {self.language} version is left out; {self.language} visitors get the original"
            )
        if self.state is Shown.WITHOUT_QUIZ:
            return f"{who}: shown without its quiz (no question can be asked)"
        verb = "is" if self.left_out == 1 else "are"
        return f"{who}: shown; {self.left_out} of its {self.questions} questions {verb} left out"


@dataclass(frozen=True)
class CheckReport:
    diagnostics: tuple[Diagnostic, ...]
    lessons: int
    languages: tuple[str, ...]
    #: each lesson (or language version) that visitors see otherwise than written, by lesson id
    outcomes: tuple[LessonOutcome, ...] = ()

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> int:
        return len(self.diagnostics) - self.errors


def compare_quizzes(
    original: Quiz, translation: Quiz, language: str, broken: frozenset[str] = frozenset()
) -> list[Diagnostic]:
    """What differs between a quiz and its translation, other than the words.

    ``broken``: ids of the original's questions left out for an error (reported there, not again here).
    """
    out: list[Diagnostic] = []
    path = translation.path or Path("quiz.md")
    base = {q.id: q for q in original.questions}
    seen = set()
    for q in translation.questions:
        seen.add(q.id)
        if q.id in broken:
            continue
        if q.id not in base:
            out.append(
                error(
                    path,
                    q.line,
                    QT_TRANSLATE_NOOP(
                        "check", "question '{id}' is not in the original quiz; use the same {{#id}} as there"
                    ),
                    id=q.id,
                )
            )
            continue
        orig = base[q.id]
        if [c.id for c in q.choices] != [c.id for c in orig.choices]:
            out.append(
                error(
                    path,
                    q.line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "question '{id}' has {count} choices, the original has {original}; keep the same "
                        "choices in the same order",
                    ),
                    id=q.id,
                    count=len(q.choices),
                    original=len(orig.choices),
                )
            )
        elif q.kind != orig.kind:
            out.append(
                error(
                    path,
                    q.line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "question '{id}' is a {kind} question here but a {original} question in the original; "
                        "ask it the same way",
                    ),
                    id=q.id,
                    kind=kinds.KINDS[q.kind].written,
                    original=kinds.KINDS[orig.kind].written,
                )
            )
        elif q.correct_ids != orig.correct_ids:
            right = ", ".join(sorted(orig.correct_ids))
            out.append(
                error(
                    path,
                    q.line,
                    QT_TRANSLATE_NOOP(
                        "check", "question '{id}': the right answers differ from the original ({right})"
                    ),
                    id=q.id,
                    right=right,
                )
            )
        if q.challenge != orig.challenge:
            template = (
                QT_TRANSLATE_NOOP(
                    "check",
                    "question '{id}' is marked 'challenge: true' here but not in the original: mark the same "
                    "questions in every language, so the booth challenge draws the same set",
                )
                if q.challenge
                else QT_TRANSLATE_NOOP(
                    "check",
                    "question '{id}' is not marked 'challenge: true' here but in the original: mark the same "
                    "questions in every language, so the booth challenge draws the same set",
                )
            )
            out.append(warning(path, q.line, template, id=q.id))
    for qid, q in base.items():
        if qid not in seen:
            out.append(
                error(
                    path,
                    1,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "question '{id}' of the original (line {line}) is missing in the {language} quiz",
                    ),
                    id=qid,
                    line=q.line,
                    language=language,
                )
            )
    return out


def _quiz_outcome(entry: LessonEntry, language: str, lesson: Lesson) -> LessonOutcome | None:
    """What is left of the lesson's quiz for visitors, when questions of it are left out."""
    quiz_path = lesson.meta.quiz_path
    if quiz_path is None:
        return None
    code = "" if language == entry.default_language else language
    if lesson.quiz is None:
        return LessonOutcome(entry.id, code, Shown.WITHOUT_QUIZ)
    if not any(d.is_error and d.path == quiz_path for d in lesson.diagnostics):
        return None
    try:
        written = len(scan(read_text(quiz_path), 1, quiz_path)[0])
    except (ContentError, OSError):
        return None
    asked = len(lesson.quiz.questions)
    if written <= asked:
        return None
    return LessonOutcome(entry.id, code, Shown.WITHOUT_QUESTIONS, written - asked, written)


def _left_out_ids(quiz_path: Path | None, quiz: Quiz) -> frozenset[str]:
    """The written ids of the quiz file's questions that were left out for an error."""
    if quiz_path is None:
        return frozenset()
    try:
        written = {raw.id for raw in scan(read_text(quiz_path), 1, quiz_path)[0] if raw.id}
    except (ContentError, OSError):
        return frozenset()
    return frozenset(written - {q.id for q in quiz.questions})


def _unread_translations(entry: LessonEntry, languages: tuple[str, ...]) -> list[LessonOutcome]:
    """Translations whose file is there but could not be read (their error is reported by the loader)."""
    found = set()
    try:
        names = os.listdir(entry.folder)
    except OSError:
        return []
    for name in names:
        match = LESSON_FILE.match(name)
        if match and match.group(1) == "lesson" and match.group(2):
            language = pack_language(match.group(2), languages)
            if language not in entry.versions and language != entry.default_language:
                found.add(language)
    return [LessonOutcome(entry.id, language, Shown.ORIGINAL_INSTEAD) for language in sorted(found)]


#: per language, (questions whose right answer is the one longest choice, single-answer questions)
Tallies = dict[str, tuple[int, int]]
#: per language, how many of a lesson's questions are marked ``challenge: true`` in its own quiz file
Marks = dict[str, int]
#: a booth challenge asks this many questions unless the operator sets another number
#: (kiosk.journey.challenge.DEFAULT_QUESTIONS; content cannot import the journey)
CHALLENGE_QUESTIONS = 8


def _check_lesson(
    entry: LessonEntry, languages: tuple[str, ...]
) -> tuple[list[Diagnostic], list[LessonOutcome], Tallies, Marks]:
    diags: list[Diagnostic] = []
    outcomes: list[LessonOutcome] = []
    tallies: Tallies = {}
    marks: Marks = {}
    quizzes: dict[str, Quiz | None] = {}
    for language in entry.languages:
        code = "" if language == entry.default_language else language
        try:
            lesson = load_lesson(entry, language, validate_only=True)
        except ContentError as exc:
            diags.extend(exc.diagnostics)
            outcomes.append(LessonOutcome(entry.id, code, Shown.CANNOT_OPEN))
            continue
        diags.extend(lesson.diagnostics)
        quizzes[language] = lesson.quiz
        if lesson.quiz is not None:
            diags.extend(quality.quiz_warnings(lesson.quiz))
            tallies[language] = quality.longest_tally(lesson.quiz)
            own = "quiz.md" if language == entry.default_language else f"quiz.{language}.md"
            if lesson.quiz.path is not None and lesson.quiz.path.name == own:
                marks[language] = sum(1 for q in lesson.quiz.questions if q.challenge)
        outcome = _quiz_outcome(entry, language, lesson)
        if outcome is not None:
            outcomes.append(outcome)
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
                    QT_TRANSLATE_NOOP(
                        "check",
                        "the quiz has no {language} translation (quiz.{language}.md); {language} visitors get "
                        "the original",
                    ),
                    language=language,
                )
            )
        elif original is None and own_quiz and entry.versions[original_language].quiz_path is None:
            diags.append(
                warning(
                    meta.quiz_path, 0, QT_TRANSLATE_NOOP("check", "there is no quiz.md for this translation")
                )
            )
        elif original is not None and translation is not None and own_quiz:
            broken = _left_out_ids(entry.versions[original_language].quiz_path, original)
            diags.extend(compare_quizzes(original, translation, language, broken))
    outcomes.extend(_unread_translations(entry, languages))
    for meta in entry.versions.values():
        diags.extend(card_fit_warnings(meta))  # a title or summary that ends with "…" on its card
    for language in languages:
        if language not in entry.versions:
            diags.append(
                warning(
                    entry.versions[original_language].path,
                    0,
                    QT_TRANSLATE_NOOP(
                        "check", "lesson '{id}' has no {language} version (lesson.{language}.md)"
                    ),
                    id=entry.id,
                    language=language,
                )
            )
    return diags, outcomes, tallies, marks


def _longest_across(root: Path, tallies: list[Tallies]) -> list[Diagnostic]:
    """Per language, the pack as a whole: a visitor taking several quizzes learns the longest-answer
    habit even when no one quiz is bad enough to be warned about."""
    out = []
    where = root / "pack.yaml" if (root / "pack.yaml").is_file() else root
    for language in sorted({language for tally in tallies for language in tally}):
        counted = [tally[language] for tally in tallies if language in tally]
        longest, judged = sum(t[0] for t in counted), sum(t[1] for t in counted)
        if len(counted) > 1 and quality.too_often_longest(longest, judged):
            out.append(warning(where, 0, quality.longest_message(longest, judged, language=language)))
    return out


def _booth_set(root: Path, languages: tuple[str, ...], marks: list[Marks]) -> list[Diagnostic]:
    """The pack's booth challenge set, per language: none marked anywhere is fine (the challenge draws
    from every question); marked in one language but not another, or too few to fill a challenge, is
    worth a word."""
    counts = {language: sum(m.get(language, 0) for m in marks) for language in languages}
    if not any(counts.values()):
        return []
    where = root / "pack.yaml" if (root / "pack.yaml").is_file() else root
    out = []
    for language, count in counts.items():
        if not count:
            out.append(
                warning(
                    where,
                    0,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "no {language} question is marked 'challenge: true', though other languages have a "
                        "booth challenge set: a {language} visitor's challenge draws from every question; "
                        "mark the same questions in the translated quizzes",
                    ),
                    language=language,
                )
            )
        elif count < CHALLENGE_QUESTIONS:
            out.append(
                warning(
                    where,
                    0,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "the booth challenge set has {count} {language} question(s) marked 'challenge: true', "
                        "fewer than the {most} a challenge asks by default: the rest are drawn "
                        "from the other questions; mark more, or set a smaller [challenge] questions",
                    ),
                    count=count,
                    language=language,
                    most=CHALLENGE_QUESTIONS,
                )
            )
    return out


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


def lesson_folder_pack(folder: Path) -> tuple[Path, str | None]:
    """(the pack, the one lesson to check) for a folder given to ``kiosk check``.

    A folder holding a lesson.md is one lesson (so is a lesson or quiz file, for its folder): its pack
    is the folder above it, and only it is checked. Any other folder is a pack, checked whole.
    """
    folder = Path(folder)
    if LESSON_FILE.match(folder.name) and folder.is_file():  # `kiosk check lessons/x/quiz.md`
        folder = folder.parent
    if (folder / "lesson.md").is_file():
        if folder.name in ("", ".", ".."):  # `kiosk check .` inside the lesson's folder
            folder = folder.resolve()
        return folder.parent, folder.name
    return folder, None


def _left_out(root: Path, listed: set[str], only: str | None) -> list[LessonOutcome]:
    """The lesson folders (with a lesson.md) that the catalogue does not list."""
    try:
        with os.scandir(root) as it:
            names = sorted(e.name for e in it if e.is_dir() and is_lesson_folder(e.name))
    except OSError:
        return []
    return [
        LessonOutcome(name, "", Shown.LEFT_OUT)
        for name in names
        if name not in listed and (only is None or name == only) and (root / name / "lesson.md").is_file()
    ]


def check_pack(
    root: Path,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    *,
    only: str | None = None,
) -> CheckReport:
    """Check every lesson in every language (or only the lesson ``only``); large packs on all cores."""
    pack = load_pack(root, only=only)
    diags = set(pack.diagnostics) | set(takehome.problems(pack))  # tips and the take-home QR code
    outcomes = _left_out(pack.root, {e.id for e in pack.lessons}, only)
    total = len(pack.lessons)
    workers = workers or os.cpu_count() or 1
    languages = [pack.languages] * total
    tallies: list[Tallies] = []
    marks: list[Marks] = []
    pool_class = _process_pool() if workers > 1 and total >= PARALLEL_FROM else None

    def collect(results: Iterable[tuple[list[Diagnostic], list[LessonOutcome], Tallies, Marks]]) -> None:
        for done, (found, seen, tally, marked) in enumerate(results, 1):
            diags.update(found)
            outcomes.extend(seen)
            tallies.append(tally)
            marks.append(marked)
            if progress:
                progress(done, total)

    if pool_class is not None:
        with pool_class(workers) as pool:
            collect(pool.map(_check_lesson, pack.lessons, languages, chunksize=16))
    else:
        collect(map(_check_lesson, pack.lessons, languages))
    if only is None:
        diags.update(_longest_across(pack.root, tallies))
        diags.update(_booth_set(pack.root, pack.languages, marks))
    ordered = sorted(diags, key=lambda d: (str(d.path), d.line, d.severity, d.message))
    outcomes.sort(key=lambda o: (o.lesson_id, o.language))
    counted = total + sum(1 for o in outcomes if o.state is Shown.LEFT_OUT)
    return CheckReport(tuple(ordered), counted if only else total, pack.languages, tuple(outcomes))
