"""Chinese words recorded before the line-break fix ("怎 么 办") are closed up: schema m007, the store, merging."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from results_helpers import T0, make_answer
from sqlite_utils import Database

from kiosk.cli import main
from kiosk.content.linebreak import WJ, hint_text
from kiosk.journey.records import ShownQuestion, VisitEnd
from kiosk.results.cjk import (
    BEYOND_ASCII,
    CJK_RANGES,
    HAS_WHITESPACE,
    WHITESPACE,
    close_cjk_gaps,
    is_cjk,
    only_hint_gaps_removed,
)
from kiosk.results.merge import merge_databases
from kiosk.results.schema import MIGRATIONS, m007_words_without_cjk_gaps, migrate
from kiosk.results.store import ResultsStore
from kiosk.results.words import lookup

M007 = "m007_words_without_cjk_gaps"
WORDS = ("lesson_words", "question_words", "choice_words")

# As a lesson shows them: Chinese, and English with a spaced dash that must stay as written.
ZH = ShownQuestion(
    lesson_id="wifi",
    lesson_title="公共Wi-Fi安全须知",
    question_id="real",
    question_hash="h1",
    language="zh-CN",
    text="手机上出现三个Wi-Fi网络。怎么办？",
    choices=(
        ("a", "问店员准确的网络名称", True),
        ("b", "连信号最强的那个", False),
        ("c", "连不要密码的那个", False),
    ),
    shown_at=T0,
)
EN = ShownQuestion(
    lesson_id="wifi",
    lesson_title="Public Wi-Fi",
    question_id="real",
    question_hash="h1",
    language="en",
    text="Your phone shows three Wi - Fi networks. What now?",
    choices=(
        ("a", "Ask staff - the exact name", True),
        ("b", "The strongest one", False),
        ("c", "An open one", False),
    ),
    shown_at=T0,
)


def old_cut(text: str) -> str:
    """What a kiosk before the fix stored for text the screen showed: every line-break hint a space."""
    return " ".join("".join(" " if ch == WJ else ch for ch in hint_text(text)).split())


def record(path: Path, visit: str = "v1", at=T0) -> None:
    store = ResultsStore.open(path)
    store.start_visit(visit_id=visit, started_at=at, language="zh-CN", kiosk_name="k", event_label="")
    for shown in (ZH, EN):
        store.record_shown(replace(shown, shown_at=at))
        store.record_answer(
            make_answer(visit, lesson_id="wifi", question_id="real", chosen=("b",), correct=False, at=at)
        )
    store.end_visit(visit, at + timedelta(minutes=5), VisitEnd.FINISHED)
    store.close()


def make_old(path: Path) -> None:
    """Age a file into one recorded before the fix: spaced words, and m007 never run."""
    with sqlite3.connect(path) as conn:
        conn.create_function("old_cut", 1, old_cut)
        conn.execute("UPDATE lesson_words SET title = old_cut(title)")
        conn.execute("UPDATE question_words SET text = old_cut(text)")
        conn.execute("UPDATE choice_words SET text = old_cut(text)")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (M007,))
    conn.close()


def words(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        found = {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) for table in WORDS}
    conn.close()
    return found


def texts(path: Path) -> set[str]:
    rows = words(path)
    return (
        {row[2] for row in rows["lesson_words"]}
        | {row[4] for row in rows["question_words"]}
        | {row[6] for row in rows["choice_words"]}
    )


@pytest.fixture
def fixed(tmp_path: Path) -> Path:
    path = tmp_path / "fixed.db"
    record(path)
    return path


@pytest.fixture
def old(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    record(path, visit="v-old", at=T0 - timedelta(days=1))
    make_old(path)
    return path


# -- the characters --------------------------------------------------------------------------


def test_gaps_between_two_cjk_characters_close_and_no_others() -> None:
    assert close_cjk_gaps("怎 么 办？") == "怎么办？"
    assert close_cjk_gaps("网络。 怎么办") == "网络。怎么办"  # CJK punctuation
    assert close_cjk_gaps("密码 ， 好 ！") == "密码，好！"  # fullwidth forms
    assert close_cjk_gaps("《 规则 》 与 【 提示 】") == "《规则》与【提示】"
    assert close_cjk_gaps("𠀀 𠀁 㐀 丽") == "𠀀𠀁㐀丽"  # extension B, extension A, a compatibility ideograph
    # A non-CJK character on either side: a hint's gap or the author's space, nobody can tell.
    for kept in ("三个 Wi - Fi 网络", "Wi - Fi", "第 3 步", "30 秒", "好 — 对", "他说 “你好”", "好 … 对"):
        assert close_cjk_gaps(kept) == kept
    assert close_cjk_gaps("Use a VPN - always, on any 公共 Wi-Fi") == "Use a VPN - always, on any 公共 Wi-Fi"


def test_every_kind_of_whitespace_closes_between_cjk_characters() -> None:
    assert "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()) == WHITESPACE
    for space in WHITESPACE:
        assert close_cjk_gaps(f"好{space}的") == "好的", repr(space)
    assert close_cjk_gaps("好 \t\u3000 的") == "好的"  # a run, the ideographic space in it


def test_the_cjk_ranges_are_exactly_the_blocks_named() -> None:
    for first, last in CJK_RANGES:
        assert first <= last
        for inside in (first, last):
            assert is_cjk(chr(inside)), hex(inside)
            assert close_cjk_gaps(f"好 {chr(inside)} 的") == f"好{chr(inside)}的", hex(inside)
    ordered = sorted(CJK_RANGES)
    assert all(a[1] < b[0] for a, b in zip(ordered, ordered[1:], strict=False))  # no overlap
    # The neighbours just outside, and what Chinese shares with other scripts, are not CJK.
    outside = [0x2E7F, 0x4DC0, 0xA000, 0xFB00, 0xFE50, 0xFF61, 0xFFE8, 0x1F600, 0x40000]
    outside += [ord(ch) for ch in "aZ09-—…“”‘’·・가あア"]
    for code in outside:
        assert not is_cjk(chr(code)), hex(code)
        assert close_cjk_gaps(f"好 {chr(code)} 的") == f"好 {chr(code)} 的", hex(code)


# -- the store and the migration -----------------------------------------------------------------


def test_the_store_keeps_words_closed(fixed: Path) -> None:
    assert "手机上出现三个Wi-Fi网络。怎么办？" in texts(fixed)
    store = ResultsStore.open(None)
    store.start_visit(visit_id="v", started_at=T0, language="zh-CN", kiosk_name="k", event_label="")
    store.record_shown(
        ShownQuestion(
            "l", "第一步 打开", "q", "h", "zh-CN", "先 看 网址 ， 再 登录", (("a", "好 的", True),), T0
        )
    )
    store.record_answer(make_answer("v", lesson_id="l", question_id="q"))
    assert store.db is not None
    found = lookup(store.db, "zh-CN")
    assert (found.lesson("l"), found.question("l", "q"), found.choice("l", "q", "a")) == (
        "第一步打开",
        "先看网址，再登录",
        "好的",
    )
    store.close()


def test_an_old_file_is_migrated_and_its_summary_reads_as_written(old: Path, capsys) -> None:
    before = texts(old)
    assert "手机上出现三个Wi - Fi网络。怎 么 办？" in before and "问店员准确的网络 名 称" in before
    assert main(["results", "summary", "--db", str(old), "--language", "zh-CN"]) == 0
    out = capsys.readouterr().out
    assert "怎么办？" in out and "怎 么 办" not in out
    assert "问店员准确的网络名称" in out or "连信号最强的那个" in out
    after = texts(old)
    assert after == {
        "公共Wi - Fi安全须知",  # the Latin word's gaps stay: nothing tells them from a spaced dash
        "手机上出现三个Wi - Fi网络。怎么办？",
        "问店员准确的网络名称",
        "连信号最强的那个",
        "连不要密码的那个",
        # English: untouched, its spaced dashes included
        "Public Wi-Fi",
        "Your phone shows three Wi - Fi networks. What now?",
        "Ask staff - the exact name",
        "The strongest one",
        "An open one",
    }
    db = Database(old)
    assert [m.name for m in MIGRATIONS.applied(db)][-1] == M007
    db.close()


def test_the_migration_changes_only_gaps_between_cjk_characters(old: Path) -> None:
    before = words(old)
    db = Database(old)
    migrate(db)
    db.close()
    after = words(old)
    for table, column in (("question_words", 4), ("choice_words", 6)):
        assert len(after[table]) == len(before[table])
        for was, now in zip(before[table], after[table], strict=True):
            assert now[:column] + now[column + 1 :] == was[:column] + was[column + 1 :]  # only the text
            assert now[column] == close_cjk_gaps(was[column])
            if was[3] == "en":
                assert now == was


def test_the_migration_is_idempotent_and_folds_a_title_recorded_both_ways(fixed: Path) -> None:
    # A kiosk updated mid-event holds the title spaced (before) and closed (after): one row is left,
    # first shown when the earlier was.
    with sqlite3.connect(fixed) as conn:
        conn.execute(
            "INSERT INTO lesson_words VALUES ('wifi', 'zh-CN', '公共Wi - Fi安全 须 知', '2026-10-01T08:00:00.000Z')"
        )
        conn.execute(
            "INSERT INTO lesson_words VALUES ('other', 'zh-CN', '密 码 学', '2026-10-02T08:00:00.000Z')"
        )
    conn.close()
    db = Database(fixed)
    with db.atomic():
        m007_words_without_cjk_gaps(db)
    once = words(fixed)
    with db.atomic():
        m007_words_without_cjk_gaps(db)
    db.close()
    assert words(fixed) == once
    assert once["lesson_words"] == [
        ("other", "zh-CN", "密码学", "2026-10-02T08:00:00.000Z"),
        ("wifi", "en", "Public Wi-Fi", "2026-11-02T09:30:00.000Z"),
        ("wifi", "zh-CN", "公共Wi - Fi安全须知", "2026-10-01T08:00:00.000Z"),
        ("wifi", "zh-CN", "公共Wi-Fi安全须知", "2026-11-02T09:30:00.000Z"),
    ]


# -- merging -----------------------------------------------------------------------------------


def merged_quietly(capsys, *args: str) -> str:  # noqa: ANN001
    assert main(["results", "merge", *args]) == 0
    captured = capsys.readouterr()
    assert "conflict" not in captured.out + captured.err
    return captured.out


def named(path: Path, language: str) -> tuple[str, str, str]:
    db = Database(path)
    found = lookup(db, language)
    db.close()
    return found.lesson("wifi"), found.question("wifi", "real"), found.choice("wifi", "real", "a")


FIXED_ZH = ("公共Wi-Fi安全须知", "手机上出现三个Wi-Fi网络。怎么办？", "问店员准确的网络名称")
FIXED_EN = (
    "Public Wi-Fi",
    "Your phone shows three Wi - Fi networks. What now?",
    "Ask staff - the exact name",
)


def test_an_old_file_merges_into_a_fixed_one_without_a_words_conflict(
    old: Path, fixed: Path, tmp_path: Path, capsys
) -> None:
    before = words(fixed)
    old_before = old.read_bytes()
    (report,) = merge_databases([old], fixed)
    assert report.conflicts == {"visits": 0, "answers": 0, "quiz_results": 0}  # none in the words either
    assert report.answers == 2
    after = words(fixed)
    # The fixed words stay as they were; being the same words, they were first shown when the old were.
    assert [row[:5] for row in after["question_words"]] == [row[:5] for row in before["question_words"]]
    assert {row[5] for row in after["question_words"]} == {"2026-11-01T09:30:00.000Z"}
    assert after["choice_words"] == before["choice_words"]
    # The old title is another title of the lesson (a title is part of its key), shown before the
    # fixed one: the lesson is named by the newer.
    titles = {row[:3]: row[3] for row in after["lesson_words"]}
    assert set(titles) - {row[:3] for row in before["lesson_words"]} == {
        ("wifi", "zh-CN", "公共Wi - Fi安全须知")
    }
    assert titles[("wifi", "zh-CN", "公共Wi - Fi安全须知")] < titles[("wifi", "zh-CN", "公共Wi-Fi安全须知")]
    assert (named(fixed, "zh-CN"), named(fixed, "en")) == (FIXED_ZH, FIXED_EN)
    assert old.read_bytes() == old_before  # the input is only read
    # Into an empty output, an old file's words come in with the CJK gaps closed ...
    out = tmp_path / "new.db"
    merged_quietly(capsys, str(old), "--out", str(out))
    assert named(out, "zh-CN")[1:] == ("手机上出现三个Wi - Fi网络。怎么办？", "问店员准确的网络名称")
    # ... and a fixed file's copy of the same version, with fewer spaces, replaces them.
    merged_quietly(capsys, str(fixed), "--out", str(out))
    assert (named(out, "zh-CN"), named(out, "en")) == (FIXED_ZH, FIXED_EN)
    merged_quietly(capsys, str(old), "--out", str(out))  # and again: idempotent, nothing comes back
    assert (named(out, "zh-CN"), named(out, "en")) == (FIXED_ZH, FIXED_EN)


def test_a_fixed_file_merges_into_an_old_one_without_a_words_conflict(old: Path, fixed: Path, capsys) -> None:
    out = merged_quietly(capsys, str(fixed), "--out", str(old))
    assert "added 1 visits, 2 answers" in out
    # One text mended beyond what m007 could do: the Chinese question's "Wi - Fi" (the English one's
    # is the author's, the same in both copies).
    assert "took this file's copy of 1 question and choice texts, without an older kiosk's spaces" in out
    # The old file is migrated, then takes the fixed copy's texts: its "Wi - Fi" is mended too.
    assert (named(old, "zh-CN"), named(old, "en")) == (FIXED_ZH, FIXED_EN)
    assert not any("怎 么" in text or "网络 名" in text for text in texts(old))
    assert "手机上出现三个Wi-Fi网络。怎么办？" in texts(old)


def test_words_differing_otherwise_still_conflict(old: Path, fixed: Path) -> None:
    # Whitespace is the only leniency: another text for the same version is still a conflict.
    with sqlite3.connect(old) as conn:
        conn.execute(
            "UPDATE question_words SET text = '手机上出现四个网络。怎 么 办？' WHERE language = 'zh-CN'"
        )
        conn.execute(
            "UPDATE choice_words SET text = 'Ask a friend' WHERE choice_id = 'a' AND language = 'en'"
        )
    conn.close()
    (report,) = merge_databases([old], fixed)
    assert report.conflicts["question_words"] == 1
    assert report.conflicts["choice_words"] == 1


def test_only_gaps_a_hint_may_have_left_are_taken_out() -> None:
    assert only_hint_gaps_removed("三个 Wi - Fi 网络。怎 么 办？", "三个Wi-Fi网络。怎么办？")
    assert only_hint_gaps_removed("Wi - Fi", "Wi-Fi")
    assert only_hint_gaps_removed("Wi - Fi", "Wi- Fi")  # some of them
    assert not only_hint_gaps_removed("Wi-Fi", "Wi-Fi")  # nothing taken out
    assert not only_hint_gaps_removed("Which password", "Whichpassword")  # between two words' letters
    assert only_hint_gaps_removed("第 3 步", "第3步")  # a digit beside a hanzi: a hint may have stood there
    assert not only_hint_gaps_removed("Пароль очень", "Парольочень")  # any script that spaces its words
    assert not only_hint_gaps_removed("Wi-Fi", "Wi - Fi")  # whitespace added, not taken out
    assert not only_hint_gaps_removed("Wi - Fi", "WiFi")  # something else taken out


def test_a_file_with_words_run_together_cannot_rewrite_the_outputs(fixed: Path, tmp_path: Path) -> None:
    # Same version, English words run together: the same letters, but no hint ever stood there.
    other = tmp_path / "other.db"
    record(other, visit="v-other")
    with sqlite3.connect(other) as conn:
        conn.execute("UPDATE question_words SET text = replace(text, ' ', '') WHERE language = 'en'")
    conn.close()
    before = words(fixed)
    (report,) = merge_databases([other], fixed)
    assert report.answers == 2
    assert [row[:5] for row in words(fixed)["question_words"]] == [
        row[:5] for row in before["question_words"]
    ]


def test_the_migrations_row_filter_lets_every_gap_through() -> None:
    # m007 reads only rows that match both GLOBs: none with a gap to close may be left out.
    conn = sqlite3.connect(":memory:")
    edges = [chr(code) for pair in CJK_RANGES for code in pair]
    for ch in edges:
        for space in WHITESPACE:
            text = f"{ch}{space}{ch}"
            assert close_cjk_gaps(text) != text
            assert conn.execute(
                "SELECT ? GLOB ? AND ? GLOB ?", (text, HAS_WHITESPACE, text, BEYOND_ASCII)
            ).fetchone() == (1,)
    assert conn.execute("SELECT ? GLOB ?", ("Wi - Fi", BEYOND_ASCII)).fetchone() == (0,)  # English: not read
    conn.close()


def test_an_old_file_that_cannot_be_written_is_read_as_it_is(old: Path, monkeypatch, capsys) -> None:
    # A teacher reads a booth's file from a locked USB stick: m007 cannot run, but it changes no table,
    # so the summary reads the file as it is and the words come closed all the same.
    real = Database

    def read_only(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        return real(sqlite3.connect(f"file:{path}?mode=ro", uri=True))

    monkeypatch.setattr("sqlite_utils.Database", read_only)
    assert main(["results", "summary", "--db", str(old), "--language", "zh-CN"]) == 0
    out = capsys.readouterr().out
    assert "怎么办？" in out and "怎 么 办" not in out
    assert "手机上出现三个Wi - Fi网络。怎 么 办？" in texts(old)  # nothing was written
    # A command that writes still needs the file migrated, and says it cannot be.
    assert main(["results", "purge", "--db", str(old), "--before", "2020-01-01"]) == 1
    assert "attempt to write a readonly database" in capsys.readouterr().err


def test_words_read_from_an_unmigrated_file_come_closed(old: Path) -> None:
    db = Database(old)
    assert (lookup(db, "zh-CN").question("wifi", "real")) == "手机上出现三个Wi - Fi网络。怎么办？"
    assert lookup(db, "zh-CN").choice("wifi", "real", "a") == "问店员准确的网络名称"
    assert M007 not in {m.name for m in MIGRATIONS.applied(db)}
    db.close()
