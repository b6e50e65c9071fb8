"""What an error does, said the same way by the loader, `kiosk check` and the docs.

A lesson whose lesson.md cannot be read is left out; a question with an error is left out and the
rest are asked; a quiz with nothing left to ask is dropped and the lesson is shown without it.
"""

from __future__ import annotations

from kiosk.cli import main
from kiosk.content.check import Shown, check_pack
from kiosk.content.loader import load_lesson, load_pack

GOOD_Q = "## Is this a question? {id}\n\n- [x] Yes\n- [ ] No\n- [ ] Maybe\n\n"
BROKEN_Q = "## Nothing is right here {id}\n\n- [ ] Yes\n- [ ] No\n\n"


def lesson(title: str) -> str:
    return f"---\ntitle: {title}\n---\n\nA page.\n"


def pack_files() -> dict[str, str]:
    return {
        "fine/lesson.md": lesson("Fine"),
        "fine/quiz.md": GOOD_Q.format(id="{#a}"),
        "partial/lesson.md": lesson("Partial"),
        "partial/quiz.md": GOOD_Q.format(id="{#a}") + BROKEN_Q.format(id="{#b}") + GOOD_Q.format(id="{#c}"),
        "noquiz/lesson.md": lesson("No quiz"),
        "noquiz/quiz.md": BROKEN_Q.format(id="{#a}"),
        "gone/lesson.md": lesson("Phishing: spot the fake"),
    }


def test_behaviour_matches_what_check_reports(make_pack) -> None:
    root = make_pack(pack_files())
    pack = load_pack(root)
    assert sorted(e.id for e in pack.lessons) == ["fine", "noquiz", "partial"]
    partial = load_lesson(pack.lesson("partial"))
    assert [q.id for q in partial.quiz.questions] == ["a", "c"]
    assert load_lesson(pack.lesson("noquiz")).quiz is None

    report = check_pack(root)
    seen = {(o.lesson_id, o.language): o for o in report.outcomes}
    assert set(seen) == {("gone", ""), ("partial", ""), ("noquiz", "")}
    assert seen["gone", ""].state is Shown.LEFT_OUT
    assert seen["noquiz", ""].state is Shown.WITHOUT_QUIZ
    assert (seen["partial", ""].state, seen["partial", ""].left_out, seen["partial", ""].questions) == (
        Shown.WITHOUT_QUESTIONS,
        1,
        3,
    )
    assert [str(o) for o in report.outcomes] == [
        "gone: left out: visitors do not see this lesson",
        "noquiz: shown without its quiz (no question can be asked)",
        "partial: shown; 1 of its 3 questions is left out",
    ]


def test_a_broken_translation_is_left_out_for_its_visitors(make_pack) -> None:
    files = pack_files()
    files["pack.yaml"] = "languages: [en, zh-CN]\n"
    files["fine/lesson.zh-CN.md"] = "---\ntitle: 好\n---\n"  # no page
    files["fine/quiz.zh-CN.md"] = GOOD_Q.format(id="{#a}")
    report = check_pack(make_pack(files))
    (fine,) = [o for o in report.outcomes if o.lesson_id == "fine"]
    assert (
        str(fine)
        == "fine (zh-CN): cannot be opened in zh-CN: the lesson lists, but tapping it shows an error"
    )


def test_check_prints_what_visitors_see_after_the_problems(make_pack, capsys) -> None:
    root = make_pack(pack_files())
    assert main(["check", str(root)]) == 1
    out, err = capsys.readouterr()
    assert "partial/quiz.md:7: error: " in out
    assert "what visitors see:\n  gone: left out" in err
    assert "  partial: shown; 1 of its 3 questions is left out\n" in err
    assert "3 lessons in en:" in err


def test_check_of_one_lesson_folder_checks_that_lesson(make_pack, capsys) -> None:
    root = make_pack(pack_files())
    assert main(["check", str(root / "partial")]) == 1
    out, err = capsys.readouterr()
    assert "partial/quiz.md:7: error: " in out
    assert "gone" not in out + err and "noquiz" not in out + err
    assert "1 lesson in en:" in err
    assert main(["check", str(root / "fine")]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "1 lesson in en: 0 errors, 0 warnings" in err


def test_check_of_one_broken_lesson_folder_says_it_is_left_out(make_pack, capsys) -> None:
    root = make_pack(pack_files())
    assert main(["check", str(root / "gone")]) == 1
    out, err = capsys.readouterr()
    assert "gone/lesson.md:2: error: the value holds ': '" in out
    assert "gone: left out" in err


def test_one_lesson_check_ignores_the_packs_order_of_other_lessons(make_pack, capsys, monkeypatch) -> None:
    files = pack_files()
    files["pack.yaml"] = "order: [fine, partial, ghost]\n"
    root = make_pack(files)
    monkeypatch.chdir(root / "fine")
    assert main(["check", "."]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "1 lesson in en: 0 errors, 0 warnings" in err
    assert main(["check", str(root)]) == 1
    out, _ = capsys.readouterr()
    assert "'order' names lesson 'ghost'" in out


def test_a_translated_quiz_beside_a_broken_original_is_not_called_missing_its_original(make_pack) -> None:
    files = pack_files()
    files["pack.yaml"] = "languages: [en, zh-CN]\n"
    files["noquiz/lesson.zh-CN.md"] = "---\ntitle: 无测验\n---\n\n一页。\n"
    files["noquiz/quiz.zh-CN.md"] = GOOD_Q.format(id="{#a}")
    report = check_pack(make_pack(files))
    assert not [d for d in report.diagnostics if "there is no quiz.md" in d.message]


def test_a_question_broken_in_the_original_is_not_reported_again_in_its_translation(make_pack) -> None:
    files = pack_files()
    files["pack.yaml"] = "languages: [en, zh-CN]\n"
    files["partial/lesson.zh-CN.md"] = "---\ntitle: 部分\n---\n\n一页。\n"
    files["partial/quiz.zh-CN.md"] = "".join(GOOD_Q.format(id=f"{{#{i}}}") for i in "abc")
    report = check_pack(make_pack(files))
    found = [str(d) for d in report.diagnostics if d.is_error and d.path.parent.name == "partial"]
    assert len(found) == 1 and "partial/quiz.md:7: error: question 'b' has no correct choice" in found[0]


def test_a_translation_that_cannot_be_read_sends_its_visitors_to_the_original(make_pack) -> None:
    files = pack_files()
    files["pack.yaml"] = "languages: [en, zh-CN]\n"
    files["fine/lesson.zh_CN.md"] = "---\ntitle: 钓鱼: 识破\n---\n\n一页。\n"
    report = check_pack(make_pack(files))
    (fine,) = [o for o in report.outcomes if o.lesson_id == "fine"]
    assert fine.state is Shown.ORIGINAL_INSTEAD
    assert str(fine) == "fine (zh-CN): the zh-CN version is left out; zh-CN visitors get the original"


def test_check_of_a_quiz_file_checks_its_lesson(make_pack, capsys) -> None:
    root = make_pack(pack_files())
    assert main(["check", str(root / "partial" / "quiz.md")]) == 1
    out, err = capsys.readouterr()
    assert "partial/quiz.md:7: error: " in out and "gone" not in out + err
    assert "1 lesson in en:" in err
