"""The one router: turns screen signals into journey calls, then shows the screen for the journey's state.

Slots here are one journey call each; what to show next is the journey's decision. A screen that is
left gets ``on_leave`` (timers stop) and the new one ``on_enter``; a lesson's screens (reader,
question, result) are wiped right after the change that leaves them is painted (by the preparer, so
the tap does not wait for it), and every screen is wiped at once when the visit ends. Screens
other than the attract screen are built on first use (or by ``prebuild`` just after start). After
each change the hidden screen the next tap most likely shows is prepared (``kiosk.ui.ahead``), and
the lessons are parsed ahead on a worker thread, so a tap mostly just swaps screens.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.content.cache import LessonCache
from kiosk.journey import Journey, Screen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import ScreenBase

if TYPE_CHECKING:
    from kiosk.ui.ahead import Preparer
    from kiosk.ui.screens.catalogue import CatalogueScreen
    from kiosk.ui.screens.question import QuestionScreen
    from kiosk.ui.screens.reader import ReaderScreen
    from kiosk.ui.screens.result import ResultScreen
    from kiosk.ui.widgets.confirm_overlay import ConfirmOverlay

log = logging.getLogger(__name__)


class Router(QObject):
    screen_changed = Signal(str)  # the Screen value now shown
    moved = Signal()  # what the screen shows changed (another screen, page or question): kiosk.ui.tap_guard
    language_changed = Signal(str)
    #: the thread parsing lessons ahead (``warm_lessons``), and what stops it
    warming: threading.Thread | None = None
    _warm_stop: threading.Event | None = None
    _ahead: Preparer | None = None  # prepares the next screen once a change is painted
    _confirm: ConfirmOverlay | None = None  # the touch question over the screens, made when first asked

    def __init__(
        self, journey: Journey, stack: QStackedWidget, scale: float, native_names: dict[str, str]
    ) -> None:
        super().__init__(stack)
        self.journey = journey
        self.stack = stack
        self.scale = scale
        self._built: dict[str, ScreenBase] = {}
        self._questions: list[QuestionScreen] = []  # the one in use first, then its twin
        self._current: ScreenBase | None = None
        self._place: tuple[object, ...] = ()
        self._interface_language = journey.language  # what language_changed last announced
        self.language_changed.connect(self._note_language)
        # Only the attract screen is needed for the first frame; the others are built on first use or
        # by prebuild() right after the window is up (the start-up budget is tight).
        self.attract = AttractScreen(scale, native_names)
        self._add("attract", self.attract)
        self.attract.set_languages(journey.languages)
        self.attract.start_requested.connect(self._do(journey.start))
        self.attract.language_requested.connect(self.set_language)

    def _add(self, name: str, screen: ScreenBase) -> None:
        self._built[name] = screen
        self.stack.addWidget(screen)

    @property
    def catalogue(self) -> CatalogueScreen:
        if "catalogue" not in self._built:
            from kiosk.ui.screens.catalogue import CatalogueScreen

            screen = CatalogueScreen(self.scale)
            screen.lesson_chosen.connect(self.open_lesson)
            screen.finish_requested.connect(self._do(self.journey.finish))
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
        """The question screen in use: on view during a quiz, and the one a quiz starts on."""
        return self._question_screens(1)[0]

    @property
    def question_twin(self) -> QuestionScreen:
        """The other question screen, filled while the visitor looks at the one in use (see ``sync``)."""
        return self._question_screens(2)[1]

    def _question_screens(self, count: int) -> list[QuestionScreen]:
        while len(self._questions) < count:
            name = "question-twin" if self._questions else "question"
            self._questions.append(self._make_question(name))
        return self._questions

    def _make_question(self, name: str) -> QuestionScreen:
        from kiosk.ui.screens.question import QuestionScreen

        j = self.journey
        screen = QuestionScreen(self.scale)
        screen.choice_toggled.connect(lambda cid: self._call(j.toggle_choice, cid))
        screen.confirm_requested.connect(self._do(j.confirm))
        screen.next_requested.connect(self._do(j.next_question))
        screen.leave_requested.connect(self.ask_leave_quiz)
        self._add(name, screen)
        return screen

    @property
    def result(self) -> ResultScreen:
        if "result" not in self._built:
            from kiosk.ui.screens.result import ResultScreen

            screen = ResultScreen(self.scale)
            screen.another_requested.connect(self._do(self.journey.try_another))
            screen.retry_requested.connect(self._do(self.journey.retry_lesson))
            screen.finish_requested.connect(self._do(self.journey.finish))
            self._add("result", screen)
        return self._built["result"]  # type: ignore[return-value]

    @property
    def confirm(self) -> ConfirmOverlay:
        """The touch question ("Leave this quiz?") over the screens."""
        if self._confirm is None:
            from kiosk.ui.widgets.confirm_overlay import ConfirmOverlay

            self._confirm = ConfirmOverlay(self.scale, self.stack)
        return self._confirm

    def ask_leave_quiz(self) -> None:
        """ "Lessons" in a quiz: ask first, since leaving loses the visitor's place in it."""
        if self.journey.screen not in (Screen.QUESTION, Screen.FEEDBACK):
            self._call(self.journey.leave_lesson)
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
        return self.result

    def _question_for_now(self) -> QuestionScreen:
        """The question screen to show: the one in use, unless the journey moved on to what its twin holds.

        Then the two change roles: the twin shows, laid out and painted already, and the one left
        becomes the twin, to be filled with what comes after.
        """
        in_use = self.question
        if len(self._questions) < 2 or self._current is not in_use:
            return in_use
        from kiosk.ui.screens.question import QuestionView

        view = QuestionView.of(self.journey)
        twin = self._questions[1]
        if twin.holds(view) and not in_use.holds(view):
            self._questions.reverse()
            return twin
        return in_use

    def prebuild(self) -> None:
        """Build every screen now and parse the lessons in the background: first taps wait for neither."""
        for state in Screen:
            self.screen_for(state)
        self._question_screens(2)
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
            from kiosk.ui.ahead import Preparer

            self._ahead = Preparer(self)
        return self._ahead

    def prepare_ahead(self) -> None:
        """Prepare now what the next tap most likely shows (the event loop does it after each change)."""
        self.preparer.run_now()

    @property
    def question_screens(self) -> tuple[QuestionScreen, ...]:
        """The question screens built so far (two once ``prebuild`` ran), the one in use first."""
        return tuple(self._questions)

    @property
    def built_screens(self) -> tuple[ScreenBase, ...]:
        return tuple(self._built.values())

    def _do(self, action: Callable[[], object]) -> Callable[[], None]:
        return lambda *_: self._call(action)

    def _call(self, action: Callable[..., object], *args: object) -> None:
        # A double tap can deliver a second click after the screen already moved on; the journey refuses
        # it (JourneyError) and the visitor sees nothing odd.
        from kiosk.journey import JourneyError

        try:
            action(*args)
        except JourneyError as exc:
            log.debug("ignored a tap the journey does not allow now: %s", exc)
        self.sync()

    @property
    def current(self) -> ScreenBase | None:
        return self._current

    def sync(self) -> None:
        """Show the journey's screen: leave the old one, enter the new one, or refresh the same one."""
        state = self.journey.screen
        asking = state in (Screen.QUESTION, Screen.FEEDBACK)
        screen = self._question_for_now() if asking else self.screen_for(state)
        if screen is self._current:
            screen.render(self.journey)
        else:
            twins = self._current in self._questions and screen in self._questions
            if twins:
                screen.keep_place_of(self._current)  # type: ignore[arg-type]
            if self._current is not None and not twins:
                # Between the twin question screens nothing is left behind for good: the screen
                # stepped away from is filled again for what follows, and wiped when the visit ends.
                self._current.on_leave()
                if screen is self.attract:
                    # The visit ended (Finish): no screen keeps anything of that visitor.
                    self.wipe_all()
                    if self.journey.language != self._interface_language:
                        self.language_changed.emit(self.journey.language)  # the kiosk's own again
                elif self._current.wiped_when_left:
                    # Leaving the quiz leaves both question screens: the twin may hold an answer too.
                    left = self._questions if self._current in self._questions else [self._current]
                    for screen_left in left:
                        self.preparer.wipe_later(screen_left)
            self._current = screen
            self.stack.setCurrentWidget(screen)
            screen.on_enter(self.journey)
        self.screen_changed.emit(str(self.journey.screen))
        run = self.journey.quiz_run
        place = (self.journey.screen, id(self.journey.lesson), self.journey.page_index, run and run.index)
        if place != self._place:
            self._place = place
            self.moved.emit()
        if len(self._built) > 1:
            # Only built screens are prepared, so with the attract screen alone (the start, before
            # prebuild) there is nothing to do, and the preparer is not even imported before the first frame.
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
        for screen in self.built_screens:
            screen.wipe()

    def _note_language(self, language: str) -> None:
        self._interface_language = language

    def open_lesson(self, lesson_id: str) -> None:
        from kiosk.journey import JourneyError

        try:
            opened = self.journey.open_lesson(lesson_id)
        except JourneyError as exc:
            # A late tap on a card (a double tap, or one the scroller delivered after the screen moved on).
            log.debug("ignored a tap the journey does not allow now: %s", exc)
            self.sync()
            return
        if not opened.ok:
            log.error("lesson %s cannot be shown: %s", lesson_id, opened.problem)
            self.catalogue.show_problem(
                QCoreApplication.translate("CatalogueScreen", "Sorry, this lesson cannot be shown right now.")
            )
        self.sync()

    def set_language(self, language: str) -> None:
        from kiosk.journey import JourneyError

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
