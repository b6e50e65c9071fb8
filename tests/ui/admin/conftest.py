"""A kiosk window with its operator console on the tiny test pack, a fake clock, and a known data set."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.journey.records import AnswerRecord, QuizResultRecord
from kiosk.operator.config import load_operator_config
from kiosk.operator.lockout import Lockout
from kiosk.operator.pin import hash_pin
from kiosk.results.store import ResultsStore
from kiosk.settings import Settings, load_settings
from kiosk.ui.admin.console import OperatorConsole
from kiosk.ui.admin.install import ConsoleHook, install_console
from kiosk.ui.window import MainWindow
from tests.support.clock import FakeClock
from tests.ui.conftest import PACK

TODAY = date(2026, 5, 14)
CHEAP_COST = 2**10  # scrypt cost for tests; the real default is tested in tests/operator


def cheap_hash(pin: str) -> str:
    return hash_pin(pin, n=CHEAP_COST)


@dataclass
class Kiosk:
    window: MainWindow
    hook: ConsoleHook
    clock: FakeClock
    config: Path
    usb: Path

    @property
    def console(self) -> OperatorConsole:
        return self.hook.console


def record_known_data(store: ResultsStore) -> None:
    """Ten visits at "Booth" on TODAY and two at "Class 7B" the day before, with answers to a chosen shape.

    basics/strong: 10 answers, 3 right (7 wrong: 5 chose "a" = 123456, 2 chose "c" = password);
    basics/safer: 4 answers, 3 right, 1 wrong (a,c).
    """
    for i in range(12):
        booth = i < 10
        day = TODAY if booth else date(2026, 5, 13)
        at = datetime(day.year, day.month, day.day, 10, i, tzinfo=UTC)
        visit = f"v{i:02}"
        store.start_visit(
            visit_id=visit,
            started_at=at,
            language="en",
            kiosk_name="k",
            event_label="Booth" if booth else "Class 7B",
        )
        if booth:
            chosen = ("b",) if i < 3 else ("a",) if i < 8 else ("c",)
            store.record_answer(
                AnswerRecord(f"a{i}", visit, "basics", "strong", "h", chosen, chosen == ("b",), 4.0, at)
            )
        if i < 4:
            right = i != 3
            chosen = ("a", "b") if right else ("a", "c")
            store.record_answer(AnswerRecord(f"s{i}", visit, "basics", "safer", "h", chosen, right, 6.0, at))
            store.record_quiz_result(
                QuizResultRecord(f"q{i}", visit, "basics", 2 if right else 1, 2, True, at)
            )


@pytest.fixture
def known_store() -> ResultsStore:
    store = ResultsStore.open(None)
    record_known_data(store)
    return store


@pytest.fixture
def make_kiosk(qtbot, tmp_path: Path) -> Iterator[Callable[..., Kiosk]]:  # noqa: ANN001
    made: list[Kiosk] = []

    def make(
        *,
        store: object = None,
        pin: str | None = "2468",
        config_text: str = "",
        kiosk: bool = True,
        size=(1920, 1080),
        scale: float | None = 1.0,  # None: the one the window's size calls for, as the kiosk does
    ) -> Kiosk:
        config = tmp_path / "kiosk.toml"
        if not config.exists():
            # Days in UTC unless the test names a zone, so the known data's days are the same anywhere.
            zone = "" if "timezone" in config_text else 'timezone = "UTC"\n'
            config.write_text(zone + config_text, encoding="utf-8")
            if pin is not None:
                from kiosk.operator.config import save_settings

                save_settings(config, operator={"pin_hash": cheap_hash(pin)})
        settings = load_settings(config, required=True).with_overrides(lessons=PACK, windowed=not kiosk)
        app = QApplication.instance()
        pack = kiosk_app.open_pack(settings)
        store = store if store is not None else ResultsStore.open(None)
        window = kiosk_app.preview_window(app, pack, settings, size, store, tick_ms=20)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        clock = FakeClock(500.0)
        usb = tmp_path / "media" / "STICK"
        usb.mkdir(parents=True, exist_ok=True)
        hook = install_console(
            window,
            store=store,
            full_pack=pack,
            config_path=config,
            scale=scale,
            lockout=Lockout(monotonic=clock),
            hasher=cheap_hash,
            drives=lambda: [usb],
            today=lambda: TODAY,
        )
        result = Kiosk(window, hook, clock, config, usb)
        made.append(result)
        return result

    yield make
    for kiosk in made:
        if kiosk.hook.built:
            console = kiosk.console
            for job in (console.reload_job, console.export_job, console.stats_job, console.items_job):
                job.wait()
            console.close_console()
        kiosk.window.leave_kiosk()
        if kiosk.hook.built:
            console = kiosk.console
            assert not console.idle_timer.isActive() and not console.pin_pad.lock_timer.isActive()


def operator_config(path: Path):  # noqa: ANN201
    return load_operator_config(path)


__all__ = ["Kiosk", "Settings", "operator_config"]
