"""``kiosk import gift|aiken|excel FILE --out lessons/<id>``: turn a question bank into a lesson folder.

Prints problems as ``file:line: error|warning: message``, then a summary (``48 imported, 4 skipped``).
Like Moodle, the good questions are written even when some are broken; the exit status is 1 when any
question was broken or nothing could be written, so scripts still notice.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.importers.model import ImportReport

_FORMATS = (
    ("gift", "Moodle GIFT", "text; UTF-8, UTF-16 or GB18030/GBK, detected"),
    ("aiken", "Moodle Aiken", "text; UTF-8, UTF-16 or GB18030/GBK, detected"),
    ("excel", "Excel question bank", ".xlsx, columns 题型 题干 选项A..F 答案 解析 or Type Question ..."),
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help="import a Moodle GIFT or Aiken file or an Excel question bank into a lesson folder",
        description="Turn a question bank (Moodle GIFT or Aiken text, or an Excel workbook) into a lesson "
        "folder with a quiz.md in the pack's format and a starter lesson.md. Broken questions and "
        "questions the kiosk cannot show are skipped and listed by line; the others are written.",
    )
    formats = parser.add_subparsers(dest="import_format", metavar="FORMAT", required=True)
    for name, title, what in _FORMATS:
        fmt = formats.add_parser(name, help=f"import a {title} file", description=f"Import a {title} file.")
        fmt.add_argument("file", type=Path, help=f"the {title} file ({what})")
        fmt.add_argument(
            "--out",
            type=Path,
            required=True,
            help="the lesson folder to write, for example lessons/moodle-quiz (its name is the lesson id)",
        )
        fmt.add_argument(
            "--language",
            metavar="CODE",
            help="the language of the questions (en, zh-CN, fr, ru...), for the words of true/false "
            "choices; by default the pack's default_language",
        )
        if name != "excel":
            fmt.add_argument(
                "--encoding",
                metavar="CODEC",
                help="read the file in this encoding (utf-8, gb18030, cp1252...) instead of detecting it",
            )
        fmt.add_argument("--force", action="store_true", help="replace an existing quiz.md")
        fmt.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.content.importers import FORMAT_NAMES, import_file
    from kiosk.content.importers.writer import write_lesson
    from kiosk.content.quiz import MAX_QUESTIONS

    report = import_file(args.import_format, args.file, getattr(args, "encoding", None))
    for diagnostic in sorted(report.diagnostics + report.skipped_diagnostics(), key=lambda d: d.line):
        print(diagnostic)
    summary = f"{args.file}: {report.summary()}"
    if not report.questions:
        if report.unreadable:  # its error above says why; there are no questions to count
            print(f"{args.file}: nothing imported; nothing written", file=sys.stderr)
            return 1
        print(f"{args.file}: error: no question could be imported", file=sys.stderr)
        print(f"{summary}; nothing written", file=sys.stderr)
        return 1
    parts = split_lessons(report, args.out)
    if len(parts) > 1:
        print(
            f"{args.file}: {len(report.questions)} questions are more than one quiz holds ({MAX_QUESTIONS}); "
            f"writing {len(parts)} lessons, {parts[0][0].name} to {parts[-1][0].name}",
            file=sys.stderr,
        )
    written: list[Path] = []
    failed = False
    for folder, part in parts:
        result = write_lesson(
            part, folder, FORMAT_NAMES[args.import_format], force=args.force, language=args.language
        )
        for diagnostic in result.diagnostics:
            print(diagnostic)
        written += result.written
        failed = failed or not result.written or any(d.is_error for d in result.diagnostics)
    if not written:
        print(f"{summary}; nothing written", file=sys.stderr)
        return 1
    shown = ", ".join(str(p) for p in written[:4]) + (
        f" and {len(written) - 4} more" if len(written) > 4 else ""
    )
    print(f"{summary}; wrote {shown}", file=sys.stderr)
    if not report.ok:
        print(f"{args.file}: fix the broken questions above and import again with --force", file=sys.stderr)
    return 1 if not report.ok or failed else 0


def split_lessons(report: ImportReport, out: Path) -> list[tuple[Path, ImportReport]]:
    """The lesson folders to write: ``out`` itself, or ``out-01``, ``out-02``... holding at most the
    questions one quiz may have each, in the bank's order."""
    from dataclasses import replace

    from kiosk.content.quiz import MAX_QUESTIONS

    questions = report.questions
    if len(questions) <= MAX_QUESTIONS:
        return [(out, report)]
    chunks = [questions[i : i + MAX_QUESTIONS] for i in range(0, len(questions), MAX_QUESTIONS)]
    width = max(2, len(str(len(chunks))))
    return [
        (out.with_name(f"{out.name}-{n:0{width}d}"), replace(report, questions=chunk))
        for n, chunk in enumerate(chunks, start=1)
    ]
