"""The interface translations: complete in zh-CN, in step with the code, and switched at run time.

The committed ``kiosk/i18n/kiosk_zh_CN.ts`` must translate every string and hold exactly the strings
``pyside6-lupdate`` finds in the code, so a new ``self.tr("...")`` without a translation fails here.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QLabel

from kiosk.ui import fonts, i18n

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "kiosk" / "i18n" / "kiosk_zh_CN.ts"
HINT = "run `make lupdate`, then translate the new strings in kiosk/i18n/kiosk_zh_CN.ts"
#: placeholders that must survive translation: Qt's %1 and %n, Python's {name}
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[A-Za-z_][A-Za-z0-9_]*(?:![rs])?(?::[^{}]*)?\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: {message.findtext('source')!r} has no translation"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    kind=translation.get("type", ""),
                    forms=forms,
                )
            )
    return messages


def qt_tool(name: str) -> str:
    """A PySide6 tool from the running virtualenv, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found: install PySide6 into the test environment"
    return found


def code_files() -> list[str]:
    """The files the Makefile's lupdate target scans: every module of kiosk/ui, kiosk/app.py, and
    kiosk/content (its check messages, marked QT_TRANSLATE_NOOP("check", ...))."""
    files = sorted(str(p) for p in (REPO / "kiosk" / "ui").rglob("*.py"))
    files += sorted(str(p) for p in (REPO / "kiosk" / "content").rglob("*.py"))
    app = REPO / "kiosk" / "app.py"
    if app.exists():
        files.append(str(app))
    return files


def _show(messages) -> str:
    return "\n".join(f"  [{m.context}] {m.source!r}" for m in messages)


# -- the committed catalogue ------------------------------------------------------------------


def test_every_interface_string_is_translated_into_chinese():
    messages = read_ts(TS)
    assert len(messages) >= 20, "the catalogue looks empty: has the interface lost its tr() calls?"
    unfinished = [m for m in messages if m.kind]
    assert not unfinished, f"unfinished or obsolete in zh-CN:\n{_show(unfinished)}\n{HINT}"
    empty = [m for m in messages if not all(form.strip() for form in m.forms)]
    assert not empty, f"empty translations:\n{_show(empty)}"
    # Every string with words in it must come out in Chinese, not copied across in English.
    untranslated = [
        m
        for m in messages
        if re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", m.source)) and m.forms[0] == m.source
    ]
    assert not untranslated, f"left in English:\n{_show(untranslated)}"
    without_chinese = [
        m
        for m in messages
        if re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", m.source))
        and not any(re.search(r"[\u4e00-\u9fff]", form) for form in m.forms)
    ]
    assert not without_chinese, f"translations with no Chinese in them:\n{_show(without_chinese)}"


def test_translations_keep_every_placeholder():
    broken = []
    for m in read_ts(TS):
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                broken.append(m)
    assert not broken, f"a placeholder was lost or changed in translation:\n{_show(broken)}"


def test_committed_catalogue_holds_exactly_the_strings_in_the_code(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    run = subprocess.run(
        [qt_tool("pyside6-lupdate"), "-no-obsolete", *code_files(), "-ts", str(copy)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    committed = {m.key for m in read_ts(TS)}
    fresh = read_ts(copy)
    new = [m for m in fresh if m.key not in committed]
    assert not new, f"strings in the code missing from the catalogue:\n{_show(new)}\n{HINT}"
    gone = sorted(committed - {m.key for m in fresh})
    assert not gone, f"strings in the catalogue the code no longer has: {gone}\n{HINT}"


def _code_classes() -> tuple[dict[str, list[str]], set[str], set[str]]:
    """Classes in the scanned code (name -> base names), those calling self.tr(), translate() contexts."""
    bases: dict[str, list[str]] = {}
    calling_tr: set[str] = set()
    translate_contexts: set[str] = set()
    for file in code_files():
        tree = ast.parse(Path(file).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [ast.unparse(b).split(".")[-1] for b in node.bases]
                for inner in ast.walk(node):
                    if (
                        isinstance(inner, ast.Call)
                        and isinstance(inner.func, ast.Attribute)
                        and inner.func.attr == "tr"
                        and isinstance(inner.func.value, ast.Name)
                        and inner.func.value.id == "self"
                    ):
                        calling_tr.add(node.name)
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                translate_contexts.add(node.args[0].value)
    return bases, calling_tr, translate_contexts


def test_every_context_is_what_pyside_looks_up_at_run_time():
    # PySide's self.tr() looks a string up under the class name of the object it is called on.
    # lupdate files `self.catalogue.tr("...")` under "self.catalogue", a context no lookup ever uses,
    # and files a base class's self.tr() under the base while the lookup uses the subclass: both
    # leave the string in English on screen although the catalogue translates it.
    bases, calling_tr, translate_contexts = _code_classes()
    stray = [m for m in read_ts(TS) if m.context not in bases and m.context not in translate_contexts]
    assert not stray, (
        "strings filed under a context no object has; call self.tr() inside the widget's own class, or "
        f"QCoreApplication.translate('ClassName', ...):\n{_show(stray)}"
    )
    inherited = sorted(
        f"{child} inherits self.tr() calls from {base}"
        for child, parents in bases.items()
        for base in parents
        if base in calling_tr
    )
    assert not inherited, (
        "a subclass looks these strings up under its own name, which the catalogue does not have; use "
        f"QCoreApplication.translate('{{base}}', ...) in the base class: {inherited}"
    )


def test_the_catalogue_compiles(tmp_path):
    qm = tmp_path / "kiosk_zh_CN.qm"
    run = subprocess.run(
        [qt_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0 and qm.stat().st_size > 0, run.stdout + run.stderr
    # lrelease counts what it leaves out; a catalogue in step with the code leaves out nothing.
    assert re.search(r"\(\d+ finished and 0 unfinished\)", run.stdout), run.stdout
    assert "untranslated" not in run.stdout, run.stdout


# -- switching language at run time, with a small catalogue of the test's own -----------------

SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TestScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>点击开始</translation>
    </message>
</context>
</TS>
"""


class LanguageAwareLabel(QLabel):
    """A label that re-translates itself as every kiosk screen does."""

    def __init__(self) -> None:
        super().__init__()
        self.language_changes = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("TestScreen", "Touch to start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changes += 1
            self.retranslate()
        super().changeEvent(event)


@pytest.fixture
def sample_translations(tmp_path) -> Path:
    ts = tmp_path / "kiosk_zh_CN.ts"
    ts.write_text(SAMPLE_TS, encoding="utf-8")
    run = subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp_path / "kiosk_zh_CN.qm")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return tmp_path


@pytest.fixture
def english_afterwards(qapp):
    """Leave the application as the test found it: English, its own font and locale."""
    font, locale = qapp.font(), QLocale()
    yield
    i18n.set_language(qapp, "en")
    qapp.setFont(font)
    QLocale.setDefault(locale)


def test_set_language_switches_every_widget_and_back(qapp, qtbot, sample_translations, english_afterwards):
    label = LanguageAwareLabel()
    qtbot.addWidget(label)
    assert label.text() == "Touch to start"

    assert i18n.set_language(qapp, "zh-CN", sample_translations) is True
    qtbot.waitUntil(lambda: label.text() == "点击开始")
    assert label.language_changes >= 1
    assert i18n.current_language() == "zh-CN"
    assert QLocale().name() == "zh_CN"
    fonts.register_bundled_fonts()
    i18n.set_language(qapp, "zh-CN", sample_translations)  # again, now the bundled font is known
    assert qapp.font().families()[0] == fonts.BUNDLED_CJK_FAMILY

    changes = label.language_changes
    assert i18n.set_language(qapp, "en", sample_translations) is True
    qtbot.waitUntil(lambda: label.text() == "Touch to start")
    assert label.language_changes > changes
    assert QLocale().name().startswith("en")


def test_switching_twice_leaves_one_kiosk_translator(qapp, qtbot, sample_translations, english_afterwards):
    i18n.set_language(qapp, "zh-CN", sample_translations)
    i18n.set_language(qapp, "zh-CN", sample_translations)
    i18n.set_language(qapp, "en", sample_translations)
    # Had an old translator been left installed, English would still come out in Chinese.
    assert QCoreApplication.translate("TestScreen", "Touch to start") == "Touch to start"


def test_switching_back_and_forth_reuses_each_catalogue_and_deletes_none(
    qapp, qtbot, sample_translations, english_afterwards
):
    """Each catalogue is loaded once and reused: the translators on the application stay as many however
    often visitors switch (a new pair per switch leaked), and none is ever deleted while the kiosk runs
    (deleting removed ones with deleteLater() crashed the monkey test now and then)."""
    i18n.set_language(qapp, "zh-CN", sample_translations)
    first = list(i18n._installed)
    i18n.set_language(qapp, "en", sample_translations)
    before = len(qapp.findChildren(QTranslator))
    for _ in range(20):
        i18n.set_language(qapp, "zh-CN", sample_translations)
        assert i18n._installed == first
        assert QCoreApplication.translate("TestScreen", "Touch to start") != "Touch to start"
        i18n.set_language(qapp, "en", sample_translations)
        assert QCoreApplication.translate("TestScreen", "Touch to start") == "Touch to start"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(qapp.findChildren(QTranslator)) == before
    assert all(shiboken6.isValid(translator) for translator in first)


def test_a_language_without_a_catalogue_keeps_the_interface_in_english(
    qapp, tmp_path, sample_translations, english_afterwards
):
    i18n.set_language(qapp, "zh-CN", sample_translations)
    assert i18n.set_language(qapp, "fr", tmp_path / "empty") is False
    assert QCoreApplication.translate("TestScreen", "Touch to start") == "Touch to start"
    assert i18n.current_language() == "fr"


# -- language codes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "pack", "qt"),
    [
        ("zh-CN", "zh-CN", "zh_CN"),
        ("zh_cn", "zh-CN", "zh_CN"),
        ("EN", "en", "en"),
        ("zh-hans-cn", "zh-Hans-CN", "zh_Hans_CN"),
    ],
)
def test_pack_and_qt_language_codes_map_both_ways(given, pack, qt):
    assert i18n.normalise(given) == pack
    assert i18n.qt_name(given) == qt
    assert i18n.pack_code(qt) == pack


def test_available_languages_follow_the_pack():
    assert i18n.available_languages(["en", "zh-CN"]) == ("en", "zh-CN")
    assert i18n.available_languages(["zh_CN", "en", "zh-CN", ""]) == ("zh-CN", "en")
    assert i18n.available_languages([]) == ("en",)


def test_languages_name_themselves():
    assert i18n.native_name("zh-CN") == "简体中文"
    assert i18n.native_name("en") == "English"
    assert i18n.native_name("fr") == "français"


def test_english_in_any_region_needs_no_catalogue(tmp_path):
    assert i18n.has_interface_translation("en-GB", tmp_path)
    assert not i18n.has_interface_translation("zh-CN", tmp_path)
