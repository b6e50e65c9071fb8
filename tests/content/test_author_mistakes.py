"""Mistakes teachers make in front matter, file names and folders, each with a diagnostic that says what to do."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load_pack

QUIZ = "## Is this a question? {#q1}\n\n- [x] Yes\n- [ ] No\n"


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
