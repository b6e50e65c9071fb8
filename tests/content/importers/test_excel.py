"""``kiosk import excel``: the common Chinese and English templates, loose header names, true/false
rows as the true/false kind, and each bad row reported by sheet and row. Workbooks are built here."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kiosk.cli import main
from kiosk.content.check import check_pack
from kiosk.content.importers import import_file

from .helpers import choices

ZH_HEADER = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "答案", "解析"]


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_chinese_template(tmp_path):
    source = workbook(
        tmp_path / "题库.xlsx",
        {
            "密码安全": [
                ZH_HEADER,
                [
                    "单选题",
                    "哪个密码最安全？",
                    "123456",
                    "password",
                    "生日",
                    "一句长的口令短语",
                    None,
                    None,
                    "D",
                    "越长越好",
                ],
                [
                    "多选题",
                    "钓鱼邮件常见的特征有哪些？",
                    "制造紧迫感",
                    "要求点击链接登录",
                    "来自同事的正常通知",
                    None,
                    None,
                    None,
                    "AB",
                    "",
                ],
                [
                    "判断题",
                    "所有网站使用同一个密码是安全的。",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    "错误",
                    "一处泄露，处处危险",
                ],
                ["判断题", "开启双重验证可以保护账户。", None, None, None, None, None, None, "√", None],
                ["判断题", "公共Wi-Fi可以放心网购。", "对", "错", None, None, None, None, "B", None],
            ]
        },
    )
    report = import_file("excel", source)
    assert report.ok, report.diagnostics
    single, multiple, tf1, tf2, tf3 = report.questions
    assert (single.kind, single.line) == ("single", 2)
    assert choices(single)[3] == ("一句长的口令短语", True, "")
    assert single.explanation.text == "越长越好"
    assert multiple.kind == "multiple"
    assert [c.correct for c in multiple.choices] == [True, True, False]
    assert [(q.kind, [c.correct for c in q.choices]) for q in (tf1, tf2, tf3)] == [
        ("true_false", [False, True]),
        ("true_false", [True, False]),
        ("true_false", [False, True]),
    ]
    assert report.categories == ("密码安全",)


def test_english_template_with_loose_headers(tmp_path):
    header = [
        "  TYPE ",
        "Question（required）",
        "option a",
        "Option_B",
        "ＯＰＴＩＯＮ Ｃ",
        "Answer",
        "Explanation",
    ]
    source = workbook(
        tmp_path / "bank.xlsx",
        {
            "Sheet1": [
                ["Awareness week question bank"],
                header,
                [
                    "Single",
                    "Which link is safe?",
                    "http://bank.example",
                    "https://bank.example",
                    "none",
                    "b",
                    "",
                ],
                ["Multiple", "Signs of a scam?", "urgency", "a prize", "your name", "A, B", "Both"],
                ["True/False", "HTTPS means the site is honest.", None, None, None, "FALSE", ""],
                ["Multiple choice", "Best PIN?", "1234", "0000", "7392", "C．", ""],
                ["", "Is a long passphrase strong?", None, None, None, True, ""],
            ]
        },
    )
    report = import_file("excel", source)
    assert report.ok, report.diagnostics
    assert [(q.kind, q.line) for q in report.questions] == [
        ("single", 3),
        ("multiple", 4),
        ("true_false", 5),
        ("single", 6),
        ("true_false", 7),
    ]
    assert [c.correct for c in report.questions[0].choices] == [False, True, False]
    assert report.categories == ()  # "Sheet1" is no lesson title


def test_each_bad_row_is_reported_by_sheet_and_row_and_the_rest_import(tmp_path):
    source = workbook(
        tmp_path / "bank.xlsx",
        {
            "第一章": [
                ZH_HEADER,
                ["单选题", "", "a", "b", None, None, None, None, "A", None],
                ["单选题", "两个答案？", "a", "b", None, None, None, None, "AB", None],
                ["单选题", "选项缺失", "a", "b", None, None, None, None, "D", None],
                ["多选题", "中间空了", "a", None, "c", None, None, None, "AC", None],
                ["判断题", "判断", None, None, None, None, None, None, "也许", None],
                ["填空题", "填空____", None, None, None, None, None, None, "密码", None],
                ["单选题", "好的题目", "a", "b", None, None, None, None, "A", None],
            ],
            "Notes": [["nothing here"]],
        },
    )
    report = import_file("excel", source)
    assert [str(d).replace(str(tmp_path) + "/", "") for d in report.diagnostics] == [
        "bank.xlsx:2: error: sheet '第一章', row 2: the question (题干) is empty",
        "bank.xlsx:3: error: sheet '第一章', row 3: a single-choice question (单选题) with the answer 'AB': "
        "give one letter, or make it 多选题",
        "bank.xlsx:4: error: sheet '第一章', row 4: the answer 'D' names option D, which is empty",
        "bank.xlsx:5: error: sheet '第一章', row 5: option B is empty but a later option is not: move the "
        "options up so they follow A, B, C",
        "bank.xlsx:6: error: sheet '第一章', row 6: a true/false question (判断题) with the answer '也许': "
        "write 正确 or 错误 (对/错, √/×, True/False)",
        "bank.xlsx: warning: sheet 'Notes' has no header row with a question column (题干 or Question) and an "
        "answer column (答案 or Answer) in its first rows; it was not read",
    ]
    assert [(s.line, s.kind) for s in report.skipped] == [(7, "填空题")]
    assert [q.text.text for q in report.questions] == ["好的题目"]
    assert report.summary() == (
        "1 imported, 6 skipped: 5 broken (lines 2, 3, 4, 5, 6), 1 of a kind the kiosk cannot show (line 7)"
    )


def test_command_writes_a_lesson_that_passes_check(tmp_path, capsys):
    source = workbook(
        tmp_path / "bank.xlsx",
        {
            "Sheet1": [
                ZH_HEADER,
                [
                    "单选题",
                    "哪个密码最安全？",
                    "123456",
                    "一句长的口令短语",
                    None,
                    None,
                    None,
                    None,
                    "B",
                    "越长越好",
                ],
                [
                    "判断题",
                    "所有网站使用同一个密码是安全的。",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    "错",
                    None,
                ],
            ]
        },
    )
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "pack.yaml").write_text("default_language: zh-CN\n", encoding="utf-8")
    status = main(["import", "excel", str(source), "--out", str(tmp_path / "pack" / "passwords")])
    out, err = capsys.readouterr()
    assert status == 0, out + err
    assert "2 imported, 0 skipped; wrote" in err
    quiz = (tmp_path / "pack" / "passwords" / "quiz.md").read_text(encoding="utf-8")
    assert "(Excel)" in quiz
    assert "## 所有网站使用同一个密码是安全的。 {#q02}\nkind: true-false\n\n- [ ] 正确\n- [x] 错误\n" in quiz
    report = check_pack(tmp_path / "pack")
    assert [str(d) for d in report.diagnostics if d.is_error] == []


def test_not_a_workbook_is_a_clear_error(tmp_path, capsys):
    source = tmp_path / "bank.xls"
    source.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    status = main(["import", "excel", str(source), "--out", str(tmp_path / "x")])
    out, err = capsys.readouterr()
    assert status == 1
    assert "the old .xls format cannot be read: open it in Excel or WPS and save it as .xlsx" in out
    assert "Traceback" not in out + err


def test_a_bank_larger_than_one_quiz_becomes_several_lessons(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("kiosk.content.quiz.MAX_QUESTIONS", 2)
    rows = [["判断题", f"Statement {n}", None, None, None, None, None, None, "对", None] for n in range(5)]
    source = workbook(tmp_path / "bank.xlsx", {"Sheet1": [ZH_HEADER, *rows]})
    status = main(["import", "excel", str(source), "--out", str(tmp_path / "pack" / "bank")])
    _, err = capsys.readouterr()
    assert status == 0, err
    assert "5 questions are more than one quiz holds (2); writing 3 lessons, bank-01 to bank-03" in err
    written = sorted(p.parent.name for p in (tmp_path / "pack").glob("*/quiz.md"))
    assert written == ["bank-01", "bank-02", "bank-03"]
    third = (tmp_path / "pack" / "bank-03" / "quiz.md").read_text(encoding="utf-8")
    assert "## Statement 4 {#statement-4}" in third and "Statement 3" not in third
    assert [str(d) for d in check_pack(tmp_path / "pack").diagnostics if d.is_error] == []


def test_option_columns_named_a_xuanxiang_and_answers_with_separators(tmp_path):
    header = ["题目", "A选项", "B选项", "C选项", "正确答案"]
    rows = [header, ["哪些是好习惯？", "更新系统", "共用密码", "备份数据", "A、C"]]
    report = import_file("excel", workbook(tmp_path / "bank.xlsx", {"Sheet1": rows}))
    assert report.ok, report.diagnostics
    (question,) = report.questions
    assert question.kind == "multiple"
    assert [c.correct for c in question.choices] == [True, False, True]


def test_dates_and_times_excel_made_of_typed_options_read_as_written(tmp_path):
    # Excel turns an option typed "9月1日" or "8:30" into a date or time cell; "2025-09-01T00:00:00"
    # is not what the teacher typed or a visitor should read.
    import datetime

    source = workbook(
        tmp_path / "bank.xlsx",
        {
            "Sheet1": [
                ZH_HEADER,
                [
                    "单选题",
                    "《网络安全法》哪天起施行？",
                    datetime.datetime(2017, 6, 1),
                    datetime.datetime(2016, 11, 7),
                    datetime.datetime(2017, 6, 1, 9, 30),
                    datetime.time(8, 30),
                    None,
                    None,
                    "A",
                    None,
                ],
            ]
        },
    )
    report = import_file("excel", source)
    assert report.ok, report.diagnostics
    assert [c.text.text for c in report.questions[0].choices] == [
        "2017-06-01",
        "2016-11-07",
        "2017-06-01 09:30",
        "08:30",
    ]


def test_options_numbered_1_to_6_or_一_to_六_are_options_a_to_f(tmp_path):
    rows = [["单选题", "哪个最安全？", "123456", "password", "生日", "长口令", "D", "越长越好"]]
    for header in (
        ["题型", "题目", "选项一", "选项二", "选项三", "选项四", "答案", "解析"],
        ["Type", "Question", "Option 1", "Option 2", "Option 3", "Option 4", "Answer", "Explanation"],
    ):
        source = workbook(tmp_path / "bank.xlsx", {"Sheet1": [header, *rows]})
        report = import_file("excel", source)
        assert report.ok, report.diagnostics
        assert choices(report.questions[0]) == [
            ("123456", False, ""),
            ("password", False, ""),
            ("生日", False, ""),
            ("长口令", True, ""),
        ]


def test_a_header_with_no_option_columns_is_named_before_its_rows_are_blamed(tmp_path):
    # Option columns the import did not recognise made every row "the answer 'D' names option D,
    # which is empty", though the teacher filled option D in.
    source = workbook(
        tmp_path / "bank.xlsx",
        {
            "第一章": [
                ["题型", "题目", "甲", "乙", "丙", "丁", "答案"],
                ["单选题", "哪个最安全？", "123456", "password", "生日", "长口令", "D"],
                ["判断题", "密码越长越好。", None, None, None, None, "对"],
            ]
        },
    )
    report = import_file("excel", source)
    assert [str(d) for d in report.diagnostics][0] == (
        f"{source}:1: warning: sheet '第一章': the header row has no option columns (选项A … 选项F, "
        "Option A … F, or A … F), so only true/false rows can be read; the columns not understood: "
        "甲, 乙, 丙, 丁"
    )
    assert len(report.questions) == 1 and report.questions[0].kind == "true_false"
