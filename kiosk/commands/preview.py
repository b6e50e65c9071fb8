"""``kiosk preview DIR [--lesson ID]``: a window showing a lesson as visitors see it, read again on each save.

For authors: a normal window (never kiosk mode) beside their editor. It records nothing: no results
database is opened, no snapshot or setting is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

SIZE_NAMES = ("landscape", "landscape-720", "small", "portrait")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "preview",
        help="show a lesson as visitors see it, read again whenever a file is saved",
        description="Open a window showing a lesson of the pack as visitors see it, with the problems "
        "'kiosk check' finds in it. The lesson is read again within a second of each saved change. "
        "Nothing is recorded.",
    )
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        help="the lesson pack, or one lesson's folder (default: the bundled lessons)",
    )
    parser.add_argument("--lesson", metavar="ID", help="the lesson to show first (default: the first lesson)")
    parser.add_argument("--language", metavar="CODE", help="the language to show first, e.g. zh-CN")
    parser.add_argument(
        "--size",
        choices=SIZE_NAMES,
        default="landscape",
        help="the screen to show it on (default: landscape)",
    )
    parser.add_argument(
        "--picture", type=Path, metavar="FILE.png", help="save a picture of the preview window and exit"
    )
    parser.set_defaults(func=run)


def open_window(args: argparse.Namespace):  # noqa: ANN201 (a PreviewWindow: Qt is imported only here)
    from kiosk import app as kiosk_app
    from kiosk import paths
    from kiosk.content.check import lesson_folder_pack
    from kiosk.ui import fonts
    from kiosk.ui.preview.window import open_preview

    root, only = lesson_folder_pack(args.folder or paths.default_lessons_dir())
    kiosk_app.application()
    fonts.register_bundled_fonts()
    return open_preview(root, args.lesson or only, args.language, args.size)


def _no_such_lesson(args: argparse.Namespace) -> str | None:
    """The message for a ``--lesson`` the pack does not have (it would open the first lesson), else None."""
    import difflib

    from kiosk import paths
    from kiosk.content.check import lesson_folder_pack
    from kiosk.content.loader import load_pack

    root, _ = lesson_folder_pack(args.folder or paths.default_lessons_dir())
    if args.lesson is None or (root / args.lesson / "lesson.md").is_file():
        return None  # a lesson folder, even one whose front matter the preview must show as broken
    ids = [entry.id for entry in load_pack(root).lessons]
    close = difflib.get_close_matches(args.lesson, ids, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    listed = ", ".join(ids[:30]) + (f" and {len(ids) - 30} more" if len(ids) > 30 else "") if ids else "none"
    return f"{root} has no lesson {args.lesson!r}{hint}; its lessons: {listed}"


def run(args: argparse.Namespace) -> int:
    folder = args.folder
    if folder is not None and not folder.exists():
        print(f"kiosk preview: {folder}: no such folder", file=sys.stderr)
        return 2
    unknown = _no_such_lesson(args)
    if unknown:
        print(f"kiosk preview: {unknown}", file=sys.stderr)
        return 2
    from kiosk.ui.preview.window import show_until_closed

    window = open_window(args)
    status = show_until_closed(window, args.picture)
    if args.picture is not None:
        print(f"kiosk preview: saved {args.picture}")
    return status
