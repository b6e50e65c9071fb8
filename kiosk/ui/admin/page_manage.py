"""The console's lesson pack page (reload, `kiosk check` problems) and export page (CSV + SQLite copy)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from kiosk.content.check import CheckReport, LessonOutcome, Shown
from kiosk.content.diagnostics import Diagnostic
from kiosk.content.model import Pack
from kiosk.operator.export_job import ExportReport
from kiosk.ui import resources
from kiosk.ui.admin.folder_chooser import FolderChooser
from kiosk.ui.admin.page_stats import human_bytes, label
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.cards import repolish

# the item data role holding the colour token an item's words are drawn in
TINT_ROLE = 0x0100 + 7  # Qt.ItemDataRole.UserRole + 7


def tint(item: QListWidgetItem, token: str) -> None:
    """Draw ``item``'s words in the theme colour ``token`` (again after a theme switch: ``retint``)."""
    item.setData(TINT_ROLE, token)
    item.setForeground(resources.color(token))


def retint(*lists: QListWidget) -> None:
    for widget in lists:
        for row in range(widget.count()):
            item = widget.item(row)
            token = item.data(TINT_ROLE)
            if token:
                item.setForeground(resources.color(token))


def set_tone(widget: QWidget, tone: str) -> None:
    widget.setProperty("tone", tone)
    repolish(widget)


def show_saved(status: QWidget, error: str, note: str = "") -> None:
    """A settings page's answer to "Save and apply" in ``status`` (a label): saved and applied (then
    ``note``), or applied but not saved for the next start because of ``error``."""
    if error:
        words = QCoreApplication.translate(
            "SettingsPage", "Applied now, but not saved for the next start: %1"
        )
        status.setText(words.replace("%1", error))  # type: ignore[attr-defined]
        set_tone(status, "bad")
    else:
        words = QCoreApplication.translate("SettingsPage", "Saved and applied.")
        status.setText(words + (" " + note if note else ""))  # type: ignore[attr-defined]
        set_tone(status, "good")


class ContentPage(QWidget):
    """What the pack holds and what is wrong with it; ``reload_requested`` asks the console to reload."""

    reload_requested = Signal()

    def __init__(self, scale: float) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(round(14 * scale))
        top = QHBoxLayout()
        self.summary = label("", "SectionTitle", wrap=True)
        self.reload = big_button("primary", "retry")
        self.reload.clicked.connect(self._reload_clicked)
        top.addWidget(self.summary, 1)
        top.addWidget(self.reload)
        box.addLayout(top)
        self.status = label("", "Status", wrap=True)
        box.addWidget(self.status)
        lists = QHBoxLayout()
        lists.setSpacing(round(20 * scale))
        left, right = QVBoxLayout(), QVBoxLayout()
        self.lessons_title = label("", "SectionTitle")
        self.lessons = QListWidget()
        self.lessons.setWordWrap(True)
        self.problems_title = label("", "SectionTitle")
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        # Messages wrap to the list's width: no sideways scrolling to read the end of one.
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.lessons_title)
        left.addWidget(self.lessons, 1)
        right.addWidget(self.problems_title)
        right.addWidget(self.problems, 1)
        lists.addLayout(left, 2)
        lists.addLayout(right, 3)
        box.addLayout(lists, 1)
        self.pack: Pack | None = None
        self.shown: tuple[str, ...] = ()
        self.language = ""
        self.report: CheckReport | None = None
        self.reloading = False
        self.retranslate()

    def show_pack(self, pack: Pack, shown: tuple[str, ...], language: str) -> None:
        """``pack`` as loaded from disk; ``shown``: the ids visitors see, in their order."""
        self.pack, self.shown, self.language = pack, shown, language
        self._summarise()
        self._fill_lessons()
        if self.report is None:
            self._list(pack.diagnostics)

    def _summarise(self) -> None:
        """The pack's folder, its lessons (those an error leaves out included, as the list below shows
        them) and how many visitors see."""
        pack = self.pack
        if pack is None:
            return
        outcomes = self.report.outcomes if self.report else ()
        left_out = {o.lesson_id for o in outcomes if o.state is Shown.LEFT_OUT} - {e.id for e in pack.lessons}
        self.summary.setText(
            self.tr(
                "%1 — %n lessons, %2 shown to visitors. Languages: %3", "", len(pack.lessons) + len(left_out)
            )
            .replace("%1", str(pack.root))
            .replace("%2", str(len(self.shown)))
            .replace("%3", ", ".join(pack.languages))
        )

    def _fill_lessons(self) -> None:
        """Each lesson with what visitors see of it, as the last check found it (``CheckReport.outcomes``)."""
        pack = self.pack
        if pack is None:
            return
        self.lessons.clear()
        outcomes = self.report.outcomes if self.report else ()
        for outcome in outcomes:
            if outcome.state is Shown.LEFT_OUT:
                item = QListWidgetItem(f"{outcome.lesson_id}\n{self._state(outcome)}")
                tint(item, "bad")
                self.lessons.addItem(item)
        # lessons visitors see otherwise than written first, then the rest in the visitors' order
        troubled = {o.lesson_id for o in outcomes}
        hidden = [entry.id for entry in pack.lessons if entry.id not in self.shown]
        order = sorted((*self.shown, *hidden), key=lambda i: i not in troubled)
        for lesson_id in order:
            entry = pack.lesson(lesson_id)
            if entry is None:
                continue
            mine = [o for o in outcomes if o.lesson_id == lesson_id]
            original = next((o for o in mine if not o.language), None)
            if lesson_id not in self.shown:
                state, token = self.tr("hidden in Settings"), "button-disabled-text"
            elif original is not None:
                state, token = self._state(original), "bad"
            else:
                state, token = self.tr("shown"), "text"
            for outcome in mine:
                if outcome.language:
                    state += f" · {outcome.language}: {self._state(outcome)}"
            title = entry.meta(self.language).title
            item = QListWidgetItem(f"{title}\n{state} · {', '.join(entry.languages)}")
            tint(item, token)
            self.lessons.addItem(item)

    def _state(self, outcome: LessonOutcome) -> str:
        """What visitors see of a lesson with an error, in the console's words."""
        if outcome.state is Shown.LEFT_OUT:
            return self.tr("left out: visitors do not see it")
        if outcome.state is Shown.CANNOT_OPEN:
            return self.tr("listed, but cannot be opened")
        if outcome.state is Shown.WITHOUT_QUIZ:
            return self.tr("shown without its quiz")
        if outcome.state is Shown.ORIGINAL_INSTEAD:
            return self.tr("left out: these visitors get the original")
        return self.tr("shown without %n of its quiz questions", "", outcome.left_out)

    def _reload_clicked(self) -> None:
        self.reloading = True  # the report that comes back answers the operator's tap
        self.reload_requested.emit()

    def checking(self) -> None:
        self.reload.setEnabled(False)
        self.status.setText(self.tr("Reading and checking the lesson pack…"))
        set_tone(self.status, "")

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        self.reload.setEnabled(True)
        parts = []
        if self.reloading:
            # What the tap did, first: how many lessons came from disk, and how many have errors.
            troubled = len({o.lesson_id for o in report.outcomes})
            parts.append(
                self.tr("Reloaded: %n lessons, %1 with errors.", "", report.lessons).replace(
                    "%1", str(troubled)
                )
            )
            self.reloading = False
        if report.diagnostics:
            counts = self.tr("Checked: %n errors", "", report.errors) + self.tr(
                ", %n warnings", "", report.warnings
            )
            if report.outcomes:
                parts.append(
                    self.tr("%1. Each lesson below says what visitors see of it.").replace("%1", counts)
                )
            else:
                parts.append(self.tr("%1.").replace("%1", counts))
        else:
            parts.append(self.tr("Checked: no problems found."))
        self.status.setText(" ".join(parts))
        set_tone(self.status, "bad" if report.errors else "good")
        self._summarise()
        self._fill_lessons()
        self._list(report.diagnostics)

    def show_failure(self, message: str) -> None:
        self.reload.setEnabled(True)
        self.status.setText(self.tr("The lesson pack could not be read: %1").replace("%1", message))
        set_tone(self.status, "bad")

    def _list(self, diagnostics: tuple[Diagnostic, ...]) -> None:
        self.problems.clear()
        root = self.pack.root if self.pack else None
        for diag in diagnostics:
            try:
                where = diag.path.relative_to(root) if root else diag.path
            except ValueError:
                where = diag.path
            line = f":{diag.line}" if diag.line else ""
            kind = self.tr("Error") if diag.is_error else self.tr("Warning")
            item = QListWidgetItem(f"{kind} · {where}{line}\n{diag.message}")
            tint(item, "bad" if diag.is_error else "warning")
            self.problems.addItem(item)
        if not diagnostics:
            item = QListWidgetItem(self.tr("No problems in the lesson pack."))
            tint(item, "good")
            self.problems.addItem(item)

    def theme_changed(self) -> None:
        """The lists' words in the colours of the theme now in use (kiosk.ui.restyle.switch)."""
        retint(self.lessons, self.problems)

    def retranslate(self) -> None:
        set_text(self.reload, self.tr("Reload lessons from disk"))
        self.lessons_title.setText(self.tr("Lessons"))
        self.problems_title.setText(self.tr("Problems found by the check"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ExportPage(QWidget):
    """Pick a folder (a USB stick first), export, and see what was written."""

    export_requested = Signal(str)

    def __init__(self, scale: float, chooser: FolderChooser) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(24 * scale))
        self.chooser = chooser
        row.addWidget(chooser, 3)
        side = QVBoxLayout()
        side.setSpacing(round(14 * scale))
        self.intro = label("", "Note", wrap=True)
        self.target = label("", "SectionTitle", wrap=True)
        self.export = big_button("primary", "done")
        self.export.clicked.connect(lambda: self.export_requested.emit(str(self.chooser.folder or "")))
        self.status = label("", "Status", wrap=True)
        self.written = QListWidget()
        # What can be written to the folder chosen: the export, and any action added with add_action.
        self.actions = QVBoxLayout()
        self.actions.setSpacing(round(12 * scale))
        self.actions.addWidget(self.export)
        side.addWidget(self.intro)
        side.addWidget(self.target)
        side.addLayout(self.actions)
        side.addWidget(self.status)
        side.addWidget(self.written, 1)
        row.addLayout(side, 2)
        chooser.folder_changed.connect(self._target)
        self.report: ExportReport | None = None
        self.retranslate()

    def add_action(self, button: QPushButton) -> None:
        """Another thing to write to the folder chosen (a printed report, say), under the export button;
        its owner connects it, and reads the folder from ``chooser.folder``."""
        self.actions.addWidget(button)

    def _target(self, folder: str) -> None:
        self.target.setText(self.tr("Export to: %1").replace("%1", folder))
        self.export.setEnabled(bool(folder))

    def exporting(self) -> None:
        self.export.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        set_tone(self.status, "")
        self.written.clear()

    def show_report(self, report: ExportReport) -> None:
        self.report = report
        self.export.setEnabled(True)
        self.status.setText(
            self.tr(
                "Exported %n files to %3: %1 visits and %2 answers. You can remove the drive once its light"
                " stops blinking.",
                "",
                len(report.files),
            )
            .replace("%1", str(report.rows.get("visits", 0)))
            .replace("%2", str(report.rows.get("answers", 0)))
            .replace("%3", str(report.folder))
        )
        set_tone(self.status, "good")
        self.chooser.show_made(report.folder)  # the new folder, in the list beside
        self.written.clear()
        for written in report.files:
            rows = "" if written.rows is None else " · " + self.tr("%n rows", "", written.rows)
            self.written.addItem(f"{Path(written.path).name}  ({human_bytes(written.size)}{rows})")

    def show_failure(self, message: str) -> None:
        self.export.setEnabled(True)
        self.status.setText(self.tr("Export failed: %1").replace("%1", message))
        set_tone(self.status, "bad")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Results are written as CSV files (for spreadsheets) and as a copy of the database, "
                "in a new dated folder. Plug in a USB stick and pick it on the left."
            )
        )
        set_text(self.export, self.tr("Export results here"))
        if self.report is None:
            self.written.clear()
            self.written.addItem(self.tr("Nothing exported yet."))
        self._target(str(self.chooser.folder or ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
