"""Labels that show exactly the characters they are given, never as rich text.

Qt's labels guess: text that looks like HTML is rendered, and an ``<img src>`` in it makes Qt open
that file (``/dev/zero`` aborted the kiosk, a FIFO hung it). Every label showing words from a lesson
pack, a results file, a folder name or the settings is made plain here; lesson bodies, questions and
choices go through the sanitiser and picture resolver instead (kiosk.ui.widgets.html).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_text(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
