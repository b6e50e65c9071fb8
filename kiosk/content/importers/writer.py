"""Imported questions to the pack's own files: ``quiz.md`` (an ``{#id}`` on every heading) and a
starter ``lesson.md``, written into a lesson folder and read back with the quiz parser as a check.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from kiosk.content.diagnostics import Diagnostic, error, warning
from kiosk.content.importers import markup
from kiosk.content.importers.model import ImportedQuestion, ImportReport
from kiosk.content.kinds import KINDS
from kiosk.content.kinds.true_false import meaning
from kiosk.content.quiz import derive_id, parse_quiz
from kiosk.content.render import RenderContext

#: how true/false choices read in the questions' language (True first), by language code; a code not
#: here is tried without its region (``fr-CA`` -> ``fr``), and other languages get English
TRUE_FALSE = {
    "en": ("True", "False"),
    "zh-CN": ("正确", "错误"),
    "zh": ("正确", "错误"),
    "zh-TW": ("正確", "錯誤"),
    "zh-HK": ("正確", "錯誤"),
    "ja": ("正しい", "誤り"),
    "ko": ("참", "거짓"),
    "fr": ("Vrai", "Faux"),
    "de": ("Wahr", "Falsch"),
    "es": ("Verdadero", "Falso"),
    "pt": ("Verdadeiro", "Falso"),
    "it": ("Vero", "Falso"),
    "nl": ("Waar", "Onwaar"),
    "ru": ("Верно", "Неверно"),
    "uk": ("Правда", "Неправда"),
    "pl": ("Prawda", "Fałsz"),
    "tr": ("Doğru", "Yanlış"),
}
_LESSON_ID = "abcdefghijklmnopqrstuvwxyz0123456789-"


def true_false_words(language: str) -> tuple[str, str]:
    """The words for True and False in ``language`` (``zh_CN`` and ``zh-cn`` read as ``zh-CN``)."""
    code = language.replace("_", "-")
    for key in (code, *(k for k in TRUE_FALSE if k.lower() == code.lower()), code.split("-")[0].lower()):
        if key in TRUE_FALSE:
            return TRUE_FALSE[key]
    return TRUE_FALSE["en"]


def ascii_words(text: str) -> str:
    """``text`` with accents taken off letters (``optimización`` -> ``optimizacion``); other scripts
    (Chinese, Cyrillic...) drop out, so their ids come from the question's position instead."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def question_ids(questions: Sequence[ImportedQuestion]) -> list[str]:
    """Ids from each question's title, else its words, in ASCII; a title in another script (Chinese,
    even with a Latin word in it) gives the question's position, ``q07``; repeats get ``-2``..."""
    ids: list[str] = []
    used: set[str] = set()
    width = max(2, len(str(len(questions))))
    for position, question in enumerate(questions, start=1):
        words = question.title or markup.plain_words(markup.question(question.text, "")[0])
        base = derive_id(ascii_words(words)) if _has_latin(words) else f"q{position:0{width}d}"
        qid, n = base, 2
        while qid in used:
            qid, n = f"{base}-{n}", n + 1
        used.add(qid)
        ids.append(qid)
    return ids


def _has_latin(text: str) -> bool:
    """Whether ``text`` is written in Latin letters (accents allowed): no letter of another script
    (Chinese, Greek, Cyrillic) that transliteration would drop, and some letter or digit left."""
    if any(ch.isalpha() and not ascii_words(ch) for ch in text):
        return False
    return any(ch.isascii() and ch.isalnum() for ch in ascii_words(text))


def quiz_markdown(report: ImportReport, format_name: str, language: str = "en") -> str:
    """The text of ``quiz.md`` for the imported questions, in the pack's format."""
    yes, no = true_false_words(language)
    source = format_name if format_name.startswith(("Moodle", "Excel")) else f"Moodle {format_name}"
    out = [
        "---",
        f"# Imported from {report.source.name} ({source}) with 'kiosk import'.",
        "pass_mark: 60",
        "shuffle_choices: true",
        "---",
    ]
    for question, qid in zip(report.questions, question_ids(report.questions), strict=True):
        heading, body = markup.question(question.text, question.title)
        out += ["", f"## {heading} {{#{qid}}}"]
        if _kind_line(question):
            out.append(_kind_line(question))
        if body:
            out += ["", *body]
        out.append("")
        for number, choice in enumerate(question.choices):
            if question.kind == "true_false":
                text = yes if number == 0 else no
                if meaning(text) is None:
                    # words the pack's parser does not know say which side they are with an id
                    text += " {#true}" if number == 0 else " {#false}"
            else:
                text = markup.inline(choice.text)
            out.append(f"- [{'x' if choice.correct else ' '}] {text}")
            if choice.feedback:
                out += [f"  > {line}".rstrip() for line in markup.block(choice.feedback)]
        if question.explanation:
            out.append("")
            out += [f"> {line}".rstrip() for line in markup.block(question.explanation)]
    return "\n".join(out) + "\n"


def _kind_line(question: ImportedQuestion) -> str:
    """``kind: ...`` under the heading, unless the choices say it themselves (one or several right)."""
    implied = "multiple" if sum(1 for c in question.choices if c.correct) > 1 else "single"
    if question.kind == implied:
        return ""
    return f"kind: {KINDS[question.kind].written}"


def lesson_markdown(title: str, source: Path) -> str:
    """A minimal ``lesson.md`` that loads, for the author to fill in."""
    return (
        "---\n"
        f"title: {_yaml_text(title)}\n"
        "---\n"
        f"# {title}\n\n"
        f"The quiz of this lesson was imported from `{source.name}`. Replace this page with what "
        "visitors should read before they answer it; a line holding only `---` starts a new page.\n"
    )


def lesson_title(report: ImportReport, folder: Path) -> str:
    """The last part of the first Moodle category, else the folder's name in words."""
    for category in report.categories:
        parts = [p.strip() for p in category.split("/") if p.strip()]
        parts = [p for p in parts if p not in ("$course$", "$system$", "$module$", "$cat1$", "top")]
        if parts:
            return parts[-1]
    return folder.name.replace("-", " ").strip().capitalize() or "Imported quiz"


def pack_language(folder: Path, report: ImportReport | None = None) -> str:
    """The default language of the pack the lesson folder sits in; without a pack.yaml saying it,
    ``zh-CN`` when most questions are written in Chinese, else ``en``."""
    language = _declared_language(folder)
    if language:
        return language
    if report is not None and _mostly_chinese(report):
        return "zh-CN"
    return "en"


def _declared_language(folder: Path) -> str:
    """``default_language`` of the pack.yaml beside the lesson folder, else ""."""
    try:
        data = yaml.safe_load((folder.parent / "pack.yaml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        data = None
    language = data.get("default_language") if isinstance(data, dict) else None
    return language if isinstance(language, str) else ""


def _mostly_chinese(report: ImportReport) -> bool:
    chinese = sum(1 for q in report.questions if _CJK.search(q.text.text))
    return bool(report.questions) and chinese * 2 > len(report.questions)


def _language_mismatch(report: ImportReport, quiz_path: Path, language: str | None) -> list[Diagnostic]:
    """A warning when a Chinese bank goes into quiz.md of a pack whose default language is another:
    that file is what visitors in the default language read."""
    declared = _declared_language(quiz_path.parent)
    if language or not declared or declared.lower().startswith("zh") or not _mostly_chinese(report):
        return []
    return [
        warning(
            quiz_path,
            0,
            "the questions are in Chinese, but quiz.md is the pack's default-language version "
            f"(default_language: {declared} in pack.yaml), which visitors in that language read; for a "
            "Chinese lesson set default_language: zh-CN, or write the English quiz.md and keep these as "
            "quiz.zh-CN.md",
        )
    ]


_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class WriteResult:
    written: tuple[Path, ...]
    diagnostics: tuple[Diagnostic, ...]


def write_lesson(
    report: ImportReport, folder: Path, format_name: str, *, force: bool = False, language: str | None = None
) -> WriteResult:
    """Write ``quiz.md`` (refusing to replace one unless ``force``) and, if missing, ``lesson.md``.

    True/false choices are worded in ``language``, by default the pack's ``default_language``.

    The quiz is read back with the pack's own parser first; nothing is written if it reports an error.
    """
    name = folder.name
    if not name or name.startswith("-") or any(ch not in _LESSON_ID for ch in name):
        message = (
            f"'{name}' cannot be a lesson id: use lower-case letters, digits and '-', like 'moodle-quiz'"
        )
        return WriteResult((), (error(folder, 0, message),))
    if _is_pack(folder):
        name = _LESSON_ID_OF.sub("-", report.source.stem.lower()).strip("-") or "question-bank"
        message = (
            "this is a lesson pack, not a lesson's folder: --out names the new lesson's own folder "
            f"inside it, like {folder / name}"
        )
        return WriteResult((), (error(folder, 0, message),))
    quiz_path = folder / "quiz.md"
    lesson_path = folder / "lesson.md"
    if quiz_path.exists() and not force:
        return WriteResult((), (error(quiz_path, 0, "already exists; add --force to replace it"),))
    text = quiz_markdown(report, format_name, language or pack_language(folder, report))
    problems = tuple(read_back(quiz_path, text)) + tuple(_language_mismatch(report, quiz_path, language))
    if any(d.is_error for d in problems):
        return WriteResult((), problems)
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        quiz_path.write_text(text, encoding="utf-8", newline="\n")
        written.append(quiz_path)
        if not lesson_path.exists():
            lesson = lesson_markdown(lesson_title(report, folder), report.source)
            lesson_path.write_text(lesson, encoding="utf-8", newline="\n")
            written.append(lesson_path)
    except OSError as exc:
        return WriteResult(tuple(written), (error(folder, 0, f"cannot write: {exc.strerror or exc}"),))
    return WriteResult(tuple(written), problems)


#: what is not a lesson id in a file name ("题库 2025.xlsx" -> a suggestion of the folder to write)
_LESSON_ID_OF = re.compile(r"[^a-z0-9]+")


def _is_pack(folder: Path) -> bool:
    """A pack's own folder (a pack.yaml, or lesson folders, in it): writing a lesson there would make
    ``kiosk check`` take the whole pack for that one lesson."""
    if (folder / "pack.yaml").is_file():
        return True
    try:
        return any((child / "lesson.md").is_file() for child in folder.iterdir() if child.is_dir())
    except OSError:
        return False


def read_back(quiz_path: Path, text: str) -> list[Diagnostic]:
    """What the pack's own quiz parser says about the written file: the import's final check."""
    ctx = RenderContext(quiz_path, quiz_path.parent, quiz_path.parent.parent)
    parse_quiz(text, ctx)
    return ctx.diagnostics


def _yaml_text(text: str) -> str:
    """A one-line YAML string, quoted when plain YAML would read it as something else."""
    dumped = yaml.safe_dump(text, allow_unicode=True, default_flow_style=True, width=10_000).strip()
    return dumped.removesuffix("\n...").removesuffix("...").strip()
