"""The child's side of the supervisor's heartbeat: a Qt timer that rewrites a small file every few seconds.

The timer runs in the GUI thread, so the beats stop when the event loop freezes, which is exactly
what the supervisor needs to notice. Without the supervisor's environment variable nothing starts.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

# kiosk.supervisor's names for these, repeated so the kiosk's start does not import subprocess and
# friends for them; a test keeps the two equal.
HEARTBEAT_ENV = "KIOSK_HEARTBEAT"
INTERVAL_ENV = "KIOSK_HEARTBEAT_INTERVAL"

log = logging.getLogger(__name__)


class HeartbeatTimer(QObject):
    def __init__(self, path: Path, interval_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.count = 0
        self.timer = QTimer(self)
        self.timer.setInterval(max(50, round(interval_s * 1000)))
        self.timer.timeout.connect(self.beat)

    def start(self) -> None:
        self.beat()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def beat(self) -> None:
        self.count += 1
        try:
            # Write beside and rename, so the supervisor never reads a half-written file.
            partial = self.path.with_suffix(".tmp")
            partial.write_text(str(self.count), encoding="ascii")
            os.replace(partial, self.path)
        except OSError as exc:
            log.warning("cannot write the heartbeat file: %s", exc)


def start_heartbeat(parent: QObject | None = None) -> HeartbeatTimer | None:
    """Beat if a supervisor asked for it (its environment variable names the file); else None."""
    target = os.environ.get(HEARTBEAT_ENV)
    if not target:
        return None
    try:
        interval = float(os.environ.get(INTERVAL_ENV, "2"))
    except ValueError:
        interval = 2.0
    heartbeat = HeartbeatTimer(Path(target), interval, parent)
    heartbeat.start()
    return heartbeat
