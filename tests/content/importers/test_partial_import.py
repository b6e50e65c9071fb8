"""Imports go on past broken questions (as Moodle's do): the good ones are written, each broken one is
reported with its line and likely cause, the command prints counts and exits 1. Fixtures are written
in the styles found in real banks: CRLF, blank lines inside braces, ``$CATEGORY`` without a blank line,
HTML answers, questions over several lines."""

from __future__ import annotations

from kiosk.cli import main
from kiosk.content.check import check_pack
from tests.support.peers import peer_folder

from .helpers import gift, messages

WILD = "\r\n".join(
    [
        "// exported by hand from a school's bank",
        "$CATEGORY: $course$/Passwords",
        "::Strong password::Which password is the strongest?",
        "{",
        "    =[html]<b>correct-horse-battery-staple</b>",
        "",
        "    ~Password1",
        "    ~[html]qwerty<br>",
        "}",
        "",
        "::Reuse::Reusing one password on many sites",
        "is safe if the password is long.",
        "{",
        "FALSE",
        "}",
        "",
        "::Broken equals::Which sum is right? {=1+1=2 ~1+1=3 ~none}",
        "",
        "::Two in one::Is 2FA useful? {T}",
        "::Next::Is a PIN a password? {T}",
        "",
        "::Unclosed::Pick one {=a ~b",
        "",
        "::Phishing::[html]A <i>phishing</i> mail often...",
        "{",
        "~%50%creates urgency",
        "~%50%asks you to log in through a link",
        "~%-100%comes from your bank's real address",
        "}",
        "",
    ]
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["import", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_wild_bank_imports_the_good_questions_and_reports_each_broken_one(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_bytes(WILD.encode("utf-8"))
    out_dir = tmp_path / "pack" / "passwords"
    status, out, err = run(capsys, "gift", str(source), "--out", str(out_dir))
    assert status == 1
    assert f"{source}:17: error: '=' inside an answer ('1+1=2')" in out
    assert f"{source}:20: error: a second '{{' on the line after the answers that closed on line 19" in out
    assert "put a blank line before it" in out
    assert f"{source}:22: error: '{{' is never closed" in out
    assert "3 imported, 3 skipped: 3 broken (lines 17, 20, 22); read as UTF-8; wrote" in err
    quiz = (out_dir / "quiz.md").read_text(encoding="utf-8")
    assert "is safe if the password is long. {#reuse}\nkind: true-false\n\n- [ ] True\n- [x] False\n" in quiz
    assert "{#strong-password}" in quiz and "{#reuse}" in quiz and "{#phishing}" in quiz
    # the written lesson passes the pack's own check
    assert [str(d) for d in check_pack(tmp_path / "pack").diagnostics if d.is_error] == []


def test_a_clean_bank_exits_0(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_text("Q1 {=a ~b}\n\nQ2 {\nTRUE\n}\n", encoding="utf-8")
    status, _, err = run(capsys, "gift", str(source), "--out", str(tmp_path / "two"))
    assert status == 0
    assert "2 imported, 0 skipped; read as UTF-8; wrote" in err


def test_true_and_false_as_two_answers_on_their_own_lines_make_a_true_false_question():
    report = gift("Is HTTPS enough?\n{\n~TRUE\n=FALSE\n}")
    (question,) = report.questions
    assert question.kind == "true_false"
    assert [(c.text.text.upper(), c.correct) for c in question.choices] == [("TRUE", False), ("FALSE", True)]


def test_an_equals_glued_to_text_in_a_wrong_answer_is_named_as_the_likely_cause():
    report = gift("Q {~1+1=2 ~x}")
    assert messages(report) == [
        "bank.gift:1: warning: '=' inside '1+1=2' starts a new, right answer; if it is part of the text, "
        "write \\="
    ]


def test_category_line_without_a_blank_line_before_it_is_still_a_category():
    report = gift("$CATEGORY: top/A\nQ1 {=a ~b}\n$CATEGORY: top/B\n\nQ2 {T}")
    assert report.categories == ("top/A", "top/B")
    assert [q.text.text for q in report.questions] == ["Q1", "Q2"]
    assert messages(report) == []


def test_true_false_words_follow_the_language_option(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_text("Вопрос {T}\n\nQuestion {F}\n", encoding="utf-8")
    status, _, _ = run(capsys, "gift", str(source), "--out", str(tmp_path / "ru"), "--language", "ru")
    assert status == 0
    quiz = (tmp_path / "ru" / "quiz.md").read_text(encoding="utf-8")
    assert "- [x] Верно {#true}\n- [ ] Неверно {#false}" in quiz
    assert "{#q01}" in quiz  # no Latin letters in the question: its position
    run(capsys, "gift", str(source), "--out", str(tmp_path / "fr"), "--language", "fr_FR")
    assert "- [ ] Vrai {#true}\n- [x] Faux {#false}" in (tmp_path / "fr" / "quiz.md").read_text(
        encoding="utf-8"
    )


def test_ids_from_accented_and_chinese_titles(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_text(
        "::Optimización::¿Qué es? {=a ~b}\n\n::Crédito Étudiant::Q {=a ~b}\n\n::钓鱼邮件::什么是钓鱼? {=a ~b}\n",
        encoding="utf-8",
    )
    run(capsys, "gift", str(source), "--out", str(tmp_path / "ids"), "--language", "es")
    quiz = (tmp_path / "ids" / "quiz.md").read_text(encoding="utf-8")
    assert "{#optimizacion}" in quiz and "{#credito-etudiant}" in quiz and "{#q03}" in quiz
    assert "optimizaci-n" not in quiz


def test_moodle_samples_with_broken_questions_added_import_the_rest(tmp_path, capsys):
    corpus = peer_folder("moodle-gift", "examples.txt")
    broken = "\n\n::Broken one::Q {=a ~b\n\n::Broken two::Q {~a ~b}\n"
    source = tmp_path / "examples.gift"
    source.write_bytes((corpus / "examples.txt").read_bytes() + broken.encode("utf-8"))
    lines = source.read_text(encoding="utf-8").splitlines()
    first, second = (n for n, text in enumerate(lines, 1) if text.startswith("::Broken"))
    status, out, err = run(capsys, "gift", str(source), "--out", str(tmp_path / "pack" / "examples"))
    assert status == 1
    assert f"{source}:{first}: error: '{{' is never closed" in out
    assert f"{source}:{second}: error: no right answer" in out
    assert f"23 imported, 22 skipped: 2 broken (lines {first}, {second}), 20 of a kind" in err
    assert [str(d) for d in check_pack(tmp_path / "pack").diagnostics if d.is_error] == []


def test_chinese_bank_without_a_pack_gets_chinese_true_false_and_position_ids(tmp_path, capsys):
    source = tmp_path / "bank.gift"
    source.write_text("公共Wi-Fi可以放心网购吗？{F}\n\n::Wi-Fi::开启双重验证更安全。{T}\n", encoding="utf-8")
    status, _, _ = run(capsys, "gift", str(source), "--out", str(tmp_path / "wifi"))
    assert status == 0
    quiz = (tmp_path / "wifi" / "quiz.md").read_text(encoding="utf-8")
    # a Chinese sentence with one Latin word is still Chinese: its position, not "wi-fi"
    assert "## 公共Wi-Fi可以放心网购吗？ {#q01}\nkind: true-false\n\n- [ ] 正确\n- [x] 错误\n" in quiz
    assert "{#wi-fi}" in quiz  # a Latin title keeps its words


def test_a_chinese_bank_into_a_pack_whose_default_language_is_english_is_named(tmp_path, capsys):
    # quiz.md is the pack's default-language version: English visitors would get the Chinese questions,
    # with True/False in English beside them, and nothing said.
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "pack.yaml").write_text("default_language: en\nlanguages: [en, zh-CN]\n", "utf-8")
    source = tmp_path / "bank.gift"
    source.write_text("公共Wi-Fi可以放心网购吗？{F}\n\n开启双重验证更安全。{T}\n", encoding="utf-8")
    out = tmp_path / "pack" / "wifi"
    status, stdout, _ = run(capsys, "gift", str(source), "--out", str(out))
    assert status == 0  # written as asked, and said
    assert stdout == (
        f"{out / 'quiz.md'}: warning: the questions are in Chinese, but quiz.md is the pack's "
        "default-language version (default_language: en in pack.yaml), which visitors in that language "
        "read; for a Chinese lesson set default_language: zh-CN, or write the English quiz.md and keep "
        "these as quiz.zh-CN.md\n"
    )
    assert run(capsys, "gift", str(source), "--out", str(out), "--force", "--language", "zh-CN")[1] == ""
