"""Export to a USB stick from the console, and settings that apply at once and survive a restart."""

from __future__ import annotations

import csv
import sqlite3
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.results.store import ResultsStore
from kiosk.settings import load_settings
from tests.support.console import unlock
from tests.support.taps import tap
from tests.ui.admin.conftest import record_known_data


def test_export_writes_csv_files_and_a_sqlite_copy_with_the_same_rows(
    qtbot, make_kiosk, tmp_path: Path
) -> None:  # noqa: ANN001
    store = ResultsStore.open(tmp_path / "data" / "results.db")  # a real file: exported on a worker thread
    record_known_data(store)
    kiosk = make_kiosk(store=store)
    unlock(qtbot, kiosk)
    console = kiosk.console
    console.view.show_page("export")
    chooser = console.chooser
    # Removable drives come first, and the first one is opened.
    assert chooser.places.item(0).text().startswith("STICK") and chooser.folder == kiosk.usb
    with qtbot.waitSignal(console.export_job.finished, timeout=10000):
        console.view.export.export.click()
    report = console.view.export.report
    assert report is not None and report.folder.parent == kiosk.usb
    names = sorted(p.name for p in report.folder.iterdir())
    assert names == [
        "answers.csv",
        "answers_readable.csv",
        "quiz_results.csv",
        "report.pdf",
        "results.sqlite",
        "visits.csv",
    ]
    assert (report.folder / "report.pdf").read_bytes().startswith(b"%PDF")  # the printable report
    assert report.rows == {"visits": 12, "answers": 14, "quiz_results": 4}
    with (report.folder / "answers.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 14
    copy = sqlite3.connect(report.folder / "results.sqlite")
    try:
        for table in ("visits", "answers", "quiz_results"):
            ours = store.db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            assert copy.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == ours
    finally:
        copy.close()
    status = console.view.export.status.text()
    assert status.startswith(f"Exported 6 files to {report.folder}: 12 visits and 14 answers.")
    assert console.view.export.written.count() == 6
    # The folder list beside shows the folder just made, picked out.
    made = chooser.folders.currentItem()
    assert made is not None and made.text() == report.folder.name
    store.close()


def test_export_from_an_in_memory_store_and_into_a_sub_folder(qtbot, make_kiosk, known_store) -> None:  # noqa: ANN001
    kiosk = make_kiosk(store=known_store)
    unlock(qtbot, kiosk)
    console = kiosk.console
    console.view.show_page("export")
    (kiosk.usb / "class 7B").mkdir()
    console.chooser.rescan.click()  # "Look again" lists the folder made meanwhile
    rows = [console.chooser.folders.item(i) for i in range(console.chooser.folders.count())]
    target = next(item for item in rows if item.text() == "class 7B")
    console.chooser.folders.itemClicked.emit(target)
    assert console.chooser.folder == kiosk.usb / "class 7B"
    console.view.export.export.click()
    report = console.view.export.report
    assert report is not None and report.folder.parent == kiosk.usb / "class 7B"
    assert (report.folder / "results.sqlite").stat().st_size > 0


def test_settings_apply_at_once_and_survive_a_restart(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(config_text='# my booth\nkiosk_name = "stand A"\nidle_timeout = 90\n')
    unlock(qtbot, kiosk)
    console = kiosk.console
    console.view.show_page("settings")
    page = console.view.settings
    assert [r.lesson_id for r in page.rows] == ["basics", "phishing"]
    page.event_label.setText("Class 7B")
    page.language_buttons["zh-CN"].click()
    page.idle.set_value(45.0)
    page.console_idle.set_value(300.0)
    page.move("phishing", -1)
    page.rows[1].shown.setChecked(False)  # hide "basics"
    page.save.click()
    assert "Saved" in page.status.text()
    # Applied at once.
    window, journey = kiosk.window, kiosk.window.journey
    assert journey.event_label == "Class 7B" and journey.home_language == "zh-CN"
    assert window.idle.timeout_ms == 45_000
    assert [e.id for e in journey.pack.lessons] == ["phishing"]
    assert console.idle_timer.interval() == 300_000
    console.view.show_page("content")
    lessons = [
        console.view.content.lessons.item(i).text() for i in range(console.view.content.lessons.count())
    ]
    assert lessons[0].endswith("shown · en, zh-CN") and "hidden in Settings" in lessons[1]
    console.close_console()
    assert window.router.catalogue is not None and journey.language == "zh-CN"
    journey.start()
    assert journey.visit is not None
    # Saved to the file, keeping what was there.
    text = kiosk.config.read_text(encoding="utf-8")
    assert "# my booth" in text and 'kiosk_name = "stand A"' in text
    data = tomllib.loads(text)
    assert data["operator"]["lesson_order"] == ["phishing", "basics"]
    assert data["operator"]["hidden_lessons"] == ["basics"]
    # A restart reads the same settings and shows the same kiosk.
    journey.abandon()
    again = make_kiosk()
    assert again.window.journey.event_label == "Class 7B"
    assert again.window.journey.home_language == "zh-CN"
    assert again.window.idle.timeout_ms == 45_000
    assert [e.id for e in again.window.journey.pack.lessons] == ["phishing"]
    assert again.hook.controls.operator.console_idle_timeout == 300
    settings = load_settings(again.config, required=True)
    assert (settings.event_label, settings.language, settings.idle_timeout) == ("Class 7B", "zh-CN", 45.0)


def test_settings_refuse_to_hide_every_lesson(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    console = kiosk.console
    console.view.show_page("settings")
    page = console.view.settings
    for row in page.rows:
        row.shown.setChecked(False)
    page.save.click()
    assert "at least one" in page.status.text()
    assert len(kiosk.window.journey.pack.lessons) == 2
    assert "hidden_lessons" not in kiosk.config.read_text(encoding="utf-8")


def test_the_on_screen_keyboard_types_the_event_label(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    console = kiosk.console
    console.view.show_page("settings")
    page = console.view.settings
    assert not page.keyboard.isVisible()
    page.keyboard_button.click()
    assert page.keyboard.isVisible()
    page.event_label.clear()
    keyboard = page.keyboard
    for key in ("B", "O", "O", "T", "H"):
        keyboard.keys[key].click()  # capital first, then small letters: Shift lets go after one
    keyboard.space.click()
    keyboard.keys["7"].click()
    keyboard.shift.click()
    keyboard.keys["B"].click()
    keyboard.keys["X"].click()
    keyboard.delete.click()
    assert page.event_label.text() == "Booth 7B"
    page.save.click()
    assert kiosk.window.journey.event_label == "Booth 7B"


def test_showing_the_settings_again_does_not_duplicate_anything(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    view = kiosk.console.view
    for _ in range(3):
        view.show_page("overview")
        view.show_page("settings")
    page = view.settings
    assert len(page.language_buttons) == 2 and len(page.rows) == 2
    shown_buttons = [b for b in page.findChildren(type(page.save)) if b.text() in ("English", "简体中文")]
    assert len(shown_buttons) == 2
    assert len(page.rows_inner.findChildren(type(page.rows[0]))) == 2


def test_the_up_row_says_where_it_leads(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    kiosk.console.view.show_page("export")
    chooser = kiosk.console.chooser
    (kiosk.usb / "class 7B" / "week 1").mkdir(parents=True)

    def up_row() -> str:
        return chooser.folders.item(0).text()

    assert chooser.folder == kiosk.usb
    assert up_row() == f"←  Up, out of the USB stick, to “{kiosk.usb.parent.name}”"
    chooser.open(kiosk.usb / "class 7B")
    assert up_row() == "←  Up to the top of the USB stick (STICK)"
    chooser.open(kiosk.usb / "class 7B" / "week 1")
    assert up_row() == "←  Up one folder, to “class 7B”"
    chooser.open(Path(kiosk.usb.anchor) / kiosk.usb.parts[1])
    assert up_row() == f"←  Up to the top of this computer's disk ({kiosk.usb.anchor})"


def test_lesson_rows_wrap_their_titles_and_keep_the_arrows_in_view(qtbot, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk(size=(1280, 720))
    unlock(qtbot, kiosk)
    console = kiosk.console
    console.view.show_page("settings")
    page = console.view.settings
    row = page.rows[0]
    row.title.setText("A lesson title far too long for one line of the settings page " * 3)
    qtbot.waitUntil(lambda: row.down.isVisible())
    viewport = page.rows_inner.parentWidget()
    # The arrows stay inside what the scroll area shows: the title wraps instead of pushing them out.
    assert page.rows_inner.minimumSizeHint().width() <= viewport.width()
    right_edge = row.down.mapTo(viewport, row.down.rect().topRight()).x()
    assert right_edge <= viewport.width()
    # A tap on the title ticks and unticks the lesson, greyed while hidden.
    tap(row.title)
    assert not row.shown.isChecked() and row.title.property("hidden_lesson") == "true"
    tap(row.title)
    assert row.shown.isChecked() and row.title.property("hidden_lesson") == "false"


def test_the_operator_sets_the_text_size_and_contrast_each_visit_starts_with(qtbot, make_kiosk) -> None:  # noqa: ANN001
    from kiosk.ui import theme
    from kiosk.ui.access import AccessDefaults

    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    console = kiosk.console
    console.view.show_page("settings")
    page = console.view.settings
    assert page.text_size.value_label.text() == "100 %" and page.high_contrast.value_label.text() == "Off"
    access = kiosk.window.router.access
    try:
        tap(page.text_size.plus)
        tap(page.high_contrast.plus)
        assert page.high_contrast.value_label.text() == "On"
        page.save.click()
        assert "Saved" in page.status.text()
        assert access.defaults == AccessDefaults(1, True)
        assert theme.current().theme is theme.HIGH_CONTRAST and theme.current().text_scale == 1.25
        data = tomllib.loads(kiosk.config.read_text(encoding="utf-8"))["operator"]
        assert (data["text_size"], data["high_contrast"]) == (125, True)
    finally:
        access.set_defaults(AccessDefaults())
        access.reset()


def test_the_operator_sets_read_aloud_for_every_visit_and_saving_other_settings_keeps_it(
    qtbot, make_kiosk
) -> None:  # noqa: ANN001
    """Saving the Settings page once set every visit's read-aloud back to on, whatever kiosk.toml said:
    the page did not hold it."""
    from kiosk.ui.access import AccessDefaults

    kiosk = make_kiosk()
    unlock(qtbot, kiosk)
    console = kiosk.console
    console.view.show_page("settings")
    page = console.view.settings
    access = kiosk.window.router.access
    assert page.read_aloud.value_label.text() == "On"
    try:
        tap(page.read_aloud.minus)
        assert page.read_aloud.value_label.text() == "Off"
        page.save.click()
        assert "Saved" in page.status.text()
        assert access.defaults == AccessDefaults(0, False, False) and not access.read_aloud
        assert tomllib.loads(kiosk.config.read_text(encoding="utf-8"))["operator"]["read_aloud"] is False
        # Another setting saved later keeps read-aloud off.
        tap(page.high_contrast.plus)
        page.save.click()
        assert access.defaults == AccessDefaults(0, True, False)
        console.view.show_page("overview")
        console.view.show_page("settings")
        assert page.read_aloud.value_label.text() == "Off"
    finally:
        access.set_defaults(AccessDefaults())
        access.reset()


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_the_settings_form_fits_a_1080p_screen_with_save_in_sight(
    qtbot, qapp, make_kiosk, language: str
) -> None:  # noqa: ANN001
    """With what every visit starts with (text size, contrast, read-aloud) added, the form scrolled Save
    out of sight at 1920x1080; the steppers now sit side by side."""
    from PySide6.QtCore import QPoint, QRect

    from kiosk.ui import fonts, i18n
    from tests.ui.admin.test_booth_page import I18N

    fonts.register_bundled_fonts()  # the kiosk's own fonts, as it starts with
    kiosk = make_kiosk(size=(1920, 1080))
    kiosk.window.router.set_language(language)
    try:
        unlock(qtbot, kiosk)
        console = kiosk.console
        console.view.show_page("settings")
        page = console.view.settings
        QApplication.processEvents()
        QApplication.processEvents()
        assert page.captions[0].text() == {"en": "Event or class label", "zh-CN": "活动或班级标签"}[language]
        controls = [
            page.keyboard_button,
            page.event_label,
            *page.language_buttons.values(),
            *(s.plus for s in (page.idle, page.console_idle, page.text_size, page.high_contrast)),
            page.read_aloud.plus,
            page.save,
            page.change_pin,
        ]
        for widget in controls:
            shown = widget.visibleRegion().boundingRect().size() == widget.size()
            inside = page.rect().contains(QRect(widget.mapTo(page, QPoint()), widget.size()))
            assert widget.isVisible() and shown and inside, widget
    finally:
        i18n.set_language(qapp, "en", I18N)
