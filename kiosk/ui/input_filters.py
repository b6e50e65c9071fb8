"""One application-wide event filter that hands the few events each watcher cares about to that watcher.

The lockdown, the idle watch and the operator's corner gesture each need to see input anywhere in the
application, but Qt calls an application filter for every event of every object (paints, layouts,
timers, a language change's event to each widget). Three Python filters meant three calls into Python
for each of those; through this one, an event nobody watches costs one call and a set lookup.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject


class InputFilters(QObject):
    """Watchers are QObjects with an ``eventFilter``; the last added is asked first, as Qt would."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watchers: list[tuple[QObject, frozenset[QEvent.Type]]] = []
        self._watched: frozenset[QEvent.Type] = frozenset()

    def add(self, watcher: QObject, kinds: Iterable[QEvent.Type]) -> None:
        """Offer ``watcher`` the events of ``kinds`` before those added earlier get them."""
        self.remove(watcher)
        self._watchers.insert(0, (watcher, frozenset(kinds)))
        self._watched = frozenset().union(*(kinds for _, kinds in self._watchers))

    def remove(self, watcher: QObject) -> None:
        self._watchers = [(w, kinds) for w, kinds in self._watchers if w is not watcher]
        self._watched = frozenset().union(*(kinds for _, kinds in self._watchers))

    @property
    def watchers(self) -> tuple[QObject, ...]:
        return tuple(w for w, _ in self._watchers)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in self._watched:  # nearly every event: keep this path short
            return False
        # The first watcher that takes the event ends it: later ones and the widget do not see it, as
        # with Qt's own filters.
        return any(kind in kinds and watcher.eventFilter(watched, event) for watcher, kinds in self._watchers)
