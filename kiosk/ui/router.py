"""The one router: turns screen signals into journey calls, then shows the screen for the journey's state.

Slots here are one journey call each; what to show next is the journey's decision. A screen that is
left gets ``on_leave`` (timers stop, visitor traces are wiped) and the new one ``on_enter``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.journey import Journey, Screen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.screens.catalogue import CatalogueScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.reader import ReaderScreen
from kiosk.ui.screens.result import ResultScreen

log = logging.getLogger(__name__)


class Router(QObject):
    screen_changed = Signal(str)  # the Screen value now shown
    language_changed = Signal(str)

    def __init__(
        self, journey: Journey, stack: QStackedWidget, scale: float, native_names: dict[str, str]
    ) -> None:
        super().__init__(stack)
        self.journey = journey
        self.stack = stack
        self.attract = AttractScreen(scale, native_names)
        self.catalogue = CatalogueScreen(scale)
        self.reader = ReaderScreen(scale)
        self.question = QuestionScreen(scale)
        self.result = ResultScreen(scale)
        self.screens: dict[Screen, ScreenBase] = {
            Screen.ATTRACT: self.attract,
            Screen.CATALOGUE: self.catalogue,
            Screen.READER: self.reader,
            Screen.QUESTION: self.question,
            Screen.FEEDBACK: self.question,
            Screen.RESULT: self.result,
        }
        for screen in dict.fromkeys(self.screens.values()):
            stack.addWidget(screen)
        self.attract.set_languages(journey.languages)
        self._current: ScreenBase | None = None
        self._connect()

    def _connect(self) -> None:
        j = self.journey
        self.attract.start_requested.connect(self._do(j.start))
        self.attract.language_requested.connect(self.set_language)
        self.catalogue.lesson_chosen.connect(self.open_lesson)
        self.catalogue.finish_requested.connect(self._do(j.finish))
        self.reader.next_requested.connect(self._do(j.next_page))
        self.reader.back_requested.connect(self._do(j.previous_page))
        self.reader.leave_requested.connect(self._do(j.leave_lesson))
        self.question.choice_toggled.connect(lambda cid: self._call(j.toggle_choice, cid))
        self.question.confirm_requested.connect(self._do(j.confirm))
        self.question.next_requested.connect(self._do(j.next_question))
        self.question.leave_requested.connect(self._do(j.leave_lesson))
        self.result.another_requested.connect(self._do(j.try_another))
        self.result.finish_requested.connect(self._do(j.finish))

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
        screen = self.screens[self.journey.screen]
        if screen is self._current:
            screen.render(self.journey)
        else:
            if self._current is not None:
                self._current.on_leave()
            self._current = screen
            self.stack.setCurrentWidget(screen)
            screen.on_enter(self.journey)
        self.screen_changed.emit(str(self.journey.screen))

    def open_lesson(self, lesson_id: str) -> None:
        opened = self.journey.open_lesson(lesson_id)
        if not opened.ok:
            log.error("lesson %s cannot be shown: %s", lesson_id, opened.problem)
            self.catalogue.show_problem(self.catalogue.tr("Sorry, this lesson cannot be shown right now."))
        self.sync()

    def set_language(self, language: str) -> None:
        self.journey.set_language(language)
        self.language_changed.emit(language)
        self.sync()

    def reset(self) -> None:
        """The idle reset: the journey forgets the visitor, and every screen wipes what it showed."""
        self.journey.idle_reset()
        for screen in dict.fromkeys(self.screens.values()):
            screen.wipe()
        self.language_changed.emit(self.journey.language)
        self.sync()
