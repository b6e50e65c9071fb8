"""The bundled course: every lesson in English and Chinese, matching quizzes, pictures present, check clean."""

from __future__ import annotations

import re
from pathlib import Path

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


# quiz quality (issue 23, item 4): tests/content/test_course_quality.py


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
