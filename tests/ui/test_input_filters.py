"""The one application filter hands each watcher only its kinds of event, newest watcher first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from kiosk.ui.input_filters import InputFilters


class Watcher(QObject):
    def __init__(self, name: str, seen: list[tuple[str, QEvent.Type]], take: bool = False) -> None:
        super().__init__()
        self.name, self.seen, self.take = name, seen, take

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        self.seen.append((self.name, event.type()))
        return self.take


def test_only_watched_kinds_reach_watchers_newest_first_until_one_takes_it(qapp) -> None:  # noqa: ANN001
    seen: list[tuple[str, QEvent.Type]] = []
    press, key, paint = QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Paint
    old, new = Watcher("old", seen), Watcher("new", seen)
    filters = InputFilters()
    filters.add(old, {press, key})
    filters.add(new, {press})
    target = QObject()
    assert filters.eventFilter(target, QEvent(paint)) is False
    assert seen == []  # nobody watches paints: nobody is called
    assert filters.eventFilter(target, QEvent(press)) is False
    assert seen == [("new", press), ("old", press)]
    seen.clear()
    filters.eventFilter(target, QEvent(key))
    assert seen == [("old", key)]
    seen.clear()
    new.take = True
    assert filters.eventFilter(target, QEvent(press)) is True
    assert seen == [("new", press)]  # taken: the older watcher never sees it
    seen.clear()
    filters.remove(new)
    assert filters.watchers == (old,)
    filters.eventFilter(target, QEvent(press))
    assert seen == [("old", press)]


def test_the_window_watches_through_one_filter(make_window) -> None:  # noqa: ANN001
    window = make_window()
    assert window.input_filters.watchers == (
        window.idle,
        window.tap_guard,
        window.lockdown,
        window.focus_rings,
    )
