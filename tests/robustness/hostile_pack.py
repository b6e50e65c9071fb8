"""Writes every case of the content engine's hostile suite (tests/content/test_hostile.py) into one pack.

The Markdown and picture-path cases are read from that suite's own parametrize lists, so a case added
there lands here too; the file-level cases (YAML tags, billion laughs, huge and binary files, deep
nesting, a hostile quiz) are written the way that suite writes them. One good lesson with a quiz sits
beside them, so the kiosk has something safe to show.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tests.content import test_hostile
from tests.content.conftest import write_files

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
    files["pack.yaml"] = "title:\n  en: Hostile booth\ndefault_language: en\nlanguages: [en]\n"

    write_files(root, files)
    outside = root.parent / f"{root.name}-outside.png"
    outside.write_bytes(b"\x89PNG")
    os.symlink(outside, root / "symlink" / "link.png")
    with (root / "huge" / "lesson.md").open("ab") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    with (root / "big-image" / "big.png").open("wb") as fh:
        fh.truncate(11 * 1024 * 1024)
    refused = ("yaml-tag", "laughs", "huge", "binary")
    return HostilePack(root, tuple(shown), refused, markers)
