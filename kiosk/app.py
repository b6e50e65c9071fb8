"""Composition root: settings -> lesson pack -> results store -> journey -> QApplication and main window.

Nothing else wires parts together; every other module is handed what it needs.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import paths
from kiosk.content import snapshot
from kiosk.content.cache import LessonCache
from kiosk.content.model import Pack
from kiosk.journey import Journey
from kiosk.journey.challenge import ChallengePlan
from kiosk.journey.records import (
    AnswerRecord,
    NullRecorder,
    QuizResultRecord,
    Recorder,
    ShownQuestion,
    VisitEnd,
)
from kiosk.operator.booth_setup import RewardAccess, load_booth
from kiosk.operator.config import (
    TEXT_SIZES,
    OperatorConfig,
    arrange_lessons,
    load_operator_config_or_defaults,
)
from kiosk.operator.printing import PrinterConfig, load_printer_config
from kiosk.settings import Settings
from kiosk.ui import fonts, i18n, resources, restyle
from kiosk.ui.access import AccessDefaults
from kiosk.ui.window import MainWindow

if TYPE_CHECKING:
    from kiosk.results.store import ResultsStore
    from kiosk.ui.speech import Speaker

log = logging.getLogger(__name__)


def application() -> QApplication:
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    # Fractional HiDPI factors (125 %, 150 %) stay as they are, so the scale maths sees the real logical
    # size: Qt 6's default rounding policy, PassThrough (tests/ui/test_start_look.py checks it).
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Cyber Kiosk")
    app.setOrganizationName(paths.APP_AUTHOR)
    return app


def open_pack(settings: Settings) -> Pack:
    from kiosk.content.loader import load_pack  # see open_catalogue

    root = settings.lessons or paths.default_lessons_dir()
    pack = load_pack(root)
    for diagnostic in pack.diagnostics:
        log.warning("%s", diagnostic)
    return pack


def open_catalogue(settings: Settings) -> tuple[Pack, Callable[[], object] | None]:
    """The catalogue for the kiosk's start, and what to do once the first frame is up.

    From the pack's snapshot when nothing in the pack changed since it was taken (no YAML is parsed
    before the first frame); otherwise the pack is read, and the function returned saves a fresh
    snapshot for the next start.
    """
    root = settings.lessons or paths.default_lessons_dir()
    file = snapshot.snapshot_file(paths.cache_dir(), root)
    pack = snapshot.load(root, file)
    if pack is not None:
        return pack, None
    # The loader (PyYAML, python-markdown) is imported only here and by the first lesson opened: it
    # would add about a third to the start (docs/benchmarks.md, issue 16).
    from kiosk.content.loader import load_pack

    before = snapshot.try_fingerprint(root)
    pack = load_pack(root)
    return pack, lambda: snapshot.save(pack, file, before)


def open_recorder(settings: Settings) -> ResultsStore:
    """The results store the settings name (the user's data folder by default)."""
    # After the first frame (DeferredRecorder): sqlite-utils alone costs the start about a third.
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

    def record_shown(self, shown: ShownQuestion) -> None:
        self.open().record_shown(shown)

    def end_visit(self, visit_id: str, ended_at: datetime, how: VisitEnd) -> None:
        self.open().end_visit(visit_id, ended_at, how)

    def correct_rate(self, lesson_id: str, question_id: str) -> float | None:
        return self.open().correct_rate(lesson_id, question_id)


def make_journey(
    pack: Pack,
    settings: Settings,
    recorder: Recorder,
    *,
    challenge: ChallengePlan | None = None,
    rewards: RewardAccess | None = None,
) -> Journey:
    return Journey(
        pack,
        LessonCache(),  # a lesson opened again is not parsed again (re-read if its files change)
        recorder,
        language=settings.language,
        kiosk_name=settings.kiosk_name,
        event_label=settings.event_label,
        challenge=challenge,
        rewards=rewards if rewards is not None and rewards.on else None,
    )


def set_interface_language(app: QApplication, language: str) -> None:
    i18n.set_language(app, language)


def printer_config(settings: Settings) -> PrinterConfig:
    """The receipt printer in the settings file (off by default; a bad table is logged and turns it off)."""
    config, problem = load_printer_config(settings.source or paths.default_config_file())
    if problem:
        log.error("%s", problem)
    return config


def make_window(
    app: QApplication,
    journey: Journey,
    settings: Settings,
    size: QSize,
    *,
    tick_ms: int = 1000,
    filters_after_first_frame: bool = False,
) -> MainWindow:
    """A main window sized and styled for ``size`` (the screen in kiosk mode, the window otherwise)."""
    scale = resources.visitor_scale(size)
    restyle.apply_stylesheet(app, scale)
    set_interface_language(app, journey.language)
    window = MainWindow(
        journey,
        scale=scale,
        kiosk_mode=not settings.windowed,
        idle_timeout_s=settings.idle_timeout,
        idle_countdown_s=settings.idle_countdown,
        attract_slide_s=settings.attract_seconds if settings.attract_loop else 0,
        printer=printer_config(settings),
        native_names={code: i18n.native_name(code) for code in journey.languages},
        tick_ms=tick_ms,
        filters_after_first_frame=filters_after_first_frame,
        follow_size=True,
        size=size,  # portrait laid out before the first frame, not at it
    )
    window.router.language_changed.connect(lambda code: set_interface_language(app, code))
    return window


def preview_window(
    app: QApplication,
    pack: Pack,
    settings: Settings,
    size: tuple[int, int],
    recorder: Recorder | None = None,
    *,
    tick_ms: int = 1000,
) -> MainWindow:
    """A shown window of exactly ``size`` on a journey of its own that records into ``recorder`` (or
    nowhere): what ``kiosk --screenshot`` and ``--self-test`` drive."""
    journey = make_journey(pack, settings, recorder if recorder is not None else NullRecorder())
    window = make_window(app, journey, settings, QSize(*size), tick_ms=tick_ms)
    window.setFixedSize(*size)
    window.show()
    return window


def hide_pointer() -> None:
    """Blank the mouse pointer over the whole kiosk (touch screens: ``--hide-cursor``)."""
    QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)


def settle_memory() -> None:
    """Freeze what start-up made and turn the cyclic garbage collector (back) on.

    Everything made so far (modules, classes, the catalogue, the window) lives as long as the kiosk;
    frozen, the collector never walks it again, so its pauses during a visit stay short and leaving
    the process does not walk it either. Objects are still freed by reference counting; only cycles
    among frozen objects would stay, and start-up makes none that are meant to go.
    """
    gc.freeze()
    gc.enable()


def start_access_defaults(window: MainWindow, operator: OperatorConfig) -> None:
    """Every visit starts with the operator's text size, contrast and read-aloud (issue 22), this one too."""
    step = TEXT_SIZES.index(operator.text_size)
    window.router.access.set_defaults(AccessDefaults(step, operator.high_contrast, operator.read_aloud))
    window.router.access.reset()


def run(settings: Settings, *, exit_after_start: str | None = None) -> int:
    """Start the kiosk and return the exit status when its window closes.

    Only what the attract screen needs comes before its first frame; the log file, crash handler,
    heartbeat, operator gesture and results store are set up right after it (``StartedKiosk.finish``),
    before the event loop handles anything a visitor does. ``exit_after_start`` ("shown" or "ready")
    quits at the first frame or once that setup is done: start-up benchmarks and tests.
    """
    app = application()
    fonts.register_bundled_fonts()
    pack, save_snapshot = open_catalogue(settings)
    if not pack.lessons:
        root = settings.lessons or paths.default_lessons_dir()
        print(f"kiosk: no lesson can be shown from {root}; run 'kiosk check {root}'", file=sys.stderr)
        return 1
    config_path = settings.source or paths.default_config_file()
    # A damaged [operator] table's problem is logged once the log is set up (StartedKiosk.finish).
    operator, operator_problem = load_operator_config_or_defaults(config_path)
    recorder = DeferredRecorder(settings)
    shown = arrange_lessons(pack, operator.lesson_order, operator.hidden_lessons)
    # The booth challenge and reward codes ([challenge], [rewards]; kiosk.operator.booth).
    booth = load_booth(config_path, pack)  # lessons the pack lacks are logged
    rewards = RewardAccess(settings, config_path, booth.config, lambda: getattr(recorder.open(), "db", None))
    journey = make_journey(shown, settings, recorder, challenge=booth.plan, rewards=rewards)
    screen = app.primaryScreen().availableGeometry().size() if app.primaryScreen() else QSize(1920, 1080)
    if settings.windowed:
        screen = QSize(min(1600, round(screen.width() * 0.85)), min(900, round(screen.height() * 0.85)))
    window = make_window(app, journey, settings, screen, filters_after_first_frame=True)
    start_access_defaults(window, operator)
    if not settings.windowed and not operator.has_pin:
        # The operator's set-up screen comes first (StartedKiosk.finish): no visitor screen before it,
        # not even for the first frame.
        window.stack.hide()
    started = StartedKiosk(
        window, recorder, on_ready=window.leave_kiosk if exit_after_start == "ready" else None
    )
    started.rewards = rewards
    problems = [operator_problem] if operator_problem else []
    problems += booth.problems
    window.first_frame.connect(settle_memory)
    if exit_after_start == "shown":
        window.first_frame.connect(window.leave_kiosk)
    else:
        if settings.hide_cursor:
            window.first_frame.connect(hide_pointer)
        window.first_frame.connect(
            lambda: started.finish(pack, config_path, operator, problems, save_snapshot)
        )
    window.show_kiosk()
    status = app.exec()
    started.stop()
    return int(status)


class StartedKiosk:
    """What the running kiosk sets up once its attract screen is showing, and takes down at the end."""

    def __init__(
        self, window: MainWindow, recorder: DeferredRecorder, on_ready: Callable[[], object] | None = None
    ) -> None:
        self.window = window
        self.recorder = recorder
        self.on_ready = on_ready  # called once everything is set up (``--exit-after-start ready``)
        self._log_handler: object = None
        self._crash_handler: object = None
        self._beat: object = None
        self.rewards: RewardAccess | None = None  # the console's way to the reward book
        self._speaker: Speaker | None = None

    def finish(
        self,
        pack: Pack,
        config_path: Path,
        operator: OperatorConfig,
        problems: list[str],
        save_snapshot: Callable[[], object] | None = None,
    ) -> None:
        """The log file, crash handler, heartbeat and operator gesture now; then, one event-loop turn
        each so that a tap meanwhile is not kept waiting, the results store, the other screens, the
        catalogue's snapshot (when the pack had to be read) and freezing what start-up made."""
        # Imported now rather than with this module: the first frame needs none of them, and the log's
        # handlers, the console hook and the crash handler are about 10 ms of the start (docs/benchmarks.md).
        from kiosk import logs
        from kiosk.operator.lockout import STATE_FILE, Lockout
        from kiosk.ui import crash, heartbeat
        from kiosk.ui.admin.install import install_console

        self._log_handler = logs.setup_logging(echo=False)
        for diagnostic in pack.diagnostics:
            log.warning("%s", diagnostic)
        for problem in problems:
            log.error("%s", problem)
        # Errors are logged and send the visitor back to the attract screen; under ``kiosk supervise``
        # the heartbeat stops if the event loop freezes, and the supervisor restarts the kiosk.
        self._crash_handler = crash.install(self.window)
        self._beat = heartbeat.start_heartbeat(self.window)
        hook = install_console(
            self.window,
            store=self.recorder,
            full_pack=pack,
            config_path=config_path,
            operator=operator,
            lockout=Lockout(state=paths.data_dir() / STATE_FILE),  # a restart does not unlock the pad
            rewards=self.rewards,
        )
        # Full screen without a PIN: the operator chooses one before any visitor screen is usable.
        if not (self.window.kiosk_mode and hook.set_up_pin_first()) and not operator.has_pin:
            log.warning("no operator PIN is set; set one with 'kiosk set-pin' before the kiosk is left alone")
        self.window.stack.show()  # under the set-up screen, if there is one
        # What the first taps need, so they do not wait for it; the screens and the console hook live
        # as long as the kiosk, so they are frozen with the rest.
        # The speech engine starts even when read-aloud is off by default: a visitor may turn it on.
        steps: list[Callable[[], object]] = [
            self.recorder.open,
            self.window.router.prebuild,
            self.start_speech,
        ]
        if save_snapshot is not None:
            steps.append(save_snapshot)
        steps.append(settle_memory)
        if self.on_ready is not None:
            steps.append(self.on_ready)
        self._run_steps(steps)

    def _run_steps(self, steps: list[Callable[[], object]]) -> None:
        def next_step() -> None:
            if steps and not self.window.shutting_down:
                steps.pop(0)()
                QTimer.singleShot(0, next_step)

        QTimer.singleShot(0, next_step)

    def start_speech(self) -> None:
        """Read-aloud: the speech engine starts on a thread of its own; the read buttons show once it
        has found a voice for the visitor's language (``kiosk.ui.speech``)."""
        # imported after the first frame, like the rest of finish()
        from kiosk.ui.speech import QtSpeechBackend, Speaker

        self._speaker = Speaker(QtSpeechBackend(), self.window)
        self.window.router.set_speaker(self._speaker)

    def stop(self) -> None:
        if self._speaker is not None:
            self._speaker.close()
        if self._beat is not None:
            self._beat.stop()  # type: ignore[attr-defined]
        if self._crash_handler is not None:
            self._crash_handler.uninstall()  # type: ignore[attr-defined]
        self.window.shutdown()
        self.recorder.close()
        if self._log_handler is not None:
            from kiosk import logs  # imported by finish(), which made the handler

            logs.close_logging(self._log_handler)  # type: ignore[arg-type]
