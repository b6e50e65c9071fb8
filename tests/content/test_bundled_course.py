"""The bundled course: every lesson in English and Chinese, matching quizzes, pictures present, check clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content.check import check_pack
from kiosk.content.loader import load_lesson, load_pack

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
        assert 3 <= len(lesson.pages) <= 6, f"{meta.path}: {len(lesson.pages)} pages"
        assert meta.sources, f"{meta.path}: cite the sources"
        assert meta.minutes and meta.summary and meta.cover
        assert (entry.folder / meta.cover).is_file()
        assert meta.quiz_path is not None and meta.quiz_path.name == (
            "quiz.md" if language == "en" else "quiz.zh-CN.md"
        )
        quiz = lesson.quiz
        assert quiz is not None and 5 <= len(quiz.questions) <= 8
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


def test_image_choice_questions_show_a_mock_phishing_mail_and_a_scam_sms() -> None:
    found = set()
    for lesson_id in ("phishing-email", "scam-messages"):
        for language in ("en", "zh-CN"):
            quiz = load_lesson(PACK.lesson(lesson_id), language).quiz
            for question in quiz.questions:
                if all(c.html.startswith("<img") for c in question.choices):
                    found.add((lesson_id, language))
    assert found == {(i, lang) for i in ("phishing-email", "scam-messages") for lang in ("en", "zh-CN")}


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
