"""``kiosk check [DIR]``: compiler-style diagnostics for a lesson pack; exit status 1 on any error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check",
        help="check a lesson pack and list its problems as file:line: message",
        description="Check a lesson pack. Prints 'path:line: error|warning: message' per problem; "
        "exits 1 when there is an error.",
    )
    parser.add_argument("folder", nargs="?", type=Path, help="the lesson pack (default: the bundled lessons)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only the problems, no summary")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk import paths
    from kiosk.content.check import check_pack, lesson_folder_pack
    from kiosk.content.diagnostics import error, printable

    folder = args.folder or paths.default_lessons_dir()
    show_progress = sys.stderr.isatty() and not args.quiet

    def progress(done: int, total: int) -> None:
        if total >= 20 and (done % 10 == 0 or done == total):
            print(f"\rchecking lessons: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    if not folder.exists():
        print(f"kiosk check: {printable(str(folder))}: no such file or folder", file=sys.stderr)
        return 2
    root, only = lesson_folder_pack(folder)
    if not root.is_dir():  # a file, and not a lesson's lesson.md or quiz.md
        print(
            f"kiosk check: {printable(str(folder))}: not a lesson pack, a lesson's folder or its lesson.md "
            "or quiz.md; to turn a question bank into a lesson, use "
            "'kiosk import excel|gift|aiken FILE --out FOLDER'",
            file=sys.stderr,
        )
        return 2
    report = check_pack(root, progress if show_progress else None, only=only)
    errors = report.errors
    for diagnostic in report.diagnostics:
        print(diagnostic)  # control characters escaped (Diagnostic.__str__)
    if report.lessons == 0 and not errors:  # "0 lessons, 0 errors" would read as a pass
        print(
            error(
                root,
                0,
                "no lesson found here: a lesson pack is a folder holding one folder per lesson, "
                "each with a lesson.md",
            )
        )
        errors += 1
    if not args.quiet:
        if report.outcomes:
            print("what visitors see:", file=sys.stderr)
            for outcome in report.outcomes:
                print(f"  {printable(str(outcome))}", file=sys.stderr)
        print(
            f"{printable(str(folder))}: {_count(report.lessons, 'lesson')} in {', '.join(report.languages)}: "
            f"{_count(errors, 'error')}, {_count(report.warnings, 'warning')}",
            file=sys.stderr,
        )
    return 1 if errors else 0


def _count(number: int, noun: str) -> str:
    """``1 error``, ``0 errors``, ``2 errors``."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
