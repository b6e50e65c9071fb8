"""The password strength tester: a visitor types a made-up password and sees how fast it would fall.

zxcvbn's estimate (``kiosk.ui.exhibits.strength``) is shown as a five-step meter with a word, the time
a stolen-list attack would take in plain words, and zxcvbn's advice, all translated. Examples to try
fill the field with one tap.

The estimate runs on a worker thread: zxcvbn takes up to a second on 64 random characters
(docs/benchmarks.md), and a key must never wait for it.

What is typed is never stored, logged, recorded or put in a crash report: it lives only in the line
edit (whose undo history is cleared with it) and, while an estimate runs, in its worker; ``wipe``
clears the field and drops any estimate under way when the visitor leaves the page, the visit resets
or the kiosk recovers from a crash. Copy, cut, paste and drag are off, so it cannot reach the
clipboard for the next visitor.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.exhibits.strength import MAX_LENGTH, Strength, estimate, plain_time
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.cards import repolish
from kiosk.ui.widgets.plain import plain_text
from kiosk.ui.widgets.touch_keyboard import VisitorKeyboard

log = logging.getLogger(__name__)

CONTEXT = "PasswordTester"
#: how often the GUI thread looks whether the estimate has ended
POLL_MS = 20
#: zxcvbn's warnings and suggestions, as it words them in English; each is translated in CONTEXT.
#: Anything else it may say is left out rather than shown untranslated.
ADVICE = (
    QT_TRANSLATE_NOOP("PasswordTester", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("PasswordTester", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("PasswordTester", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("PasswordTester", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordTester", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordTester", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("PasswordTester", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "PasswordTester", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("PasswordTester", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("PasswordTester", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordTester", "Avoid sequences."),
    QT_TRANSLATE_NOOP("PasswordTester", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordTester", "Avoid recent years."),
    QT_TRANSLATE_NOOP("PasswordTester", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("PasswordTester", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("PasswordTester", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("PasswordTester", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("PasswordTester", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("PasswordTester", "This is a very common password."),
    QT_TRANSLATE_NOOP("PasswordTester", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("PasswordTester", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("PasswordTester", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordTester", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordTester", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("PasswordTester", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("PasswordTester", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "PasswordTester", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
)
#: the meter's word for each zxcvbn score
SCORE_WORDS = (
    QT_TRANSLATE_NOOP("PasswordTester", "Very weak"),
    QT_TRANSLATE_NOOP("PasswordTester", "Weak"),
    QT_TRANSLATE_NOOP("PasswordTester", "Fair"),
    QT_TRANSLATE_NOOP("PasswordTester", "Strong"),
    QT_TRANSLATE_NOOP("PasswordTester", "Very strong"),
)
#: examples to try with one tap: (what the button says, what it types)
EXAMPLES = (
    (QT_TRANSLATE_NOOP("PasswordTester", "A word and a year"), "sunshine2024"),
    (QT_TRANSLATE_NOOP("PasswordTester", "Letter swaps"), "P@ssw0rd!"),
    (QT_TRANSLATE_NOOP("PasswordTester", "Three random words"), "otter-lantern-cabbage"),
    (QT_TRANSLATE_NOOP("PasswordTester", "Five random words"), "otter lantern cabbage violin mist"),
)


#: the tester's width in one column (px at 1080p): a keyboard of fingertip keys
ONE_COLUMN_WIDTH = 720
#: in two columns, the field and the sentences beside the keyboard get this width, this far from it
READOUT_WIDTH = 380
COLUMN_GAP = 32
#: the keys' height on a short screen (px at 1080p; 64 elsewhere)
SHORT_KEY_HEIGHT = 48


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


class ScratchField(QLineEdit):
    """A line edit that keeps nothing: no copy, cut, paste, drag, context menu or undo after a wipe."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(MAX_LENGTH)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.setEchoMode(QLineEdit.EchoMode.Normal)  # made up, so shown: the visitor sees what is judged
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if any(event.matches(key) for key in _CLIPBOARD_KEYS):
            event.accept()  # swallowed: nothing typed here may reach the clipboard
            return
        super().keyPressEvent(event)

    def wipe(self) -> None:
        # setText (unlike clear) also empties the undo history, so Ctrl+Z cannot bring it back.
        self.setText("")


class ExampleGrid(QWidget):
    """The examples to try after their title: in one row if they fit its width, their words on two
    lines if that makes them fit, else two by two. It asks only for the width of two by two, so the
    row never widens the tester (beside the words its width is set by the reader)."""

    def __init__(self, title: QLabel, buttons: list[QPushButton], spacing: int) -> None:
        super().__init__()
        self.setObjectName("TesterExamples")
        self.title, self.buttons = title, buttons
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.spacing = spacing
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        self.in_a_row: bool | None = None
        self._placed: tuple[bool, bool] | None = None
        self._place(False, False)

    def _place(self, row: bool, two_lines: bool) -> None:
        if self._placed == (row, two_lines):
            return
        self._placed = (row, two_lines)
        self.in_a_row = row
        # In a row the gaps are narrower: the row of four fits a 1024x768 screen's column in Chinese.
        self.grid.setHorizontalSpacing(self._row_gap() if row else self.spacing)
        for button in self.buttons:
            words = button.accessibleName()
            button.setText(_two_lines(words) if two_lines else words)
            self.grid.removeWidget(button)
        self.grid.removeWidget(self.title)
        for column in range(5):
            self.grid.setColumnStretch(column, 0)
        self.grid.addWidget(self.title, 0, 0)
        for index, button in enumerate(self.buttons):
            if row:
                self.grid.addWidget(button, 0, 1 + index)
            else:
                self.grid.addWidget(button, index // 2, 1 + index % 2)
            self.grid.setColumnStretch(1 + (index if row else index % 2), 1)
        self.updateGeometry()

    @staticmethod
    def _button_width(button: QPushButton, two_lines: bool) -> int:
        """The width ``button`` needs with its words on one line or two."""
        metrics, words = button.fontMetrics(), button.accessibleName()
        shown = max(metrics.horizontalAdvance(line) for line in button.text().split("\n"))
        padding = button.sizeHint().width() - shown
        wanted = _two_lines(words) if two_lines else words
        return max(metrics.horizontalAdvance(line) for line in wanted.split("\n")) + padding

    def _row_width(self, two_lines: bool) -> int:
        """The width the buttons in one row need, their words on one line or two."""
        need = sum(self._button_width(button, two_lines) for button in self.buttons)
        return self.title.sizeHint().width() + need + self._row_gap() * len(self.buttons)

    def _row_gap(self) -> int:
        return max(4, self.spacing // 2)

    def arrange(self, force: bool = False) -> None:
        """One row, one row on two lines, or two by two: the first that fits the width it has."""
        if force:
            self._placed = None
            self._place(False, False)  # each button's hint measured on its one-line words
        width = self.width()
        if self._row_width(False) <= width:
            self._place(True, False)
        elif self._row_width(True) <= width:
            self._place(True, True)
        else:  # two by two, their words on two lines where one is too wide (large text)
            self._place(False, self._grid_width(False) > width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._grid_width(True), super().minimumSizeHint().height())

    def _grid_width(self, two_lines: bool = False) -> int:
        """Two by two: the width of the title and two columns of the widest button."""
        widest = max((self._button_width(button, two_lines) for button in self.buttons), default=0)
        return self.title.minimumSizeHint().width() + 2 * (widest + self.spacing)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._grid_width(), self.grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.arrange()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.arrange(force=True)


def _two_lines(words: str) -> str:
    """``words`` broken at the space nearest their middle (words without spaces stay on one line)."""
    spaces = [i for i, c in enumerate(words) if c == " "]
    if not spaces:
        return words
    middle = min(spaces, key=lambda i: abs(i - len(words) / 2))
    return words[:middle] + "\n" + words[middle + 1 :]


_CLIPBOARD_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)


class PasswordTester(QWidget):
    """The exhibit: a warning, the field, the meter and its words, the advice, examples and a keyboard."""

    NAME = "password-tester"

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PasswordTester")
        self.scale = scale
        self._strength: Strength | None = None
        #: the estimate under way: its thread, where it puts its result, and the text's generation
        self._worker: tuple[threading.Thread, list[Strength | str], int] | None = None
        self._generation = 0  # counts changes of the field, so a late estimate of old text is dropped
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        s = scale
        self.warning = QLabel()
        plain_text(self.warning)
        self.warning.setObjectName("TesterWarning")
        self.warning.setWordWrap(True)
        self.field = ScratchField()
        self.field.setObjectName("TesterField")
        self.field.setMinimumHeight(round(64 * s))
        self.field.textChanged.connect(self._changed)
        self.clear_button = big_button("secondary")
        self.clear_button.setProperty("compact", "true")
        self.clear_button.clicked.connect(self.wipe)
        self.meter = QProgressBar()
        self.meter.setObjectName("TesterMeter")
        self.meter.setRange(0, 5)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(round(20 * s))
        self.verdict = QLabel()
        plain_text(self.verdict)
        self.verdict.setObjectName("TesterVerdict")
        self.verdict.setWordWrap(True)
        self.time = QLabel()
        plain_text(self.time)
        self.time.setObjectName("TesterTime")
        self.time.setWordWrap(True)
        self.advice = QLabel()
        plain_text(self.advice)
        self.advice.setObjectName("TesterAdvice")
        self.advice.setWordWrap(True)
        self.examples_title = QLabel()
        plain_text(self.examples_title)
        self.examples_title.setObjectName("TesterExamplesTitle")
        self.example_buttons: list[QPushButton] = []
        for index in range(len(EXAMPLES)):
            button = big_button("secondary")
            button.setProperty("compact", "true")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, i=index: self.try_example(i))
            self.example_buttons.append(button)
        # In one row where they fit (their words on two lines if need be), else two by two: a row is
        # one button lower, which on a short screen brings them into sight with the keys.
        self.examples = ExampleGrid(self.examples_title, self.example_buttons, round(10 * s))
        self.keyboard = VisitorKeyboard(scale, self.field)
        self.limits = QLabel()
        plain_text(self.limits)
        self.limits.setObjectName("TesterLimits")
        self.limits.setWordWrap(True)
        self.entry = QWidget()
        entry = QHBoxLayout(self.entry)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(round(12 * s))
        entry.addWidget(self.field, 1)
        entry.addWidget(self.clear_button)

        # The warning over one column or two (``set_two_columns``), each ending in a stretch.
        column = self.stack = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(round(12 * s))
        column.addWidget(self.warning)
        self.row = QHBoxLayout()
        self.row.setSpacing(round(COLUMN_GAP * s))
        self.columns = (QVBoxLayout(), QVBoxLayout())
        for part in self.columns:
            part.setSpacing(round(10 * s))
            part.addStretch(1)
            self.row.addLayout(part, 1)
        column.addLayout(self.row, 1)
        self.two_columns: bool | None = None
        self.set_two_columns(False)
        self.retranslate()

    # -- layout ------------------------------------------------------------------------------------

    def widths(self) -> tuple[int, int]:
        """The width it wants in one column and in two (px at this scale), for the reader to choose:
        wider than asked when large text widens the keys and the examples (at 150 % they ran past the
        width given)."""
        parts = (self.keyboard, self.examples)
        one = max(round(ONE_COLUMN_WIDTH * self.scale), *(part.minimumSizeHint().width() for part in parts))
        return one, one + round((COLUMN_GAP + READOUT_WIDTH) * self.scale)

    def set_two_columns(self, two: bool) -> None:
        """One column (field, meter, keys, examples, then the estimate's sentences) or two (the field across
        both, then the sentences beside the keys and examples). Either way what a finger aims at never
        moves as the sentences come and go while the visitor types: they are below it or beside it."""
        if two == self.two_columns:
            return
        self.two_columns = two
        first, second = self.columns
        parts = (
            self.entry,
            self.meter,
            self.verdict,
            self.keyboard,
            self.examples,
            self.time,
            self.advice,
            self.limits,
        )
        for widget in parts:
            first.removeWidget(widget)
            second.removeWidget(widget)
        self.stack.removeWidget(self.entry)
        if two:
            placed = (
                (first, (self.meter, self.verdict, self.time, self.advice, self.limits)),
                (second, (self.keyboard, self.examples)),
            )
        else:
            placed = ((first, parts), (second, ()))
        for layout, widgets in placed:
            for widget in widgets:
                layout.insertWidget(layout.count() - 1, widget)
        if two:  # the field across both columns, under the warning: wide enough for what is typed
            self.stack.insertWidget(1, self.entry)
        # Shared in proportion to the widths asked for (stretch factors: the words beside keep the rest).
        self.row.setStretch(0, READOUT_WIDTH if two else 1)
        self.row.setStretch(1, ONE_COLUMN_WIDTH if two else 0)
        self.updateGeometry()

    def set_short(self, short: bool) -> None:
        """On a short screen (1280x720) the keys, the field and the buttons are lower, so the field, the
        whole keyboard and the examples are in sight at once; still a fingertip wide, and on the
        720-line screen about 10 mm tall."""
        value = "true" if short else "false"
        if self.property("short") == value:
            return
        self.setProperty("short", value)
        height = round((SHORT_KEY_HEIGHT if short else 64) * self.scale)
        self.field.setMinimumHeight(height)
        # and the gaps between the parts narrower, the meter thinner
        self.meter.setFixedHeight(round((12 if short else 20) * self.scale))
        self.stack.setSpacing(round((6 if short else 12) * self.scale))
        for part in self.columns:
            part.setSpacing(round((6 if short else 10) * self.scale))
        for key in (*self.keyboard.findChildren(QPushButton), self.clear_button, *self.example_buttons):
            key.setMinimumHeight(height)
            repolish(key)
        repolish(self.warning)
        self.warning.updateGeometry()
        self.updateGeometry()

    # -- what the visitor does ---------------------------------------------------------------------

    def try_example(self, index: int) -> None:
        self.field.setText(EXAMPLES[index][1])

    def _changed(self, text: str) -> None:
        """A key was typed: estimate the new text off the GUI thread (a long random one takes zxcvbn
        up to a second, docs/benchmarks.md). Only the latest text counts; an estimate that ends after
        another key is dropped and the field's text estimated again."""
        self._generation += 1
        if not text:
            self._strength = None
            self._show()
            return
        if self._worker is None:
            self._start(text)

    def _start(self, text: str) -> None:
        box: list[Strength | str] = []  # this estimate's own: an outdated worker never writes elsewhere
        generation = self._generation

        def work() -> None:
            try:
                box.append(estimate(text))
            except Exception as exc:  # noqa: BLE001 - its message could quote the password: keep only its type
                box.append(type(exc).__name__)

        self._worker = (threading.Thread(target=work, name="password-estimate", daemon=True), box, generation)
        self._worker[0].start()
        self._poll_timer.start()

    def _poll(self) -> None:
        if self._worker is None:
            self._poll_timer.stop()
            return
        thread, box, generation = self._worker
        if thread.is_alive():
            return
        self._worker = None
        self._poll_timer.stop()
        if generation != self._generation:  # typed meanwhile (or wiped): estimate what is there now
            if self.field.text():
                self._start(self.field.text())
            return
        outcome = box[0] if box else "no result"
        if isinstance(outcome, str):
            log.warning("the password estimate failed (%s); the meter shows nothing", outcome)
            self._strength = None
        else:
            self._strength = outcome
        self._show()

    def finish(self, timeout: float = 10.0) -> None:
        """Wait for the estimate under way and show it (tests and the screenshot tool)."""
        while self._worker is not None:
            self._worker[0].join(timeout)
            self._poll()

    def reading_order(self) -> list[QWidget]:
        """Tab's stops, as a visitor reads them: the field, Clear, then the examples (the keys take no
        focus: the field keeps the cursor)."""
        return [self.field, self.clear_button, *self.example_buttons]

    def wipe(self) -> None:
        """Forget everything typed: the field, its undo history, the estimate; lower case again."""
        self.field.wipe()
        self._generation += 1  # an estimate under way is dropped when it ends
        self._strength = None
        self.keyboard.reset()
        self._show()

    # -- words -------------------------------------------------------------------------------------

    def _show(self) -> None:
        strength = self._strength
        level = "none" if strength is None else str(strength.score)
        self.meter.setValue(0 if strength is None else strength.score + 1)
        if self.meter.property("level") != level:
            self.meter.setProperty("level", level)
            repolish(self.meter)
        if strength is None:
            self.verdict.setText(self.tr("Type a made-up password to see how strong it is."))
            self.time.setText("")
            self.advice.setText("")
            self.time.hide()
            self.advice.hide()
            return
        self.verdict.setText(
            self.tr("Strength: %1 (%2 of 5)")
            .replace("%1", _tr(SCORE_WORDS[strength.score]))
            .replace("%2", str(strength.score + 1))
        )
        self.time.setText(
            self.tr("If a website's password list were stolen, guessing this one would take %1.").replace(
                "%1", self._time_words(strength.seconds)
            )
        )
        advice = [strength.warning] if strength.warning in ADVICE else []
        advice += [s for s in strength.suggestions if s in ADVICE]
        self.advice.setText("\n".join("• " + _tr(line) for line in advice))
        self.time.show()
        self.advice.setVisible(bool(advice))

    def _time_words(self, seconds: float) -> str:
        unit, count = plain_time(seconds)
        words = {
            "instant": lambda: self.tr("no time at all"),
            "seconds": lambda: self.tr("about %n second(s)", "", count),
            "minutes": lambda: self.tr("about %n minute(s)", "", count),
            "hours": lambda: self.tr("about %n hour(s)", "", count),
            "days": lambda: self.tr("about %n day(s)", "", count),
            "months": lambda: self.tr("about %n month(s)", "", count),
            "years": lambda: self.tr("about %n year(s)", "", count),
            "centuries": lambda: self.tr("centuries"),
        }
        return words[unit]()

    def retranslate(self) -> None:
        self.warning.setText(
            self.tr("Never type a real password here: make one up. Nothing you type is kept.")
        )
        self.field.setPlaceholderText(self.tr("Type a made-up password"))
        self.field.setAccessibleName(self.tr("A made-up password"))
        set_text(self.clear_button, self.tr("Clear"))
        self.examples_title.setText(self.tr("Try:"))
        # zxcvbn's word lists are English: it cannot tell how guessable pinyin names and birthdays are.
        self.limits.setText(
            self.tr(
                "Never use an example you have seen. The meter knows English words best: pinyin names "
                "and birthdays are easier to guess than it shows."
            )
        )
        for button, (words, _) in zip(self.example_buttons, EXAMPLES, strict=True):
            set_text(button, _tr(words))
        self.examples.arrange(force=True)
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
