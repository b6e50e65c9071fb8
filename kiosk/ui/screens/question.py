"""A quiz question: tap choices, confirm, then feedback in icon, words and colour, and Next.

The screen serves two journey states: QUESTION (choosing) and FEEDBACK (the answer is in); it shows
whatever the journey holds and decides nothing. The router keeps two of them and shows them in turn:
while the visitor looks at one, the other is filled with what their next tap most likely shows (the
next question, or the feedback on the answer chosen), so that tap only swaps screens.
"""

from __future__ import annotations

import html as html_text
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.journey import AnswerOutcome, Journey, PresentedQuestion, Screen
from kiosk.ui import resources
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.buttons import big_button, icon_right, set_text
from kiosk.ui.widgets.cards import ChoiceCard, repolish, text_label
from kiosk.ui.widgets.html import localise


@dataclass(frozen=True)
class QuestionView:
    """What a question screen shows: a lesson's question, the selection, the outcome once checked."""

    lesson: tuple[object, ...]  # which lesson (id, language, folder): its title and pictures show too
    shown: PresentedQuestion
    selection: frozenset[str]
    outcome: AnswerOutcome | None = None

    @classmethod
    def of(cls, journey: Journey) -> QuestionView:
        """What the journey shows now (on the QUESTION or FEEDBACK screen)."""
        outcome = journey.outcome if journey.screen is Screen.FEEDBACK else None
        return cls(_lesson_key(journey), journey.question, journey.selection, outcome)

    @classmethod
    def ahead(
        cls, journey: Journey, shown: PresentedQuestion, outcome: AnswerOutcome | None = None
    ) -> QuestionView:
        """What a tap would show: ``shown`` with nothing chosen yet, or checked with ``outcome``."""
        selection = outcome.chosen if outcome is not None else frozenset()
        return cls(_lesson_key(journey), shown, selection, outcome)

    @property
    def same_look(self) -> tuple[object, ...]:
        """All but the share of right answers, which checking may change by the answer it records."""
        outcome = self.outcome
        return (self.lesson, self.shown, self.selection, outcome and replace(outcome, correct_rate=None))


def _lesson_key(journey: Journey) -> tuple[object, ...]:
    lesson = journey.lesson
    return () if lesson is None else (lesson.id, lesson.language, lesson.folder)


class QuestionScreen(ScreenBase):
    wiped_when_left = True
    choice_toggled = Signal(str)
    confirm_requested = Signal()
    next_requested = Signal()
    leave_requested = Signal()

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(scale, parent)
        self.setObjectName("QuestionScreen")
        self.cards: dict[str, ChoiceCard] = {}  # the cards of the question on screen, by choice id
        self.pool: list[ChoiceCard] = []  # every card made so far, reused question after question
        self._shown: PresentedQuestion | None = None  # the question the cards are filled with
        self._view: QuestionView | None = None  # what the whole screen shows
        self._journey: Journey | None = None
        # The answer's own words (localised HTML) for the feedback panel, and the verdict icon drawn.
        self._feedback_html = self._explanation_html = ""
        self._missed = ""  # the right answers a select-all answer left out, as plain words
        self._verdict_icon = ""
        self._focus_first = False  # a question was just built: its first card takes the focus when shown
        body = self.lesson_layout(spacing=16)
        self.question = text_label(rich=True, name="QuestionText")
        self.hint = QLabel()
        self.hint.setObjectName("Hint")
        body.addWidget(self.question)
        body.addWidget(self.hint)

        columns = QHBoxLayout()
        columns.setSpacing(self.px(36))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        host = QWidget()
        self.choice_list = QVBoxLayout(host)
        self.choice_list.setContentsMargins(0, 0, self.px(8), 0)
        self.choice_list.setSpacing(self.px(16))
        self.choice_list.addStretch(1)
        self.scroll.setWidget(host)
        columns.addWidget(self.scroll, 11)

        self.panel = QFrame()
        self.panel.setObjectName("FeedbackPanel")
        self.panel.setProperty("verdict", "none")
        panel = QVBoxLayout(self.panel)
        panel.setContentsMargins(self.px(32), self.px(28), self.px(32), self.px(28))
        panel.setSpacing(self.px(16))
        verdict_row = QHBoxLayout()
        verdict_row.setSpacing(self.px(16))
        self.verdict_icon = QLabel()
        self.verdict = QLabel()
        self.verdict.setObjectName("Verdict")
        self.verdict.setWordWrap(True)
        verdict_row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict, 1)
        self.feedback = text_label(rich=True, name="FeedbackText")
        self.why = QLabel()
        self.why.setObjectName("WhyCaption")
        self.explanation = text_label(rich=True, name="Explanation")
        self.rate = QLabel()
        self.rate.setObjectName("CorrectRate")
        self.rate.setWordWrap(True)
        panel.addLayout(verdict_row)
        panel.addWidget(self.feedback)
        panel.addWidget(self.why)
        panel.addWidget(self.explanation)
        panel.addWidget(self.rate)
        # The panel is as tall as what it says (a calm card, not a tall empty box); the space below
        # it stays the page's background.
        panel_host = QWidget()
        host_layout = QVBoxLayout(panel_host)
        host_layout.setContentsMargins(0, 0, self.px(8), 0)
        host_layout.addWidget(self.panel)
        host_layout.addStretch(1)
        self.panel_scroll = QScrollArea()
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setWidget(panel_host)
        self.panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(
            self.panel_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        columns.addWidget(self.panel_scroll, 9)
        body.addLayout(columns, 1)

        nav = QHBoxLayout()
        nav.addStretch(1)
        self.confirm_button = big_button("primary", "next")
        icon_right(self.confirm_button)
        self.confirm_button.clicked.connect(self.confirm_requested)
        self.next_button = big_button("primary", "next")
        icon_right(self.next_button)
        self.next_button.clicked.connect(self.next_requested)
        for button in (self.confirm_button, self.next_button):
            button.setMinimumWidth(self.px(320))
            nav.addWidget(button)
        body.addLayout(nav)
        self.retranslate()

    # -- rendering ---------------------------------------------------------------------------------------

    def render(self, journey: Journey) -> None:
        self._show(QuestionView.of(journey), journey)
        if self._view and self._view.outcome is not None:
            self.next_button.setFocus()
        elif self._focus_first and self.cards:
            next(iter(self.cards.values())).setFocus()
        self._focus_first = False

    def prepare(self, view: QuestionView, journey: Journey) -> None:
        """Fill the (hidden) screen with ``view``, what the next tap most likely shows; the router calls it.

        ``render`` then finds the screen filled; if the journey shows something else, it fills it again.
        """
        self._show(view, journey)

    def keep_place_of(self, other: QuestionScreen) -> None:
        """Scroll the choices to where ``other`` has them, if it shows the same question (Check swaps)."""
        if self._view is not None and other._view is not None and self._view.shown == other._view.shown:
            self.scroll.verticalScrollBar().setValue(other.scroll.verticalScrollBar().value())

    def holds(self, view: QuestionView) -> bool:
        """Whether the screen is filled with ``view`` already (but perhaps another share of right answers)."""
        return self._view is not None and self._view.same_look == view.same_look

    def _show(self, view: QuestionView, journey: Journey) -> None:
        self._journey = journey
        if self.holds(view):
            self._view = view
            _show_text(self.rate, self._rate_text())  # the one part that may differ: nothing else is touched
            return
        lesson = journey.lesson
        assert lesson is not None
        if view.shown != self._shown:
            self._build(view.shown, journey)
        self._view = view
        self.top.title.setText(lesson.meta.title)
        outcome = view.outcome
        self.confirm_button.setVisible(outcome is None)
        self.confirm_button.setEnabled(outcome is None and bool(view.selection))
        self.next_button.setVisible(outcome is not None)
        self._show_feedback(outcome)
        self.retranslate()

    def _build(self, shown: PresentedQuestion, journey: Journey) -> None:
        """Fill the pooled cards with ``shown``'s choices; cards stay shown from question to question.

        Hiding and showing them again would lay the whole list out twice; only cards this question
        does not need are hidden (and emptied).
        """
        self.cards = {}
        lesson = journey.lesson
        assert lesson is not None
        html, _ = localise(
            shown.question.html,
            lesson.folder,
            journey.pack.root,
            scale=self.scale,
            max_width=self.px(900),
            max_height=self.px(240),
        )
        self.question.setText(html)
        self.reserve_cards(len(shown.choices))
        for position, choice in enumerate(shown.choices):
            card = self.pool[position]
            card.set_choice(choice, shown.multiple, lesson.folder, journey.pack.root)
            if card.isHidden():
                card.show()  # at once, not at the next turn of the event loop
            self.cards[choice.id] = card
        for card in self.pool[len(shown.choices) :]:
            if not card.isHidden():
                card.hide()
                card.clear()
        self._shown = shown
        self.scroll.verticalScrollBar().setValue(0)
        self.panel_scroll.verticalScrollBar().setValue(0)
        self._focus_first = True

    def reserve_cards(self, count: int) -> None:
        """Have at least ``count`` cards in the pool, styled and hidden until a question needs them.

        A new card is polished (its stylesheet rules matched for it and each of its labels) the first
        time it shows, which cost a screen change about 8 ms per card when a question brought more
        choices than any before it; made while the visitor reads, they only need showing then.
        """
        while len(self.pool) < count:
            card = ChoiceCard(self.scale)
            card.clicked.connect(lambda _=False, c=card: self.choice_toggled.emit(c.choice_id))
            self.choice_list.insertWidget(len(self.pool), card)
            card.hide()  # explicitly: a widget joining a shown layout would show at the next turn
            self.pool.append(card)
            card.ensurePolished()

    def _card_state(
        self, choice_id: str, selection: frozenset[str], outcome: AnswerOutcome | None
    ) -> tuple[str, str]:
        if outcome is None:
            return ("selected" if choice_id in selection else "idle"), ""
        chosen, right = choice_id in outcome.chosen, choice_id in outcome.correct_ids
        if chosen and right:
            return "right-chosen", self.tr("Your answer: right")
        if chosen:
            return "wrong-chosen", self.tr("Your answer: wrong")
        if right:
            return "right-missed", self.tr("Right answer")
        return "other", ""

    def _show_feedback(self, outcome: AnswerOutcome | None) -> None:
        """The panel's colour and icon, and the answer's own words; ``retranslate`` puts the words up."""
        verdict = "none" if outcome is None else ("right" if outcome.correct else "wrong")
        if self.panel.property("verdict") != verdict:
            self.panel.setProperty("verdict", verdict)
            repolish(self.panel, self.verdict)
        icon = {"none": "info", "right": "right", "wrong": "wrong"}[verdict]
        if icon != self._verdict_icon:
            resources.show_icon(self.verdict_icon, icon, self.px(56), self.devicePixelRatioF())
            self._verdict_icon = icon
        if outcome is None:
            self._feedback_html = self._explanation_html = self._missed = ""
            return
        self._missed = _missed_words(outcome, self._journey)
        journey = self._journey
        lesson = journey.lesson if journey else None
        folder = lesson.folder if lesson else None
        root = journey.pack.root if journey else None

        def local(html: str) -> str:
            return localise(
                html, folder, root, scale=self.scale, max_width=self.px(600), max_height=self.px(240)
            )[0]

        self._feedback_html = local("".join(outcome.chosen_feedback_html))
        self._explanation_html = local(outcome.explanation_html)

    def _clear_cards(self) -> None:
        for card in self.pool:
            card.hide()
            card.clear()
        self.cards = {}
        self._shown = None

    def wipe(self) -> None:
        self._clear_cards()
        self._journey = None
        self._view = None
        self.question.setText("")
        self.hint.setText("")
        self._show_feedback(None)
        for label in (self.verdict, self.feedback, self.explanation, self.rate):
            _show_text(label, "")
        self.why.hide()

    # -- words -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_text(self.top.lessons_button, self.tr("Lessons"))
        set_text(self.confirm_button, self.tr("Check my answer"))
        self.why.setText(self.tr("Why"))
        view = self._view
        if view is None:
            return
        shown = view.shown
        self.top.step.setText(
            self.tr("Question %1 of %2").replace("%1", str(shown.number)).replace("%2", str(shown.total))
        )
        # Authors write "Select all that apply" into such questions; the hint does not say it again.
        if shown.multiple:
            self.hint.setText(self.tr("More than one answer is right."))
        else:
            self.hint.setText(self.tr("Choose one answer, then check it."))
        outcome = view.outcome
        if outcome is None:
            verdict = self.tr("Take your time.")
            if shown.multiple:
                feedback = self.tr("Tap every answer that applies. You can change your mind until you check.")
            else:
                feedback = self.tr("Tap an answer to choose it. You can change your mind until you check.")
        else:
            verdict = self.tr("Right!") if outcome.correct else self.tr("Not quite.")
            feedback = self._feedback_html
            if self._missed:
                missed = self.tr("You missed: %1").replace("%1", html_text.escape(self._missed))
                feedback += f"<p><b>{missed}</b></p>"
        # Each label is touched only if its words change: a new text means a new layout. Qt lays the
        # panel out at once for every label shown in it, so when labels appear the panel is hidden
        # meanwhile and laid out once as it shows again.
        texts = {self.verdict: verdict, self.feedback: feedback, self.explanation: self._explanation_html}
        texts[self.rate] = self._rate_text()
        appearing = any(label.isHidden() and text for label, text in texts.items())
        appearing = appearing or (self.why.isHidden() and bool(self._explanation_html))
        regroup = appearing and self.panel.isVisible()
        if regroup:
            self.panel.hide()
        for label, text in texts.items():
            _show_text(label, text)
        self.why.setVisible(bool(self._explanation_html))
        if regroup:
            self.panel.show()
        set_text(
            self.next_button,
            self.tr("See my result") if outcome and outcome.is_last else self.tr("Next question"),
        )
        for card in self.cards.values():
            card.set_state(*self._card_state(card.choice_id, view.selection, outcome))

    def _rate_text(self) -> str:
        outcome = self._view.outcome if self._view else None
        share = outcome.correct_rate if outcome else None
        if share is None:
            return ""
        return self.tr("%1% of visitors got this right.").replace("%1", str(round(share * 100)))


def _missed_words(outcome: AnswerOutcome, journey: Journey | None) -> str:
    """The right answers a select-all answer left out, listed in the lesson's language ("" if none)."""
    shown = outcome.question
    if outcome.correct or not shown.multiple:
        return ""
    missed = [c for c in shown.choices if c.id in outcome.correct_ids and c.id not in outcome.chosen]
    language = journey.lesson.language if journey and journey.lesson else ""
    separator = "、" if language.split("-")[0] in ("zh", "ja") else ", "
    return separator.join(QTextDocumentFragment.fromHtml(c.html).toPlainText().strip() for c in missed)


def _show_text(label: QLabel, text: str) -> None:
    """``text`` on ``label``, which shows only when it has some; unchanged words cost nothing."""
    if label.text() != text:
        label.setText(text)
    if label.isHidden() == bool(text):
        label.setVisible(bool(text))
