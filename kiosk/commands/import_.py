"""``kiosk import gift|aiken FILE --out lessons/<id>``: turn a Moodle question bank into a lesson folder.

Prints problems as ``file:line: error|warning: message``, then a summary; exits 1 on any error and
writes nothing when the bank has errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help="import Moodle GIFT or Aiken questions into a lesson folder",
        description="Turn a Moodle question bank (GIFT or Aiken text) into a lesson folder with a quiz.md "
        "in the pack's format and a starter lesson.md. Questions the kiosk cannot show are skipped "
        "and listed by line.",
    )
    formats = parser.add_subparsers(dest="import_format", metavar="FORMAT", required=True)
    for name, title in (("gift", "Moodle GIFT"), ("aiken", "Moodle Aiken")):
        fmt = formats.add_parser(name, help=f"import a {title} file", description=f"Import a {title} file.")
        fmt.add_argument("file", type=Path, help=f"the {title} file (UTF-8 text)")
        fmt.add_argument(
            "--out",
            type=Path,
            required=True,
            help="the lesson folder to write, for example lessons/moodle-quiz (its name is the lesson id)",
        )
        fmt.add_argument("--force", action="store_true", help="replace an existing quiz.md")
        fmt.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.content.importers import FORMAT_NAMES, import_file
    from kiosk.content.importers.writer import write_lesson

    report = import_file(args.import_format, args.file)
    for diagnostic in sorted(report.diagnostics + report.skipped_diagnostics(), key=lambda d: d.line):
        print(diagnostic)
    summary = f"{args.file}: {report.summary()}"
    if not report.ok:
        print(f"{summary}; nothing written", file=sys.stderr)
        return 1
    if not report.questions:
        print(f"{args.file}:0: error: no question could be imported", file=sys.stderr)
        print(f"{summary}; nothing written", file=sys.stderr)
        return 1
    result = write_lesson(report, args.out, FORMAT_NAMES[args.import_format], force=args.force)
    for diagnostic in result.diagnostics:
        print(diagnostic)
    if not result.written:
        print(f"{summary}; nothing written", file=sys.stderr)
        return 1
    print(f"{summary}; wrote {', '.join(str(p) for p in result.written)}", file=sys.stderr)
    return 1 if any(d.is_error for d in result.diagnostics) else 0
