"""``kiosk import gift|aiken FILE --out DIR``: output, exit status, refusal to overwrite, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.check import check_pack

from .helpers import DATA


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["import", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_gift_import_writes_a_lesson_that_passes_check(tmp_path, capsys):
    out_dir = tmp_path / "pack" / "grants-tomb"
    status, out, err = run(capsys, "gift", str(DATA / "moodle_docs.gift"), "--out", str(out_dir))
    assert status == 0
    assert f"{DATA / 'moodle_docs.gift'}:16: warning: skipped short answer question" in out
    assert f"{DATA / 'moodle_docs.gift'}:30: warning: skipped essay question" in out
    assert (
        "10 imported, 4 skipped: 4 of a kind the kiosk cannot show (lines 16, 19, 27, 30); read as UTF-8; wrote"
        in err
    )
    assert (out_dir / "quiz.md").is_file() and (out_dir / "lesson.md").is_file()
    report = check_pack(tmp_path / "pack")
    # the bank's "{=right ~wrong}" question has two choices: a quiz-quality warning, nothing else
    assert [d.message.split(",")[0] for d in report.diagnostics] == [
        "question 'what-s-the-answer-to-this-question' has only two choices"
    ]


def test_aiken_import(tmp_path, capsys):
    status, _, err = run(capsys, "aiken", str(DATA / "moodle_docs.aiken"), "--out", str(tmp_path / "lms"))
    assert status == 0
    assert "2 imported, 0 skipped; read as UTF-8" in err
    text = (tmp_path / "lms" / "quiz.md").read_text(encoding="utf-8")
    assert (
        "## What is the correct answer to this question? {#what-is-the-correct-answer-to-this-quest}" in text
    )
    assert "- [x] Must be this one!" in text


def test_existing_quiz_is_kept_unless_forced(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_text("Q {~a =b}\n", encoding="utf-8")
    out_dir = tmp_path / "bank"
    assert run(capsys, "gift", str(source), "--out", str(out_dir))[0] == 0
    status, out, err = run(capsys, "gift", str(source), "--out", str(out_dir))
    assert status == 1
    assert f"{out_dir / 'quiz.md'}: error: already exists; add --force to replace it" in out
    assert "nothing written" in err
    assert run(capsys, "gift", str(source), "--out", str(out_dir), "--force")[0] == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Q {~a =b\n", "bank.gift:1: error: '{' is never closed with '}'"),
        (b"Q {~a ~b}\n", "bank.gift:1: error: no right answer"),
        (b"Only an essay {}\n", "bank.gift: error: no question could be imported"),
    ],
)
def test_bad_banks_exit_1_with_a_message_and_write_nothing(tmp_path, capsys, content, expected):
    source = tmp_path / "bank.gift"
    source.write_bytes(content)
    status, out, err = run(capsys, "gift", str(source), "--out", str(tmp_path / "bank"))
    assert status == 1
    assert expected in (out + err).replace(str(tmp_path) + "/", "")
    assert "Traceback" not in out + err
    assert not (tmp_path / "bank").exists()


def test_missing_file_is_an_error_not_a_traceback(tmp_path, capsys):
    status, out, _ = run(capsys, "gift", str(tmp_path / "nope.gift"), "--out", str(tmp_path / "x"))
    assert status == 1
    assert "nope.gift: error: cannot read the file" in out


def test_a_file_that_cannot_be_read_is_not_counted_as_a_broken_question_at_line_0(tmp_path, capsys):
    # A teacher reading "1 broken (line 0)" looks for a line 0 that is not there.
    for kind, name in (("gift", "nope.gift"), ("excel", "nope.xlsx")):
        status, out, err = run(capsys, kind, str(tmp_path / name), "--out", str(tmp_path / "x"))
        assert status == 1
        assert out == f"{tmp_path / name}: error: cannot read the file: No such file or directory\n"
        assert err == f"{tmp_path / name}: nothing imported; nothing written\n"


@pytest.mark.parametrize("kind", ["gift", "aiken"])
def test_a_workbook_given_as_text_says_to_import_it_as_excel(tmp_path, capsys, kind):
    import openpyxl

    source = tmp_path / "题库.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["题型", "题干", "选项A", "选项B", "答案"])
    workbook.save(source)
    status, out, _ = run(capsys, kind, str(source), "--out", str(tmp_path / "bank"))
    assert status == 1
    assert out == (
        f"{source}: error: this is an Excel workbook, not {kind.upper() if kind == 'gift' else 'Aiken'} "
        f"text: import it with 'kiosk import excel {source} --out ...'\n"
    )


def test_out_is_required(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "gift", "bank.gift"])
    assert exit_info.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_stray_text_outside_braces_is_just_text(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_text("2 + 2 = 4 {T}\n", encoding="utf-8")
    assert run(capsys, "gift", str(source), "--out", str(tmp_path / "sums"))[0] == 0
    assert "## 2 + 2 = 4 {#2-2-4}" in Path(tmp_path / "sums" / "quiz.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("marker", ["pack.yaml", "passwords/lesson.md"])
def test_out_naming_the_pack_itself_is_refused(tmp_path, capsys, marker):
    # "--out lessons" wrote quiz.md and lesson.md into the pack's own folder, after which 'kiosk check
    # lessons' took the whole pack for that one lesson and checked none of the others.
    pack = tmp_path / "lessons"
    (pack / marker).parent.mkdir(parents=True, exist_ok=True)
    (pack / marker).write_text(
        "---\ntitle: P\n---\nText.\n" if marker.endswith(".md") else "title: X\n", "utf-8"
    )
    source = tmp_path / "bank.gift"
    source.write_text("Q {~a =b ~c}\n", encoding="utf-8")
    status, out, err = run(capsys, "gift", str(source), "--out", str(pack))
    assert status == 1
    assert out == (
        f"{pack}: error: this is a lesson pack, not a lesson's folder: --out names the new lesson's own "
        f"folder inside it, like {pack / 'bank'}\n"
    )
    assert not (pack / "quiz.md").exists() and not (pack / "lesson.md").exists()
