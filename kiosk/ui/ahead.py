"""Preparing, while a visitor reads a screen, the hidden screen their next tap most likely shows.

The result is filled while the last answer's feedback shows, and the catalogue in the visitor's
language (and with their ticks) while the attract or result screen shows; while a page shows, the
quiz's choice cards are made and the next page's pictures decoded. A prepared screen is then laid out
and painted off screen once, so text layouts and glyphs are ready and the tap itself only swaps
screens. Screens left are wiped here too, just after the change that left them. The work runs in small steps, one per turn of the event loop, so a tap never waits long
behind it. A screen checks on entering that what it holds is what the journey holds and fills itself
again if not: preparing can save time, never show something else.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from kiosk.journey import Screen

if TYPE_CHECKING:
    from kiosk.ui.router import Router
    from kiosk.ui.screens.base import ScreenBase

log = logging.getLogger(__name__)

#: how long after a change preparing starts: the change is painted by then, and no visitor can read
#: the new screen and tap again that fast
AHEAD_MS = 20


class Preparer(QObject):
    """Runs the preparation for the router's current state, one step per turn of the event loop."""

    def __init__(self, router: Router) -> None:
        super().__init__(router)
        self.router = router
        self._steps: Iterator[None] | None = None
        self._to_wipe: list[ScreenBase] = []  # screens left, to be wiped before anything is prepared
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def schedule(self) -> None:
        """The screen just changed: drop any preparation under way and start afresh shortly."""
        self._steps = None
        self._timer.start(AHEAD_MS)

    def wipe_later(self, screen: ScreenBase) -> None:
        """Wipe ``screen``, just left, in the first step after the change (unless it shows again by then)."""
        if screen not in self._to_wipe:
            self._to_wipe.append(screen)

    def forget_wipes(self) -> None:
        """Every screen is being wiped at once (the visit ended): nothing is left to wipe later."""
        self._to_wipe.clear()

    def stop(self) -> None:
        self._steps = None
        self._timer.stop()

    def run_now(self) -> None:
        """Every step at once (tests, and callers that cannot wait for the event loop)."""
        self.stop()
        for _ in self.steps():
            pass

    def _step(self) -> None:
        if self._steps is None:
            self._steps = self.steps()
        try:
            next(self._steps)
        except StopIteration:
            self._steps = None
            return
        except Exception:
            # Optional work: the screen fills itself when shown, so a failure here costs only time.
            log.exception("could not prepare the next screen ahead")
            self._steps = None
            return
        self._timer.start(0)

    def steps(self) -> Iterator[None]:
        router = self.router
        while self._to_wipe:
            screen = self._to_wipe.pop(0)
            if screen is not router.current:
                screen.wipe()
                yield
        journey = router.journey
        state = journey.screen
        # Only screens already built are prepared: building them is ``prebuild``'s job, after the
        # first frame, and must not slip in before it.
        result = journey.upcoming_result if state is Screen.FEEDBACK else None
        if result is not None:
            lesson = journey.lesson
            if lesson is None or router.built("result") is None:
                return
            router.result.prepare(result, lesson, journey.pack.root, journey.pack)
            yield
            yield from self.lay_out(router.result)
        elif state is Screen.READER:
            yield from self.reading()
        elif state in (Screen.ATTRACT, Screen.RESULT) and router.built("catalogue") is not None:
            # The visitor's language may have just changed, and the result added a tick.
            router.catalogue.render(journey)
            yield
            yield from self.lay_out(router.catalogue)

    def reading(self) -> Iterator[None]:
        """While a page shows: the quiz's choice cards made, then the next page's pictures decoded."""
        router, journey = self.router, self.router.journey
        lesson = journey.lesson
        if lesson is None or router.built("question") is None or router.built("reader") is None:
            return
        if lesson.quiz is not None:
            # As many choice cards as the quiz's largest question needs, one card per step.
            needed = max((len(q.choices) for q in lesson.quiz.questions), default=0)
            while len(router.question.pool) < needed:
                router.question.reserve_cards(len(router.question.pool) + 1)
                yield
        if not journey.on_last_page:
            # The next page's pictures: decoding a drawing is most of turning to a picture page.
            page = lesson.pages[journey.page_index + 1]
            router.reader.view.prepare_page(page.html, lesson.folder, journey.pack.root)

    def lay_out(self, screen: ScreenBase) -> Iterator[None]:
        """Lay the hidden ``screen`` out at the size it will show at, then paint it once off screen.

        Qt lays a hidden widget out (delivering its pending resizes) before painting it into an image.
        A scroll area shows or hides its scroll bar in a queued call once its range is known, which
        changes the width its contents wrap at, so the layout is made twice with that call between.
        The last, full paint shapes the text and draws its glyphs into Qt's caches.
        """
        stack = self.router.stack
        current = stack.currentWidget()
        if current is None or current is screen:
            return
        if screen.geometry() != current.geometry():
            screen.setGeometry(current.geometry())
        pixel = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        # QWidget's own render(): a screen's render() shows a journey.
        QWidget.render(screen, pixel, QPoint(), QRegion(0, 0, 1, 1))
        yield
        for area in screen.findChildren(QAbstractScrollArea):
            QCoreApplication.sendPostedEvents(area, QEvent.Type.MetaCall)
        QWidget.render(screen, pixel, QPoint(), QRegion(0, 0, 1, 1))
        yield
        whole = QImage(screen.size() * screen.devicePixelRatioF(), QImage.Format.Format_ARGB32_Premultiplied)
        whole.setDevicePixelRatio(screen.devicePixelRatioF())
        QWidget.render(screen, whole)
