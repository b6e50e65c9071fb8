"""``kiosk --screenshot`` also pictures the operator console, filled with demo results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from kiosk.commands.screenshot import console_screens
from kiosk.content.loader import load_pack
from kiosk.settings import Settings
from kiosk.ui.admin.screenshot import PAGES
from tests.ui.conftest import PACK


def _count(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == wanted
    )


def test_console_screenshots_show_charts_with_data(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    saved = console_screens(Settings(lessons=PACK, windowed=True), load_pack(PACK), tmp_path, [(1280, 720)])
    names = sorted(p.name for p in saved)
    expected = [f"1280x720-{lang}-console-01-pin-pad.png" for lang in ("en", "zh-CN")]
    for lang in ("en", "zh-CN"):
        # the console's own pages, the reward codes' "redeem" page (kiosk.ui.admin.page_rewards) and the
        # booth's set-up page (kiosk.ui.admin.page_booth)
        pages = (*PAGES[:-1], "redeem", "booth", PAGES[-1])
        expected += [f"1280x720-{lang}-console-{n:02}-{page}.png" for n, page in enumerate(pages, start=2)]
        expected.append(f"1280x720-{lang}-console-{len(pages) + 2:02}-leave-confirm.png")
    assert names == sorted(expected)
    for lang in ("en", "zh-CN"):
        questions = QImage(str(tmp_path / f"1280x720-{lang}-console-03-questions.png"))
        assert (questions.width(), questions.height()) == (1280, 720)
        # Bars of the question chart in the rate colours: only drawn when there are answers.
        coloured = sum(_count(questions, c) for c in ("#15803d", "#c2410c"))
        assert coloured > 300, lang
