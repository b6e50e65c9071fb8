"""Mistakes teachers make in front matter, file names and folders, each with a diagnostic that says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.check import check_pack
from kiosk.content.languages import pack_language
from kiosk.content.loader import load_pack

QUIZ = "## Is this a question? {#q1}\n\n- [x] Yes\n- [ ] No\n- [ ] Maybe\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def lesson(title_line: str, extra: str = "") -> str:
    return f"---\n{title_line}\nminutes: 3\n{extra}---\n\nA page.\n"


def messages(diags) -> list[str]:
    return [f"{d.path.name}:{d.line}: {d.severity}: {d.message}" for d in diags]


def test_title_with_colon_says_to_quote_it_at_its_line(tmp_path: Path) -> None:
    write(tmp_path / "pack.yaml", "order: [phishing, wifi]\n")
    write(tmp_path / "phishing" / "lesson.md", lesson("title: Phishing: spot the fake"))
    write(tmp_path / "wifi" / "lesson.md", lesson("title: Wi-Fi"))
    pack = load_pack(tmp_path)
    found = messages(pack.diagnostics)
    assert found == [
        "lesson.md:2: error: the value holds ': ', which YAML reads as another key; "
        'put the value in quotes: title: "Phishing: spot the fake"'
    ]
    assert [e.id for e in pack.lessons] == ["wifi"]


def test_smart_quotes_are_named_and_straight_ones_suggested(tmp_path: Path) -> None:
    write(tmp_path / "a" / "lesson.md", lesson("title: “Phishing: spot the fake”"))
    found = messages(load_pack(tmp_path).diagnostics)
    assert found == [
        "lesson.md:2: error: the value is in curly quotes (“ ”), which YAML does not read as quotes; "
        'use straight quotes: title: "Phishing: spot the fake"'
    ]


def test_colon_inside_a_list_item_is_quoted_with_the_dash(tmp_path: Path) -> None:
    write(tmp_path / "a" / "lesson.md", lesson("title: A", "sources:\n  - UK NCSC: Three random words\n"))
    found = messages(load_pack(tmp_path).diagnostics)
    assert found == [
        "lesson.md:4: error: an item of 'sources' holds ': ', which YAML reads as a key; "
        'put the item in quotes: - "UK NCSC: Three random words"'
    ]


def test_value_with_double_quotes_inside_is_suggested_in_single_quotes(tmp_path: Path) -> None:
    write(tmp_path / "a" / "lesson.md", lesson('title: Say "no": always'))
    (found,) = messages(load_pack(tmp_path).diagnostics)
    assert found.endswith("""put the value in quotes: title: 'Say "no": always'""")


@pytest.mark.parametrize(
    ("title_line", "quoted"),
    [
        ("title: [Draft] Phishing", 'title: "[Draft] Phishing"'),
        ("title: @home, safely", 'title: "@home, safely"'),
        ("title: `P@ssw0rd` is weak", 'title: "`P@ssw0rd` is weak"'),
        ("title: %100 safe?", 'title: "%100 safe?"'),
        ("title: !Important", 'title: "!Important"'),
        ("title: *New* tips", 'title: "*New* tips"'),
        ("title: & more", 'title: "& more"'),
    ],
)
def test_a_value_starting_with_a_yaml_sign_says_to_quote_it(
    tmp_path: Path, title_line: str, quoted: str
) -> None:
    # YAML's own words ("did not find expected key", "found character that cannot start any token",
    # "anchors and aliases are not allowed") do not tell a teacher what to change.
    write(tmp_path / "a" / "lesson.md", lesson(title_line))
    (found,) = messages(load_pack(tmp_path).diagnostics)
    sign = title_line.split(": ", 1)[1][0]
    assert found == (
        f"lesson.md:2: error: a value starting with '{sign}' means something else to YAML; "
        f"put the value in quotes: {quoted}"
    )


def test_a_quote_never_closed_names_its_line_not_the_end_of_the_front_matter(tmp_path: Path) -> None:
    write(tmp_path / "a" / "lesson.md", lesson('title: "Phishing', "summary: fine\n"))
    (found,) = messages(load_pack(tmp_path).diagnostics)
    assert found == (
        'lesson.md:2: error: the quote that starts this value is never closed: end the value with " '
        "on the same line"
    )


def test_yes_no_and_on_off_titles_say_to_quote_them(tmp_path: Path) -> None:
    write(tmp_path / "a" / "lesson.md", lesson("title: Yes"))
    (found,) = messages(load_pack(tmp_path).diagnostics)
    assert found == (
        "lesson.md:2: error: 'title' must be a text: YAML reads yes, no, on, off, true and false as a "
        'yes/no answer; put the value in quotes, like title: "Yes"'
    )


def test_a_hash_inside_a_text_value_is_named_before_it_cuts_the_title(tmp_path: Path) -> None:
    # 'title: Top #1 tip' is the title "Top" to YAML (the rest is a comment), silently.
    write(
        tmp_path / "a" / "lesson.md", lesson("title: Top #1 tip", "summary: Three tips  # a note to myself\n")
    )
    pack = load_pack(tmp_path)
    assert messages(pack.diagnostics) == [
        "lesson.md:2: warning: YAML reads '#1 tip' as a comment, so the title is 'Top': put the value in "
        'quotes to keep all of it: title: "Top #1 tip"'
    ]  # a comment after "# " with a space is the author's own note: nothing said
    assert pack.lessons[0].versions["en"].title == "Top"


def test_misspelt_title_says_the_lesson_needs_a_title_with_did_you_mean(tmp_path: Path) -> None:
    write(tmp_path / "a" / "lesson.md", "---\ntitel: Passwords\n---\n\nA page.\n")
    found = messages(load_pack(tmp_path).diagnostics)
    assert found == [
        "lesson.md:2: error: the lesson needs a title: 'titel' is not a known key (did you mean 'title'?)"
    ]


def test_folders_differing_in_case_keep_the_well_named_one(tmp_path: Path) -> None:
    write(tmp_path / "phishing" / "lesson.md", lesson("title: Right"))
    write(tmp_path / "Phishing" / "lesson.md", lesson("title: Wrong"))
    pack = load_pack(tmp_path)
    assert [e.id for e in pack.lessons] == ["phishing"]
    assert any(
        d.is_error and d.path.name == "Phishing" and "clashes with 'phishing'" in d.message
        for d in pack.diagnostics
    )


ZH_LESSON = "---\ntitle: 识破钓鱼\n---\n\n一页。\n"
ZH_QUIZ = "## 这是问题吗？ {#q1}\n\n- [x] 是\n- [ ] 不是\n- [ ] 也许\n"


def zh_pack(tmp_path: Path, suffix: str) -> Path:
    write(tmp_path / "pack.yaml", "languages: [en, zh-CN]\n")
    write(tmp_path / "a" / "lesson.md", lesson("title: A"))
    write(tmp_path / "a" / "quiz.md", QUIZ)
    write(tmp_path / "a" / f"lesson.{suffix}.md", ZH_LESSON)
    write(tmp_path / "a" / f"quiz.{suffix}.md", ZH_QUIZ)
    return tmp_path


@pytest.mark.parametrize("suffix", ["zh_CN", "zh", "zh-cn", "zh-Hans", "ZH-CN", "zh_Hans_CN"])
def test_common_spellings_of_the_packs_language_are_that_language(tmp_path: Path, suffix: str) -> None:
    root = zh_pack(tmp_path, suffix)
    pack = load_pack(root)
    assert pack.diagnostics == ()
    assert pack.languages == ("en", "zh-CN")
    entry = pack.lesson("a")
    assert entry is not None and entry.languages == ("en", "zh-CN")
    assert entry.meta("zh-CN").title == "识破钓鱼"
    assert entry.meta("zh-CN").quiz_path == root / "a" / f"quiz.{suffix}.md"
    report = check_pack(root)
    assert report.diagnostics == ()


def test_a_traditional_chinese_file_is_not_taken_for_simplified(tmp_path: Path) -> None:
    pack = load_pack(zh_pack(tmp_path, "zh-TW"))
    assert pack.languages == ("en", "zh-CN", "zh-TW")
    assert pack.lesson("a").meta("zh-TW").title == "识破钓鱼"


def test_two_spellings_of_one_language_name_the_one_used(tmp_path: Path) -> None:
    root = zh_pack(tmp_path, "zh-CN")
    write(root / "a" / "lesson.zh_CN.md", ZH_LESSON)
    found = messages(load_pack(root).diagnostics)
    assert found == [
        "lesson.zh_CN.md:0: warning: 'lesson.zh_CN.md' and 'lesson.zh-CN.md' are both the zh-CN version; "
        "only 'lesson.zh-CN.md' is used: remove the other"
    ]


@pytest.mark.parametrize("name", ["lesson.chinese.md", "quiz.zh CN.md", "Lesson.md", "quiz.zh-CN.MD"])
def test_a_file_that_looks_like_a_lesson_but_is_not_read_is_named(tmp_path: Path, name: str) -> None:
    write(tmp_path / "a" / "lesson.md", lesson("title: A"))
    write(tmp_path / "a" / name, ZH_LESSON)
    found = messages(load_pack(tmp_path).diagnostics)
    assert len(found) == 1 and found[0].startswith(f"{name}:0: warning: '{name}' is not read:"), found


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "quiz.md.txt",
            "'quiz.md.txt' is not read: it was saved as a text file ('.txt' at the end, which Windows "
            "hides); rename it 'quiz.md' (in Notepad, Save as type: All files)",
        ),
        (
            "lesson.zh-CN.md.txt",
            "'lesson.zh-CN.md.txt' is not read: it was saved as a text file ('.txt' at the end, which "
            "Windows hides); rename it 'lesson.zh-CN.md' (in Notepad, Save as type: All files)",
        ),
        (
            "quiz.txt",
            "'quiz.txt' is not read: it was saved as a text file ('.txt' at the end, which Windows hides); "
            "rename it 'quiz.md' (in Notepad, Save as type: All files)",
        ),
        (
            "quiz.docx",
            "'quiz.docx' is not read: a Word or WPS document is not plain text; save it as plain text named "
            "'quiz.md', or copy its text into a file of that name",
        ),
    ],
)
def test_a_lesson_saved_as_txt_or_word_is_named_with_what_to_do(tmp_path: Path, name: str, said: str) -> None:
    # Notepad saves "quiz.md" as "quiz.md.txt" and Windows hides the ".txt": the lesson lost its quiz
    # without a word.
    write(tmp_path / "a" / "lesson.md", lesson("title: A"))
    write(tmp_path / "a" / name, QUIZ)
    assert messages(load_pack(tmp_path).diagnostics) == [f"{name}:0: warning: {said}"]


@pytest.mark.parametrize(
    ("written", "known", "read_as"),
    [
        ("zh_CN", ("en", "zh-CN"), "zh-CN"),
        ("zh", ("en", "zh-TW", "zh-CN"), "zh-CN"),  # bare Chinese is the Simplified one
        ("zh-Hant", ("en", "zh-TW", "zh-CN"), "zh-TW"),
        ("zh-SG", ("en", "zh-CN"), "zh-SG"),  # another region is another version, not a guess
        ("pt_br", ("en",), "pt-BR"),  # not in the pack: written as BCP 47 writes it
        ("EN", ("en",), "en"),
    ],
)
def test_pack_language_reads_a_written_code_as_the_packs_own(written, known, read_as) -> None:
    assert pack_language(written, known) == read_as


def test_a_list_item_in_curly_quotes_is_suggested_in_straight_ones(tmp_path: Path) -> None:
    write(tmp_path / "a" / "lesson.md", lesson("title: A", "sources:\n  - “UK NCSC: Three random words”\n"))
    (found,) = messages(load_pack(tmp_path).diagnostics)
    assert found.endswith('put the item in quotes: - "UK NCSC: Three random words"'), found


def test_an_authors_own_notes_beside_the_lesson_are_left_alone(tmp_path: Path) -> None:
    write(tmp_path / "a" / "lesson.md", lesson("title: A"))
    write(tmp_path / "a" / "lesson-plan.md", "# My notes\n")
    write(tmp_path / "a" / "quizzes-old.md", "# Old\n")
    assert load_pack(tmp_path).diagnostics == ()


def test_a_lesson_written_only_as_lesson_en_md_is_told_to_rename_it(tmp_path: Path) -> None:
    write(tmp_path / "a" / "lesson.en.md", lesson("title: A"))
    write(tmp_path / "a" / "lesson.zh-CN.md", ZH_LESSON)
    assert messages(load_pack(tmp_path).diagnostics) == [
        "lesson.md:0: error: lesson 'a' has no lesson.md: 'lesson.en.md' is in the pack's default language "
        "(en), whose files have no code; rename it lesson.md"
    ]
