"""`kiosk check` messages in Chinese on the Chinese console: translated from their templates, with the
teacher's own words kept, every template translated with its {fields}, and English when a translation
is missing or broken (never a crash)."""

from __future__ import annotations

import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.content.diagnostics import QT_TRANSLATE_NOOP, Text, error
from kiosk.ui import i18n
from kiosk.ui.check_text import diagnostic_message, translated
from tests.content.conftest import write_files
from tests.content.test_check_templates import marked_templates
from tests.ui.admin.test_content_page import I18N, page_for

TS = I18N / "kiosk_zh_CN.ts"
MISTAKES = {
    "pack.yaml": "title: Pack\n",
    "notitle/lesson.md": "---\nsummary: no title here\n---\nHello\n",
    "colon/lesson.md": "---\ntitle: Phishing: spot the fake\n---\nHello\n",
    "bare/lesson.md": "---\ntitle: Bare choice\n---\nHello\n",
    "bare/quiz.md": "## Which are safe?\n\n- [x] Long passphrase\n[x] Two-step login\n- [ ] Same password\n",
}


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # noqa: ANN001
    i18n.set_language(qapp, "zh-CN", I18N)
    yield
    i18n.set_language(qapp, "en", I18N)


def _check_messages() -> dict[str, tuple[str, str]]:
    """source -> (translation, its type attribute) in the "check" context of the zh-CN catalogue."""
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == "check":
            return {
                m.findtext("source", ""): (
                    m.findtext("translation", ""),
                    m.find("translation").get("type", ""),
                )
                for m in context.iter("message")
            }
    return {}


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_every_marked_template_has_a_finished_chinese_translation_with_the_same_fields():
    messages = _check_messages()
    templates = marked_templates()
    assert len(templates) > 100
    missing = [t for t in templates if t not in messages]
    assert missing == []
    for source, (words, kind) in messages.items():
        assert kind == "" and words.strip(), source
        assert any("\u4e00" <= c <= "\u9fff" for c in words), (source, words)
        assert _fields(words) == _fields(source), (source, words)


def _problems(page) -> list[str]:  # noqa: ANN001
    return [page.problems.item(i).text() for i in range(page.problems.count())]


@pytest.mark.usefixtures("chinese")
def test_the_chinese_lesson_pack_page_says_typical_mistakes_in_chinese(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    write_files(tmp_path, MISTAKES)
    shown = "\n".join(_problems(page_for(qtbot, tmp_path)))
    assert "错误 · notitle/lesson.md:1\n课程需要标题：请在前置信息中加上 'title: ...'" in shown
    # the teacher's own words stay as written, inside the Chinese sentence
    assert (
        '这个值里有“: ”，YAML 会把它当成另一个键；请给值加上引号：title: "Phishing: spot the fake"' in shown
    )
    assert "这一行看起来像选项，但没有以 '- ' 开头" in shown
    assert "the lesson needs a title" not in shown and "looks like a choice" not in shown


def test_the_english_console_keeps_the_english_message(qtbot, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    i18n.set_language(qapp, "en", I18N)
    write_files(tmp_path, MISTAKES)
    shown = "\n".join(_problems(page_for(qtbot, tmp_path)))
    assert "the lesson needs a title: add 'title: ...' to the front matter" in shown


@pytest.mark.usefixtures("chinese")
def test_a_phrase_inside_a_message_is_translated_too() -> None:
    problem = Text(QT_TRANSLATE_NOOP("check", "is compressed (save it as a plain .svg)"))
    message = Text(QT_TRANSLATE_NOOP("check", "picture '{src}' {problem}"), src="a.svg", problem=problem)
    assert translated(message) == "图片“a.svg”是压缩过的（请另存为普通 .svg）"


def _broken_catalogue(tmp_path: Path, broken: dict[str, str]) -> QTranslator:
    rows = "".join(
        f"<message><source>{s}</source><translation>{t}</translation></message>" for s, t in broken.items()
    )
    ts = tmp_path / "broken.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        f"<context><name>check</name>{rows}</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "broken.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_a_broken_translation_shows_the_english_and_never_raises(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    unknown_field = QT_TRANSLATE_NOOP("check", "question '{id}' has only one choice")
    stray_brace = QT_TRANSLATE_NOOP("check", "two choices have the id '{id}'")
    translator = _broken_catalogue(
        tmp_path, {unknown_field: "题目“{qid}”只有一个选项", stray_brace: "有两个选项的 id 都是“{id”"}
    )
    QCoreApplication.installTranslator(translator)
    try:
        one = error(Path("quiz.md"), 3, unknown_field, id="q1")
        two = error(Path("quiz.md"), 5, stray_brace, id="a")
        assert diagnostic_message(one) == "question 'q1' has only one choice"
        assert diagnostic_message(two) == "two choices have the id 'a'"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_message_without_a_template_is_shown_as_it_is() -> None:
    assert translated("plain words {not a field}") == "plain words {not a field}"


def test_the_problems_follow_a_language_switch_after_they_were_listed(qtbot, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    # the console lists the pack's problems at start; a visitor may switch the kiosk to Chinese later
    i18n.set_language(qapp, "en", I18N)
    write_files(tmp_path, MISTAKES)
    page = page_for(qtbot, tmp_path)
    assert any("the lesson needs a title" in text for text in _problems(page))
    try:
        i18n.set_language(qapp, "zh-CN", I18N)
        qtbot.waitUntil(lambda: any("课程需要标题" in text for text in _problems(page)), timeout=1000)
        assert not any("the lesson needs a title" in text for text in _problems(page))
        assert any(text.startswith("错误 · notitle/lesson.md:1") for text in _problems(page))
    finally:
        i18n.set_language(qapp, "en", I18N)
