"""Loading a lesson pack: the catalogue from front matter only, and one lesson in full when it is opened.

A broken lesson never stops the others: it is left out of the catalogue and reported in
``Pack.diagnostics``. The catalogue reads only the head of each ``lesson.md``, so a pack of a thousand
lessons lists quickly; page bodies and quizzes are parsed by ``load_lesson`` when a visitor opens one.
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path
from typing import Any

from kiosk.content import frontmatter
from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, ContentError, Diagnostic, Text, error, warning
from kiosk.content.exhibits import take_exhibits
from kiosk.content.languages import pack_language
from kiosk.content.layout import LESSON_FILE, PACK_FILE, is_lesson_folder
from kiosk.content.model import Lesson, LessonEntry, LessonMeta, Pack, Page
from kiosk.content.quiz import parse_quiz
from kiosk.content.render import RenderContext, render_markdown
from kiosk.content.resources import image_problem
from kiosk.content.takehome import link_problem
from kiosk.content.textfile import read_text

LESSON_KEYS = ("title", "summary", "minutes", "order", "tags", "cover", "sources", "tips", "hook", "link")
PACK_KEYS = ("title", "default_language", "languages", "order", "tips", "link")
CATALOGUE_HEAD_BYTES = 64 * 1024
_LESSON_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
#: what 'minutes' and 'order' may hold: a visit lasts minutes, and an order is a small position
MAX_MINUTES = 600
MAX_ORDER = 1_000_000
#: the start of an HTML tag, comment or declaration: "<b", "</i", "<!--", "<?" (not "a < b" or "<3")
_MARKUP = re.compile(r"<[/!?]?[A-Za-z!?][^<>\n]{0,40}>?")


def _per_language(value: Any, default_language: str) -> dict[str, Any]:
    """A pack.yaml value that is either one value or a mapping ``language -> value``."""
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    if value is None:
        return {}
    return {default_language: value}


def _read_pack_file(root: Path, diags: list[Diagnostic]) -> dict[str, Any]:
    """pack.yaml as a dict (empty when absent or broken), with ``_lines``: key -> line for diagnostics."""
    path = root / PACK_FILE
    if not path.is_file():
        return {}
    try:
        text = read_text(path)
        data = frontmatter.parse_yaml(text, path)
    except ContentError as exc:
        diags.extend(exc.diagnostics)
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        diags.append(
            error(path, 1, QT_TRANSLATE_NOOP("check", "pack.yaml must be a list of 'key: value' lines"))
        )
        return {}
    lines = text.split("\n")
    notes = frontmatter.comment_notes(lines, 1, path, data)
    fm = frontmatter.FrontMatter(data, "", 0, frontmatter.key_lines(lines, 1), notes)
    diags.extend(frontmatter.unknown_keys(fm, PACK_KEYS, path))
    data["_lines"] = fm.lines
    return data


def markup_warnings(path: Path, line: int, field: str, texts: Any) -> list[Diagnostic]:
    """Warn about HTML tags in a field the kiosk shows as plain text (titles, summaries, tips).

    Shown as plain text they are harmless but appear as they are, angle brackets and all; an author
    who wrote them expected bold text or a picture.
    """
    out = []
    for text in (texts,) if isinstance(texts, str) else texts:
        match = _MARKUP.search(text)
        if match:
            out.append(
                warning(
                    path,
                    line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "'{key}' holds HTML markup ('{markup}'); it is shown as plain text, tags and all: "
                        "remove the tags",
                    ),
                    key=field,
                    markup=match.group(0),
                )
            )
    return out


def _lesson_meta(
    lesson_id: str, language: str, path: Path, quiz_path: Path | None
) -> tuple[LessonMeta, list[Diagnostic]]:
    text = read_text(path, head=CATALOGUE_HEAD_BYTES)
    fm = frontmatter.split(text, path, required=True)
    diags = frontmatter.unknown_keys(fm, LESSON_KEYS, path)
    data = fm.data

    def line(key: str) -> int:
        return fm.lines.get(key, 1)

    if "title" not in data or not str(data.get("title") or "").strip():
        raise ContentError(_missing_title(fm, path, diags))
    minutes = data.get("minutes")
    if minutes is not None:
        checked = frontmatter.as_number(minutes, 1, MAX_MINUTES)
        if checked is None:
            diags.append(
                warning(
                    path,
                    line("minutes"),
                    QT_TRANSLATE_NOOP(
                        "check", "'minutes' must be a number of minutes from 1 to {most}, like 3"
                    ),
                    most=MAX_MINUTES,
                )
            )
        minutes = checked
    order = data.get("order")
    if order is not None:
        checked = frontmatter.as_number(order, -MAX_ORDER, MAX_ORDER)
        if checked is None:
            diags.append(
                warning(
                    path,
                    line("order"),
                    QT_TRANSLATE_NOOP("check", "'order' must be a number from -{most} to {most}, like 1"),
                    most=MAX_ORDER,
                )
            )
        order = checked
    cover = data.get("cover")
    if cover is not None:
        cover = frontmatter.as_text(cover, "cover", path, line("cover"))
    meta = LessonMeta(
        id=lesson_id,
        language=language,
        title=frontmatter.as_text(data["title"], "title", path, line("title")),
        path=path,
        summary=frontmatter.as_text(data.get("summary") or "", "summary", path, line("summary")),
        minutes=int(minutes) if minutes is not None else None,
        order=float(order) if order is not None else None,
        tags=frontmatter.as_text_list(data.get("tags"), "tags", path, line("tags")),
        cover=cover or None,
        sources=frontmatter.as_text_list(data.get("sources"), "sources", path, line("sources")),
        tips=frontmatter.as_text_list(data.get("tips"), "tips", path, line("tips")),
        quiz_path=quiz_path,
        hook=frontmatter.as_text(data.get("hook") or "", "hook", path, line("hook")),
        link=_link(data.get("link"), path, line("link"), diags),
    )
    diags += markup_warnings(path, line("title"), "title", meta.title)
    diags += markup_warnings(path, line("summary"), "summary", meta.summary)
    diags += markup_warnings(path, line("tips"), "tips", meta.tips)
    diags += markup_warnings(path, line("hook"), "hook", meta.hook)
    return meta, diags


def _link(value: Any, path: Path, line: int, diags: list[Diagnostic]) -> str:
    """A ``link:`` value if it is an https address; otherwise "" and a warning (the QR code goes without)."""
    if value is None:
        return ""
    problem = link_problem(value)
    if problem:
        diags.append(warning(path, line, problem))
        return ""
    return str(value).strip()


def _missing_title(fm: frontmatter.FrontMatter, path: Path, diags: list[Diagnostic]) -> list[Diagnostic]:
    """ "The lesson needs a title", at the misspelt key when there is one ('titel:'), with the other
    unknown keys' warnings kept."""
    for key in fm.data:
        if key not in LESSON_KEYS and difflib.get_close_matches(str(key), ["title"], n=1, cutoff=0.6):
            others = [d for d in diags if f"'{key}'" not in d.message]
            return [
                *others,
                error(
                    path,
                    fm.lines.get(str(key), 1),
                    QT_TRANSLATE_NOOP(
                        "check",
                        "the lesson needs a title: '{key}' is not a known key (did you mean 'title'?)",
                    ),
                    key=key,
                ),
            ]
    return [
        *diags,
        error(
            path,
            1,
            QT_TRANSLATE_NOOP("check", "the lesson needs a title: add 'title: ...' to the front matter"),
        ),
    ]


#: a name an author meant for a lesson or quiz file that ``LESSON_FILE`` does not accept
_LOOKS_LIKE_LESSON = re.compile(r"^(lesson|quiz)(\..+)?\.md$", re.IGNORECASE)
#: a lesson or quiz saved by a word processor or as text: "quiz.md.txt" is Notepad's (Windows hides
#: the ".txt"), "quiz.docx" Word's
_SAVED_AS = re.compile(
    r"^((?:lesson|quiz)(?:\.[^.]+)*?)(?:\.md)?\.(txt|text|docx?|rtf|odt|wps)$", re.IGNORECASE
)


def _saved_as_problem(name: str) -> str:
    """What is wrong with a lesson or quiz saved as text or by a word processor (``Text``), else ""."""
    match = _SAVED_AS.match(name)
    if match is None:
        return ""
    meant = f"{match.group(1)}.md"
    if match.group(2).lower() in ("txt", "text"):
        return Text(
            QT_TRANSLATE_NOOP(
                "check",
                "'{name}' is not read: it was saved as a text file ('.txt' at the end, which Windows hides); "
                "rename it '{meant}' (in Notepad, Save as type: All files)",
            ),
            name=name,
            meant=meant,
        )
    return Text(
        QT_TRANSLATE_NOOP(
            "check",
            "'{name}' is not read: a Word or WPS document is not plain text; save it as plain text named "
            "'{meant}', or copy its text into a file of that name",
        ),
        name=name,
        meant=meant,
    )


def _lesson_files(
    folder: Path, diags: list[Diagnostic], known: tuple[str, ...] = ()
) -> tuple[dict[str, Path], dict[str, Path]]:
    """language code (or '' for the default) -> lesson file, and the same for quiz files.

    A language written another way (``lesson.zh_CN.md``, ``zh``, ``zh-Hans``) is read as the pack's code
    for it (``known``); a name that looks meant for a lesson but is not read is reported, never skipped
    in silence. A lesson or quiz that is a symbolic link is refused, wherever it points: a link can lead
    out of the pack (to any file the kiosk's user may read), and a pack copied to a USB stick loses it.
    """
    found: dict[tuple[str, str], list[tuple[str, Path]]] = {}
    with os.scandir(folder) as it:
        items = sorted(it, key=lambda item: item.name)
    for item in items:
        match = LESSON_FILE.match(item.name)
        if match and item.is_symlink():
            diags.append(
                error(
                    Path(item.path),
                    0,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "'{name}' is a symbolic link; lessons and quizzes must be real files "
                        "inside the pack (copy the file here instead)",
                    ),
                    name=item.name,
                )
            )
        elif match and item.is_file(follow_symlinks=False):
            written = match.group(2) or ""
            code = pack_language(written, known) if written else ""
            found.setdefault((match.group(1), code), []).append((written, Path(item.path)))
        elif _saved_as_problem(item.name) and item.is_file(follow_symlinks=False):
            diags.append(warning(Path(item.path), 0, _saved_as_problem(item.name)))
        elif _LOOKS_LIKE_LESSON.match(item.name) and item.is_file(follow_symlinks=False):
            diags.append(
                warning(
                    Path(item.path),
                    0,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "'{name}' is not read: a lesson is 'lesson.md', a quiz 'quiz.md', and their "
                        "translations 'lesson.<language>.md' like 'lesson.zh-CN.md' (all in lower case)",
                    ),
                    name=item.name,
                )
            )
    lessons: dict[str, Path] = {}
    quizzes: dict[str, Path] = {}
    for (kind, code), spellings in found.items():
        # the spelling that is the code itself wins; any other spelling of it is named
        spellings.sort(key=lambda s: (s[0] != code, s[0]))
        used = spellings[0][1]
        for _, other in spellings[1:]:
            diags.append(
                warning(
                    other,
                    0,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "'{other}' and '{used}' are both the {language} version; only '{used}' is used: "
                        "remove the other",
                    ),
                    other=other.name,
                    used=used.name,
                    language=code,
                )
            )
        (lessons if kind == "lesson" else quizzes)[code] = used
    return lessons, quizzes


def _load_entry(
    folder: Path, default_language: str, diags: list[Diagnostic], known: tuple[str, ...] = ()
) -> LessonEntry | None:
    lesson_id = folder.name
    lessons, quizzes = _lesson_files(folder, diags, known or (default_language,))
    if "" not in lessons:
        if default_language in lessons:  # "lesson.en.md" in a pack whose files without a code are English
            named = lessons[default_language].name
            diags.append(
                error(
                    folder / "lesson.md",
                    0,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "lesson '{id}' has no lesson.md: '{named}' is in the pack's default language "
                        "({language}), whose files have no code; rename it lesson.md",
                    ),
                    id=lesson_id,
                    named=named,
                    language=default_language,
                )
            )
        elif lessons:
            diags.append(
                error(
                    folder / "lesson.md",
                    0,
                    QT_TRANSLATE_NOOP("check", "lesson '{id}' has translations but no lesson.md"),
                    id=lesson_id,
                )
            )
        else:
            diags.append(
                warning(
                    folder,
                    0,
                    QT_TRANSLATE_NOOP("check", "folder '{id}' has no lesson.md, so it is not a lesson"),
                    id=lesson_id,
                )
            )
        return None
    if not _LESSON_ID.fullmatch(lesson_id):
        diags.append(
            warning(
                lessons[""],
                0,
                QT_TRANSLATE_NOOP(
                    "check", "lesson folder '{id}' should be named with lower-case letters, digits and '-'"
                ),
                id=lesson_id,
            )
        )
    versions: dict[str, LessonMeta] = {}
    for code, path in sorted(lessons.items()):
        language = code or default_language
        if code and code == default_language:
            diags.append(
                warning(
                    path,
                    0,
                    QT_TRANSLATE_NOOP("check", "'{name}' is in the default language; name it lesson.md"),
                    name=path.name,
                )
            )
            continue
        quiz_path = quizzes.get(code) or (quizzes.get("") if code else None)
        try:
            meta, meta_diags = _lesson_meta(lesson_id, language, path, quiz_path)
        except ContentError as exc:
            diags.extend(exc.diagnostics)
            if not code:
                return None  # without its original the lesson cannot be listed
            continue
        diags.extend(meta_diags)
        versions[language] = meta
    for code, path in quizzes.items():
        if code not in lessons:
            diags.append(
                warning(
                    path,
                    0,
                    QT_TRANSLATE_NOOP("check", "'{name}' has no matching lesson file, so it is never shown"),
                    name=path.name,
                )
            )
    return LessonEntry(lesson_id, folder, versions, default_language)


def _sort_key(entry: LessonEntry, explicit: dict[str, int]) -> tuple:
    meta = entry.meta(entry.default_language)
    return (
        explicit.get(entry.id, len(explicit)),
        meta.order if meta.order is not None else float("inf"),
        meta.title.casefold(),
        entry.id,
    )


def _known_languages(
    data: dict[str, Any], default_language: str, titles: dict[str, str], tips: dict[str, Any]
) -> tuple[str, ...]:
    """The codes pack.yaml uses for its languages (default, 'languages', the keys of 'title' and 'tips')."""
    declared = data.get("languages")
    listed = [str(v) for v in declared] if isinstance(declared, list) else []
    return tuple(dict.fromkeys([default_language, *listed, *titles, *tips]))


def load_pack(root: Path, *, only: str | None = None) -> Pack:
    """The catalogue of the pack at ``root``. Never raises: problems are in ``Pack.diagnostics``.

    ``only`` names one lesson folder to read (``kiosk check`` of one lesson): the others are not read,
    and 'order' in pack.yaml is not checked against them.
    """
    root = Path(root)
    diags: list[Diagnostic] = []
    if not root.is_dir():
        diags.append(
            error(
                root,
                0,
                QT_TRANSLATE_NOOP("check", "the lesson folder does not exist; check the 'lessons' setting"),
            )
        )
        return Pack(root, {}, "en", ("en",), (), {}, tuple(diags))
    data = _read_pack_file(root, diags)
    lines: dict[str, int] = data.get("_lines", {})
    pack_path = root / PACK_FILE
    default_language = str(data.get("default_language") or "en")
    titles = {k: str(v) for k, v in _per_language(data.get("title"), default_language).items()}
    diags += markup_warnings(pack_path, lines.get("title", 1), "title", list(titles.values()))
    tips: dict[str, tuple[str, ...]] = {}
    for language, value in _per_language(data.get("tips"), default_language).items():
        try:
            tips[language] = frontmatter.as_text_list(value, "tips", pack_path, lines.get("tips", 1))
            diags += markup_warnings(pack_path, lines.get("tips", 1), "tips", tips[language])
        except ContentError as exc:
            diags.extend(exc.diagnostics)
    links: dict[str, str] = {}
    for language, value in _per_language(data.get("link"), default_language).items():
        link = _link(value, pack_path, lines.get("link", 1), diags)
        if link:
            links[language] = link
    known = _known_languages(data, default_language, titles, tips)
    entries: list[LessonEntry] = []
    seen: dict[str, str] = {}
    broken: set[str] = set()
    with os.scandir(root) as it:
        # well-named folders first: of 'phishing' and 'Phishing', the second is the one reported
        folders = sorted(
            (
                Path(d.path)
                for d in it
                if d.is_dir()
                and is_lesson_folder(d.name)
                and (only is None or d.name.casefold() == only.casefold())
            ),
            key=lambda f: (_LESSON_ID.fullmatch(f.name) is None, f.name),
        )
    real_root = root.resolve()
    for folder in folders:
        if folder.is_symlink() and not folder.resolve().is_relative_to(real_root):
            diags.append(
                error(
                    folder,
                    0,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "this folder is a link to a place outside the lesson pack; copy the lesson here",
                    ),
                )
            )
            continue
        try:
            entry = _load_entry(folder, default_language, diags, known)
        except (OSError, ContentError) as exc:  # a folder that cannot be listed
            diags.extend(
                getattr(
                    exc,
                    "diagnostics",
                    [
                        error(
                            folder,
                            0,
                            QT_TRANSLATE_NOOP("check", "cannot read the folder: {problem}"),
                            problem=str(exc),
                        )
                    ],
                )
            )
            continue
        if entry is None:
            if (folder / "lesson.md").is_file():
                broken.add(folder.name)  # its own error says why; 'order' need not say it again
            continue
        folded = entry.id.casefold()
        if folded in seen:
            diags.append(
                error(
                    folder,
                    0,
                    QT_TRANSLATE_NOOP(
                        "check", "lesson id '{id}' clashes with '{other}' (ids must differ in more than case)"
                    ),
                    id=entry.id,
                    other=seen[folded],
                )
            )
            continue
        seen[folded] = entry.id
        entries.append(entry)
    order = (data.get("order") or []) if only is None else []
    if not isinstance(order, list):
        diags.append(
            warning(
                pack_path,
                lines.get("order", 1),
                QT_TRANSLATE_NOOP("check", "'order' must be a list of lesson ids"),
            )
        )
        order = []
    explicit: dict[str, int] = {}
    for position, lesson_id in enumerate(order):
        lesson_id = str(lesson_id)
        if lesson_id in explicit:
            diags.append(
                error(
                    pack_path,
                    lines.get("order", 1),
                    QT_TRANSLATE_NOOP("check", "lesson '{id}' is listed twice in 'order'"),
                    id=lesson_id,
                )
            )
        elif lesson_id in broken:
            continue
        elif lesson_id not in seen.values():
            diags.append(
                warning(
                    pack_path,
                    lines.get("order", 1),
                    QT_TRANSLATE_NOOP("check", "'order' names lesson '{id}', which does not exist"),
                    id=lesson_id,
                )
            )
        else:
            explicit[lesson_id] = position
    entries.sort(key=lambda e: _sort_key(e, explicit))
    languages = [default_language]
    for language in list(data.get("languages") or []) + [lang for e in entries for lang in e.languages]:
        if str(language) not in languages:
            languages.append(str(language))
    return Pack(root, titles, default_language, tuple(languages), tuple(entries), tips, tuple(diags), links)


def split_pages(body: str, first_line: int) -> list[tuple[str, int]]:
    """Cut a lesson body into pages at lines holding only ``---`` (not inside fenced code)."""
    pages: list[tuple[str, int]] = []
    current: list[str] = []
    start = first_line
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence and line.rstrip() == "---":
            pages.append(("\n".join(current), start))
            current, start = [], first_line + offset + 1
        else:
            current.append(line)
    pages.append(("\n".join(current), start))
    return pages


def load_lesson(entry: LessonEntry, language: str | None = None, *, validate_only: bool = False) -> Lesson:
    """Parse and render one lesson (pages and quiz) in ``language``. Raises ContentError if it cannot be shown."""
    # imported here: the catalogue (and so the kiosk's start) needs none of the Markdown machinery

    meta = entry.meta(language or entry.default_language)
    pack_root = entry.folder.parent
    text = read_text(meta.path)
    fm = frontmatter.split(text, meta.path, required=True)
    ctx = RenderContext(meta.path, entry.folder, pack_root, validate_only=validate_only)
    pages = []
    for page_text, line in split_pages(fm.body, fm.body_line):
        if not page_text.strip():
            ctx.diagnostics.append(
                warning(
                    meta.path, line, QT_TRANSLATE_NOOP("check", "this page is empty; remove the extra '---'")
                )
            )
            continue
        page_text, exhibits, problems = take_exhibits(page_text, line, meta.path)
        ctx.diagnostics.extend(problems)
        pages.append(Page(render_markdown(page_text, ctx, line), line, exhibits))
    if not pages:
        raise ContentError(
            ctx.diagnostics
            + [error(meta.path, fm.body_line, QT_TRANSLATE_NOOP("check", "the lesson has no pages"))]
        )
    if meta.cover:
        problem = image_problem(entry.folder, pack_root, meta.cover)
        if problem:
            ctx.diagnostics.append(
                warning(meta.path, 1, QT_TRANSLATE_NOOP("check", "cover: {problem}"), problem=problem)
            )
    quiz = None
    if meta.quiz_path is not None:
        quiz_ctx = RenderContext(
            meta.quiz_path,
            entry.folder,
            pack_root,
            validate_only=validate_only,
            language=language or entry.default_language,
        )
        try:
            quiz = parse_quiz(read_text(meta.quiz_path), quiz_ctx)
        except ContentError as exc:
            quiz_ctx.diagnostics.extend(exc.diagnostics)
        ctx.diagnostics.extend(quiz_ctx.diagnostics)
    return Lesson(meta, tuple(pages), quiz, tuple(ctx.diagnostics))
