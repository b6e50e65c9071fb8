"""The console's Questions page: the share of right answers per question, hardest first, and for the
question tapped, how visitors answered it (every choice) and its item analysis with plain advice.

The figures come from ``kiosk.results.reports`` and ``kiosk.results.item_analysis`` (the same as
``kiosk results summary``); the words for lessons, questions and choices all come through ``Labels``.
Every percentage says what it is a share of: of the answers, or of the finished quizzes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.content.model import Question
from kiosk.operator.labels import Labels
from kiosk.operator.spot_stats import part_shares
from kiosk.operator.stats import ConsoleStats
from kiosk.results.item_analysis import ADVICE_CHECK_KEY, FEW_ANSWERS, ItemAnalysis
from kiosk.results.reports import QuestionSummary
from kiosk.results.store import MIN_ANSWERS_FOR_RATE
from kiosk.ui.admin.charts import Bar, HBarChart
from kiosk.ui.admin.page_stats import label, percent, rate_color, scroller
from kiosk.ui.admin.style import GREEN, ORANGE, RED

#: a wrong answer chosen by at least this share of the answers is called a popular misconception
MISCONCEPTION_SHARE = 0.15


@dataclass(frozen=True)
class QuestionRow:
    summary: QuestionSummary
    bar: Bar
    item: ItemAnalysis | None


@dataclass(frozen=True)
class ChoiceLine:
    """One choice of the question shown, with how often it was chosen and what it is."""

    choice_id: str
    text: str
    correct: bool | None  # None: the pack no longer has this choice
    count: int  # answers that included it
    share: float  # of all the question's answers
    in_common_wrong: bool  # part of the wrong answer chosen most often
    rare_wrong: bool  # a wrong answer almost nobody chooses (item analysis)


def choice_lines(summary: QuestionSummary, item: ItemAnalysis | None, labels: Labels) -> list[ChoiceLine]:
    """Every choice the question offers (the pack's, in its order, chosen or not), then any choice the
    results hold that the pack no longer has."""
    counted = {c.choice_id: c for c in summary.choices}
    ids = list(labels.choice_ids(summary.lesson_id, summary.question_id))
    ids += [c for c in counted if c not in ids]
    common = set(summary.common_wrong.split(",")) if summary.common_wrong else set()
    judged = item is not None and not item.too_few
    rare = set(item.rare_wrong) if judged and item else set()
    lines = []
    for choice_id in ids:
        text, correct = labels.choice(summary.lesson_id, summary.question_id, choice_id)
        chosen = counted.get(choice_id)
        count = chosen.count if chosen else 0
        # A wrong choice nobody chose is not in the results at all; the pack says it is there.
        never = judged and chosen is None and correct is False
        lines.append(
            ChoiceLine(
                choice_id=choice_id,
                text=text,
                correct=correct,
                count=count,
                share=count / summary.answers if summary.answers else 0.0,
                in_common_wrong=choice_id in common and correct is not True,
                rare_wrong=choice_id in rare or never,
            )
        )
    return lines


class ItemCard(QFrame):
    """The item analysis of one question: its facility and discrimination, each with what it means."""

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.setObjectName("Card")
        grid = QGridLayout(self)
        grid.setContentsMargins(round(20 * scale), round(12 * scale), round(20 * scale), round(14 * scale))
        grid.setHorizontalSpacing(round(24 * scale))
        grid.setVerticalSpacing(round(2 * scale))
        self.title = label("", "StatGroup")
        self.facility = label("", "ItemValue")
        self.discrimination = label("", "ItemValue")
        self.facility_caption = label("", "StatLabel", wrap=True)
        self.discrimination_caption = label("", "StatLabel", wrap=True)
        self.verdict = label("", "Note", wrap=True)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.facility, 1, 0)
        grid.addWidget(self.discrimination, 1, 1)
        grid.addWidget(self.facility_caption, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.discrimination_caption, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.verdict, 3, 0, 1, 2)
        grid.setRowMinimumHeight(3, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def show_item(self, item: ItemAnalysis | None, *, pending: bool = False) -> None:
        """``item``'s figures; ``pending`` while the analysis is still being worked out."""
        self.title.setText(self.tr("Item analysis"))
        attempts = item.attempts if item else 0
        judged = item is not None and not item.too_few
        self.discrimination_caption.setText(
            self.tr("discrimination: do people who do well overall get it right? (-1 to 1)")
        )
        figures = (self.facility, self.discrimination, self.facility_caption, self.discrimination_caption)
        for widget in figures:
            widget.setVisible(judged)
        if pending:
            self.verdict.setText(self.tr("Working out the item analysis…"))
            self.verdict.show()
            return
        if not judged:
            self.verdict.setText(
                self.tr("Too few answers (%1) to judge: it needs at least %2 finished quizzes.")
                .replace("%1", str(attempts))
                .replace("%2", str(FEW_ANSWERS))
            )
            self.verdict.show()
            return
        assert item is not None
        right = round((item.facility or 0) * attempts)
        self.facility.setText(percent(item.facility))
        self.facility_caption.setText(
            self.tr("facility: right in %1 of %n finished quizzes", "", attempts).replace("%1", str(right))
        )
        if item.discrimination is None:
            self.discrimination.setText("–")
            self.verdict.setText(
                self.tr("Everyone scored alike on it, so its discrimination cannot be worked out.")
            )
        else:
            self.discrimination.setText(f"{item.discrimination:.2f}")
            self.verdict.setText("")
        self.verdict.setVisible(bool(self.verdict.text()))


class Advice(QWidget):
    """What the item analysis advises for one question, in plain words (or that it works)."""

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(round(8 * scale))
        self.texts: list[str] = []

    def show_advice(self, item: ItemAnalysis | None, rare: list[ChoiceLine]) -> None:
        self.texts = []
        judged = item is not None and not item.too_few
        if judged and item is not None and item.check_key:
            if item.key_advice == ADVICE_CHECK_KEY:
                self.texts.append(self.tr("People who do well overall get this wrong: check the key."))
            else:
                self.texts.append(
                    self.tr(  # one literal: lupdate reads only the first of several side by side
                        "This question hardly tells who knows the topic from who does not: check the key, and that it asks one clear thing."  # noqa: E501
                    )
                )
        for line in rare:
            self.texts.append(
                self.tr("“%1”: almost nobody chooses this wrong answer: make it more believable.").replace(
                    "%1", line.text
                )
            )
        while self.box.count():
            old = self.box.takeAt(0).widget()
            if old is not None:
                old.setParent(None)
                old.deleteLater()
        for text in self.texts:
            self.box.addWidget(label(text, "Warning", wrap=True))
        if judged and not self.texts:
            self.box.addWidget(
                label(self.tr("The item analysis finds nothing to change."), "AllGood", wrap=True)
            )


class QuestionsPage(QWidget):
    def __init__(self, scale: float) -> None:
        super().__init__()
        self.scale = scale
        self.rows: list[QuestionRow] = []
        self.labels: Labels | None = None
        self.stats: ConsoleStats | None = None
        self.lines: list[ChoiceLine] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(24 * scale))
        left = QVBoxLayout()
        self.questions_title = label("", "SectionTitle", wrap=True)
        self.questions_note = label("", "Note", wrap=True)
        self.questions_chart = HBarChart(scale, bar_min=320)
        self.questions_chart.bar_clicked.connect(self.select)
        left.addWidget(self.questions_title)
        left.addWidget(self.questions_note)
        left.addWidget(scroller(self.questions_chart), 1)
        panel = QWidget()
        right = QVBoxLayout(panel)
        right.setContentsMargins(0, 0, round(12 * scale), 0)  # clear of the scroll bar
        right.setSpacing(round(12 * scale))
        self.choices_title = label("", "SectionTitle", wrap=True)
        self.question_text = label("", "QuestionText", wrap=True)
        self.choices_note = label("", "Note", wrap=True)
        self.choices_chart = HBarChart(scale, bar_min=260, label_lines=3)
        self.choices_chart.setCursor(Qt.CursorShape.ArrowCursor)
        self.misconception = label("", "Warning", wrap=True)
        self.item_card = ItemCard(scale)
        self.advice = Advice(scale)
        for widget in (
            self.choices_title,
            self.question_text,
            self.item_card,
            self.advice,
            self.choices_note,
            self.choices_chart,
            self.misconception,
        ):
            right.addWidget(widget)
        right.addStretch(1)
        row.addLayout(left, 3)
        row.addWidget(scroller(panel), 2)

    def show_stats(self, stats: ConsoleStats, labels: Labels) -> None:
        self.labels = labels
        self.questions_title.setText(self.tr("Share of answers that were right, hardest question first"))
        self.questions_note.setText(
            self.tr(
                "Tap a question to see how visitors answered it. Pale bars: fewer than %1 answers so far."
            ).replace("%1", str(MIN_ANSWERS_FOR_RATE))
        )
        self.questions_chart.empty_text = self.tr("No answers in this period yet.")
        self._fill(stats, labels)
        self.questions_chart.set_bars([r.bar for r in self.rows], selected=0 if self.rows else -1)
        self.select(0)

    def show_items(self, stats: ConsoleStats) -> None:
        """The item analysis has come in for ``stats`` (shown already): the same rows, now with it."""
        if self.labels is None:
            return
        shown = self.questions_chart.selected
        self._fill(stats, self.labels)
        self.questions_chart.set_bars([r.bar for r in self.rows], selected=shown)
        self.select(shown)

    def _fill(self, stats: ConsoleStats, labels: Labels) -> None:
        self.stats = stats
        # Hardest first; among equally hard ones, the most answered first (the surer finding).
        ordered = sorted(
            stats.questions, key=lambda s: (s.correct_rate, -s.answers, s.lesson_id, s.question_id)
        )
        self.rows = []
        for s in ordered:
            item = stats.item(s.lesson_id, s.question_id)
            # tr() outside the f-string: lupdate does not look inside f-strings for strings to translate.
            answers = self.tr("%n answers", "", s.answers)
            detail = f"{labels.lesson_title(s.lesson_id)} · {answers}"
            if item is not None and item.advice:
                detail += " · " + self.tr("see the advice")
            bar = Bar(
                label=labels.question(s.lesson_id, s.question_id),
                value=s.correct_rate,
                text=percent(s.correct_rate),
                color=rate_color(s.correct_rate),
                detail=detail,
                faded=s.answers < MIN_ANSWERS_FOR_RATE,
            )
            self.rows.append(QuestionRow(s, bar, item))

    def select(self, index: int) -> None:
        self.choices_title.setText(self.tr("How visitors answered"))
        if not self.rows or not 0 <= index < len(self.rows) or self.labels is None:
            self.question_text.setText(self.tr("Choose a question on the left."))
            self.choices_note.hide()
            self.choices_chart.set_bars([])
            self.misconception.hide()
            self.item_card.hide()
            self.advice.hide()
            self.lines = []
            return
        self.questions_chart.select(index)
        chosen = self.rows[index]
        summary = chosen.summary
        self.question_text.setText(chosen.bar.label)
        question = self.labels.question_of(summary.lesson_id, summary.question_id)
        if question is not None and question.kind == "spot":
            self._show_spot(summary, question)
            return
        self.lines = choice_lines(summary, chosen.item, self.labels)
        several = self.labels.several_right(summary.lesson_id, summary.question_id) or (
            sum(line.count for line in self.lines) > summary.answers
        )
        if several:
            note = self.tr(
                "Bars: the share of the %n answers that included each choice. Visitors could pick"
                " several, so the shares add up to more than 100%.",
                "",
                summary.answers,
            )
        else:
            note = self.tr("Bars: the share of the %n answers that chose each choice.", "", summary.answers)
        self.choices_note.setText(note)
        self.choices_note.show()
        self.choices_chart.set_bars([self._bar(line, several) for line in self.lines])
        self._misconception(summary, several)
        pending = self.stats is not None and self.stats.items is None
        self.item_card.show_item(chosen.item, pending=pending)
        self.item_card.show()
        self.advice.show_advice(
            chosen.item, [] if pending else [line for line in self.lines if line.rare_wrong]
        )
        self.advice.show()

    def _show_spot(self, summary: QuestionSummary, question: Question) -> None:
        """Spot the red flags: how often each flag was missed, and each decoy tapped (issue 21)."""
        self.lines = []
        self.choices_note.setText(
            self.tr(
                "Bars: the share of the %n answers that missed each red flag, or tapped a harmless part.",
                "",
                summary.answers,
            )
        )
        self.choices_note.show()
        bars = [
            Bar(
                label=part.text,
                value=part.share,
                text=f"{percent(part.share)} ({part.count})",
                color=(RED if part.share >= 0.5 else ORANGE) if part.is_flag else ORANGE,
                detail=self.tr("red flag: missed") if part.is_flag else self.tr("harmless part: tapped"),
            )
            for part in part_shares(summary, question)
        ]
        self.choices_chart.set_bars(bars)
        self.misconception.hide()
        self.item_card.hide()
        self.advice.hide()

    def _bar(self, line: ChoiceLine, several: bool) -> Bar:
        if line.correct:
            color, kind = GREEN, self.tr("right answer")
        elif line.in_common_wrong:
            color = RED
            kind = (
                self.tr("part of the most chosen wrong answer")
                if several
                else self.tr("most chosen wrong answer")
            )
        elif line.correct is None:
            color, kind = ORANGE, self.tr("no longer in the lesson")
        else:
            color, kind = ORANGE, self.tr("wrong answer")
        if line.rare_wrong:
            kind += " · " + self.tr("almost nobody chooses it")
        return Bar(
            label=line.text,
            value=line.share,
            text=f"{percent(line.share)} ({line.count})",
            color=color,
            detail=kind,
        )

    def _misconception(self, summary: QuestionSummary, several: bool) -> None:
        wrong = [line for line in self.lines if line.in_common_wrong]
        if not wrong or summary.common_wrong_share < MISCONCEPTION_SHARE:
            self.misconception.hide()
            return
        if several:  # the whole answer, right choices in it too
            combination = set((summary.common_wrong or "").split(","))
            wrong = [line for line in self.lines if line.choice_id in combination]
        names = "”, “".join(line.text for line in wrong)
        if several:
            text = self.tr(
                "Popular misconception: %1 of the answers (%3 of %4) were exactly this wrong combination: “%2”."
            )
        else:
            text = self.tr("Popular misconception: %1 of the answers (%3 of %4) chose “%2”.")
        self.misconception.setText(
            text.replace("%1", percent(summary.common_wrong_share))
            .replace("%3", str(summary.common_wrong_count))
            .replace("%4", str(summary.answers))
            .replace("%2", names)
        )
        self.misconception.show()
