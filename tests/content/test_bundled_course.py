"""The bundled course: every lesson in English and Chinese, matching quizzes, pictures present, check clean."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk import paths
from kiosk.content.check import check_pack
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.resources import resolve_image

LESSONS = paths.bundle_root() / "lessons"
TOPICS = {
    "passwords", "password-managers", "mfa-passkeys", "phishing-email", "scam-messages", "personal-info",
    "public-wifi", "software-updates", "smart-home", "ai-impersonation", "backups-ransomware",
    "after-you-clicked",
}  # fmt: skip
PACK = load_pack(LESSONS)


def test_the_pack_passes_check_with_no_warning() -> None:
    report = check_pack(LESSONS, workers=1)
    assert [str(d) for d in report.diagnostics] == []
    assert report.languages == ("en", "zh-CN")


def test_every_required_topic_is_there_in_the_pack_order() -> None:
    ids = [entry.id for entry in PACK.lessons]
    assert len(ids) >= 12
    assert set(ids) >= TOPICS


@pytest.mark.parametrize("entry", PACK.lessons, ids=lambda e: e.id)
def test_lesson_shape_in_both_languages(entry) -> None:
    assert set(entry.languages) == {"en", "zh-CN"}
    quizzes = {}
    for language in ("en", "zh-CN"):
        lesson = load_lesson(entry, language)
        meta = lesson.meta
        assert lesson.diagnostics == ()
        # a visit is 3-5 minutes: about four pages and five questions (issue 23, item 6)
        assert 3 <= len(lesson.pages) <= 4, f"{meta.path}: {len(lesson.pages)} pages"
        assert meta.sources, f"{meta.path}: cite the sources"
        assert meta.tips, f"{meta.path}: give tips for the take-home QR code"
        assert meta.minutes and meta.summary and meta.cover
        assert (entry.folder / meta.cover).is_file()
        assert meta.quiz_path is not None and meta.quiz_path.name == (
            "quiz.md" if language == "en" else "quiz.zh-CN.md"
        )
        quiz = lesson.quiz
        assert quiz is not None and len(quiz.questions) == 5, f"{meta.quiz_path}: {len(quiz.questions)}"
        for question in quiz.questions:
            assert question.explanation_html, f"{meta.quiz_path}:{question.line}: no explanation"
            wrong = [c for c in question.choices if not c.correct]
            if wrong:
                assert any(c.feedback_html for c in wrong), (
                    f"{meta.quiz_path}:{question.line}: no feedback on a wrong choice"
                )
        quizzes[language] = quiz
    en, zh = quizzes["en"], quizzes["zh-CN"]
    assert [q.id for q in en.questions] == [q.id for q in zh.questions]
    for q_en, q_zh in zip(en.questions, zh.questions, strict=True):
        assert [c.id for c in q_en.choices] == [c.id for c in q_zh.choices]
        assert q_en.correct_ids == q_zh.correct_ids


def test_pictures_of_every_lesson_exist() -> None:
    for entry in PACK.lessons:
        for language in entry.languages:
            lesson = load_lesson(entry, language)
            html = "".join(p.html for p in lesson.pages)
            if lesson.quiz:
                html += "".join(q.html + "".join(c.html for c in q.choices) for q in lesson.quiz.questions)
            for src in _srcs(html):
                assert (entry.folder / src).is_file() or (LESSONS / src).is_file(), f"{entry.id}: {src}"


def test_the_phishing_and_scam_lessons_ask_to_spot_the_red_flags_on_a_mock_message() -> None:
    for lesson_id in ("phishing-email", "scam-messages"):
        for language in ("en", "zh-CN"):
            lesson = load_lesson(PACK.lesson(lesson_id), language)
            spots = [q for q in lesson.quiz.questions if q.kind == "spot"]
            assert len(spots) == 1, (lesson_id, language)
            (question,) = spots
            # Each language shows its own drawing, with decoys as well as flags.
            assert question.picture.endswith(".zh-CN.svg") == (language == "zh-CN")
            assert resolve_image(lesson.folder, PACK.root, question.picture) is not None
            assert 3 <= len(question.correct_ids) < len(question.choices)
            assert all(c.feedback_html and c.region for c in question.choices)


def _srcs(html: str) -> list[str]:
    out = []
    for part in html.split('src="')[1:]:
        out.append(part.split('"', 1)[0])
    return out


def test_svg_pictures_are_plain_enough_for_qt() -> None:
    banned = (
        "<style",
        "filter=",
        "<filter",
        "<mask",
        "foreignObject",
        "<image",
        'xlink:href="http',
        "@import",
    )
    for svg in Path(LESSONS).rglob("*.svg"):
        text = svg.read_text(encoding="utf-8")
        assert "viewBox" in text, svg
        for bad in banned:
            assert bad not in text, f"{svg}: {bad}"


# --- quiz quality (issue 23, item 4) -------------------------------------------------------------

#: at most this share of single-answer questions, per language, may have the right answer as the
#: one longest choice: visitors learn to pick the longest choice when it is right too often
LONGEST_RIGHT_MAX = 0.40


def _visible_length(choice) -> int:
    """Length of a choice as the visitor sees it: markup, code ticks and spaces left out."""
    text = re.sub(r"<[^>]+>", "", choice.html) if choice.html.startswith("<img") else choice.source
    return len(re.sub(r"[`*_\s]", "", text))


def _single_answer_questions(language: str):
    for entry in PACK.lessons:
        quiz = load_lesson(entry, language).quiz
        for question in quiz.questions:
            right = [c for c in question.choices if c.correct]
            if len(right) == 1 and not question.choices[0].html.startswith("<img"):
                yield entry.id, question


def right_is_unique_longest(question) -> bool:
    right = next(c for c in question.choices if c.correct)
    others = [_visible_length(c) for c in question.choices if not c.correct]
    return _visible_length(right) > max(others)


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_the_right_answer_is_rarely_the_one_longest_choice(language) -> None:
    questions = list(_single_answer_questions(language))
    longest = [f"{lid}#{q.id}" for lid, q in questions if right_is_unique_longest(q)]
    share = len(longest) / len(questions)
    assert share <= LONGEST_RIGHT_MAX, f"{language}: {len(longest)} of {len(questions)}: {longest}"


def right_is_unique_shortest(question) -> bool:
    right = next(c for c in question.choices if c.correct)
    others = [_visible_length(c) for c in question.choices if not c.correct]
    return _visible_length(right) < min(others)


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_the_right_answer_is_rarely_the_one_shortest_choice(language) -> None:
    """The opposite tell: a course that avoids long right answers must not teach 'pick the shortest'."""
    questions = list(_single_answer_questions(language))
    shortest = [f"{lid}#{q.id}" for lid, q in questions if right_is_unique_shortest(q)]
    assert len(shortest) / len(questions) <= LONGEST_RIGHT_MAX, f"{language}: {shortest}"


def test_the_measure_counts_a_right_answer_longer_than_every_other() -> None:
    def choice(text, correct):
        return SimpleNamespace(html=f"<p>{text}</p>", source=text, correct=correct)

    longest = SimpleNamespace(choices=(choice("Call 110 at once", True), choice("Wait", False)))
    tied = SimpleNamespace(choices=(choice("Call 110", True), choice("Pay more", False)))
    shorter = SimpleNamespace(choices=(choice("Hang up", True), choice("Read out the code", False)))
    assert right_is_unique_longest(longest)
    assert not right_is_unique_longest(tied)
    assert not right_is_unique_longest(shorter)
    assert right_is_unique_shortest(shorter) and not right_is_unique_shortest(tied)


@pytest.mark.parametrize("entry", PACK.lessons, ids=lambda e: e.id)
def test_no_two_choice_questions_and_no_all_but_one_select_all(entry) -> None:
    for language in ("en", "zh-CN"):
        quiz = load_lesson(entry, language).quiz
        for question in quiz.questions:
            where = f"{quiz.path}:{question.line}"
            assert len(question.choices) >= 3, f"{where}: two choices (true/false is its own kind)"
            right = sum(c.correct for c in question.choices)
            if right > 1:
                wrong = len(question.choices) - right
                assert wrong >= 2, f"{where}: select-all with one odd one out is guessed, not known"


# --- Chinese text and China's own routes (issue 23, items 2 and 3) ------------------------------

_CJK = r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"
_LATIN = r"[A-Za-z0-9%`]"
_SPACED = re.compile(rf"{_CJK} +{_LATIN}|{_LATIN} +{_CJK}")


def test_chinese_text_has_no_space_between_chinese_and_latin_text() -> None:
    """One rule for the whole course: 用App, not 用 App; 2024年, not 2024 年."""
    found = []
    for path in sorted(LESSONS.rglob("*.zh-CN.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.relative_to(LESSONS)}:{number}: {m.group()!r}" for m in _SPACED.finditer(line)]
    assert found == []


def test_chinese_body_text_calls_two_step_verification_one_name() -> None:
    """两步验证 in body text; the other names appear once, where the term is explained."""
    others = ("双重验证", "双重认证", "多因素认证", "多因素验证", "双因素认证")
    where = []
    for path in sorted(LESSONS.rglob("*.zh-CN.md")):
        text = path.read_text(encoding="utf-8")
        where += [f"{path.relative_to(LESSONS)}: {word}" for word in others if word in text]
    assert where == ["mfa-passkeys/lesson.zh-CN.md: 双重认证", "mfa-passkeys/lesson.zh-CN.md: 多因素认证"]


def test_china_reporting_routes_come_before_other_countries() -> None:
    foreign = ("7726", "report@phishing.gov.uk", "IdentityTheft.gov")
    for path in sorted(LESSONS.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[-1]
        for route in foreign:
            if route in body:
                assert "110" in body and body.index("110") < body.index(route), f"{path}: {route} before 110"
