"""Switching the interface language: Qt translators, the locale and the interface font, in one call.

Packs name languages BCP-47 style ("en", "zh-CN"); Qt's translation files use "zh_CN". The mapping
between the two lives here and nowhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from kiosk import paths
from kiosk.ui import fonts

log = logging.getLogger(__name__)

#: the language the interface strings are written in: it needs no translator
SOURCE_LANGUAGE = "en"
#: prefix of the compiled translation files: kiosk_zh_CN.qm
CATALOGUE = "kiosk"

#: how each language names itself on the language switch
NATIVE_NAMES = {
    "en": "English",
    "zh-CN": "简体中文",
}

# The translators installed by the last set_language, removed by the next one. A module-level list
# because an application holds one interface language at a time, and the QTranslator objects must
# stay referenced from Python or they are collected while Qt still uses them.
_installed: list[QTranslator] = []
# Every catalogue loaded so far, by folder and file name (None: it could not be loaded), kept for the
# next switch to the same language. Loading once and reusing keeps the count of translators bounded
# (a new pair per switch to Chinese leaked them all), and nothing is ever deleted while the kiosk runs:
# deleting removed translators with deleteLater() crashed the kiosk now and then (a double free in
# PySide's wrapper release when the deferred delete ran, seen in the monkey test).
_loaded: dict[tuple[str, str], QTranslator | None] = {}
_current = SOURCE_LANGUAGE


def normalise(code: str) -> str:
    """A language code in the pack's form: "zh_cn", "ZH-CN" and "zh-CN" all become "zh-CN"."""
    parts = code.strip().replace("_", "-").split("-")
    if not parts or not parts[0]:
        raise ValueError(f"not a language code: {code!r}")
    out = [parts[0].lower()]
    for part in parts[1:]:
        # Region subtags are upper case (CN), script subtags title case (Hans).
        out.append(part.upper() if len(part) in (2, 3) and part.isalnum() else part.title())
    return "-".join(out)


def qt_name(code: str) -> str:
    """The name Qt's files use for a pack language code: "zh-CN" -> "zh_CN"."""
    return normalise(code).replace("-", "_")


def pack_code(qt_locale_name: str) -> str:
    """The pack's code for a Qt locale name: "zh_CN" -> "zh-CN"."""
    return normalise(qt_locale_name)


def native_name(code: str) -> str:
    """How the language calls itself, for the language switch ("简体中文")."""
    code = normalise(code)
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    name = QLocale(qt_name(code)).nativeLanguageName()
    return name or code


def translation_file(code: str, directory: Path | None = None) -> Path:
    directory = paths.translations_dir() if directory is None else directory
    return directory / f"{CATALOGUE}_{qt_name(code)}.qm"


def is_source_language(code: str) -> bool:
    """English in any region ("en", "en-GB") reads the interface strings as written."""
    return normalise(code).split("-")[0] == SOURCE_LANGUAGE


def has_interface_translation(code: str, directory: Path | None = None) -> bool:
    return is_source_language(code) or translation_file(code, directory).is_file()


def available_languages(pack_languages: Iterable[str]) -> tuple[str, ...]:
    """The languages the attract screen offers: the pack's own, in the pack's order, without repeats.

    A language the interface has no translation for is still offered, since its lessons exist; the
    buttons and labels then stay in English. A pack that names no language is taken as English.
    """
    seen: list[str] = []
    for code in pack_languages:
        try:
            code = normalise(code)
        except ValueError:
            log.warning("ignoring a pack language that is not a language code: %r", code)
            continue
        if code not in seen:
            seen.append(code)
    return tuple(seen) or (SOURCE_LANGUAGE,)


def current_language() -> str:
    return _current


def _load(translator: QTranslator, file_name: str, directory: Path) -> bool:
    return translator.load(file_name, str(directory))


def _catalogue(app: QGuiApplication, file_name: str, directory: Path) -> QTranslator | None:
    """The translator for ``directory/file_name``, loaded on first use and kept; None if it cannot load."""
    key = (str(directory), file_name)
    if key not in _loaded:
        translator = QTranslator(app)
        _loaded[key] = translator if _load(translator, file_name, directory) else None
    return _loaded[key]


def set_language(app: QGuiApplication, code: str, translations_dir: Path | None = None) -> bool:
    """Make ``code`` the interface language; every widget then receives QEvent.LanguageChange.

    Removes the translators of the previous language, installs the kiosk's ``.qm`` for ``code`` and
    Qt's own qtbase catalogue (standard buttons, input methods) when it exists, sets the default
    QLocale, and sets the interface font (Chinese first puts the bundled CJK font first). Returns
    False when ``code`` is not the source language and its kiosk translation could not be loaded:
    the interface then stays in English, which beats refusing to switch the lessons.
    """
    global _current
    code = normalise(code)
    directory = paths.translations_dir() if translations_dir is None else translations_dir
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()

    loaded = is_source_language(code)
    if loaded:
        # English needs no translation, only its plural forms ("1 error", "2 errors"): kiosk_en.qm
        # holds just those (`lupdate -pluralonly`); without it the words stay as written.
        wanted = [_catalogue(app, translation_file(SOURCE_LANGUAGE, directory).name, directory)]
    else:
        kiosk_translator = _catalogue(app, translation_file(code, directory).name, directory)
        if kiosk_translator is not None:
            loaded = True
        else:
            log.warning(
                "no interface translation for %s in %s; the interface stays in English", code, directory
            )
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        wanted = [kiosk_translator, _catalogue(app, f"qtbase_{qt_name(code)}.qm", qt_dir)]
    _installed.extend(translator for translator in wanted if translator is not None)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)

    QLocale.setDefault(QLocale(qt_name(code)))
    fonts.apply_interface_font(app, code)
    _current = code
    return loaded
