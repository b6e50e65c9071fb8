"""The one router: turns screen signals into journey calls, then shows the screen for the journey's state.

Slots here are one journey call each; what to show next is the journey's decision. A screen that is
left gets ``on_leave`` (timers stop) and the new one ``on_enter``; a lesson's screens (reader,
question, result) are wiped right after the change that leaves them is painted (by the preparer, so
the tap does not wait for it), and every screen is wiped at once when the visit ends. Screens
other than the attract screen are built on first use (or by ``prebuild`` just after start), and their
modules are imported there too: the first frame waits only for the attract screen's (the others'
imports are about 16 ms of the kiosk's start, docs/benchmarks.md). After
each change the hidden screen the next tap most likely shows is prepared (``kiosk.ui.ahead``), and
the lessons are parsed ahead on a worker thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.content.cache import LessonCache
from kiosk.content.model import Pack
from kiosk.journey import Journey, JourneyError, Screen
from kiosk.operator.printing import PrinterConfig
from kiosk.ui.access import AccessChoices
from kiosk.ui.ahead import Preparer
from kiosk.ui.opening import LessonOpener
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.access_panel import AccessButton, AccessPanel
from kiosk.ui.widgets.confirm_overlay import ConfirmOverlay

if TYPE_CHECKING:
    from kiosk.ui.screens.catalogue import CatalogueScreen
    from kiosk.ui.screens.challenge_result import ChallengeResultScreen
    from kiosk.ui.screens.question import QuestionScreen
    from kiosk.ui.screens.reader import ReaderScreen
    from kiosk.ui.screens.result import ResultScreen
    from kiosk.ui.speech import Speaker

log = logging.getLogger(__name__)


class Router(QObject):
    screen_changed = Signal(str)  # the Screen value now shown
    moved = Signal()  # what the screen shows changed (another screen, page or question): kiosk.ui.tap_guard
    language_changed = Signal(str)
    #: the thread parsing lessons ahead (``warm_lessons``), and what stops it
    warming: threading.Thread | None = None
    _warm_stop: threading.Event | None = None
    _ahead: Preparer | None = None  # prepares the next screen once a change is painted
    _opener: LessonOpener | None = None
    _confirm: ConfirmOverlay | None = None  # the touch question over the screens, made when first asked
    _access_panel: AccessPanel | None = None  # the accessibility panel, made when first opened
    #: read-aloud (``kiosk.ui.speech``): None until the kiosk has one (``set_speaker``)
    speaker: Speaker | None = None

    def __init__(
        self,
        journey: Journey,
        stack: QStackedWidget,
        scale: float,
        native_names: dict[str, str],
        *,
        attract_slide_s: float = 8.0,  # the attract loop's seconds per slide; 0 turns it off
        printer: PrinterConfig | None = None,  # a receipt printer for the result's take-home slip
    ) -> None:
        super().__init__(stack)
        self.journey = journey
        self.stack = stack
        self.scale = scale
        self.native_names = native_names
        self.portrait = False  # the window is taller than wide (``set_metrics``)
        self.printer = printer
        self._built: dict[str, ScreenBase] = {}
        self._current: ScreenBase | None = None
        self._place: tuple[object, ...] = ()
        self._interface_language = journey.language  # what language_changed last announced
        #: lessons that raised an unexpected error: shown as unavailable until the pack is replaced
        self.unavailable: set[str] = set()
        self._unavailable_in: Pack | None = journey.pack
        self.language_changed.connect(self._note_language)
        #: the visitor's accessibility choices (text size, contrast, read-aloud), reset with the visit
        self.access = AccessChoices(parent=self)
        self.access.read_aloud_changed.connect(self._read_aloud_changed)
        # Only the attract screen is needed for the first frame; the others are built on first use or
        # by prebuild() right after the window is up.
        self.attract = AttractScreen(scale, native_names, slide_seconds=attract_slide_s)
        self._add("attract", self.attract)
        self.attract.set_languages(journey.languages)
        self.attract.start_requested.connect(self._do(journey.start))
        self.attract.challenge_requested.connect(self.start_challenge)

    def _add(self, name: str, screen: ScreenBase) -> None:
        self._built[name] = screen
        screen.corner.language_requested.connect(self.set_language)
        button = AccessButton(screen.corner_surface)
        button.clicked.connect(self.open_access_panel)
        screen.corner.add_accessory(button)
        screen.read_requested.connect(self.read_current)

        screen.set_metrics(self.scale, self.portrait)  # built after a resize: laid out for it now
        self.stack.addWidget(screen)

    def set_metrics(self, scale: float, portrait: bool) -> None:
        """The window was resized or its screen rotated: every screen built so far lays itself out
        again for ``scale`` and the orientation; those built later start so."""
        self.scale, self.portrait = scale, portrait
        for screen in self._built.values():
            screen.set_metrics(scale, portrait)

    @property
    def catalogue(self) -> CatalogueScreen:
        if "catalogue" not in self._built:
            from kiosk.ui.screens.catalogue import CatalogueScreen

            screen = CatalogueScreen(self.scale)
            screen.unavailable = self.unavailable
            screen.lesson_chosen.connect(self.open_lesson)
            screen.finish_requested.connect(self._do(self.journey.finish))
            screen.challenge_requested.connect(self.start_challenge)
            self._add("catalogue", screen)
        return self._built["catalogue"]  # type: ignore[return-value]

    @property
    def reader(self) -> ReaderScreen:
        if "reader" not in self._built:
            from kiosk.ui.screens.reader import ReaderScreen

            screen = ReaderScreen(self.scale)
            screen.next_requested.connect(self._do(self.journey.next_page))
            screen.back_requested.connect(self._do(self.journey.previous_page))
            screen.page_requested.connect(lambda index: self._call(self.journey.show_page, index))
            screen.leave_requested.connect(self._do(self.journey.leave_lesson))
            self._add("reader", screen)
        return self._built["reader"]  # type: ignore[return-value]

    @property
    def question(self) -> QuestionScreen:
        if "question" not in self._built:
            j = self.journey
            from kiosk.ui.screens.question import QuestionScreen

            screen = QuestionScreen(self.scale)
            screen.choice_toggled.connect(lambda cid: self._call(j.toggle_choice, cid))
            screen.confirm_requested.connect(self._do(j.confirm))
            screen.next_requested.connect(self._do(j.next_question))
            screen.leave_requested.connect(self.ask_leave_quiz)
            self._add("question", screen)
        return self._built["question"]  # type: ignore[return-value]

    @property
    def result(self) -> ResultScreen:
        if "result" not in self._built:
            from kiosk.ui.screens.result import ResultScreen

            screen = ResultScreen(self.scale, printer=self.printer)
            screen.another_requested.connect(self._do(self.journey.try_another))
            screen.retry_requested.connect(self._do(self.journey.retry_lesson))
            screen.finish_requested.connect(self._do(self.journey.finish))
            self._add("result", screen)
        return self._built["result"]  # type: ignore[return-value]

    @property
    def challenge_result(self) -> ChallengeResultScreen:
        if "challenge_result" not in self._built:
            from kiosk.ui.screens.challenge_result import ChallengeResultScreen

            screen = ChallengeResultScreen(self.scale, printer=self.printer)
            screen.again_requested.connect(self._do(self.journey.retry_challenge))
            screen.lessons_requested.connect(self._do(self.journey.try_another))
            screen.finish_requested.connect(self._do(self.journey.finish))
            self._add("challenge_result", screen)
        return self._built["challenge_result"]  # type: ignore[return-value]

    def start_challenge(self) -> None:
        """The booth challenge (attract screen or catalogue); with nothing to ask, the catalogue says so."""
        try:
            opened = self.journey.start_challenge()
        except JourneyError as exc:
            log.debug("ignored a challenge tap the journey does not allow now: %s", exc)
            opened = None
        if opened is not None and not opened.ok:
            log.error("the booth challenge cannot start: %s", opened.problem)
            self.catalogue.show_problem(
                QCoreApplication.translate("CatalogueScreen", "Sorry, the challenge cannot start right now.")
            )
        self._call(lambda: None)

    @property
    def confirm(self) -> ConfirmOverlay:
        """The touch question ("Leave this quiz?") over the screens."""
        if self._confirm is None:
            self._confirm = ConfirmOverlay(self.scale, self.stack)
        return self._confirm

    @property
    def access_panel(self) -> AccessPanel:
        """The accessibility panel (larger text, high contrast, read-aloud) over the screens."""
        if self._access_panel is None:
            self._access_panel = AccessPanel(self.access, self.scale, self.stack)
        return self._access_panel

    def open_access_panel(self) -> None:
        self.access_panel.open()

    def ask_leave_quiz(self) -> None:
        """ "Lessons" in a quiz: ask first, since leaving loses the visitor's place in it."""
        if self.journey.screen not in (Screen.QUESTION, Screen.FEEDBACK):
            self._call(self.journey.leave_lesson)
            return
        if self.journey.in_challenge:
            self.confirm.ask(
                self.tr("Leave the challenge?"),
                self.tr("You go back to the start screen. The next challenge has new questions.")
                if self.journey.only_challenge
                else self.tr("You go back to the lessons. The next challenge has new questions."),
                stay=self.tr("Stay in the challenge"),
                leave=self.tr("Leave the challenge"),
                on_leave=self._do(self.journey.leave_lesson),
            )
            return
        self.confirm.ask(
            self.tr("Leave this quiz?"),
            self.tr("If you leave now, the quiz starts again from the first question next time."),
            stay=self.tr("Stay in the quiz"),
            leave=self.tr("Leave the quiz"),
            on_leave=self._do(self.journey.leave_lesson),
        )

    def screen_for(self, state: Screen) -> ScreenBase:
        if state is Screen.ATTRACT:
            return self.attract
        if state is Screen.CATALOGUE:
            return self.catalogue
        if state is Screen.READER:
            return self.reader
        if state in (Screen.QUESTION, Screen.FEEDBACK):
            return self.question
        if state is Screen.CHALLENGE_RESULT:
            return self.challenge_result
        return self.result

    def prebuild(self) -> None:
        """Build every screen now and parse the lessons in the background: first taps wait for neither."""
        for state in Screen:
            self.screen_for(state)
        self.catalogue.prepare(self.journey)
        self.warm_lessons()
        self.preparer.schedule()  # the catalogue laid out and painted once before the first visitor

    def built(self, name: str) -> ScreenBase | None:
        """The screen called ``name`` ("catalogue", "question", "result", ...) if it is built yet."""
        return self._built.get(name)

    def warm_lessons(self) -> threading.Thread | None:
        """Parse the pack's lessons on a worker thread, likeliest first, so a first opening finds them ready.

        Content is plain Python: the thread touches no widget. It stops early when the router goes.
        Returns the thread (None when the journey's loader keeps nothing, so parsing ahead is useless).
        """
        cache = self.journey.lesson_loader
        if not isinstance(cache, LessonCache):
            return None
        stop = self._warm_stop
        if stop is None:
            stop = self._warm_stop = threading.Event()
            self.destroyed.connect(stop.set)
        lessons = self.journey.lessons_to_warm()
        thread = threading.Thread(target=cache.warm, args=(lessons, stop), name="lesson-warm-up", daemon=True)
        thread.start()
        self.warming = thread
        return thread

    def stop_warming(self) -> None:
        """End the background parse after the lesson it is on (tests, shutdown)."""
        if self._warm_stop is not None:
            self._warm_stop.set()
        if self.warming is not None:
            self.warming.join()

    # -- preparing what the next tap shows -----------------------------------------------------------

    @property
    def preparer(self) -> Preparer:
        if self._ahead is None:
            self._ahead = Preparer(self)
        return self._ahead

    def prepare_ahead(self) -> None:
        """Prepare now what the next tap most likely shows (the event loop does it after each change)."""
        self.preparer.run_now()

    @property
    def built_screens(self) -> tuple[ScreenBase, ...]:
        return tuple(self._built.values())

    def _do(self, action: Callable[[], object]) -> Callable[[], None]:
        return lambda *_: self._call(action)

    def _call(self, action: Callable[..., object], *args: object) -> None:
        # A double tap can deliver a second click after the screen already moved on; the journey refuses
        # it (JourneyError) and the visitor sees nothing odd.
        lesson = self.journey.lesson
        try:
            try:
                action(*args)
            except JourneyError as exc:
                log.debug("ignored a tap the journey does not allow now: %s", exc)
            self.sync()
        except Exception as exc:
            # Whatever a lesson raises is that lesson's fault: it alone goes, the visit goes on.
            failed = self.journey.lesson or lesson
            if failed is None:
                raise  # not inside a lesson: the crash handler starts over
            self.lesson_failed(failed.id, exc)

    # -- lessons that fail -----------------------------------------------------------------------------

    def lesson_failed(self, lesson_id: str, exc: BaseException) -> None:
        """Take ``lesson_id`` out of use after it raised ``exc``: logged once, its card shown as
        unavailable, and the visitor back on the catalogue with a short apology."""
        self._forget_unavailable_of_old_packs()
        if lesson_id not in self.unavailable:
            self.unavailable.add(lesson_id)
            log.error(
                "lesson %s raised an unexpected error and is unavailable until the pack is reloaded",
                lesson_id,
                exc_info=exc,
            )
        journey = self.journey
        if journey.screen is Screen.RESULT:
            journey.try_another()
        elif journey.screen is Screen.CHALLENGE_RESULT:
            journey.finish() if journey.only_challenge else journey.try_another()
        elif journey.screen in (Screen.READER, Screen.QUESTION, Screen.FEEDBACK):
            journey.leave_lesson()
        self.catalogue.show_problem(
            QCoreApplication.translate("CatalogueScreen", "Sorry, this lesson cannot be shown right now.")
        )
        self.sync()

    def _forget_unavailable_of_old_packs(self) -> None:
        if self._unavailable_in is not self.journey.pack:
            self.unavailable.clear()  # the operator reloaded the pack: every lesson gets a fresh chance
            self._unavailable_in = self.journey.pack

    @property
    def current(self) -> ScreenBase | None:
        return self._current

    def sync(self) -> None:
        """Show the journey's screen: leave the old one, enter the new one, or refresh the same one."""
        screen = self.screen_for(self.journey.screen)
        if screen is self._current:
            screen.render(self.journey)
        else:
            if self._current is not None:
                self._current.on_leave()
                if screen is self.attract:
                    # The visit ended (Finish): no screen keeps anything of that visitor.
                    self.wipe_all()
                    if self.journey.language != self._interface_language:
                        self.language_changed.emit(self.journey.language)  # the kiosk's own again
                elif self._current.wiped_when_left:
                    self.preparer.wipe_later(self._current)
            self._current = screen
            self.stack.setCurrentWidget(screen)
            screen.on_enter(self.journey)
        screen.corner.show_languages(self.journey.language_choices, self.journey.language, self.native_names)
        self.screen_changed.emit(str(self.journey.screen))
        run = self.journey.quiz_run
        # The language is part of the place: after a switch, a second tap of a double tap on the same
        # spot is the tap guard's to drop, like any tap that changed the screen.
        place = (
            self.journey.screen,
            id(self.journey.lesson),
            self.journey.page_index,
            run and run.index,
            self.journey.language,
        )
        if place != self._place:
            self._place = place
            self.stop_reading()  # another page, question, screen or language: the old words stop
            self.moved.emit()
        self.show_read_buttons()
        if len(self._built) > 1:
            # Only built screens are prepared: with the attract screen alone (the start, before
            # prebuild) there is nothing to do.
            self.preparer.schedule()

    def stop_preparing(self) -> None:
        """Nothing more is prepared or wiped later (the kiosk is closing)."""
        if self._ahead is not None:
            self._ahead.stop()
            self._ahead.forget_wipes()

    def wipe_all(self) -> None:
        """Every screen forgets what it showed (the visit ended, or the kiosk is closing)."""
        if self._ahead is not None:
            self._ahead.forget_wipes()
        if self._confirm is not None:
            self._confirm.dismiss()
        self.stop_reading()
        if self._access_panel is not None:
            self._access_panel.hide()
        # the next visitor starts from the operator's text size and contrast, not the last one's
        self.access.reset()
        for screen in self.built_screens:
            screen.wipe()
            # the visitor's language leaves no trace in any screen's corner either
            screen.corner.show_languages(
                self.journey.language_choices, self.journey.language, self.native_names
            )
            # A screen remembers which of its widgets had the focus and gives it back when shown again:
            # the next visitor would find the focus on the card the last one opened.
            remembered = screen.focusWidget()
            if remembered is not None:
                remembered.clearFocus()

    # -- read-aloud ------------------------------------------------------------------------------------

    def set_speaker(self, speaker: Speaker) -> None:
        """Read-aloud from now on: the read buttons show once the voices are known (where one exists)."""
        self.speaker = speaker
        speaker.ready.connect(self.show_read_buttons)
        speaker.speaking_changed.connect(self._reading_changed)
        self.show_read_buttons()

    def set_read_aloud(self, on: bool) -> None:
        """Turn read-aloud on or off for this visit (the accessibility panel's choice)."""
        self.access.set_read_aloud(on)

    def _read_aloud_changed(self, on: bool) -> None:
        if not on:
            self.stop_reading()
        self.show_read_buttons()

    def can_read(self) -> bool:
        """Whether the read buttons show: read-aloud on, and a voice for the language of what is shown."""
        return self.access.read_aloud and self._has_voice()

    def _has_voice(self) -> bool:
        lesson = self.journey.lesson
        language = lesson.language if lesson is not None else self.journey.language
        return self.speaker is not None and self.speaker.available(language)

    def show_read_buttons(self) -> None:
        # no voice for the language shown: the accessibility panel does not offer read-aloud either
        self.access.set_read_aloud_available(self._has_voice())
        shown = self.can_read()
        for screen in self.built_screens:
            button = getattr(screen, "read_button", None)
            if button is not None and button.isHidden() == shown:
                button.setVisible(shown)

    def read_current(self) -> None:
        """The read button: read what the screen shows, or stop if it is reading."""
        speaker, screen = self.speaker, self._current
        if speaker is None or screen is None or not self.can_read():
            return
        if speaker.speaking:
            speaker.stop()
            return
        lesson = self.journey.lesson
        speaker.speak(screen.spoken_text(), lesson.language if lesson is not None else self.journey.language)

    def stop_reading(self) -> None:
        if self.speaker is not None:
            self.speaker.stop()

    def _reading_changed(self, speaking: bool) -> None:
        for screen in self.built_screens:
            button = getattr(screen, "read_button", None)
            if button is not None:
                button.set_reading(speaking)

    def _note_language(self, language: str) -> None:
        self._interface_language = language

    @property
    def opener(self) -> LessonOpener:
        """Opens lessons without the screen waiting for a parse (``kiosk.ui.opening``)."""
        if self._opener is None:
            self._opener = LessonOpener(self.journey, self.open_lesson, self._lesson_unavailable, self)
        return self._opener

    def open_lesson(self, lesson_id: str) -> None:
        self._forget_unavailable_of_old_packs()
        if lesson_id in self.unavailable:
            self.catalogue.show_problem(
                QCoreApplication.translate("CatalogueScreen", "Sorry, this lesson cannot be shown right now.")
            )
            self.sync()
            return
        if self.journey.screen is not Screen.CATALOGUE:
            self.opener.cancel()  # a late tap, or a parse that ended after the visitor moved on
        elif not self.opener.can_open_now(lesson_id):
            self.catalogue.show_problem(QCoreApplication.translate("CatalogueScreen", "Opening the lesson…"))
            return
        try:
            opened = self.journey.open_lesson(lesson_id)
        except JourneyError as exc:
            # A late tap on a card (a double tap, or one the scroller delivered after the screen moved on).
            log.debug("ignored a tap the journey does not allow now: %s", exc)
            self.sync()
            return
        except Exception as exc:
            self.lesson_failed(lesson_id, exc)
            return
        if not opened.ok:
            self._lesson_unavailable(lesson_id, opened.problem)
            return
        self._call(lambda: None)  # shows the lesson; a lesson that fails to show is taken out of use

    def _lesson_unavailable(self, lesson_id: str, problem: str) -> None:
        log.error("lesson %s cannot be shown: %s", lesson_id, problem)
        if self.journey.screen is Screen.CATALOGUE:
            self.catalogue.show_problem(
                QCoreApplication.translate("CatalogueScreen", "Sorry, this lesson cannot be shown right now.")
            )
        self._call(lambda: None)  # shows the lesson; a lesson that fails to show is taken out of use

    def set_language(self, language: str) -> None:
        try:
            self.journey.set_language(language)
        except JourneyError as exc:
            log.debug("ignored a language tap the journey does not allow now: %s", exc)
            self.sync()
            return
        self.language_changed.emit(language)
        self.sync()

    def reset(self) -> None:
        """The idle reset: the journey forgets the visitor, and every screen wipes what it showed."""
        language = self.journey.language
        self.journey.idle_reset()
        self.wipe_all()
        if self.journey.language != language:
            # Back to the kiosk's own language; switching costs a restyle, so only when it changed.
            self.language_changed.emit(self.journey.language)
        self.sync()
