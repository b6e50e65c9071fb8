"""Spot the red flags: a picture (a fake text message, chat, e-mail...) on which the visitor taps the
suspicious parts.

Written as a question with ``kind: spot`` and a ``picture:`` line under its heading; each choice is a
part of the picture, named in neutral words (``The sender``), with an ``area:`` line saying where it is
and a ``>`` explanation. ``- [x]`` marks a red flag, ``- [ ]`` a decoy (a harmless part; tapping it
says why it is fine). An area is a rectangle ``x, y, width, height`` in the picture's own units (an
SVG's viewBox, a PNG's pixels) or ``#id``, an element of an SVG picture.

The question counts as answered right when the flags found, less the decoys tapped, reach ``need``
(default: 60% of the flags, rounded up, as the quiz's default pass mark), so tapping everywhere does not pay.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import replace

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, ContentError, Diagnostic, error, warning
from kiosk.content.kinds.base import Draft, KindRules
from kiosk.content.kinds.spot_picture import PictureFacts, picture_facts, translated_src
from kiosk.content.kinds.svg_bounds import element_box
from kiosk.content.lesson_model import Choice, Region
from kiosk.content.resources import image_problem

#: the share of a question's flags a visitor must find (less decoys tapped) when ``need:`` is not given
DEFAULT_NEED_SHARE = 0.6
_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?"
_RECT = re.compile(rf"^({_NUMBER})\s*[, ]\s*({_NUMBER})\s*[, ]\s*({_NUMBER})\s*[, ]\s*({_NUMBER})$")
_ELEMENT = re.compile(r"^#([A-Za-z_][\w.-]*)$")
#: a region may stick out of the picture by this share of its size (an author's rounding), no more
_SLACK = 0.02


def default_need(flags: int) -> int:
    return max(1, math.ceil(flags * DEFAULT_NEED_SHARE - 1e-9))


def _picture(draft: Draft, problems: list[Diagnostic]) -> PictureFacts | None:
    """What the ``picture:`` line names: its units and element ids; None (and a problem) when unusable."""
    given = draft.fields.get("picture")
    if given is None or not given[0]:
        problems.append(
            error(
                draft.path,
                draft.line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "spot-the-flags question '{id}' has no picture: add a line "
                    "'picture: images/message.svg' under its heading",
                ),
                id=draft.id,
            )
        )
        return None
    src, line = given
    if draft.lesson_folder is None or draft.pack_root is None:
        return PictureFacts(src, None, None)  # text parsed alone (tests): nothing to look at
    src = _shown_src(draft)
    problem = image_problem(draft.lesson_folder, draft.pack_root, src)
    if problem:
        problems.append(error(draft.path, line, problem))
        return None
    facts = picture_facts(draft.lesson_folder, draft.pack_root, src)
    if facts.size is None:
        problems.append(
            error(
                draft.path,
                line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "cannot tell the size of picture '{src}': give an SVG a viewBox (or width and height), "
                    "or use a PNG or JPEG",
                ),
                src=src,
            )
        )
        return None
    return facts


def _region(
    draft: Draft, index: int, facts: PictureFacts | None, problems: list[Diagnostic]
) -> Region | None:
    choice, line = draft.choices[index], draft.choice_lines[index]
    given = draft.choice_fields[index].get("area") if index < len(draft.choice_fields) else None
    if given is None:
        problems.append(
            error(
                draft.path,
                line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "part '{id}' has no area: add a line '  area: x, y, width, height' under it (in the "
                    "picture's units, from its top left corner), or '  area: #id' for an element of an SVG",
                ),
                id=choice.id,
            )
        )
        return None
    text, area_line = given
    element = _ELEMENT.match(text)
    if element:
        name = element.group(1)
        if facts is not None and facts.ids is not None and name not in facts.ids:
            close = difflib.get_close_matches(name, sorted(facts.ids), n=1)
            if close:
                found = error(
                    draft.path,
                    area_line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "the picture '{src}' has no element with id=\"{name}\" (did you mean '#{close}'?)",
                    ),
                    src=facts.src,
                    name=name,
                    close=close[0],
                )
            else:
                found = error(
                    draft.path,
                    area_line,
                    QT_TRANSLATE_NOOP("check", "the picture '{src}' has no element with id=\"{name}\""),
                    src=facts.src,
                    name=name,
                )
            problems.append(found)
            return None
        if facts is not None and facts.drawing is not None and facts.size is not None:
            box = element_box(facts.drawing, name)
            if box is not None and _outside(facts.size, box[0], box[1], box[2] - box[0], box[3] - box[1]):
                problems.append(
                    error(
                        draft.path,
                        area_line,
                        QT_TRANSLATE_NOOP(
                            "check",
                            "the element #{name} spans x {left} to {right} and y {top} to {bottom}, which is not "
                            "inside the picture '{src}', which spans x {picture_left} to {picture_right} and y "
                            "{picture_top} to {picture_bottom}; move the element into the picture",
                        ),
                        name=name,
                        left=_number(box[0]),
                        right=_number(box[2]),
                        top=_number(box[1]),
                        bottom=_number(box[3]),
                        src=facts.src,
                        **_span(facts.size),
                    )
                )
                return None
        if facts is not None and facts.ids is None and facts.size is not None:
            problems.append(
                error(
                    draft.path,
                    area_line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "'area: #{name}' needs an SVG picture; '{src}' is not one: give a rectangle "
                        "'x, y, width, height'",
                    ),
                    name=name,
                    src=facts.src,
                )
            )
            return None
        return Region(element=name)
    rect = _RECT.match(text)
    if rect is None:
        problems.append(
            error(
                draft.path,
                area_line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "'area: {area}' is not an area: write four numbers 'x, y, width, height' or '#id'",
                ),
                area=text,
            )
        )
        return None
    x, y, width, height = (float(value) for value in rect.groups())
    if width <= 0 or height <= 0:
        problems.append(
            error(
                draft.path,
                area_line,
                QT_TRANSLATE_NOOP("check", "an area's width and height must be more than 0"),
            )
        )
        return None
    if facts is not None and facts.size is not None and _outside(facts.size, x, y, width, height):
        problems.append(
            error(
                draft.path,
                area_line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "the area {area} is not inside the picture '{src}', which spans x {picture_left} to "
                    "{picture_right} and y {picture_top} to {picture_bottom}",
                ),
                area=", ".join(_number(v) for v in (x, y, width, height)),
                src=facts.src,
                **_span(facts.size),
            )
        )
        return None
    return Region(x, y, width, height)


def _outside(
    span: tuple[float, float, float, float], x: float, y: float, width: float, height: float
) -> bool:
    """Whether the area sticks out of the picture by more than an author's rounding (``_SLACK``)."""
    left, top, full_width, full_height = span
    slack_x, slack_y = width * _SLACK + 0.5, height * _SLACK + 0.5
    return (
        x < left - slack_x
        or y < top - slack_y
        or x + width > left + full_width + slack_x
        or y + height > top + full_height + slack_y
    )


def _span(span: tuple[float, float, float, float]) -> dict[str, str]:
    """The picture's edges, for a message's {picture_left} ... {picture_bottom}."""
    left, top, width, height = span
    return {
        "picture_left": _number(left),
        "picture_right": _number(left + width),
        "picture_top": _number(top),
        "picture_bottom": _number(top + height),
    }


def _number(value: float) -> str:
    return f"{value:g}"


def _need(draft: Draft, flags: int, problems: list[Diagnostic]) -> int:
    given = draft.fields.get("need")
    if given is None:
        return default_need(flags)
    text, line = given
    if not text.isdigit() or not 1 <= int(text) <= max(flags, 1):
        problems.append(
            error(
                draft.path,
                line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "'need: {need}' must be a whole number of flags from 1 to {flags} "
                    "(how many a visitor must find to answer right)",
                ),
                need=text,
                flags=flags,
            )
        )
        return default_need(flags)
    return int(text)


def _settle(draft: Draft) -> tuple[tuple[Choice, ...], list[Diagnostic]]:
    problems: list[Diagnostic] = []
    facts = _picture(draft, problems)
    regions = [_region(draft, index, facts, problems) for index in range(len(draft.choices))]
    explained = draft.feedback_given or tuple(bool(choice.feedback_html) for choice in draft.choices)
    for choice, line, given in zip(draft.choices, draft.choice_lines, explained, strict=True):
        if not given:
            problems.append(
                error(
                    draft.path,
                    line,
                    QT_TRANSLATE_NOOP(
                        "check",
                        "part '{id}' has no explanation: add a '  > ...' line under it saying why it is a red flag",
                    )
                    if choice.correct
                    else QT_TRANSLATE_NOOP(
                        "check",
                        "part '{id}' has no explanation: add a '  > ...' line under it saying why it is fine",
                    ),
                    id=choice.id,
                )
            )
    flags = sum(1 for choice in draft.choices if choice.correct)
    if flags == 0:
        problems.append(
            error(
                draft.path,
                draft.line,
                QT_TRANSLATE_NOOP("check", "question '{id}' has no red flag: mark one part with '- [x]'"),
                id=draft.id,
            )
        )
    _need(draft, flags, problems)
    if problems:
        raise ContentError(problems)
    notes: list[Diagnostic] = []
    if flags == len(draft.choices):
        notes.append(
            warning(
                draft.path,
                draft.line,
                QT_TRANSLATE_NOOP(
                    "check",
                    "question '{id}' has no decoys: keyboard users step through every part, so each stop is a "
                    "flag; add a harmless part or two with '- [ ]' (a tap on one says why it is fine)",
                ),
                id=draft.id,
            )
        )
    settled = tuple(
        replace(choice, region=region) for choice, region in zip(draft.choices, regions, strict=True)
    )
    return settled, notes


def _shown_src(draft: Draft) -> str:
    """The ``picture:`` line's file, or its translation into the quiz's language beside it."""
    src = draft.fields["picture"][0]
    if draft.lesson_folder is None or draft.pack_root is None:
        return src
    return translated_src(draft.lesson_folder, draft.pack_root, src, draft.language)


def _extras(draft: Draft, choices: tuple[Choice, ...]) -> dict[str, object]:
    flags = sum(1 for choice in choices if choice.correct)
    return {"picture": _shown_src(draft), "need": _need(draft, flags, [])}


def _claims(draft: Draft) -> bool:
    return "picture" in draft.fields or any("area" in fields for fields in draft.choice_fields)


SPOT = KindRules(
    name="spot",
    spellings=("spot", "spot-the-flags", "spot-the-red-flags", "red-flags", "找茬", "找疑点"),
    claims=_claims,
    settle=_settle,
    written="spot",
    question_fields=("picture", "need"),
    choice_fields=("area",),
    extras=_extras,
)
