"""Writes every case of the content engine's hostile suite (tests/content/test_hostile.py) into one pack.

The Markdown and picture-path cases are read from that suite's own parametrize lists, so a case added
there lands here too; the file-level cases (YAML tags, billion laughs, huge and binary files, deep
nesting, a hostile quiz) are written the way that suite writes them, and issue 15's cases (SVG and
links reaching out of the pack, non-finite numbers, text that froze the renderer, 10,000 choices, a
pixel bomb, markup in titles, control characters in a folder name). Every file the pack points at
lives in ``outside``, beside it, so a test can watch that none is ever read. One good lesson with a
quiz sits beside them, so the kiosk has something safe to show.
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from tests.content import test_hostile
from tests.content.conftest import write_files
from tests.robustness.hostile_content import freezing_lesson, many_choices_quiz

GOOD_QUIZ = """## Which is the safer habit? {#habit}

- [ ] Reuse one password
- [x] Use a password manager
  > It remembers a different password for every site.

> Unique passwords stop one leak from opening every account.
"""


@dataclass(frozen=True)
class HostilePack:
    root: Path
    shown: tuple[str, ...]  # lessons the kiosk must still list (their hostile parts neutralised)
    refused: tuple[str, ...]  # lessons that must not load at all
    markers: dict[str, str]  # lesson id -> a safe sentence that must still be visible on its page
    outside: Path  # a folder beside the pack, holding every file the pack points at: never to be read
    expected: dict[str, str]  # a path inside the pack -> a phrase ``kiosk check`` must say about it


def _svg(body: str) -> str:
    return (
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
        f"width='20' height='20'>{body}</svg>"
    )


def _png_header(width: int, height: int) -> bytes:
    """A PNG's signature and header chunk only: enough for any reader to learn (and fear) its size."""
    chunk = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))


def _issue_15_cases(
    files: dict[str, str | bytes], shown: list[str], markers: dict[str, str], outside: Path
) -> dict[str, str]:
    """Issue 15's cases: SVG and links reaching out, bad numbers, freezing text, pixel bombs, markup and
    control characters. Returns the phrase ``kiosk check`` must print for each file."""
    expected: dict[str, str] = {}
    secret = outside / "secret.png"
    svgs = {
        "image": f"<image xlink:href='{secret}' width='9' height='9'/>",
        "file-url": f"<image href='file://{secret}' width='9' height='9'/>",
        "use": f"<use xlink:href='{outside}/shapes.svg#s'/>",
        "css": f"<rect width='9' height='9' style='fill: url({outside}/shapes.svg#g)'/>",
        "entity": "",  # written below: a document with an external entity
    }
    lines = ["SVG pictures stay inside themselves.", ""]
    for name, body in svgs.items():
        files[f"svg-reach/{name}.svg"] = _svg(body)
        lines.append(f"![{name}]({name}.svg)")
    files["svg-reach/entity.svg"] = (
        f"<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY e SYSTEM 'file://{outside}/lesson.md'>]>"
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><text>&e;</text></svg>"
    )
    files["svg-reach/lesson.md"] = _lesson("SVG reach", "\n\n".join(lines))
    shown.append("svg-reach")
    markers["svg-reach"] = "SVG pictures stay inside themselves."
    expected["svg-reach/lesson.md"] = "refers to something outside itself"

    files["linked-quiz/lesson.md"] = _lesson("Linked quiz", "The quiz is a link out.")
    shown.append("linked-quiz")
    markers["linked-quiz"] = "The quiz is a link out."
    expected["linked-quiz/quiz.md"] = "symbolic link"
    expected["linked-lesson/lesson.md"] = "symbolic link"
    expected["linked-folder"] = "outside the lesson pack"

    files["numbers/lesson.md"] = "---\ntitle: Numbers\nminutes: .inf\norder: .nan\n---\nNumbers are tamed.\n"
    files["numbers/quiz.md"] = "---\npass_mark: .inf\ndraw: 1e400\n---\n" + GOOD_QUIZ
    shown.append("numbers")
    markers["numbers"] = "Numbers are tamed."
    expected["numbers/lesson.md"] = "'minutes' must be a number"
    expected["numbers/quiz.md"] = "'pass_mark' must be a percentage"

    files["freezer/lesson.md"] = freezing_lesson(150_000)
    shown.append("freezer")
    markers["freezer"] = "This page is safe to read."
    expected["freezer/lesson.md"] = "shown as plain text"

    files["many-choices/lesson.md"] = _lesson("Many choices", "Ten thousand choices, one question.")
    files["many-choices/quiz.md"] = many_choices_quiz(10_000)
    shown.append("many-choices")
    markers["many-choices"] = "Ten thousand choices, one question."
    expected["many-choices/quiz.md"] = "has 10000 choices"

    files["pixel-bomb/bomb.png"] = _png_header(8000, 8000)
    files["pixel-bomb/lesson.md"] = _lesson("Pixel bomb", "The bomb is not drawn.\n\n![bomb](bomb.png)")
    shown.append("pixel-bomb")
    markers["pixel-bomb"] = "The bomb is not drawn."
    expected["pixel-bomb/lesson.md"] = "too large to show"

    files["markup/lesson.md"] = (
        # Labels show these as text: Qt never reads the picture they name (issue 15, item 1).
        f"---\ntitle: Markup <b>bold</b> <img src='{secret}'>\nsummary: <i>leaning</i> <img src='{secret}'>\n"
        f"tips: ['<u>tip</u> <img src={secret}>']\n---\n"
        "Markup stays text.\n"
    )
    shown.append("markup")
    markers["markup"] = "Markup stays text."
    expected["markup/lesson.md"] = "holds HTML markup"

    files["escape\x1b[2J/lesson.md"] = _lesson("Escape", "Control characters are escaped.")
    shown.append("escape\x1b[2J")
    markers["escape\x1b[2J"] = "Control characters are escaped."
    expected["escape\\x1b[2J/lesson.md"] = "should be named with lower-case letters"
    return expected


def _write_outside(outside: Path, root: Path) -> None:
    """The files the pack points at, and the links that point at them."""
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.png").write_bytes(_png_header(4, 4))
    (outside / "shapes.svg").write_text(_svg("<rect id='s' width='4' height='4'/>"), encoding="utf-8")
    (outside / "lesson.md").write_text("---\ntitle: Stolen\n---\nSTOLEN TEXT\n", encoding="utf-8")
    (outside / "quiz.md").write_text("## STOLEN {#s}\n- [x] a\n- [ ] b\n", encoding="utf-8")
    (outside / "folder" / "lesson.md").write_text("---\ntitle: Stolen\n---\nSTOLEN\n", encoding="utf-8")
    (outside / "outside.png").write_bytes(b"\x89PNG")
    os.symlink(outside / "outside.png", root / "symlink" / "link.png")
    os.symlink(outside / "quiz.md", root / "linked-quiz" / "quiz.md")
    (root / "linked-lesson").mkdir()
    os.symlink(outside / "lesson.md", root / "linked-lesson" / "lesson.md")
    os.symlink(outside / "folder", root / "linked-folder")


def _cases(test_name: str) -> list[object]:
    test = getattr(test_hostile, test_name)
    for mark in test.pytestmark:
        if mark.name == "parametrize":
            return list(mark.args[1])
    raise LookupError(f"{test_name} has no parametrize list")


def _lesson(title: str, body: str) -> str:
    return f"---\ntitle: {title}\nminutes: 1\n---\n{body}\n"


def write_hostile_pack(root: Path) -> HostilePack:
    files: dict[str, str | bytes] = {}
    shown: list[str] = ["good"]
    markers: dict[str, str] = {"good": "A safe page about passwords."}
    files["good/lesson.md"] = _lesson("Good lesson", "# Safe\n\nA safe page about passwords.")
    files["good/quiz.md"] = GOOD_QUIZ
    for i, markdown in enumerate(_cases("test_active_and_remote_content_is_removed_and_reported")):
        lesson_id = f"active-{i:02d}"
        marker = f"Safe sentence number {i} stays."
        files[f"{lesson_id}/lesson.md"] = _lesson(f"Active {i}", f"{marker}\n\n{markdown}\n")
        files[f"{lesson_id}/images/ok.svg"] = (
            "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>"
        )
        shown.append(lesson_id)
        markers[lesson_id] = marker
    for i, (src, _why) in enumerate(_cases("test_escaping_and_missing_image_paths")):  # type: ignore[misc]
        lesson_id = f"path-{i:02d}"
        marker = f"Picture case {i} keeps its words."
        files[f"{lesson_id}/lesson.md"] = _lesson(f"Path {i}", f"{marker}\n\n![alt]({src})\n")
        files[f"{lesson_id}/notes.txt"] = "not a picture"
        shown.append(lesson_id)
        markers[lesson_id] = marker
    files["symlink/lesson.md"] = _lesson("Symlink", "The link stays out.\n\n![alt](link.png)")
    shown.append("symlink")
    markers["symlink"] = "The link stays out."
    files["yaml-tag/lesson.md"] = "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nbody\n"
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        levels.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    files["laughs/lesson.md"] = "---\ntitle: T\n" + "\n".join(levels) + "\n---\nbody\n"
    files["huge/lesson.md"] = "---\ntitle: T\n---\n"
    files["binary/lesson.md"] = bytes(range(256)) * 40
    nested = "\n".join("    " * i + "- level" for i in range(250))
    files["nested/lesson.md"] = _lesson("Nested", f"Deep but fine.\n\n{nested}\n\n---\n\n{'>' * 2000} deep")
    shown.append("nested")
    markers["nested"] = "Deep but fine."
    files["big-image/lesson.md"] = _lesson("Big image", "Too big to draw.\n\n![big](big.png)")
    shown.append("big-image")
    markers["big-image"] = "Too big to draw."
    files["hostile-quiz/lesson.md"] = _lesson("Hostile quiz", "The quiz is tamed.")
    files["hostile-quiz/quiz.md"] = (
        "## <script>alert(1)</script> Pick one {#q}\n- [x] <img src=x onerror=alert(1)> yes\n"
        "- [ ] [a](javascript:x)\n  > <iframe src='http://e'></iframe>\n> ![t](http://e/x.png)\n"
    )
    shown.append("hostile-quiz")
    markers["hostile-quiz"] = "The quiz is tamed."
    outside = root.parent / f"{root.name}-outside"
    expected = _issue_15_cases(files, shown, markers, outside)
    files["pack.yaml"] = (
        f"title:\n  en: Hostile <b>booth</b> <img src='{outside}/secret.png'>\n"
        f"default_language: en\nlanguages: [en]\ntips:\n  en: ['<img src={outside}/secret.png> tip']\n"
    )
    expected["pack.yaml"] = "holds HTML markup"

    write_files(root, files)
    _write_outside(outside, root)
    with (root / "huge" / "lesson.md").open("ab") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    with (root / "big-image" / "big.png").open("wb") as fh:
        fh.truncate(11 * 1024 * 1024)
    refused = ("yaml-tag", "laughs", "huge", "binary", "linked-lesson", "linked-folder")
    return HostilePack(root, tuple(shown), refused, markers, outside, expected)
