"""A pack holding every hostile case: it loads, the real window shows what is safe without touching the
network or reading any file outside the pack, ``kiosk check`` reports the rest, and the kiosk keeps
running without a traceback. (How fast ``kiosk check`` gets through it: bench/bench_hostile.py.)"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from kiosk.cli import main as kiosk_main
from kiosk.content.diagnostics import printable
from kiosk.journey import Screen
from kiosk.results.store import ResultsStore
from kiosk.ui.widgets.html import LessonView
from tests.robustness import filewatch
from tests.robustness.driver import build_window, close_window, finish_lesson, open_card, play_visit, tap
from tests.robustness.filewatch import OpenWatch
from tests.robustness.hostile_pack import HostilePack, write_hostile_pack
from tests.robustness.netguard import no_network

# What must never reach a widget: active content, remote addresses, files outside the pack.
NEVER_SHOWN = (
    "<script",
    "onerror",
    "onclick",
    "javascript:",
    "evil.example",
    "file:///etc",
    "<iframe",
    "http://e/",
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostilePack:
    return write_hostile_pack(tmp_path_factory.mktemp("hostile") / "pack")


def test_kiosk_check_reports_every_hostile_lesson(
    hostile: HostilePack, capsys: pytest.CaptureFixture[str]
) -> None:
    status = kiosk_main(["check", str(hostile.root)])
    out = capsys.readouterr().out
    assert status == 1
    for lesson_id in hostile.refused:
        assert [line for line in out.splitlines() if f"/{lesson_id}" in line and ": error: " in line], (
            lesson_id
        )
    for lesson_id in hostile.shown:
        if lesson_id not in ("good", "nested"):
            assert f"/{printable(lesson_id)}/" in out, f"kiosk check says nothing about {lesson_id}"
    lines = out.splitlines()
    for where, phrase in hostile.expected.items():
        said = [line for line in lines if f"/{where}:" in line]
        assert any(phrase in line for line in said), (where, phrase, said)
    assert not [c for c in out if ord(c) < 32 and c != "\n"], "a control character reached the terminal"
    assert "\x02" not in out and "klzzwxh" not in out


@pytest.fixture
def requested_urls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every resource URL any lesson view asks for, whether it was granted or not."""
    urls: list[str] = []
    original = LessonView.loadResource

    def recording(self: LessonView, kind: int, url: QUrl | str) -> object:
        urls.append(url.toString() if isinstance(url, QUrl) else str(url))
        return original(self, kind, url)

    monkeypatch.setattr(LessonView, "loadResource", recording)
    yield urls


@pytest.mark.skipif(not filewatch.available(), reason="watching file opens needs Linux inotify")
def test_the_real_window_shows_what_is_safe_and_reads_nothing_outside_the_pack(
    qtbot,  # noqa: ANN001
    hostile: HostilePack,
    requested_urls: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = ResultsStore.open(None)
    rng = random.Random(8)
    watch = OpenWatch()
    watch.watch(hostile.outside)
    caplog.set_level(logging.WARNING)
    with no_network() as guard:
        window = build_window(hostile.root, store)
        try:
            router, journey = window.router, window.journey
            tap(router.attract.start_button)
            assert sorted(router.catalogue.cards) == sorted(hostile.shown)
            for lesson_id in hostile.shown:
                open_card(window, lesson_id)
                assert journey.screen is Screen.READER, lesson_id
                page = router.reader.view
                assert hostile.markers[lesson_id] in page.toPlainText(), lesson_id
                seen = page.toHtml().lower()
                assert not [bad for bad in NEVER_SHOWN if bad in seen], (lesson_id, seen[:2000])
                finish_lesson(window, rng)
                if journey.screen is Screen.RESULT:
                    tap(router.result.another_button)
                assert journey.screen is Screen.CATALOGUE
            tap(router.catalogue.finish_button)
            assert journey.screen is Screen.ATTRACT and window.isVisible()
            # The kiosk keeps going: the next visitor plays through as usual.
            assert play_visit(window, rng, lesson_ids=["good"]) == 1
            assert journey.screen is Screen.ATTRACT
        finally:
            close_window(window)
            opened_outside = watch.events()
            watch.close()
    guard.assert_clean()
    # Not one file outside the pack was opened or read, by Python or by Qt.
    assert opened_outside == [], opened_outside
    assert not [r for r in caplog.records if r.exc_info], [
        r.getMessage() for r in caplog.records if r.exc_info
    ]
    # Pictures came from inside the pack, and only from there.
    root = hostile.root.resolve()
    assert requested_urls, "no picture was requested at all"
    for url in requested_urls:
        local = QUrl(url).toLocalFile()
        assert local and Path(local).resolve().is_relative_to(root), url
    store.flush()
    # good, hostile-quiz, many-choices (its one sane question), numbers (default pass mark), good again
    assert store.db is not None and store.db["quiz_results"].count == 5
    store.close()
