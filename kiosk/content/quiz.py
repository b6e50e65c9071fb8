"""The quiz format: each heading a question, a task list its choices, ``>`` quotes feedback and explanation.

Parsed line by line (so every diagnostic names its line); the Markdown inside each piece is then
rendered by ``kiosk.content.render``. A question with an error is left out and reported; the rest of
the quiz still works.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content import frontmatter, kinds
from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, ContentError, Diagnostic, error, warning
from kiosk.content.lesson_model import answers_kind
from kiosk.content.model import Choice, Question, Quiz
from kiosk.content.render import RenderContext, render_markdown

QUIZ_KEYS = ("pass_mark", "shuffle_choices", "shuffle_questions", "draw")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^[-*+]\s+(?:\[([ xX])\]\s?)?(.*)$")
_ATTR_ID = re.compile(r"\s*\{\s*#([A-Za-z0-9][A-Za-z0-9_-]*)\s*\}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
#: a choice written without its list marker, or with no space after it: "[x] A password manager",
#: "-[x] A password manager" (not a list item to Markdown either)
_BARE_CHOICE = re.compile(r"^\s{0,3}(?:\[[ xX]\]\s+|[-*+]\[[ xX]\]\s*)\S")
_KIND = re.compile(r"^kind\s*[:：]\s*(.*?)\s*$", re.IGNORECASE)
_SHUFFLE = re.compile(r"^shuffle\s*[:：]\s*(.*?)\s*$", re.IGNORECASE)
_CHALLENGE = re.compile(r"^challenge\s*[:：]\s*(.*?)\s*$", re.IGNORECASE)
_YES_NO = {"false": False, "no": False, "off": False, "true": True, "yes": True, "on": True}
#: a ``key: value`` line some kind reads (``picture:`` under a heading, ``area:`` under a choice)
_FIELD = re.compile(r"^\s*([A-Za-z]+)\s*[:：]\s*(.*?)\s*$")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
#: a quiz has at most this many questions (a visitor stays minutes, and each question is a screen)
MAX_QUESTIONS = 200
#: a question has at most this many choices: each is a card on one screen (10,000 froze the kiosk)
MAX_CHOICES = 12


@dataclass
class _RawChoice:
    line: int
    correct: bool
    text: list[str] = field(default_factory=list)
    feedback: list[str] = field(default_factory=list)
    text_lines: list[int] = field(default_factory=list)  # the line of each of ``text`` after the first


@dataclass
class _RawQuestion:
    line: int
    heading: str
    id: str | None
    body: list[str] = field(default_factory=list)
    choices: list[_RawChoice] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)
    explanation_line: int = 0
    stray_line: int = 0  # first line of text after the choices that is not the explanation
    #: errors found while scanning that leave the question out (a choice written without '- ')
    problems: list[Diagnostic] = field(default_factory=list)


def split_attr_id(text: str) -> tuple[str, str | None]:
    """``"What is X? {#x}"`` -> ``("What is X?", "x")``."""
    match = _ATTR_ID.search(text)
    if not match:
        return text.strip(), None
    return text[: match.start()].strip(), match.group(1)


def derive_id(heading: str) -> str:
    """An id from the heading's words, stable when other questions change."""
    words = re.findall(r"[a-z0-9]+", heading.lower())
    slug = "-".join(words)[:40].strip("-")
    if slug:
        return slug
    return "q-" + hashlib.sha1(heading.encode("utf-8")).hexdigest()[:8]


def _dedent_item(line: str) -> str:
    stripped = line.lstrip(" ")
    return stripped if len(line) - len(stripped) >= 2 else line


def _quote_text(line: str) -> str:
    body = line.lstrip()[1:]
    return body[1:] if body.startswith(" ") else body


def scan(body: str, first_line: int, path: Path) -> tuple[list[_RawQuestion], list[Diagnostic]]:
    """Find the questions, choices, feedback and explanations in a quiz body."""
    diags: list[Diagnostic] = []
    questions: list[_RawQuestion] = []
    q: _RawQuestion | None = None
    in_fence = False
    state = "body"  # body -> choices -> after
    lines = body.split("\n")
    for offset, line in enumerate(lines):
        lineno = first_line + offset
        if _FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        if heading:
            text, qid = split_attr_id(heading.group(2))
            q = _RawQuestion(lineno, text, qid)
            questions.append(q)
            state = "body"
            continue
        if q is None:
            if line.strip():
                diags.append(
                    warning(
                        path,
                        lineno,
                        QT_TRANSLATE_NOOP(
                            "check", "text before the first question is ignored; start a question with '## '"
                        ),
                    )
                )
                q = _RawQuestion(lineno, "", None)  # swallow the rest until a heading
                state = "ignored"
            continue
        if state == "ignored":
            continue
        item = None if in_fence or line[:1].isspace() else _ITEM.match(line)
        if item is None and not in_fence and _BARE_CHOICE.match(line):
            # taken as question text, it would turn a select-all question into a single-answer one
            q.problems.append(
                error(
                    path,
                    lineno,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "this line looks like a choice but does not start with '- ': "
                        "write '- [x] ...' for a right choice or '- [ ] ...' for a wrong one",
                    ),
                )
            )
        if (
            state == "choices"
            and not in_fence
            and line.startswith(">")
            and offset > 0
            and lines[offset - 1].strip()
        ):
            diags.append(
                warning(
                    path,
                    lineno,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "this '>' quote right under a choice is the question's explanation, shown after every "
                        "answer; indent it by two spaces to make it that choice's feedback, or put a blank "
                        "line before it to keep it the explanation",
                    ),
                )
            )
        if item and (item.group(1) is not None or state == "choices"):
            if item.group(1) is None:
                # the question is left out, as for any error in it: asking it without this choice
                # would ask another question than the one written
                q.problems.append(
                    error(
                        path,
                        lineno,
                        QT_TRANSLATE_NOOP(
                            "check", "a choice must start with '- [x]' (right) or '- [ ]' (wrong)"
                        ),
                    )
                )
                continue
            q.choices.append(_RawChoice(lineno, item.group(1) in "xX", [item.group(2)]))
            state = "choices"
            continue
        if state == "body":
            q.body.append(line)
        elif state == "choices":
            choice = q.choices[-1]
            if not line.strip():
                if choice.feedback:
                    choice.feedback.append("")
                else:
                    choice.text.append("")
                    choice.text_lines.append(lineno)
            elif line[:1].isspace():
                inner = _dedent_item(line)
                if inner.lstrip().startswith(">"):
                    choice.feedback.append(_quote_text(inner))
                else:
                    choice.text.append(inner)
                    choice.text_lines.append(lineno)
            else:
                state = "after"
        if state == "after":
            stripped = line.strip()
            if stripped.startswith(">"):
                if not q.explanation:
                    q.explanation_line = lineno
                q.explanation.append(_quote_text(line))
            elif stripped and not q.stray_line:
                q.stray_line = lineno
            elif not stripped and q.explanation:
                q.explanation.append("")
    return [question for question in questions if question.heading or question.choices], diags


def _hash(q: _RawQuestion, choice_sources: list[tuple[str, bool, str]], kind: str) -> str:
    """``kind`` is empty when the choices imply it: such a question keeps the hash it had before kinds."""
    parts: list[object] = [
        "\n".join(q.body).strip(),
        q.heading,
        choice_sources,
        "\n".join(q.explanation).strip(),
    ]
    if kind:
        parts.append(kind)
    canonical = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


@dataclass
class _Options:
    """What the ``key: value`` lines right under a question's heading say."""

    kind: kinds.KindRules | None = None  # named with ``kind:``; None: inferred from the choices
    shuffle: bool = True  # ``shuffle: false`` keeps the file's order
    challenge: bool = False  # ``challenge: true``: one of the booth challenge set
    fields: dict[str, tuple[str, int]] = field(default_factory=dict)  # lines some kind reads


def _take_options(q: _RawQuestion, path: Path, notes: list[Diagnostic]) -> _Options:
    """The question's own options on ``key: value`` lines right under the heading: its ``kind:``,
    whether its choices may be shuffled (``shuffle: false``), whether it is in the booth challenge
    set (``challenge: true``), and the lines some kind reads (``picture:``) as key -> (value, line).
    The lines are taken out of the text; a mark that cannot be read is a warning in ``notes``."""
    named: kinds.KindRules | None = None
    shuffle = True
    challenge = False
    fields: dict[str, tuple[str, int]] = {}
    taken: list[int] = []
    known = kinds.question_fields()
    for index, line in enumerate(q.body):
        if not line.strip():
            continue
        lineno = q.line + 1 + index
        match = _KIND.match(line)
        if match is not None and named is None:
            named = kinds.by_spelling(match.group(1))
            if named is None:
                raise ContentError(
                    error(
                        path,
                        lineno,
                        QT_TRANSLATE_NOOP("check", "unknown question kind '{kind}': write one of {kinds}"),
                        kind=match.group(1),
                        kinds=kinds.spellings(),
                    )
                )
            taken.append(index)
            continue
        order = _SHUFFLE.match(line)
        if order is not None:
            value = order.group(1).lower()
            if value not in _YES_NO:
                raise ContentError(
                    error(
                        path,
                        lineno,
                        QT_TRANSLATE_NOOP(
                            "check",
                            "'shuffle: {value}': write 'shuffle: false' to keep this question's "
                            "choices in the file's order, or leave the line out",
                        ),
                        value=order.group(1),
                    )
                )
            shuffle = _YES_NO[value]
            taken.append(index)
            continue
        mark = _CHALLENGE.match(line)
        if mark is not None:
            value = mark.group(1).lower()
            if value in _YES_NO:
                challenge = _YES_NO[value]
            else:
                notes.append(
                    warning(
                        path,
                        lineno,
                        QT_TRANSLATE_NOOP(
                            "check",
                            "'challenge: {value}': write 'challenge: true' to put this question in the "
                            "pack's booth challenge set; the line is ignored",
                        ),
                        value=mark.group(1),
                    )
                )
            taken.append(index)
            continue
        field_match = _FIELD.match(line)
        if field_match is None or field_match.group(1).lower() not in known:
            break
        fields[field_match.group(1).lower()] = (field_match.group(2), lineno)
        taken.append(index)
    for index in reversed(taken):
        del q.body[index]
    return _Options(named, shuffle, challenge, fields)


def _take_choice_fields(raw: _RawChoice) -> dict[str, tuple[str, int]]:
    """The ``key: value`` lines under a choice that some kind reads (``area:``), taken out of its text."""
    fields: dict[str, tuple[str, int]] = {}
    known = kinds.choice_fields()
    keep_text, keep_lines = raw.text[:1], []
    for line, lineno in zip(raw.text[1:], raw.text_lines, strict=False):
        match = _FIELD.match(line)
        if match is not None and match.group(1).lower() in known:
            fields[match.group(1).lower()] = (match.group(2), lineno)
        else:
            keep_text.append(line)
            keep_lines.append(lineno)
    raw.text, raw.text_lines = keep_text, keep_lines
    return fields


def _settle_kind(
    q: _RawQuestion,
    qid: str,
    named: kinds.KindRules | None,
    choices: list[Choice],
    given: list[bool],
    ctx: RenderContext,
    fields: dict[str, tuple[str, int]],
    choice_fields: list[dict[str, tuple[str, int]]],
) -> tuple[kinds.KindRules, tuple[Choice, ...], dict[str, object]]:
    """The question's kind (named, else inferred), its choices as that kind's rules keep them, and the
    values of its own fields (``picture``...) for the ``Question``."""
    draft = kinds.Draft(
        id=qid,
        path=ctx.path,
        line=q.line,
        choices=tuple(choices),
        choice_lines=tuple(raw.line for raw in q.choices),
        given_ids=tuple(given),
        fields=fields,
        choice_fields=tuple(choice_fields),
        feedback_given=tuple(bool("\n".join(raw.feedback).strip()) for raw in q.choices),
        lesson_folder=ctx.lesson_folder,
        pack_root=ctx.pack_root,
        language=ctx.language,
    )
    rules = named or kinds.infer(draft)
    ctx.diagnostics.extend(kinds.unread_fields(rules, draft))
    settled, diags = rules.settle(draft)
    ctx.diagnostics.extend(diags)
    extras = rules.extras(draft, settled) if rules.extras else {}
    return rules, settled, extras


def build_question(q: _RawQuestion, ctx: RenderContext) -> Question:
    """Validate and render one scanned question. Raises ContentError when it cannot be asked."""
    path = ctx.path
    qid = q.id or derive_id(q.heading)
    problems = list(q.problems)
    if not q.heading:
        problems.append(
            error(path, q.line, QT_TRANSLATE_NOOP("check", "the question has no text after the '#'"))
        )
    if not q.choices:
        problems.append(
            error(
                path,
                q.line,
                QT_TRANSLATE_NOOP(
                    "check", "question '{id}' has no choices: add lines '- [x] ...' and '- [ ] ...'"
                ),
                id=qid,
            )
        )
    elif not any(c.correct for c in q.choices):
        problems.append(
            error(
                path,
                q.line,
                QT_TRANSLATE_NOOP("check", "question '{id}' has no correct choice: mark one with \"- [x]\""),
                id=qid,
            )
        )
    if len(q.choices) > MAX_CHOICES:
        problems.append(
            error(
                path,
                q.line,
                QT_TRANSLATE_NOOP(
                    "check", "question '{id}' has {count} choices; at most {most} fit on a screen"
                ),
                id=qid,
                count=len(q.choices),
                most=MAX_CHOICES,
            )
        )
    options = _Options()
    try:
        options = _take_options(q, path, ctx.diagnostics)
    except ContentError as exc:
        problems.extend(exc.diagnostics)
    named_kind, fields = options.kind, options.fields
    if problems:
        raise ContentError(problems)
    if q.stray_line:
        ctx.diagnostics.append(
            warning(
                path,
                q.stray_line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "text after the choices is ignored: indent it under a choice, or start it with '>' to make "
                    "it the explanation",
                ),
            )
        )
    choices = []
    sources = []
    seen_ids: set[str] = set()
    given_ids = []
    choice_fields = [_take_choice_fields(raw) for raw in q.choices]
    for index, raw in enumerate(q.choices):
        text, cid = split_attr_id("\n".join(raw.text).strip())
        given_ids.append(cid is not None)
        cid = cid or _letter(index)
        if cid in seen_ids:
            raise ContentError(
                error(path, raw.line, QT_TRANSLATE_NOOP("check", "two choices have the id '{id}'"), id=cid)
            )
        seen_ids.add(cid)
        if not text:
            raise ContentError(error(path, raw.line, QT_TRANSLATE_NOOP("check", "this choice is empty")))
        feedback = "\n".join(raw.feedback).strip()
        sources.append((text, raw.correct, feedback))
        html = render_markdown(text, ctx, raw.line)
        if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
            html = html[3:-4]  # a one-paragraph choice shows as inline text on its card
        choices.append(
            Choice(
                id=cid,
                html=html,
                correct=raw.correct,
                feedback_html=render_markdown(feedback, ctx, raw.line + 1) if feedback else "",
                source=text,
            )
        )
    kind, settled, extras = _settle_kind(q, qid, named_kind, choices, given_ids, ctx, fields, choice_fields)
    question_md = q.heading + "\n\n" + "\n".join(q.body).strip()
    explanation = "\n".join(q.explanation).strip()
    return Question(
        id=qid,
        html=render_markdown(question_md, ctx, q.line),
        choices=settled,
        explanation_html=render_markdown(explanation, ctx, q.explanation_line) if explanation else "",
        content_hash=_hash(q, sources, "" if kind.name == answers_kind(settled) else kind.name),
        line=q.line,
        kind=kind.name,
        shuffle=options.shuffle,
        challenge=options.challenge,
        **extras,  # type: ignore[arg-type]
    )


def _letter(index: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index] if index < 26 else f"c{index + 1}"


def _settings(
    fm: frontmatter.FrontMatter, path: Path, count: int, diags: list[Diagnostic]
) -> tuple[int, bool, bool, int | None]:
    """The quiz's settings; each one that is wrong is reported in ``diags`` and left at its default."""
    data = fm.data

    def line(key: str) -> int:
        return fm.lines.get(key, 1)

    pass_mark = data.get("pass_mark", 60)
    if isinstance(pass_mark, str):
        try:  # "80%" or "80"
            pass_mark = float(pass_mark.strip().removesuffix("%"))
        except ValueError:
            pass
    checked = frontmatter.as_number(pass_mark, 0, 100)
    if checked is None:
        diags.append(
            error(
                path,
                line("pass_mark"),
                QT_TRANSLATE_NOOP("check", "'pass_mark' must be a percentage from 0 to 100"),
            )
        )
    pass_mark = 60 if checked is None else int(checked)
    flags = []
    for key, default in (("shuffle_choices", True), ("shuffle_questions", False)):
        value = data.get(key, default)
        if not isinstance(value, bool):
            diags.append(
                error(path, line(key), QT_TRANSLATE_NOOP("check", "'{key}' must be true or false"), key=key)
            )
            value = default
        flags.append(value)
    draw = data.get("draw")
    if draw is not None:
        draw = frontmatter.as_number(draw, 1, MAX_QUESTIONS, whole=True, integral_float=False)
        if draw is None:
            diags.append(
                error(
                    path,
                    line("draw"),
                    QT_TRANSLATE_NOOP(
                        "check", "'draw' must be a whole number of questions, from 1 to {most}"
                    ),
                    most=MAX_QUESTIONS,
                )
            )
    if draw is not None and count and draw > count:
        diags.append(
            error(
                path,
                line("draw"),
                QT_TRANSLATE_NOOP("check", "'draw' asks for {draw} questions but the quiz has only {count}"),
                draw=draw,
                count=count,
            )
        )
        draw = None
    return pass_mark, flags[0], flags[1], draw


def parse_quiz(text: str, ctx: RenderContext) -> Quiz | None:
    """Parse a whole quiz file. Diagnostics go to ``ctx.diagnostics``; None when nothing can be asked."""
    path = ctx.path
    fm = frontmatter.split(text, path, required=False)
    ctx.diagnostics.extend(frontmatter.unknown_keys(fm, QUIZ_KEYS, path))
    raw_questions, diags = scan(fm.body, fm.body_line, path)
    ctx.diagnostics.extend(diags)
    questions: list[Question] = []
    first_seen: dict[str, int] = {}
    if len(raw_questions) > MAX_QUESTIONS:
        ctx.diagnostics.append(
            error(
                path,
                raw_questions[MAX_QUESTIONS].line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "the quiz has {count} questions; at most {most} are asked, the rest from here on are left out",
                ),
                count=len(raw_questions),
                most=MAX_QUESTIONS,
            )
        )
        del raw_questions[MAX_QUESTIONS:]
    for raw in raw_questions:
        try:
            question = build_question(raw, ctx)
        except ContentError as exc:
            ctx.diagnostics.extend(exc.diagnostics)
            continue
        if question.id in first_seen:
            ctx.diagnostics.append(
                error(
                    path,
                    raw.line,
                    QT_TRANSLATE_NOOP("check", "question id '{id}' is already used on line {line}"),
                    id=question.id,
                    line=first_seen[question.id],
                )
            )
            continue
        if raw.id is not None and not ID_PATTERN.match(raw.id):
            ctx.diagnostics.append(
                warning(
                    path,
                    raw.line,
                    QT_TRANSLATE_NOOP(
                        "check", "question id '{id}' should use only lower-case letters, digits and '-'"
                    ),
                    id=raw.id,
                )
            )
        first_seen[question.id] = raw.line
        questions.append(question)
    if not raw_questions:
        ctx.diagnostics.append(
            warning(
                path,
                fm.body_line,
                QT_TRANSLATE_NOOP("check", "the quiz has no questions: start each one with '## '"),
            )
        )
    pass_mark, shuffle_choices, shuffle_questions, draw = _settings(fm, path, len(questions), ctx.diagnostics)
    if not questions:
        return None
    return Quiz(tuple(questions), pass_mark, shuffle_choices, shuffle_questions, draw, path)
