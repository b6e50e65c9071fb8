"""A quiz question: tap choices, confirm, then feedback in icon, words and colour, and Next.

The screen serves two journey states: QUESTION (choosing) and FEEDBACK (the answer is in); it shows
whatever the journey holds and decides nothing.
"""

from __future__ import annotations

import html as html_text

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.spoken import choice_lines, join_lines, speech_lines
from kiosk.journey import AnswerOutcome, Journey, PresentedQuestion, Screen
from kiosk.journey.kinds.spot import tally as spot_tally
from kiosk.ui import question_kinds, resources, theme
from kiosk.ui.screens.base import ScreenBase
from kiosk.ui.widgets.buttons import INK, big_button, icon_right, set_text
from kiosk.ui.widgets.cards import ChoiceCard, repolish, text_label
from kiosk.ui.widgets.choice_list import ChoiceList
from kiosk.ui.widgets.fit_scroll import FitScrollArea
from kiosk.ui.widgets.html import localise
from kiosk.ui.widgets.plain import plain_text
from kiosk.ui.widgets.true_false import TrueFalsePair

#: the least width (1080p pixels, times the text scale) the feedback gets beside the answers; with less,
#: the feedback goes under them
PANEL_MIN_WIDTH = 420
#: about how much wider (1080p pixels, times the text scale) an answer gets once its verdict shows
VERDICT_WIDTH = 280
#: in one column (portrait), once the answer is checked, the answers (a spot picture and its notes)
#: take at most this share of the screen's height, and scroll inside it: the feedback below gets the
#: rest, not a sliver
CHECKED_ANSWERS_SHARE = 0.45
#: ... and at least this share, or one whole answer if taller, when the feedback needs the rest to be
#: read whole (large text on a short landscape screen)
CHECKED_ANSWERS_LEAST = 0.1
#: ... and a spot-the-flags picture at least this share: its marks are half of the feedback
CHECKED_PICTURE_LEAST = 0.25


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
        self._shown: PresentedQuestion | None = None  # the question the cards are filled with
        self._filled_for: tuple[object, ...] = ()  # that question and its lesson (id, language, folder)
        self._selection: frozenset[str] = frozenset()
        self._outcome: AnswerOutcome | None = None  # once the answer is checked
        self._journey: Journey | None = None
        # The answer's own words (localised HTML) for the feedback panel, and the verdict icon drawn.
        self._feedback_html = self._explanation_html = ""
        self._missed = ""  # the right answers a select-all answer left out, as plain words
        self._verdict_icon = ""
        self._focus_first = False  # a question was just built: its first card takes the focus when shown
        self._one_column: bool | None = None  # the answers above the feedback (``_choose_columns``)
        self._actions_under_answers: bool | None = None  # Check/Next under them (``_place_actions``)
        body = self.lesson_layout(spacing=16)
        self.question = text_label(rich=True, name="QuestionText")
        self.hint = QLabel()
        plain_text(self.hint)
        self.hint.setObjectName("Hint")
        body.addWidget(self.question)
        body.addWidget(self.hint)

        # Landscape: the choices (with the buttons under the page) beside the feedback. Portrait: one
        # column, the choices as tall as they are, the buttons right under them, the feedback below.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.choice_column = QVBoxLayout()
        self.choice_column.setSpacing(0)
        self.scroll = FitScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        host = QWidget()
        self.choice_box = QVBoxLayout(host)
        self.choice_box.setContentsMargins(0, 0, self.px(8), 0)
        self.choice_box.addStretch(1)
        # The widgets that show each kind of question's choices (question_kinds), made when first needed.
        self.choice_views: dict[type, QWidget] = {}
        self.choice_list = self._choice_view(ChoiceList)
        self.scroll.setWidget(host)
        # Not a stop for Tab: the answers in it are, and it scrolls to the one with the focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choice_column.addWidget(self.scroll)
        self.columns.addLayout(self.choice_column, 11)

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
        plain_text(self.verdict)
        self.verdict.setObjectName("Verdict")
        self.verdict.setWordWrap(True)
        verdict_row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict, 1)
        self.feedback = text_label(rich=True, name="FeedbackText")
        self.why = QLabel()
        plain_text(self.why)
        self.why.setObjectName("WhyCaption")
        self.explanation = text_label(rich=True, name="Explanation")
        self.rate = QLabel()
        plain_text(self.rate)
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
        self.columns.addWidget(self.panel_scroll, 9)
        body.addLayout(self.columns, 1)

        self.actions = QWidget()
        nav = QHBoxLayout(self.actions)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.addStretch(1)
        self.confirm_button = big_button("primary", "next")
        icon_right(self.confirm_button)
        self.confirm_button.clicked.connect(self.confirm_requested)
        self.next_button = big_button("primary", "next")
        icon_right(self.next_button)
        self.next_button.clicked.connect(self.next_requested)
        for button in (self.confirm_button, self.next_button):
            nav.addWidget(button)
        body.addWidget(self.actions)
        self.arrange()
        self.retranslate()

    def arrange(self) -> None:
        self._arrange_body()
        self.columns.setSpacing(self.px(36 if not self.portrait else 24))
        for button in (self.confirm_button, self.next_button):
            button.setMinimumWidth(self.px(320))
        self._one_column = None
        self._choose_columns(self._outcome is not None)

    def _choose_columns(self, verdicts_shown: bool = False) -> None:
        """One column in portrait, and wherever the answers leave the feedback too little width beside
        them (large text, a narrow window); otherwise the answers and the feedback side by side."""
        # The answers were just refilled: the layout holding their view learns their new size only when
        # its posted layout request arrives, so until then it would answer with the last question's
        # (on a busy machine, long enough to choose the wrong layout). The views are ours: no wrapper
        # is made here for an object Qt owns (findChildren would, and Qt may delete those under it).
        for view in self.choice_views.values():
            view.updateGeometry()
        margins = self.body.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        beside = self.scroll.minimumSizeHint().width() + self.columns.spacing()
        tiles = self.choice_views.get(TrueFalsePair)
        if not verdicts_shown and (tiles is None or tiles.isHidden()):
            # Decided once per question: the verdicts ("Your answer: wrong") widen the answers later,
            # and the layout must not change under the visitor's finger when they come. (A true or
            # false tile says its verdict under its word: it gets no wider.)
            beside += round(self.px(VERDICT_WIDTH) * theme.current().text_scale)
        narrow = beside + self.px(PANEL_MIN_WIDTH) * theme.current().text_scale > room
        one = self.portrait or (narrow and self.isVisible())
        if one == self._one_column:
            return
        self._one_column = one
        self.scroll.fit = one
        self._share_column()
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if one else QBoxLayout.Direction.LeftToRight
        )
        self.columns.setStretch(0, 0 if one else 11)
        self.columns.setStretch(1, 1 if one else 9)
        self.choice_column.setSpacing(self.px(20) if one else 0)
        self._place_actions()
        self.scroll.updateGeometry()

    def _actions_belong_under_answers(self) -> bool:
        """Check (or Next) right under the answers: in one column before the answer is checked, and in
        portrait always (the screen's foot is far below); else at the page's foot, under the feedback,
        which is read before it."""
        return bool(self._one_column) and (self.portrait or self._outcome is None)

    def _place_actions(self) -> None:
        """Check (or Next) where ``_actions_belong_under_answers`` says."""
        under_answers = self._actions_belong_under_answers()
        if under_answers == self._actions_under_answers:
            return
        self._actions_under_answers = under_answers
        self.body.removeWidget(self.actions)
        self.choice_column.removeWidget(self.actions)
        (self.choice_column if under_answers else self.body).addWidget(self.actions)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._choose_columns(self._outcome is not None)
        self._share_column()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the answers or the feedback changed size
            self._share_column()
        return handled

    def _share_column(self) -> None:
        """In one column the answers and the feedback share the height. Before the answer is checked,
        the answers come first: the panel's words for choosing (the hint says them too) give way when
        both do not fit. Once checked, the feedback comes first: the answers keep what it leaves
        (between their least and most share of the screen's height) and scroll inside it."""
        most = 0
        one, checked = bool(self._one_column), self._outcome is not None
        under = self._actions_belong_under_answers()
        if self.hint.isHidden() != (one and checked) or self._actions_under_answers != under:
            self.hint.setVisible(not (one and checked))  # its words are for choosing: room for the feedback
            self._place_actions()
            self.layout().activate()  # the column's height without them, measured now
        room = self.columns.geometry().height() - self.columns.spacing()
        if self._actions_under_answers:
            room -= self.choice_column.spacing() + self.actions.sizeHint().height()
        frame = 2 * self.panel_scroll.frameWidth()
        feedback = self.panel_scroll.widget().heightForWidth(self.panel_scroll.viewport().width()) + frame
        if one and checked:
            least = max(
                [round(self.height() * CHECKED_ANSWERS_LEAST)]
                + [_height(card) + frame for card in self.cards.values() if not card.isHidden()]
            )
            if self._shown is not None and question_kinds.of(self._shown.kind).marker == "spot":
                least = max(least, round(self.height() * CHECKED_PICTURE_LEAST))
            most = max(least, room - feedback)
            most = min(round(self.height() * CHECKED_ANSWERS_SHARE), most)
        panel = not one or checked or self.scroll.sizeHint().height() + feedback <= room
        if self.scroll.most != most or self.panel_scroll.isHidden() == panel:
            self.scroll.most = most
            self.scroll.updateGeometry()
            self.panel_scroll.setVisible(panel)
            self.layout().activate()  # laid out so now, not at the next turn

    # -- rendering ---------------------------------------------------------------------------------------

    def render(self, journey: Journey) -> None:
        self._journey = journey
        lesson = journey.lesson
        assert lesson is not None
        shown = journey.question
        filled_for = (lesson.id, lesson.language, lesson.folder, shown)
        rebuilt = filled_for != self._filled_for
        if rebuilt:
            self._build(shown, journey)
            self._filled_for = filled_for
        self._selection = journey.selection
        answered = self._outcome is not None
        outcome = self._outcome = journey.outcome if journey.screen is Screen.FEEDBACK else None
        self.top.title.setText(self.tr("Booth challenge") if journey.in_challenge else lesson.meta.title)
        self.confirm_button.setVisible(outcome is None)
        self.confirm_button.setEnabled(outcome is None and journey.can_confirm)
        self.next_button.setVisible(outcome is not None)
        self._show_feedback(outcome)
        self._share_column()
        self.retranslate()
        if rebuilt or answered != (outcome is not None):
            # New answers, or their verdicts came or went: the answers' room (in a column their
            # height, beside the feedback their least width) is laid out with this change, not after.
            self.scroll.updateGeometry()
        if outcome is not None and not answered and self._one_column:
            self.scroll.verticalScrollBar().setValue(0)  # the answers kept in view start at the first
        if outcome is not None:
            self.next_button.setFocus()
        elif self._focus_first and self.cards:
            next(iter(self.cards.values())).setFocus()
        self._focus_first = False

    def _build(self, shown: PresentedQuestion, journey: Journey) -> None:
        """Show ``shown``'s text, and its choices on the widget its kind names (``question_kinds``).

        The widget of the last question stays shown if this one is of a kind it shows too (refilling
        beats laying a whole list out again); a widget no longer needed is hidden and emptied.
        """
        lesson = journey.lesson
        assert lesson is not None
        html, _ = localise(
            shown.question.html,
            shown.folder or lesson.folder,  # a challenge question's pictures are in its own lesson
            journey.pack.root,
            scale=self.scale,
            max_width=self.px(900),
            max_height=self.px(240),
        )
        self.question.setText(html)
        kind = question_kinds.of(shown.kind)
        view = self._choice_view(kind.view)
        for other in self.choice_views.values():
            if other is not view and not other.isHidden():
                other.hide()
                other.empty()
        self.cards = view.fill(shown, kind.marker, shown.folder or lesson.folder, journey.pack.root)
        if view.isHidden():
            view.show()
        self._shown = shown
        self.scroll.verticalScrollBar().setValue(0)
        self.panel_scroll.verticalScrollBar().setValue(0)
        self._focus_first = True
        self._choose_columns()  # wider answers than the last question's may leave no room beside them

    def _choice_view(self, view_class: type) -> QWidget:
        """The screen's widget of ``view_class`` (a ``question_kinds.ChoiceView``), made at first need."""
        view = self.choice_views.get(view_class)
        if view is None:
            view = self.choice_views[view_class] = view_class(self.scale)
            view.toggled.connect(self.choice_toggled)
            self.choice_box.insertWidget(len(self.choice_views) - 1, view)
            view.hide()
        return view

    @property
    def pool(self) -> list[ChoiceCard]:
        """Every list card made so far, reused question after question."""
        return self.choice_list.pool

    def reserve_cards(self, count: int) -> None:
        """Have at least ``count`` list cards made and styled, hidden until a question needs them."""
        self.choice_list.reserve(count)

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
        folder = outcome.question.folder or (lesson.folder if lesson else None)
        root = journey.pack.root if journey else None

        def local(html: str) -> str:
            return localise(
                html, folder, root, scale=self.scale, max_width=self.px(600), max_height=self.px(240)
            )[0]

        self._feedback_html = local("".join(outcome.chosen_feedback_html))
        self._explanation_html = local(outcome.explanation_html)

    def _clear_cards(self) -> None:
        for view in self.choice_views.values():
            view.hide()
            view.empty()
        self.cards = {}
        self._shown = None
        self._filled_for = ()

    def wipe(self) -> None:
        self._clear_cards()
        self._journey = None
        self._selection = frozenset()
        self._outcome = None
        self._share_column()
        self.question.setText("")
        self.hint.setText("")
        self._show_feedback(None)
        for label in (self.verdict, self.feedback, self.explanation, self.rate):
            _show_text(label, "")
        self.why.hide()

    # -- words -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        # When the challenge is all the kiosk offers there is no list of lessons: the way out of the
        # quiz leads back to the start screen, and says so.
        to_start = self._journey is not None and self._journey.only_challenge
        if self.top.lessons_button.property("to_start") != to_start:
            self.top.lessons_button.setProperty("to_start", to_start)
            self.top.lessons_button.setIcon(
                resources.icon("back" if to_start else "lessons", INK.get("plain", resources.DEFAULT_INK))
            )
        set_text(self.top.lessons_button, self.tr("Home") if to_start else self.tr("Lessons"))
        set_text(self.confirm_button, self.tr("Check my answer"))
        self.panel_scroll.setAccessibleName(self.tr("Feedback"))
        self.why.setText(self.tr("Why"))
        shown = self._shown
        if shown is None:
            return
        self.top.step.setText(
            self.tr("Question %1 of %2").replace("%1", str(shown.number)).replace("%2", str(shown.total))
        )
        self.hint.setText(self.tr(question_kinds.of(shown.kind).hint))
        outcome = self._outcome
        kind = question_kinds.of(shown.kind)
        if outcome is None:
            verdict = self.tr("Take your time.")
            if kind.prompt:
                feedback = self.tr(kind.prompt)
            elif kind.marker == "box":  # any number of answers
                feedback = self.tr("Tap every answer that applies. You can change your mind until you check.")
            else:
                feedback = self.tr("Tap an answer to choose it. You can change your mind until you check.")
        else:
            verdict = self.tr("Right!") if outcome.correct else self.tr("Not quite.")
            feedback = self._tally_html(outcome) if kind.tally else self._feedback_html
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
        # Once checked in one column, the list shows the answers with a verdict (yours, the right
        # ones): the others step aside, so the feedback below has the room to be read.
        compact = outcome is not None and bool(self._one_column) and kind.view is ChoiceList
        for card in self.cards.values():
            state, words = self._card_state(card.choice_id, self._selection, outcome)
            card.set_state(state, words)
            if card.isHidden() != (compact and state == "other"):
                card.setVisible(not (compact and state == "other"))
        view = self.choice_views.get(kind.view)
        if view is not None and hasattr(view, "retranslate"):
            view.retranslate()
        self._share_column()  # the feedback's words may need another height

    def _tally_html(self, outcome: AnswerOutcome) -> str:
        """What a spot-the-flags answer found: "You found 3 of 4 red flags." (and decoys tapped)."""
        found, flags, false_alarms = spot_tally(outcome.question.question, outcome.chosen)
        words = self.tr("You found %1 of %2 red flags.").replace("%1", str(found)).replace("%2", str(flags))
        if false_alarms:
            lesson = self._journey.lesson if self._journey else None
            space = "" if lesson and lesson.language.split("-")[0] in ("zh", "ja") else " "
            words += space + self.tr("Harmless parts tapped: %1 (each takes one found flag off).").replace(
                "%1", str(false_alarms)
            )
        return f"<p><b>{html_text.escape(words)}</b></p>"

    def reading_order(self) -> list[QWidget]:
        """The bar, the answers in order, Check, the feedback (it scrolls by keys when long), Next."""
        return [
            *self.top.controls(),
            *self.cards.values(),
            self.confirm_button,
            self.panel_scroll,
            self.next_button,
        ]

    def spoken_text(self) -> str:
        """The question as shown, in reading order: where the visitor is, the question, the hint and the
        answers in order ("Answer 1: ..."); once answered, the verdict, each answer's mark, the feedback,
        the explanation and how many visitors got it right."""
        shown = self._shown
        if shown is None:
            return ""
        picture = self.tr("Picture")
        outcome = self._outcome
        lines: list[str] = []
        if outcome is not None:
            lines.append(self.verdict.text())
        else:
            lines.append(self.top.step.text())
            lines += speech_lines(shown.question.html, picture)
            lines.append(self.hint.text())
        labelled = []
        for number, choice in enumerate(shown.choices, 1):
            label = self.tr("Answer %1").replace("%1", str(number))
            _, mark = self._card_state(choice.id, self._selection, outcome)
            chosen = outcome is None and choice.id in self._selection
            if chosen:
                mark = self.tr("chosen")
            labelled.append((f"{label} ({mark})" if mark else label, choice.html))
        lines += choice_lines(labelled, picture)
        if outcome is not None:
            lines += speech_lines(self.feedback.text(), picture)
            if self._explanation_html:
                lines.append(self.why.text())
                lines += speech_lines(self._explanation_html, picture)
            lines.append(self.rate.text())
        return join_lines(lines)

    def _rate_text(self) -> str:
        share = self._outcome.correct_rate if self._outcome else None
        if share is None:
            return ""
        return self.tr("%1% of visitors got this right.").replace("%1", str(round(share * 100)))


def _missed_words(outcome: AnswerOutcome, journey: Journey | None) -> str:
    """The right answers a select-all answer left out, listed in the lesson's language ("" if none)."""
    shown = outcome.question
    if outcome.correct or question_kinds.of(shown.kind).marker != "box":
        return ""
    missed = [c for c in shown.choices if c.id in outcome.correct_ids and c.id not in outcome.chosen]
    language = journey.lesson.language if journey and journey.lesson else ""
    separator = "、" if language.split("-")[0] in ("zh", "ja") else ", "
    return separator.join(QTextDocumentFragment.fromHtml(c.html).toPlainText().strip() for c in missed)


def _height(widget: QWidget) -> int:
    """How tall ``widget`` wants to be at its width."""
    tall = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else -1
    return max(tall if tall > 0 else widget.sizeHint().height(), widget.minimumHeight())


def _show_text(label: QLabel, text: str) -> None:
    """``text`` on ``label``, which shows only when it has some; unchanged words cost nothing."""
    if label.text() != text:
        label.setText(text)
    if label.isHidden() == bool(text):
        label.setVisible(bool(text))
