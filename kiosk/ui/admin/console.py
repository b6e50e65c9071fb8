"""The operator console, laid over the kiosk window: gesture -> PIN pad -> console -> back to visitors.

``install_console`` is the one call the composition root makes; everything the console needs is
handed to it (the window, the results store, the full lesson pack, the settings file).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.check import CheckReport, check_pack
from kiosk.content.loader import load_lesson, load_pack
from kiosk.content.model import Pack
from kiosk.operator.booth_setup import challenge_choices
from kiosk.operator.export_job import export_results
from kiosk.operator.labels import Labels
from kiosk.operator.lockout import Lockout
from kiosk.operator.pin import hash_pin
from kiosk.operator.stats import (
    ConsoleStats,
    empty_stats,
    gather,
    gather_from_file,
    item_analysis,
    item_analysis_from_file,
)
from kiosk.results.item_analysis import ItemAnalysis
from kiosk.results.store import ResultsStore
from kiosk.ui import i18n
from kiosk.ui.admin.background import Background
from kiosk.ui.admin.controls import KioskControls
from kiosk.ui.admin.folder_chooser import FolderChooser, default_drives
from kiosk.ui.admin.pin_pad import PinPad
from kiosk.ui.admin.rewards_desk import RewardsDesk
from kiosk.ui.admin.style import console_stylesheet
from kiosk.ui.admin.view import ConfirmPanel, ConsoleView
from kiosk.ui.idle import ACTIVITY
from kiosk.ui.report_pdf import report_writer

if TYPE_CHECKING:
    from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)


class OperatorConsole(QWidget):
    opened = Signal()  # the console itself (past the PIN) is showing
    closed = Signal()  # back to the visitor screens

    def __init__(
        self,
        window: MainWindow,
        controls: KioskControls,
        store: object,
        scale: float,
        *,
        lockout: Lockout | None = None,
        hasher: Callable[[str], str] = hash_pin,
        drives: Callable[[], list[Path]] = default_drives,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        names: dict[str, str] | None = None,
        zone: tzinfo | None = None,
        rewards: object = None,  # a kiosk.operator.booth_setup.RewardAccess, when the kiosk has one
    ) -> None:
        super().__init__(window)
        self.setObjectName("OperatorConsole")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._scale = scale
        self.setStyleSheet(console_stylesheet(scale))
        self.window_ = window
        self.controls = controls
        self._store_source = store
        self.now = now
        self.names = names or {}
        self.lockout = lockout or Lockout()
        self._labels: Labels | None = None
        self.check_report: CheckReport | None = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.pin_pad = PinPad(scale, controls.pin_hash, controls.save_pin_hash, self.lockout, hasher=hasher)
        self.chooser = FolderChooser(scale, drives)
        self.zone = zone  # the kiosk's time zone (the `timezone` setting); None: the system's
        self.view = ConsoleView(scale, self.chooser, today, zone=zone)
        self.stack.addWidget(self.pin_pad)
        self.stack.addWidget(self.view)
        self.confirm = ConfirmPanel(scale, self)
        self.rewards = RewardsDesk(self.view.rewards, rewards)  # type: ignore[arg-type]
        self.reload_job = Background(self)
        self.export_job = Background(self)
        self.stats_job = Background(self)
        self.items_job = Background(self)  # the item analysis, after the charts
        self.stats: ConsoleStats | None = None
        self._stats_again = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.close_console)
        self._connect()
        window.closing.connect(self.shutdown)
        self.hide()

    def theme_changed(self) -> None:
        """The console's own stylesheet in the look now in use (kiosk.ui.restyle.switch)."""
        self.setStyleSheet(console_stylesheet(self._scale))

    def _connect(self) -> None:
        self.pin_pad.accepted.connect(self._pin_accepted)
        self.pin_pad.cancelled.connect(self.close_console)
        self.view.back_requested.connect(self.close_console)
        self.view.leave_requested.connect(lambda: self.confirm.ask(self.window_.kiosk_mode))
        self.confirm.cancelled.connect(self.confirm.hide)
        self.confirm.confirmed.connect(self.leave_kiosk)
        self.view.page_changed.connect(self._page_changed)
        self.view.filters.changed.connect(self.refresh_stats)
        self.view.content.reload_requested.connect(self.reload_pack)
        self.view.export.export_requested.connect(self.export_to)
        self.view.settings.save_requested.connect(self.save_settings)
        self.view.settings.change_pin_requested.connect(self.change_pin)
        self.view.booth.save_requested.connect(self.save_booth)
        self.reload_job.finished.connect(self._reloaded)
        self.reload_job.failed.connect(self.view.content.show_failure)
        self.export_job.finished.connect(self.view.export.show_report)
        self.export_job.failed.connect(self.view.export.show_failure)
        self.stats_job.finished.connect(self._stats_ready)
        self.stats_job.failed.connect(self._stats_failed)
        self.items_job.finished.connect(self._items_ready)
        self.items_job.failed.connect(self._stats_failed)

    @property
    def store(self) -> ResultsStore | None:
        """The results store: given as is, or opened now through the app's deferred recorder."""
        source = self._store_source
        if not isinstance(source, ResultsStore) and hasattr(source, "open"):
            source = source.open()
        return source if isinstance(source, ResultsStore) else None

    # -- opening and closing -----------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.isVisible()

    @property
    def unlocked(self) -> bool:
        return self.isVisible() and self.stack.currentWidget() is self.view

    def open_pin_pad(self) -> None:
        """The gesture was made: end any visit (the operator took over) and ask for the PIN."""
        if self.isVisible():
            return
        journey = self.window_.journey
        if journey.visit is not None:
            journey.abandon()
        # The console speaks the kiosk's own language, not the last visitor's.
        self.window_.router.language_changed.emit(journey.language)
        self.window_.router.sync()
        self.window_.overlay.hide()
        self.pin_pad.reset()
        self.stack.setCurrentWidget(self.pin_pad)
        self._cover()
        self.pin_pad.setFocus()

    def _cover(self) -> None:
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._restart_idle()

    def _pin_accepted(self) -> None:
        self.pin_pad.stop()
        self.open_console()

    def open_console(self) -> None:
        """Show the console itself (after the PIN; the screenshot command calls it directly)."""
        if not self.isVisible():
            self._cover()
        self.stack.setCurrentWidget(self.view)
        self._restart_idle()  # the operator's own timeout from now on
        self.view.retranslate(self.window_.kiosk_mode)
        self._subtitle()
        self.refresh_stats()
        self._page_changed(self.view.current)
        if self.check_report is None and not self.reload_job.running:
            self.reload_pack()
        self.opened.emit()

    def shutdown(self) -> None:
        """Stop the console's timers and its event filter (closing it, or the window going away)."""
        self.idle_timer.stop()
        self.pin_pad.stop()
        self.confirm.hide()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def close_console(self) -> None:
        """Back to the visitor screens, in the kiosk's own language."""
        if not self.isVisible():
            self.shutdown()
            return
        self.shutdown()
        self.hide()
        self.rewards.forget()
        journey = self.window_.journey
        self.window_.router.language_changed.emit(journey.language)
        self.window_.router.sync()
        self.window_.idle.restart()
        self.closed.emit()

    def leave_kiosk(self) -> None:
        log.info("the operator left kiosk mode")
        self.close_console()
        for job in (self.reload_job, self.export_job, self.stats_job, self.items_job):
            job.wait()
        self.controls.leave_kiosk()

    def change_pin(self) -> None:
        self.pin_pad.reset(change=True)
        self.stack.setCurrentWidget(self.pin_pad)

    # -- the console idle timeout ------------------------------------------------------------------

    def _restart_idle(self) -> None:
        seconds = self.controls.operator.console_idle_timeout
        visitors = self.window_.idle.timeout_ms / 1000
        if self.stack.currentWidget() is self.pin_pad and not self.pin_pad.changing and visitors > 0:
            # Not unlocked yet: whoever left the pad open is a visitor as far as anyone knows, so it
            # goes back to the visitor screens after the visitors' idle time, not the operator's.
            seconds = visitors
        if seconds > 0:
            self.idle_timer.start(round(seconds * 1000))
        else:
            self.idle_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in ACTIVITY and self.isVisible():
            self._restart_idle()
        elif event.type() == QEvent.Type.Resize and watched is self.window_:
            # A screen turned or a window resized: keep covering all of it.
            self.setGeometry(self.window_.rect())
            self.confirm.setGeometry(self.rect())
        return False

    # -- pages ---------------------------------------------------------------------------------------

    def labels(self) -> Labels:
        journey = self.window_.journey
        full = self.controls.full_pack
        if self._labels is None or self._labels.pack is not full or self._labels.language != journey.language:
            self._labels = Labels(full, journey.language, load_lesson)
        # The words the results recorded, for content the pack no longer has (read with the statistics).
        self._labels.words = self.stats.words if self.stats is not None else None
        return self._labels

    def _subtitle(self) -> None:
        journey = self.window_.journey
        parts = [journey.pack.title(journey.language)]
        if journey.kiosk_name:
            parts.append(journey.kiosk_name)
        if journey.event_label:
            parts.append(journey.event_label)
        self.view.set_subtitle(" · ".join(parts))

    def refresh_stats(self) -> None:
        """Fill the statistics pages: at once for an in-memory store, else on a worker thread."""
        filters = self.view.filters
        flt, today = filters.filter(), filters.today_filter()
        language = self.window_.journey.language  # the console's: recorded words in it where they can be
        store = self.store
        self.view.overview.show_health(store.health() if store else None)
        if store is None or store.db is None:
            self._show_stats(empty_stats(flt))
            return
        if store.path is None:
            stats = gather(store.db, flt, today, language)
            self._show_stats(replace(stats, items=item_analysis(store.db, stats)))
            return
        store.flush()  # the worker's own connection then sees every answer recorded so far
        if self.stats_job.running:
            self._stats_again = True  # the filter changed meanwhile: ask again when this one is done
            return
        path = store.path
        self.stats_job.start(lambda: gather_from_file(path, flt, today, language))

    def _stats_ready(self, stats: ConsoleStats) -> None:
        if self._stats_again:
            self._stats_again = False
            self.refresh_stats()
        self._show_stats(stats)
        self._analyse_items()

    def _analyse_items(self) -> None:
        """The item analysis of the statistics shown, on a worker thread: it reads every answer, so the
        charts come first (docs/benchmarks.md, operator console)."""
        stats, store = self.stats, self.store
        if stats is None or stats.items is not None or store is None or store.path is None:
            return
        path = store.path
        # One at a time; _items_ready starts the next for statistics shown meanwhile.
        self.items_job.start(lambda: (stats, item_analysis_from_file(path, stats)))

    def _items_ready(self, result: tuple[ConsoleStats, tuple[ItemAnalysis, ...]]) -> None:
        analysed, items = result
        if self.stats is not analysed:
            self._analyse_items()  # other statistics were shown meanwhile: their own analysis
            return
        self.stats = replace(self.stats, items=items)
        self.view.questions.show_items(self.stats)

    def _stats_failed(self, message: str) -> None:
        log.error("console statistics failed: %s", message)
        self.view.overview.show_health(
            self.store.health() if self.store else None,
            extra=[self.tr("The statistics could not be read: %1").replace("%1", message)],
        )

    def _show_stats(self, stats: ConsoleStats) -> None:
        filters = self.view.filters
        filters.set_events(stats.events)
        self.stats = stats
        self.view.overview.show_stats(stats, filters.period_name(), self.labels())
        self.view.questions.show_stats(stats, self.labels())

    def _page_changed(self, name: str) -> None:
        if name == "redeem":
            self.rewards.refresh()
        if name == "content":
            self._show_pack()
        elif name == "export":
            self.chooser.refresh_places()
        elif name == "booth":
            self._show_booth()
        elif name == "settings":
            self.view.settings.load(
                self.controls.options(), self.controls.full_pack, self.names, self.window_.journey.language
            )

    def _show_booth(self) -> None:
        journey, config = self.window_.journey, self.controls.booth_config()
        shown = [entry.id for entry in journey.pack.lessons]
        lessons = challenge_choices(
            self.controls.full_pack, shown, config.challenge.lessons, journey.language
        )
        self.view.booth.load(config, journey.event_label, lessons)

    def _show_pack(self) -> None:
        journey = self.window_.journey
        shown = tuple(entry.id for entry in journey.pack.lessons)
        self.view.content.show_pack(self.controls.full_pack, shown, journey.language)

    def reload_pack(self) -> None:
        root = self.controls.full_pack.root

        def work() -> tuple[Pack, CheckReport]:
            # workers=1: no process pool from inside the running kiosk (frozen builds, 2-core PCs).
            return load_pack(root), check_pack(root, workers=1)

        if self.reload_job.start(work):
            self.view.content.checking()

    def _reloaded(self, result: tuple[Pack, CheckReport]) -> None:
        pack, report = result
        self.check_report = report
        if pack.lessons:
            self.controls.set_pack(pack)
        else:
            log.error("reloaded lesson pack %s has no lesson to show; keeping the old one", pack.root)
        self._labels = None
        self._show_pack()
        self.view.content.show_report(report)
        self._subtitle()

    def export_to(self, folder: str) -> None:
        if not folder or self.export_job.running:
            return
        if self.store is None or self.store.db is None:
            self.view.export.show_failure(self.tr("the results database is not open"))
            return
        self.store.flush()
        target = Path(folder)
        name = self.window_.journey.kiosk_name
        moment = self.now()
        report = report_writer(i18n.current_language())  # report.pdf beside the CSV files
        self.view.export.exporting()
        if self.store.path is None:
            # An in-memory database lives on this thread only: export it here (it is small).
            try:
                self.view.export.show_report(export_results(self.store.db, target, moment, name, report))
            except (OSError, ValueError) as exc:
                self.view.export.show_failure(str(exc))
            return
        path = self.store.path
        self.export_job.start(lambda: export_results(path, target, moment, name, report))

    def save_booth(self) -> None:
        """The booth page's challenge and reward settings: applied at once, then saved."""
        page = self.view.booth
        config, problem = page.values()
        if config is None:
            page.show_result(problem, saved=False)
            return
        error = self.controls.apply_and_save_booth(config)
        page.show_result(error, note=self._stock_note(config))
        self._restart_idle()

    def _stock_note(self, config: object) -> str:
        """A word when the rules just saved give nothing more: the stock is used up already."""
        access = self.controls.rewards
        if access is None or not access.on:
            return ""
        try:
            status = access.book().status()
        except (OSError, sqlite3.Error) as exc:
            log.error("rewards: the reward book cannot be read: %s", exc)
            return ""
        if status.stock_left == 0:
            return self.tr(
                "No more codes will be given: %1 were given already, as many as the stock."
            ).replace("%1", str(status.issued))
        return ""

    def save_settings(self) -> None:
        options = self.view.settings.options()
        if len(options.hidden_lessons) >= len(options.lesson_order):
            self.view.settings.show_result("", nothing_shown=True)
            return
        error = self.controls.apply_and_save(options)
        self.view.settings.show_result(error)
        self._subtitle()
        self._restart_idle()
