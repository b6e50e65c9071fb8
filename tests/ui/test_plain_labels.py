"""Issue 15, item 1: words from a lesson pack or a results file are shown as the characters they are.

A pack title of ``<img src='/dev/zero'>`` aborted the kiosk before its first frame (Qt's labels took
it for rich text and read the file); any other path was read and shown. Every label showing such text
is plain, and nothing outside the pack is opened.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.journey import Screen
from tests.robustness.driver import SMALL_PACK, build_window, close_window, open_card, settle, tap
from tests.support.recorder import FakeRecorder
from tests.ui.opened_files import OpenWatch, outside_picture

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="watches opens with inotify")

#: labels allowed to hold rich text: what they show went through the sanitiser and picture resolver
SANITISED = {
    "QuestionText",
    "FeedbackText",
    "Explanation",
    "ChoiceText",
    "MissedQuestion",
    "MissedExplanation",
}


def hostile_pack(tmp_path: Path, picture: str) -> Path:
    """The test pack with markup naming ``picture`` in its title, tips, a lesson's title and summary."""
    pack = tmp_path / "pack"
    shutil.copytree(SMALL_PACK, pack)
    img = f"<img src='{picture}'>"
    (pack / "pack.yaml").write_text(
        f'title:\n  en: "{img} Booth"\n  zh-CN: "{img}"\ndefault_language: en\nlanguages: [en, zh-CN]\n'
        f'order: [basics, phishing]\ntips:\n  en:\n    - "{img} tip one"\n    - "<b>bold</b> tip two"\n',
        encoding="utf-8",
    )
    lesson = pack / "basics" / "lesson.md"
    text = lesson.read_text(encoding="utf-8")
    text = text.replace("title: Basics", f'title: "{img} Basics"').replace(
        "summary: Two short pages and one question.", f'summary: "{img} summary"'
    )
    lesson.write_text(text, encoding="utf-8")
    return pack


@pytest.fixture
def outside(tmp_path: Path) -> Iterator[tuple[Path, OpenWatch]]:
    picture, watch = outside_picture(tmp_path)
    yield picture, watch
    watch.close()


def text_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if label.text()]


def assert_plain_or_sanitised(root: QWidget) -> None:
    for label in text_labels(root):
        fmt = label.textFormat()
        if fmt == Qt.TextFormat.RichText:
            assert label.objectName() in SANITISED, (label.objectName(), label.text())
        else:
            assert fmt == Qt.TextFormat.PlainText, (label.objectName(), label.text())


def test_pack_text_is_shown_as_written_and_nothing_outside_is_read(
    qtbot,
    tmp_path: Path,
    outside: tuple[Path, OpenWatch],  # noqa: ANN001
) -> None:
    picture, watch = outside
    window = build_window(hostile_pack(tmp_path, str(picture)), FakeRecorder(), size=(800, 600))
    try:
        router = window.router
        assert router.attract.title.text().startswith(f"<img src='{picture}'>")
        assert router.attract.tip.text().startswith("<img")
        router.attract.next_tip()  # the attract loop's next slide: a lesson's teaser, its summary plain too
        assert router.attract.tip.text() == f"<img src='{picture}'> summary"
        assert router.attract.tip_label.text() == f"<img src='{picture}'> Basics"
        router.attract.next_tip()
        assert router.attract.tip.text() == "<b>bold</b> tip two"
        tap(router.attract.start_button)
        card = router.catalogue.cards["basics"]
        assert card.title.text() == f"<img src='{picture}'> Basics"
        open_card(window, "basics")
        assert window.journey.screen is Screen.READER
        assert router.reader.top.title.text() == f"<img src='{picture}'> Basics"
        for _ in range(5):
            if window.journey.screen is not Screen.READER:
                break
            tap(router.reader.next_button)
        assert window.journey.screen is Screen.QUESTION
        assert router.question.top.title.text().startswith("<img")
        settle()
        assert_plain_or_sanitised(window)
        assert watch.opened() == []
    finally:
        close_window(window)


def run_kiosk(pack: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / "home" / name)
    command = [sys.executable, "-m", "kiosk", "--lessons", str(pack), "--database", str(tmp_path / "r.db")]
    return subprocess.run(
        [*command, "--exit-after-start", "ready"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
    )


def test_a_title_naming_dev_zero_or_a_fifo_starts_fine(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    pack = hostile_pack(tmp_path, "/dev/zero")
    yaml = pack / "pack.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("<b>bold</b>", f"<img src='{fifo}'>"), "utf-8")
    done = run_kiosk(pack, tmp_path)  # was: std::bad_alloc, abort before the first frame
    assert done.returncode == 0, done.stderr[-2000:]
