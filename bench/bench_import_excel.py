"""Importing a large Excel question bank: ``kiosk import excel`` of 5,000 rows, target under 10 s.

    .venv/bin/python bench/bench_import_excel.py              # 5,000 rows, 5 runs, median reported
    .venv/bin/python bench/bench_import_excel.py --rows 20000 --runs 3

The workbook is built first (not timed) with openpyxl in the common Chinese template: single-choice,
multiple-choice and true/false rows in turn, with explanations. Each run is the whole command in a
fresh process (``python -m kiosk.cli import excel ... --out ...``): interpreter start, reading the
workbook in read-only mode, building the quizzes (a quiz holds at most 200 questions, so 5,000 rows
make 25 lessons), reading each back with the pack's own parser and writing them. The baseline in the same run is the bare reading of the workbook's cells with openpyxl read-only,
so the ratio shows what the import adds to just reading the file.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

HEADER = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析"]


def build(path: Path, rows: int) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("题库")
    sheet.append(HEADER)
    for n in range(rows):
        if n % 3 == 0:
            sheet.append(
                [
                    "单选题",
                    f"第{n}题：哪个密码最安全？",
                    "123456",
                    "password",
                    f"生日{n}",
                    "长口令短语",
                    "D",
                    "越长越好",
                ]
            )
        elif n % 3 == 1:
            sheet.append(
                [
                    "多选题",
                    f"第{n}题：钓鱼邮件的特征？",
                    "紧迫感",
                    "要求点链接",
                    f"正常通知{n}",
                    None,
                    "AB",
                    "",
                ]
            )
        else:
            sheet.append(
                [
                    "判断题",
                    f"第{n}题：所有网站用同一个密码是安全的。",
                    None,
                    None,
                    None,
                    None,
                    "错误",
                    "一处泄露，处处危险",
                ]
            )
    book.save(path)


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bank.xlsx"
        build(source, args.rows)
        read_only = [
            sys.executable,
            "-c",
            "import sys, openpyxl; b = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True); "
            "[r for s in b.worksheets for r in s.iter_rows(values_only=True)]",
            str(source),
        ]
        imports, reads = [], []
        for run in range(args.runs):
            out = Path(tmp) / "pack" / f"bank-{run}"
            imports.append(
                timed([sys.executable, "-m", "kiosk.cli", "import", "excel", str(source), "--out", str(out)])
            )
            reads.append(timed(read_only))
        quizzes = sorted((Path(tmp) / "pack").glob("bank-0*/quiz.md"))
        asked = sum(q.read_text(encoding="utf-8").count("\n## ") for q in quizzes)
        assert asked == args.rows, f"every row became a question ({asked} of {args.rows})"
    imp, base = statistics.median(imports), statistics.median(reads)
    print(f"{args.rows} rows, {args.runs} runs, median")
    print(f"  kiosk import excel         {imp:6.2f} s   (min {min(imports):.2f}, max {max(imports):.2f})")
    print(f"  openpyxl read-only, bare   {base:6.2f} s")
    print(
        f"  ratio import / bare read   {imp / base:6.2f}x   target: import under 10 s -> {'met' if imp < 10 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
