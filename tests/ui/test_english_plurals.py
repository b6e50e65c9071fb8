"""English plural forms: kiosk_en.ts holds every %n string of the interface in its singular and plural.

English is the source language, so nothing else of it is translated; without this catalogue Qt shows
the source text for every count ("1 errors").
"""

from __future__ import annotations

from tests.ui.test_translations import TS, read_ts

EN = TS.with_name("kiosk_en.ts")


def test_every_plural_string_has_its_english_singular_and_plural() -> None:
    wanted = {m.key for m in read_ts(TS) if m.numerus}
    english = {m.key: m for m in read_ts(EN)}
    assert set(english) == wanted, "run `make lupdate`, then fill in kiosk/i18n/kiosk_en.ts"
    for key, message in english.items():
        assert message.kind == "" and len(message.forms) == 2, key
        assert all(form.count("%n") == message.source.count("%n") for form in message.forms), key


def test_english_counts_agree(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    from kiosk.ui import i18n

    i18n.set_language(qapp, "en", EN.parent)
    say = QCoreApplication.translate
    assert say("ContentPage", "Checked: %n errors", "", 1) == "Checked: 1 error"
    assert say("ContentPage", "Checked: %n errors", "", 2) == "Checked: 2 errors"
    assert say("ExportPage", "%n rows", "", 1) == "1 row"
