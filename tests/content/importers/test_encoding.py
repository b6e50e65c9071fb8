"""Question banks in the encodings teachers' editors save: detected, and named in the summary."""

from __future__ import annotations

import pytest

from kiosk.cli import main
from kiosk.content.importers import import_file

BANK = (
    "::钓鱼邮件::收到一封自称银行的邮件，要求点击链接重新登录账户，你应该怎么做？\n"
    "{\n=不点击链接，直接打开银行的官方网站或拨打官方电话核实\n~立即点击链接并输入密码\n"
    "~把邮件转发给朋友询问意见后再登录\n}\n\n"
    "::弱口令::使用生日作为所有网站的密码是安全的做法。{F}\n\n"
    "::双重验证::开启双重验证可以在密码泄露后仍然保护账户安全。{T}\n"
)


@pytest.mark.parametrize(
    ("codec", "data_name"),
    [
        ("gbk", "GB18030"),
        ("gb18030", "GB18030"),
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 with BOM"),
        ("utf-16", "UTF-16"),
    ],
)
def test_bank_encodings_are_detected_and_named(tmp_path, codec, data_name):
    source = tmp_path / "bank.gift"
    source.write_bytes(BANK.replace("\n", "\r\n").encode(codec))
    report = import_file("gift", source)
    assert report.ok, report.diagnostics
    assert report.encoding == data_name
    assert [q.title for q in report.questions] == ["钓鱼邮件", "弱口令", "双重验证"]
    assert report.questions[0].choices[0].text.text.startswith("不点击链接")


def test_gbk_bank_through_the_command_says_which_encoding(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_bytes(BANK.encode("gbk"))
    status = main(["import", "gift", str(source), "--out", str(tmp_path / "pack" / "phishing")])
    _, err = capsys.readouterr()
    assert status == 0
    assert "3 imported, 0 skipped; read as GB18030; wrote" in err
    quiz = (tmp_path / "pack" / "phishing" / "quiz.md").read_text(encoding="utf-8")
    assert "## 收到一封自称银行的邮件" in quiz
    assert "{#q01}" in quiz and "{#q03}" in quiz


def test_latin1_aiken_bank_is_read(tmp_path):
    source = tmp_path / "bank.txt"
    source.write_bytes(
        "Qu'est-ce qu'un hameçonnage réussi exige ?\nA. Une victime crédule\nB. Rien\nANSWER: A\n".encode(
            "cp1252"
        )
    )
    report = import_file("aiken", source)
    assert report.ok, report.diagnostics
    assert report.questions[0].text.text.startswith("Qu'est-ce qu'un hameçonnage")


@pytest.mark.parametrize(
    ("text", "codec", "name"),
    [
        ("café {T}\n", "cp1252", "CP1252"),
        ("Optimización de contraseñas {T}\n", "cp1252", "CP1252"),
        ("Ceci est très sûr ? {T}\n", "latin-1", "CP1252"),
        ("Это правда? {T}\n", "cp1251", "CP1251"),
        ("Zażółć gęślą jaźń {T}\n", "cp1250", "CP1250"),
        ("密码 {T}\n", "gbk", "GB18030"),
        ("二維碼可以隨便掃嗎 {F}\n", "big5", "BIG5"),
        ("Is it safe? {T}\n\nCeci est très sûr ? {T}\n", "utf-16-le", "UTF-16-LE"),
    ],
)
def test_short_files_in_common_code_pages_are_read_right(tmp_path, text, codec, name):
    """Short files are where statistical detection guesses wildly (café as Urdu, 密码 as Big5)."""
    source = tmp_path / "bank.gift"
    source.write_bytes(text.encode(codec))
    report = import_file("gift", source)
    assert report.encoding == name
    assert [q.text.text for q in report.questions] == [
        line.split(" {")[0] for line in text.splitlines() if line
    ]


def test_encoding_option_overrides_detection(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_bytes("Größe {T}\n".encode("cp1252"))
    out_dir = tmp_path / "pack" / "latin"
    status = main(["import", "gift", str(source), "--out", str(out_dir), "--encoding", "latin-1"])
    _, err = capsys.readouterr()
    assert status == 0
    assert "1 imported, 0 skipped; read as ISO8859-1" in err
    assert "## Größe" in (out_dir / "quiz.md").read_text(encoding="utf-8")


def test_encoding_option_that_does_not_fit_names_the_line(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_bytes(b"Q {T}\n\nGr\xf6\xdfe {T}\n")
    status = main(["import", "gift", str(source), "--out", str(tmp_path / "x"), "--encoding", "utf-8"])
    out, _ = capsys.readouterr()
    assert status == 1
    assert f"{source}:3: error: this line is not valid utf-8 (byte 0xf6)" in out
    status = main(["import", "gift", str(source), "--out", str(tmp_path / "x"), "--encoding", "klingon"])
    out, _ = capsys.readouterr()
    assert status == 1
    assert "'klingon' is not a text encoding Python knows" in out
