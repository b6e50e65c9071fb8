"""The preview window: the visitor's screen on the right, and on the left what an author needs beside it.

Left: the lesson, the language and the screen size; every page and question of the lesson (a click
shows it); the lesson's ``kiosk check`` diagnostics as ``file:line: message`` (a click on one inside a
page or question shows that place); and when the lesson was last read. The lesson is read again
within a second of any saved change (``kiosk.ui.preview.reloader``). If it can no longer be shown,
the last version that could stays on screen under a note saying so. Nothing is recorded.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.diagnostics import Diagnostic, printable
from kiosk.journey import JourneyError
from kiosk.journey.preview import PreviewJourney
from kiosk.ui import i18n
from kiosk.ui.check_text import diagnostic_message
from kiosk.ui.preview.places import Place, place_of, places
from kiosk.ui.preview.reading import Reading
from kiosk.ui.preview.reloader import Reloader
from kiosk.ui.preview.stage import Stage

#: the screens an author can look at the lesson on: (name, logical size)
SIZES: tuple[tuple[str, QSize], ...] = (
    ("landscape", QSize(1920, 1080)),
    ("landscape-720", QSize(1280, 720)),
    ("small", QSize(1024, 768)),
    ("portrait", QSize(1080, 1920)),
)
_ERROR_INK = QColor("#b3261e")
_WARNING_INK = QColor("#8a5a00")


class PreviewWindow(QWidget):
    def __init__(
        self, reading: Reading, *, language: str | None = None, size: str = "landscape", reloader: Reloader
    ) -> None:
        super().__init__()
        self.setObjectName("PreviewWindow")
        self.reading = reading
        self.reloader = reloader
        self.place: Place | None = None
        pack = reading.pack
        self.language = language if language in pack.languages else pack.default_language
        self.size_name = size if size in dict(SIZES) else "landscape"
        self.journey = PreviewJourney(pack, self._by_language(reading), language=self.language)

        self.lesson_box = QComboBox()
        self.language_box = QComboBox()
        self.size_box = QComboBox()
        self.places = QListWidget()
        self.places.setObjectName("PreviewPlaces")
        self.places.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.places.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.problems = QListWidget()
        self.problems.setObjectName("PreviewProblems")
        self.problems.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.note = QLabel()  # the lesson can no longer be shown: the last good version stays up
        self.shown_lesson: str | None = None  # the lesson whose version the screen shows
        self.note.setObjectName("PreviewNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("#PreviewNote { color: #b3261e; font-weight: bold; }")
        self.note.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.lesson_label, self.language_label, self.size_label = QLabel(), QLabel(), QLabel()
        self.places_label, self.problems_label = QLabel(), QLabel()

        side = QWidget()
        side.setObjectName("PreviewSide")
        column = QVBoxLayout(side)
        form = QFormLayout()
        form.addRow(self.lesson_label, self.lesson_box)
        form.addRow(self.language_label, self.language_box)
        form.addRow(self.size_label, self.size_box)
        column.addLayout(form)
        column.addWidget(self.places_label)
        column.addWidget(self.places, 3)
        column.addWidget(self.problems_label)
        column.addWidget(self.summary)
        column.addWidget(self.problems, 2)
        column.addWidget(self.status)
        self.stage_host = QWidget()
        stage_column = QVBoxLayout(self.stage_host)
        stage_column.setContentsMargins(0, 0, 0, 0)
        stage_column.addWidget(self.note)
        self.stage = Stage(self.journey, dict(SIZES)[self.size_name])
        stage_column.addWidget(self.stage, 1)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.stage_host)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 1000])
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(splitter)

        self.lesson_box.activated.connect(self._lesson_chosen)
        self.language_box.activated.connect(lambda i: self.set_language(self.language_box.itemData(i)))
        self.size_box.activated.connect(lambda i: self.set_size(self.size_box.itemData(i)))
        self.places.itemActivated.connect(self._place_chosen)
        self.places.itemClicked.connect(self._place_chosen)
        self.problems.itemActivated.connect(self._problem_chosen)
        self.problems.itemClicked.connect(self._problem_chosen)
        self.reloader.read.connect(self.show_reading)
        self.reloader.failed.connect(self._read_failed)
        self._connect_stage()
        i18n.set_language(QApplication.instance(), self.language)
        self.retranslate()
        self.resize(1400, 860)
        self.show_reading(reading)

    # -- what is shown ----------------------------------------------------------------------------------

    @staticmethod
    def _by_language(reading: Reading) -> dict[tuple[str, str], object]:
        return {(lesson.id, language): lesson for language, lesson in reading.lessons.items()}

    def show_reading(self, reading: Reading) -> None:
        """Show what was just read: the lists, the diagnostics, and the lesson at the same place."""
        self.reading = reading
        self.journey.replace_content(reading.pack, self._by_language(reading))  # type: ignore[arg-type]
        if self.language not in reading.pack.languages:
            self.language = reading.pack.default_language
        self._fill_choosers()
        self._fill_problems()
        lesson = reading.lessons.get(self.language)
        if lesson is None:
            self.note.setText(self._cannot_show())
            self.note.show()
        else:
            self.shown_lesson = reading.lesson_id
            self.note.hide()
            self._fill_places(lesson)
            self.stage.router.wipe_all()  # pictures and cards are drawn afresh from the files
            self.go_to(self.place or Place("page", 0, "", 0))
        self.status.setText(
            self.tr("Read at %1 in %2 s; reads again when a file is saved.")
            .replace("%1", time.strftime("%H:%M:%S"))
            .replace("%2", f"{reading.seconds:.2f}")
        )
        self._set_title()

    def _cannot_show(self) -> str:
        if self.reading.lesson_id is None:
            return self.tr("The pack has no lesson that can be shown: see the problems listed.")
        if self.shown_lesson != self.reading.lesson_id:  # opened broken: no earlier version of it is up
            return self.tr(
                "The lesson cannot be shown as it is now: fix the problems listed and save, and it shows here."
            )
        # (one literal: Qt's lupdate reads only the first of several written side by side)
        return self.tr(
            "The lesson cannot be shown as it is now (see the problems); this is its last good version."
        )

    def go_to(self, place: Place) -> None:
        """Show ``place`` of the lesson (the first page if the lesson has no such place any more)."""
        lesson_id = self.reading.lesson_id
        if lesson_id is None or self.language not in self.reading.lessons:
            return
        try:
            if place.kind == "question":
                self.journey.go_to(lesson_id, self.language, question=place.index)
            else:
                self.journey.go_to(lesson_id, self.language, page=place.index)
        except JourneyError:
            place = Place("page", 0, "", 0)
            self.journey.go_to(lesson_id, self.language, page=0)
        self.place = place
        self.stage.router.sync()
        self._mark_place()

    def set_language(self, language: str) -> None:
        if language == self.language or language not in self.reading.pack.languages:
            return
        self.language = language
        i18n.set_language(QApplication.instance(), language)
        self.show_reading(self.reading)

    def set_size(self, name: str) -> None:
        if name == self.size_name or name not in dict(SIZES):
            return
        self.size_name = name
        old = self.stage
        self.stage = Stage(self.journey, dict(SIZES)[name])
        self.stage_host.layout().replaceWidget(old, self.stage)
        old.close_stage()
        old.hide()
        old.deleteLater()
        self._connect_stage()
        self.stage.router.sync()
        self._fill_choosers()

    def _connect_stage(self) -> None:
        self.stage.router.moved.connect(self._visitor_moved)
        self.stage.router.language_changed.connect(self._visitor_language)

    def _visitor_moved(self) -> None:
        """The author tapped through the screen (Next, Check my answer...): follow in the list."""
        where = self.journey.place
        if where is not None:
            self.place = Place(where[0], where[1], "", 0)
        lesson = self.journey.lesson
        if lesson is not None and lesson.id != self.reading.lesson_id:
            self.reloader.set_lesson(lesson.id)  # another lesson, opened from the catalogue on screen
        self._mark_place()

    def _visitor_language(self, language: str) -> None:
        """A language button on the visitor's screen was tapped."""
        self.language = language
        i18n.set_language(QApplication.instance(), language)
        self._fill_choosers()
        lesson = self.reading.lessons.get(language)
        if lesson is not None:
            self._fill_places(lesson)

    def picture(self) -> QPixmap:
        """The visitor's screen alone, at its logical size."""
        return self.stage.picture()

    # -- the side panel ---------------------------------------------------------------------------------

    def _fill_choosers(self) -> None:
        pack = self.reading.pack
        lessons = [(e.id, e.meta(self.language).title) for e in pack.lessons]
        if self.reading.lesson_id and self.reading.lesson_id not in {i for i, _ in lessons}:
            lessons.append((self.reading.lesson_id, self.reading.lesson_id))
        _refill(
            self.lesson_box, [(f"{title} ({lid})", lid) for lid, title in lessons], self.reading.lesson_id
        )
        _refill(self.language_box, [(i18n.native_name(code), code) for code in pack.languages], self.language)
        sizes = [(self._size_text(name, size), name) for name, size in SIZES]
        _refill(self.size_box, sizes, self.size_name)

    def _size_text(self, name: str, size: QSize) -> str:
        words = {
            "landscape": self.tr("Landscape"),
            "landscape-720": self.tr("Landscape, small"),
            "small": self.tr("Small screen"),
            "portrait": self.tr("Portrait"),
        }[name]
        return f"{words} {size.width()}×{size.height()}"

    def _fill_places(self, lesson) -> None:  # noqa: ANN001 (a Lesson)
        self.places.clear()
        for place in places(lesson):
            label = self.tr("Page %1: %2") if place.kind == "page" else self.tr("Question %1: %2")
            item = QListWidgetItem(label.replace("%1", str(place.index + 1)).replace("%2", place.name))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, place)
            self.places.addItem(item)
        self._mark_place()

    def _mark_place(self) -> None:
        self.places.blockSignals(True)
        try:
            for row in range(self.places.count()):
                item = self.places.item(row)
                place = item.data(Qt.ItemDataRole.UserRole)
                if self.place and (place.kind, place.index) == (self.place.kind, self.place.index):
                    self.places.setCurrentItem(item)
                    return
            self.places.clearSelection()
        finally:
            self.places.blockSignals(False)

    def _fill_problems(self) -> None:
        self.problems.clear()
        reading = self.reading
        root = reading.pack.root
        for diagnostic in reading.diagnostics:
            shown = self._problem_text(diagnostic, root)
            item = QListWidgetItem(shown)
            item.setToolTip(shown)
            item.setForeground(QBrush(_ERROR_INK if diagnostic.is_error else _WARNING_INK))
            item.setData(Qt.ItemDataRole.UserRole, place_of(diagnostic, reading.lessons))
            self.problems.addItem(item)
        self._say_counts()

    def _problem_text(self, diagnostic: Diagnostic, root: Path) -> str:
        """``file:line: error: message`` as ``kiosk check`` prints it, in the preview's language."""
        line = f":{diagnostic.line}" if diagnostic.line else ""
        where = f"{diagnostic.path}{line}".replace(f"{root}{os.sep}", "", 1)  # paths from the pack
        severity = self.tr("error") if diagnostic.is_error else self.tr("warning")
        return printable(f"{where}: {severity}: {diagnostic_message(diagnostic)}")

    def _retranslate_problems(self) -> None:
        """The problems' words in the language just switched to, each item kept (one may be mid-click)."""
        root = self.reading.pack.root
        for row, diagnostic in enumerate(self.reading.diagnostics):
            item = self.problems.item(row)
            if item is not None:
                shown = self._problem_text(diagnostic, root)
                item.setText(shown)
                item.setToolTip(shown)

    def _say_counts(self) -> None:
        errors, warnings = self.reading.errors, self.reading.warnings
        if not errors and not warnings:
            self.summary.setText(self.tr("No problems: kiosk check finds nothing to say."))
            return
        counts = self.tr("%1, %2").replace("%1", self.tr("%n error(s)", "", errors))
        self.summary.setText(counts.replace("%2", self.tr("%n warning(s)", "", warnings)))

    def _lesson_chosen(self, index: int) -> None:
        lesson_id = self.lesson_box.itemData(index)
        if lesson_id != self.reading.lesson_id:
            self.place = Place("page", 0, "", 0)
            self.reloader.set_lesson(lesson_id)

    def _place_chosen(self, item: QListWidgetItem) -> None:
        place = item.data(Qt.ItemDataRole.UserRole)
        if place is not None:
            self.go_to(place)

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if where is None:
            return
        language, place = where
        if language != self.language:
            self.set_language(language)
        self.go_to(place)

    def _read_failed(self, problem: str) -> None:
        self.note.setText(self.tr("The lesson could not be read: %1").replace("%1", problem))
        self.note.show()

    def _set_title(self) -> None:
        entry = self.reading.pack.lesson(self.reading.lesson_id or "")
        title = entry.meta(self.language).title if entry else (self.reading.lesson_id or "")
        self.setWindowTitle(self.tr("%1 – Cyber Kiosk preview").replace("%1", title))

    def retranslate(self) -> None:
        self.lesson_label.setText(self.tr("Lesson"))
        self.language_label.setText(self.tr("Language"))
        self.size_label.setText(self.tr("Screen"))
        self.places_label.setText(self.tr("Pages and questions (click to show)"))
        self.problems_label.setText(self.tr("Problems found by kiosk check"))

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
            if hasattr(self, "reading"):
                self._retranslate_problems()
                self._say_counts()
                self._fill_choosers()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        self.reloader.close()
        self.stage.close_stage()
        super().closeEvent(event)


def _refill(box: QComboBox, items: list[tuple[str, object]], current: object) -> None:
    """``box`` holding ``items`` (text, data) with ``current`` chosen; untouched when nothing changed."""
    now = [(box.itemText(i), box.itemData(i)) for i in range(box.count())]
    if now != items:
        box.blockSignals(True)
        box.clear()
        for text, data in items:
            box.addItem(text, data)
        box.blockSignals(False)
    index = box.findData(current)
    if index >= 0 and index != box.currentIndex():
        box.setCurrentIndex(index)


def open_preview(root: Path, lesson_id: str | None, language: str | None, size: str) -> PreviewWindow:
    """A preview window on ``root``'s lesson ``lesson_id`` (read once here, then again on each change)."""
    from kiosk.ui.preview.reading import read_lesson

    reloader = Reloader(root, lesson_id)
    reading = read_lesson(root, lesson_id)
    reloader.lesson_id = reading.lesson_id
    window = PreviewWindow(reading, language=language, size=size, reloader=reloader)
    reloader.setParent(window)
    reloader.watch(reading.watched)  # the first reading was made here, not by the reloader
    return window


def show_until_closed(window: PreviewWindow, picture: Path | None = None) -> int:
    """Show ``window`` until the author closes it; or, given ``picture``, save a picture of it and close."""
    app = QApplication.instance()
    window.show()
    if picture is None:
        return int(app.exec())
    app.processEvents()
    window.grab().save(str(picture))
    window.close()
    window.deleteLater()  # its screens' timers stop with it
    return 0
