"""Composition root: settings -> lesson pack -> results store -> journey -> QApplication and main window.

Nothing else wires parts together; every other module is handed what it needs.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk import paths
from kiosk.content.cache import LessonCache
from kiosk.content.loader import load_pack
from kiosk.content.model import Pack
from kiosk.journey import Journey
from kiosk.results.records import AnswerRecord, QuizResultRecord, Recorder, VisitEnd
from kiosk.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)


def application() -> QApplication:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    # Fractional HiDPI factors (125 %, 150 %) as they are, so the scale maths sees the real logical size.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Cyber Kiosk")
    app.setOrganizationName(paths.APP_AUTHOR)
    return app


def open_pack(settings: Settings) -> Pack:
    root = settings.lessons or paths.default_lessons_dir()
    pack = load_pack(root)
    for diagnostic in pack.diagnostics:
        log.warning("%s", diagnostic)
    return pack


def open_recorder(settings: Settings) -> Recorder:
    from kiosk.results.store import ResultsStore

    return ResultsStore.open(settings.database or paths.default_database())


class DeferredRecorder:
    """The results store, opened once the attract screen is up rather than before it.

    Opening SQLite (and importing sqlite-utils) costs about a tenth of a second, and nobody can answer
    anything before the first tap; ``open()`` runs right after the first frame, and any call that
    comes earlier opens the store itself.
    """

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._store: Recorder | None = None

    def open(self) -> Recorder:
        if self._store is None:
            self._store = open_recorder(self._settings)
        return self._store

    def close(self) -> None:
        close = getattr(self._store, "close", None)
        if close is not None:
            close()

    def start_visit(self, **kwargs: object) -> None:
        self.open().start_visit(**kwargs)  # type: ignore[arg-type]

    def record_answer(self, answer: AnswerRecord) -> None:
        self.open().record_answer(answer)

    def record_quiz_result(self, result: QuizResultRecord) -> None:
        self.open().record_quiz_result(result)

    def end_visit(self, visit_id: str, ended_at: datetime, how: VisitEnd) -> None:
        self.open().end_visit(visit_id, ended_at, how)

    def correct_rate(self, lesson_id: str, question_id: str) -> float | None:
        return self.open().correct_rate(lesson_id, question_id)


def make_journey(pack: Pack, settings: Settings, recorder: Recorder) -> Journey:
    return Journey(
        pack,
        LessonCache(),  # a lesson opened again is not parsed again (re-read if its files change)
        recorder,
        language=settings.language,
        kiosk_name=settings.kiosk_name,
        event_label=settings.event_label,
    )


def set_interface_language(app: QApplication, language: str) -> None:
    from kiosk.ui import i18n

    i18n.set_language(app, language)


def make_window(
    app: QApplication, journey: Journey, settings: Settings, size: QSize, *, tick_ms: int = 1000
) -> MainWindow:
    """A main window sized and styled for ``size`` (the screen in kiosk mode, the window otherwise)."""
    from kiosk.ui import i18n, resources
    from kiosk.ui.window import MainWindow

    scale = resources.scale_for(size)
    app.setStyleSheet(resources.stylesheet(scale))
    set_interface_language(app, journey.language)
    window = MainWindow(
        journey,
        scale=scale,
        kiosk_mode=not settings.windowed,
        idle_timeout_s=settings.idle_timeout,
        idle_countdown_s=settings.idle_countdown,
        native_names={code: i18n.native_name(code) for code in journey.languages},
        tick_ms=tick_ms,
    )
    window.router.language_changed.connect(lambda code: set_interface_language(app, code))
    window.resize(size)
    return window


def run(settings: Settings, *, exit_after_start: bool = False) -> int:
    """Start the kiosk and return the exit status when its window closes."""
    from PySide6.QtCore import QSize, Qt, QTimer

    from kiosk import logs
    from kiosk.ui import crash, fonts, heartbeat

    log_handler = logs.setup_logging(echo=False)
    app = application()
    fonts.register_bundled_fonts()
    pack = open_pack(settings)
    if not pack.lessons:
        root = settings.lessons or paths.default_lessons_dir()
        print(f"kiosk: no lesson can be shown from {root}; run 'kiosk check {root}'", file=sys.stderr)
        return 1
    recorder = DeferredRecorder(settings)
    journey = make_journey(pack, settings, recorder)
    screen = app.primaryScreen().availableGeometry().size() if app.primaryScreen() else QSize(1920, 1080)
    if settings.windowed:
        screen = QSize(min(1600, round(screen.width() * 0.85)), min(900, round(screen.height() * 0.85)))
    window = make_window(app, journey, settings, screen)
    from kiosk.ui.admin.install import install_console

    install_console(
        window, store=recorder, full_pack=pack, config_path=settings.source or paths.default_config_file()
    )
    # Errors are logged and send the visitor back to the attract screen; under ``kiosk supervise`` the
    # heartbeat stops if the event loop freezes, and the supervisor restarts the kiosk.
    crash_handler = crash.install(window)
    beat = heartbeat.start_heartbeat(window)
    if settings.hide_cursor:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    window.show_kiosk()
    if exit_after_start:
        # Leave as soon as the first frame of the attract screen has been handled: start-up benchmarks.
        QTimer.singleShot(0, window.leave_kiosk)
    else:
        # Right after the first frame: what the first taps need, so they do not wait for it.
        QTimer.singleShot(0, recorder.open)
        QTimer.singleShot(0, window.router.prebuild)
    status = app.exec()
    if beat is not None:
        beat.stop()
    crash_handler.uninstall()
    window.shutdown()
    recorder.close()
    logs.close_logging(log_handler)
    return int(status)
