"""The answers as a teacher reads them: one row per answer, in words and local time, for a spreadsheet.

Each row names the kiosk and event, the local date and time, the lesson, the question, what was
chosen and what was right, in the words of the exact version that was answered (kiosk.results.words),
falling back to ids for content the file never recorded. Same CSV rules as the other exports: a UTF-8
byte order mark, and a leading apostrophe on any cell a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from sqlite_utils import Database

from kiosk.results.export import csv_cell
from kiosk.results.words import JOIN, Words, lookup

HEADER = (
    "kiosk",
    "event",
    "date",
    "time",
    "time zone",
    "lesson",
    "question",
    "chosen",
    "right answer",
    "result",
    "seconds",
    "language",
    "lesson id",
    "question id",
    "chosen ids",
    "visit id",
)

_ROWS = (
    "SELECT ifnull(v.kiosk_name, ''), ifnull(v.event_label, ''), a.answered_at, a.lesson_id, a.question_id,"
    " a.question_hash, a.language, a.chosen, a.correct, a.seconds, a.visit_id"
    " FROM answers AS a LEFT JOIN visits AS v ON v.id = a.visit_id ORDER BY a.answered_at, a.rowid"
)


class LocalTime:
    """UTC time text as stored -> (local date, local time) in ``zone``; one conversion per quarter hour.

    Every time zone's offset is a whole number of quarter hours, so within a quarter the local time
    is the quarter's local start plus the minutes and seconds since.
    """

    def __init__(self, zone: tzinfo | None) -> None:
        self.zone = zone
        self._quarters: dict[str, datetime] = {}

    def __call__(self, stored: str) -> tuple[str, str]:
        minute = int(stored[14:16])
        quarter = f"{stored[:14]}{minute // 15 * 15:02d}"
        start = self._quarters.get(quarter)
        if start is None:
            start = datetime.fromisoformat(quarter).replace(tzinfo=UTC).astimezone(self.zone)
            self._quarters[quarter] = start
        moment = start + timedelta(minutes=minute % 15, seconds=int(stored[17:19]))
        return moment.strftime("%Y-%m-%d"), moment.strftime("%H:%M:%S")


def zone_label(zone: tzinfo | None) -> str:
    if zone is None:
        zone = datetime.now().astimezone().tzinfo
    return str(getattr(zone, "key", None) or zone)


def _texts(words: Words, key: tuple[str, str, str | None, str | None, str]) -> tuple[str, str, str, str]:
    """(lesson, question, chosen, right answer) in words for one distinct answer."""
    lesson_id, question_id, question_hash, language, chosen = key
    version = words.version(lesson_id, question_id, question_hash, language)
    ids = [c for c in chosen.split(",") if c]
    if version is None:
        return words.lesson(lesson_id, language), question_id, JOIN.join(ids), ""
    return (
        words.lesson(lesson_id, language or version.language),
        version.text,
        JOIN.join(version.choice(c) or c for c in ids),
        JOIN.join(c.text for c in version.right),
    )


def write_readable_answers(
    db: Database,
    path: Path,
    zone: tzinfo | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Path:
    """Write every answer, oldest first, as a row of :data:`HEADER` to ``path``."""
    words = lookup(db)
    local = LocalTime(zone)
    label = zone_label(zone)
    total = db.execute("SELECT count(*) FROM answers").fetchone()[0]
    texts: dict[tuple, tuple[str, str, str, str]] = {}
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        cursor = db.execute(_ROWS)
        done = 0
        while chunk := cursor.fetchmany(5000):
            for (
                kiosk,
                event,
                at,
                lesson,
                question,
                version,
                language,
                chosen,
                correct,
                seconds,
                visit,
            ) in chunk:
                key = (lesson, question, version, language, chosen)
                if key not in texts:
                    texts[key] = _texts(words, key)
                title, asked, picked, right = texts[key]
                day, time = local(at)
                row = (
                    kiosk,
                    event,
                    day,
                    time,
                    label,
                    title,
                    asked,
                    picked,
                    right,
                    "right" if correct else "wrong",
                    seconds,
                    language,
                    lesson,
                    question,
                    chosen,
                    visit,
                )
                writer.writerow([csv_cell(value) for value in row])
            done += len(chunk)
            if progress is not None and (done % 50_000 < 5000 or done == total):
                progress("answers_readable", done, total)
    if progress is not None and total == 0:
        progress("answers_readable", 0, 0)
    return Path(path)
