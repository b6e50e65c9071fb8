"""Issue 17 item 8: ``kiosk check`` warns, with file and line, when a title or summary will not fit its card."""

from __future__ import annotations

from pathlib import Path

from kiosk.cli import main
from kiosk.content.fit import (
    SUMMARY_EMS_PER_LINE,
    TITLE_EMS_PER_LINE,
    card_fit_warnings,
    char_ems,
    lines_needed,
)
from kiosk.content.model import LessonMeta


def test_chinese_counts_full_width_and_latin_about_half() -> None:
    assert char_ems("密") == 1.0 and char_ems("，") == 1.0
    assert 0.4 < char_ems("a") < 0.6 and char_ems("i") < char_ems("a") < char_ems("W")
    # 13 ems a line: 13 Chinese characters fill one line, 14 need two; twice as many Latin letters fit.
    assert lines_needed("密" * 13, 13) == 1 and lines_needed("密" * 14, 13) == 2
    assert lines_needed("abcd " * 5, 13) == 1
    assert lines_needed("abcd " * 9, 13) == 2


def test_lines_break_between_words_and_a_long_word_breaks_anywhere() -> None:
    assert lines_needed("", 13) == 0
    # "passwords" does not fit after "strong strong": it goes to the next line whole
    assert lines_needed("strong strong strong passwords", 13) == 2
    assert lines_needed("x" * 60, 13) == 3  # 60 x 0.53 = 31.8 ems, on 13-em lines: 3 lines


def _lesson(tmp_path: Path, title: str, summary: str) -> LessonMeta:
    path = tmp_path / "lesson.md"
    path.write_text(
        f"---\ntitle: {title}\nminutes: 3\nsummary: {summary}\n---\n# Page\n\nText.\n", encoding="utf-8"
    )
    return LessonMeta(id="x", language="en", title=title, path=path, summary=summary)


def test_a_title_or_summary_too_long_for_its_card_is_a_warning_with_its_line(tmp_path: Path) -> None:
    assert card_fit_warnings(_lesson(tmp_path, "Strong passwords", "Long and random.")) == []
    long_title = "How to spot a phishing e-mail before you click anything in it at all"
    long_summary = "一" * round(3 * SUMMARY_EMS_PER_LINE + 5)
    found = card_fit_warnings(_lesson(tmp_path, long_title, long_summary))
    assert [(d.line, str(d.path)) for d in found] == [
        (2, str(tmp_path / "lesson.md")),
        (4, str(tmp_path / "lesson.md")),
    ]
    assert "title needs about 3 lines" in found[0].message and "2 fit" in found[0].message
    assert "shorten it to about" in found[0].message
    assert "summary needs about 4 lines" in found[1].message and "3 fit" in found[1].message


def test_a_chinese_title_that_fits_in_english_letters_does_not_in_characters(tmp_path: Path) -> None:
    # 20 Latin letters are about 11 ems (one line); 20 Chinese characters are 20 ems (two lines)
    assert card_fit_warnings(_lesson(tmp_path, "x" * 20, "")) == []
    assert card_fit_warnings(_lesson(tmp_path, "密" * round(2 * TITLE_EMS_PER_LINE), "")) == []
    assert card_fit_warnings(_lesson(tmp_path, "密" * round(2 * TITLE_EMS_PER_LINE + 2), ""))


def test_kiosk_check_prints_the_fit_warning_with_file_and_line(make_pack, capsys) -> None:  # noqa: ANN001
    title = "A very long lesson title that goes on and on about passwords and more passwords"
    root = make_pack({"one/lesson.md": f"---\ntitle: {title}\nsummary: Short.\n---\n# Page\n\nText.\n"})
    assert main(["check", str(root)]) == 0
    out = capsys.readouterr()
    text = out.out + out.err
    assert f"{root / 'one' / 'lesson.md'}:2: warning: the title needs about" in text
