"""``kiosk check``: diagnostics for packs with problems, translation comparison, and the command itself."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.cli import main
from kiosk.content.check import check_pack
from tests.content.conftest import LESSON

QUIZ = "## Q one {#one}\n- [x] a\n- [ ] b\n> why\n\n## Q two {#two}\n- [x] a\n- [x] b\n- [ ] c\n> why\n"


def messages(root: Path) -> list[str]:
    return [str(d).replace(str(root) + "/", "") for d in check_pack(root).diagnostics]


def test_sample_pack_is_clean(sample_pack: Path) -> None:
    report = check_pack(sample_pack)
    assert report.diagnostics == ()
    assert (report.lessons, report.languages) == (2, ("en", "zh-CN"))


def test_translation_must_keep_ids_and_right_answers(make_pack) -> None:
    zh = QUIZ.replace("{#two}", "{#deux}").replace("- [x] a\n- [ ] b", "- [ ] a\n- [x] b")
    root = make_pack(
        {"x/lesson.md": LESSON, "x/quiz.md": QUIZ, "x/lesson.zh-CN.md": LESSON, "x/quiz.zh-CN.md": zh}
    )
    found = messages(root)
    assert "x/quiz.zh-CN.md:1: error: question 'one': the right answers differ from the original (a)" in found
    assert (
        "x/quiz.zh-CN.md:6: error: question 'deux' is not in the original quiz; use the same {#id} as there"
        in found
    )
    assert (
        "x/quiz.zh-CN.md:1: error: question 'two' of the original (line 6) is missing in the zh-CN quiz"
        in found
    )


def test_translation_must_keep_the_number_of_choices(make_pack) -> None:
    zh = QUIZ.replace("- [ ] c\n", "")
    root = make_pack(
        {"x/lesson.md": LESSON, "x/quiz.md": QUIZ, "x/lesson.zh-CN.md": LESSON, "x/quiz.zh-CN.md": zh}
    )
    assert any("question 'two' has 2 choices, the original has 3" in m for m in messages(root))


def test_missing_translations_are_warned_about(make_pack) -> None:
    root = make_pack(
        {
            "pack.yaml": "languages: [en, zh-CN]\n",
            "x/lesson.md": LESSON,
            "x/quiz.md": QUIZ,
            "x/lesson.zh-CN.md": LESSON,
            "y/lesson.md": LESSON,
        }
    )
    found = messages(root)
    assert any("x/lesson.zh-CN.md:" in m and "the quiz has no zh-CN translation" in m for m in found)
    assert any("y/lesson.md:" in m and "lesson 'y' has no zh-CN version" in m for m in found)


def test_unknown_keys_get_a_suggestion_and_order_problems_are_caught(make_pack) -> None:
    root = make_pack(
        {
            "pack.yaml": "titel: Pack\norder: [y, y, ghost]\n",
            "y/lesson.md": LESSON,
            "x/lesson.md": "---\ntitle: T\nsumary: s\ncolour: red\n---\nbody\n",
            "X/lesson.md": LESSON,
        }
    )
    found = messages(root)
    assert "pack.yaml:1: warning: unknown key 'titel' (did you mean 'title'?)" in found
    assert "x/lesson.md:3: warning: unknown key 'sumary' (did you mean 'summary'?)" in found
    assert any(
        m.startswith("x/lesson.md:4: warning: unknown key 'colour'; known keys: title,") for m in found
    )
    assert "pack.yaml:2: error: lesson 'y' is listed twice in 'order'" in found
    assert "pack.yaml:2: warning: 'order' names lesson 'ghost', which does not exist" in found
    assert any("lesson id 'X' clashes with 'x'" in m for m in found)  # the well-named one is kept


def test_command_prints_compiler_style_lines_and_exit_status(sample_pack: Path, capsys) -> None:
    assert main(["check", str(sample_pack)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "2 lessons in en, zh-CN: 0 errors, 0 warnings" in err
    (sample_pack / "phishing" / "quiz.md").write_text("## Q {#q}\n- [ ] a\n- [ ] b\n", encoding="utf-8")
    assert main(["check", str(sample_pack)]) == 1
    out, _ = capsys.readouterr()
    assert f"{sample_pack}/phishing/quiz.md:1: error: question 'q' has no correct choice" in out


def test_bundled_sample_copy_with_remote_image_fails_nothing_but_warns(sample_pack: Path) -> None:
    page = sample_pack / "wifi" / "lesson.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\n![x](https://example.com/a.png)\n", encoding="utf-8"
    )
    shutil.rmtree(sample_pack / "phishing" / "images")
    line = page.read_text(encoding="utf-8").split("\n").index("![x](https://example.com/a.png)") + 1
    found = messages(sample_pack)
    assert any(
        m.startswith(f"wifi/lesson.md:{line}: warning: pictures from the internet are not allowed")
        for m in found
    )
    assert any(
        "phishing/lesson.md:1: warning: cover: picture 'images/cover.svg' not found" in m for m in found
    )
    assert check_pack(sample_pack).errors == 0


def test_validate_only_finds_the_same_problems_as_full_rendering(make_pack) -> None:
    from kiosk.content.loader import load_lesson, load_pack

    nested = "\n".join("    " * i + "- level" for i in range(300))
    root = make_pack(
        {
            "x/lesson.md": "---\ntitle: T\n---\nplain **bold**\n\n![gone](nope.png)\n\n---\n"
            "<script>x</script> [a](javascript:y)\n\n---\n" + nested + "\n",
            "x/quiz.md": "## Q {#q}\n- [x] ![r](http://e/x.png)\n- [ ] `code`\n  > <b onclick=x>f</b>\n> ok\n",
        }
    )
    entry = load_pack(root).lesson("x")
    full = load_lesson(entry)
    fast = load_lesson(entry, validate_only=True)
    assert len(full.diagnostics) >= 4
    assert sorted(full.diagnostics) == sorted(fast.diagnostics)


def test_without_worker_processes_a_large_pack_is_checked_in_process(make_pack, monkeypatch) -> None:
    """The packaged kiosk leaves multiprocessing out: check_pack must then check lesson by lesson."""
    import sys

    from kiosk.content import check

    bad = QUIZ.replace("- [x] a\n- [ ] b\n", "- [ ] a\n- [ ] b\n", 1)  # question one has no right answer
    root = make_pack({"x/lesson.md": LESSON, "x/quiz.md": bad, "y/lesson.md": LESSON, "y/quiz.md": QUIZ})
    expected = check_pack(root, workers=1)
    monkeypatch.setattr(check, "PARALLEL_FROM", 1)
    import concurrent.futures

    # As in the bundle: importing the process pool raises ImportError (even if a test already loaded it).
    monkeypatch.delattr(concurrent.futures, "ProcessPoolExecutor", raising=False)
    monkeypatch.setitem(sys.modules, "concurrent.futures.process", None)
    assert check._process_pool() is None
    seen: list[tuple[int, int]] = []
    report = check_pack(root, progress=lambda done, total: seen.append((done, total)), workers=4)
    assert report == expected
    assert any(d.severity == "error" for d in report.diagnostics)
    assert seen == [(1, 2), (2, 2)]


def test_the_closing_line_counts_in_words(make_pack, capsys) -> None:
    # "1 error(s), 1 warning(s)" reads like a form; the console and the preview say it properly too.
    root = make_pack(
        {
            "a/lesson.md": "---\ntitle: A\nsumary: typo\n---\n# P\n\nText.\n",
            "a/quiz.md": "## Q {#q}\n\n- [ ] x\n- [ ] y\n- [ ] z\n",
        }
    )
    assert main(["check", str(root)]) == 1
    assert capsys.readouterr().err.endswith(f"{root}: 1 lesson in en: 1 error, 1 warning\n")


def test_a_path_that_is_no_pack_says_so_instead_of_checking_nothing(tmp_path: Path, capsys) -> None:
    # A mistyped folder was "the lesson folder does not exist; check the 'lessons' setting" (there is no
    # setting involved); an empty folder was "0 lessons ... 0 errors" with exit status 0; a question bank
    # given by mistake was "the lesson folder does not exist" though the file is there.
    assert main(["check", str(tmp_path / "lesons")]) == 2
    assert capsys.readouterr().err == f"kiosk check: {tmp_path / 'lesons'}: no such file or folder\n"
    bank = tmp_path / "bank.xlsx"
    bank.write_bytes(b"PK")
    assert main(["check", str(bank)]) == 2
    assert capsys.readouterr().err == (
        f"kiosk check: {bank}: not a lesson pack, a lesson's folder or its lesson.md or quiz.md; "
        "to turn a question bank into a lesson, use 'kiosk import excel|gift|aiken FILE --out FOLDER'\n"
    )
    empty = tmp_path / "empty"
    (empty / "notes").mkdir(parents=True)
    assert main(["check", str(empty)]) == 1
    captured = capsys.readouterr()
    assert captured.out.endswith(
        f"{empty}: error: no lesson found here: a lesson pack is a folder holding one folder per lesson, "
        "each with a lesson.md\n"
    )
    assert captured.err.endswith(f"{empty}: 0 lessons in en: 1 error, 1 warning\n")
