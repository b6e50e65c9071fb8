"""A QR code a phone camera reads off the screen, and the take-home panel that shows one with its caption.

The code is drawn from segno's module matrix at a whole number of device pixels per module, with the
quiet zone of four modules the standard asks for, dark on white whatever the theme: phone readers
expect dark modules on a light ground, and a blurred or light-on-dark code is read slowly or not at
all. ``TakeHomePanel`` is what a result screen drops in (the lesson's, the challenge's).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.linebreak import hint_text
from kiosk.operator.printing import PrinterConfig, PrinterError, Slip, print_slip
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.cards import text_label

log = logging.getLogger(__name__)

#: modules of light margin on each side (ISO/IEC 18004 asks for four)
QUIET_ZONE = 4
#: device pixels a module needs at least for a phone camera to read the code off the screen
MIN_MODULE_PX = 3
#: not theme colours on purpose: a code reads best as near-black on white, in every theme
DARK, LIGHT = QColor(0, 0, 0), QColor(255, 255, 255)

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(text: str) -> Matrix:
    """The modules of the QR code for ``text`` (True is dark), without the quiet zone.

    UTF-8 in byte mode, the way phone cameras read Chinese and English alike (segno would pick Kanji
    mode for some Chinese text, which phones read as Japanese); level L, raised when it costs no size.
    """
    # Imported at the first code, not with the screens: segno costs the kiosk's start 14 ms, and its
    # writers import xml.sax.saxutils, which imports urllib.request (never called: no network here;
    # tests/robustness/test_no_network.py keeps the start free of it).
    import segno

    code = segno.make(text, encoding="utf-8", mode="byte", error="l", boost_error=True)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def qr_image(matrix: Matrix, module_px: int) -> QImage:
    """The code with its quiet zone at ``module_px`` pixels a module: every module a crisp square."""
    side = len(matrix) + 2 * QUIET_ZONE
    small = QImage(side, side, QImage.Format.Format_Grayscale8)
    small.fill(LIGHT)
    dark = DARK.rgb()
    for y, row in enumerate(matrix):
        for x, module in enumerate(row):
            if module:
                small.setPixel(x + QUIET_ZONE, y + QUIET_ZONE, dark)
    # Nearest-neighbour scaling by a whole factor: each module becomes an exact square of pixels.
    return small.scaled(
        side * module_px,
        side * module_px,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


class QrCode(QWidget):
    """A square QR code, as large as a whole number of pixels per module lets it be in the widget."""

    def __init__(self, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QrCode")
        self.side = (
            side  # as large as it gets; it gives way down to MIN_MODULE_PX a module when short of room
        )
        self.resize(side, side)
        self.text = ""
        self.matrix: Matrix = ()
        self._picture: tuple[tuple[str, int, float], QImage] | None = None

    def set_text(self, text: str) -> None:
        if text == self.text:
            return
        self.text = text
        self.matrix = qr_matrix(text) if text else ()
        self._picture = None
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    @property
    def modules(self) -> int:
        """Modules across, quiet zone included (0 without a code)."""
        return len(self.matrix) + 2 * QUIET_ZONE if self.matrix else 0

    def module_px(self) -> int:
        """Device pixels per module: the most that fits the widget (at least 1)."""
        if not self.matrix:
            return 0
        device_side = int(min(self.width(), self.height()) * self.devicePixelRatioF())
        return max(1, device_side // self.modules)

    def image(self) -> QImage:
        """The picture drawn now, in device pixels (an empty image without a code)."""
        if not self.matrix:
            return QImage()
        key = (self.text, self.module_px(), self.devicePixelRatioF())
        if self._picture is None or self._picture[0] != key:
            image = qr_image(self.matrix, key[1])
            image.setDevicePixelRatio(key[2])
            self._picture = (key, image)
        return self._picture[1]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        image = self.image()
        if image.isNull():
            return
        size = image.deviceIndependentSize()
        x = round((self.width() - size.width()) / 2)
        y = round((self.height() - size.height()) / 2)
        painter = QPainter(self)
        painter.drawImage(x, y, image)
        painter.end()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.side, self.side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The side at which each module is still MIN_MODULE_PX device pixels (a phone reads it)."""
        least = -(-self.modules * MIN_MODULE_PX // max(1, round(self.devicePixelRatioF())))
        side = min(self.side, least) if self.matrix else self.side
        return QSize(side, side)


class TakeHomePanel(QFrame):
    """A QR code of the tips to take home, with "Scan to take the tips home"; hidden when there are none.

    With a receipt printer in the settings it also offers "Print the tips": the slip (the tips, the
    code, and a reward code if the screen set one) prints on a worker thread, and the visitor sees a
    short line when it is done or, if it failed, a gentle one (the log has the reason).
    """

    #: a print finished: "" when it worked, else the reason (for the log); emitted from the worker
    printed = Signal(str)

    def __init__(
        self, scale: float, printer: PrinterConfig | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TakeHome")
        # As tall as the code and its words (``_fit``: large text or a narrow column wraps them), and
        # less when the screen is short (the code gives way).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.printer = printer if printer is not None and printer.ready else None
        self.slip: Slip | None = None
        self.reward_code: str | None = None
        self.printing: threading.Thread | None = None
        # The words beside the code, or under it when the column is too narrow for them (``_fit``).
        row = self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        pad = round(20 * scale)
        row.setContentsMargins(pad, pad, round(28 * scale), pad)
        row.setSpacing(round(28 * scale))
        self.code = QrCode(round(330 * scale))  # 220 px on a 720p screen: kiosk.content.takehome
        row.addWidget(self.code)
        words = QVBoxLayout()
        words.setSpacing(round(10 * scale))
        self.caption = text_label("TakeHomeCaption")
        self.hint = text_label("TakeHomeHint")
        words.addStretch(1)
        words.addWidget(self.caption)
        words.addWidget(self.hint)
        self.print_button = big_button("secondary")
        self.print_button.setObjectName("PrintButton")
        self.print_button.clicked.connect(self.print_slip)
        self.print_status = text_label("PrintStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        words.addSpacing(round(6 * scale))
        words.addLayout(buttons)
        words.addWidget(self.print_status)
        self.print_button.hide()
        self.print_status.hide()
        words.addStretch(1)
        row.addLayout(words, 1)
        self.printed.connect(self._printed)
        self.hide()
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Put the words under the code when fewer than about 14 letters of the caption fit beside it,
        and ask for the height the wrapped words need, so none are cut off at any text size."""
        margins = self.row.contentsMargins()
        beside = self.width() - margins.left() - margins.right() - self.code.width() - self.row.spacing()
        narrow = beside < self.caption.fontMetrics().averageCharWidth() * 14
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            self.row.setAlignment(self.code, Qt.AlignmentFlag.AlignHCenter if narrow else Qt.AlignmentFlag(0))
        self.setMinimumHeight(self.row.heightForWidth(self.width()) if self.row.hasHeightForWidth() else 0)

    def show_text(self, text: str, slip: Slip | None = None) -> None:
        """Show the code of ``text`` ("" hides the panel); ``slip`` is what "Print the tips" prints."""
        self.code.set_text(text)
        self.slip = slip if text else None
        self.set_reward_code(None)
        self.print_button.setVisible(self.printer is not None and self.slip is not None)
        self.print_button.setEnabled(True)
        self.print_status.hide()
        self.print_status.setText("")
        self.setVisible(bool(text))

    def set_reward_code(self, code: str | None) -> None:
        """A reward code to print on the slip as well (a result screen sets it when one was won);
        ``show_text`` forgets it."""
        self.reward_code = code
        self.retranslate()

    def print_slip(self) -> None:
        """Print the slip on a worker thread; the button waits until it is done."""
        if self.printer is None or self.slip is None or self.printing is not None:
            return
        slip = replace(self.slip, code=self.reward_code, words=self._slip_words())
        self.print_button.setEnabled(False)
        self.print_status.setText(self.tr("Printing…"))
        self.print_status.show()
        printer = self.printer

        def work() -> None:
            try:
                print_slip(printer, slip)
            except PrinterError as exc:
                self.printed.emit(str(exc) or "the receipt printer failed")
            except Exception as exc:  # whatever else: still a gentle line, never a traceback on screen
                self.printed.emit(f"the receipt printer failed unexpectedly: {exc!r}")
            else:
                self.printed.emit("")

        self.printing = threading.Thread(target=work, name="receipt-printer", daemon=True)
        self.printing.start()

    def _printed(self, problem: str) -> None:
        if self.printing is not None:
            self.printing.join()
            self.printing = None
        self.print_button.setEnabled(True)
        if problem:
            log.error("could not print the take-home slip: %s", problem)
            self.print_status.setText(
                self.tr("Sorry, the printer is not working just now. Please ask at the booth.")
            )
        else:
            self.print_status.setText(self.tr("Printed: please take your slip."))
        self.print_status.show()

    def _slip_words(self) -> dict[str, str]:
        return {
            "tips": self.tr("Tips to take home"),
            "code": self.tr("Your reward code"),
            "code_hint": self.tr("Show this code at the booth."),
            "scan": self.tr("Scan to take the tips home"),
        }

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Scan to take the tips home"))
        self.hint.setText(hint_text(self.tr("Your phone's camera shows them as text: no app, no internet.")))
        if self.reward_code:
            set_text(self.print_button, self.tr("Print my code and the tips"))
        else:
            set_text(self.print_button, self.tr("Print the tips"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
