"""``kiosk --screenshot DIR`` renders every visitor screen, in every language, at 1920x1080, 1280x720,
1024x768 and portrait 1080x1920, and none is blank."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.cli import main
from kiosk.ui.screenshot import VARIANT_STATES
from tests.ui.conftest import PACK

STATES = [
    "attract",
    "catalogue",
    "reader-first-page",
    "reader-last-page",
    "question",
    "question-selected",
    "feedback-wrong",
    "question-multiple-selected",
    "feedback-multiple",
    "question-true-false-selected",
    "feedback-true-false",
    "result",
    "catalogue-with-tick",
    "idle-still-there",
    "leave-quiz-asked",
    "result-try-again",
    "attract-teaser",
]

#: the booth challenge's pictures (kiosk.ui.screenshot_booth)
CHALLENGE_STATES = [
    "attract-challenge",
    "challenge-question",
    "challenge-feedback",
    "challenge-result-reward",
    "catalogue-challenge",
    "challenge-result-no-reward",
]


def _colours(image: QImage) -> int:
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)}
    )


@pytest.mark.slow
def test_the_screenshot_command_renders_every_screen(qapp, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["--screenshot", str(tmp_path), "--lessons", str(PACK)]) == 0
    expected = {
        f"{w}x{h}-{lang}-{n:02}-{state}.png"
        for w, h in ((1920, 1080), (1280, 720), (1024, 768), (1080, 1920))
        for lang in ("en", "zh-CN")
        for n, state in enumerate(STATES, start=1)
    }
    expected |= {
        f"{w}x{h}-{lang}-{variant}-{n:02}-{state}.png"
        for w, h in ((1920, 1080), (1280, 720), (1024, 768), (1080, 1920))
        for lang in ("en", "zh-CN")
        for variant in ("large-text", "high-contrast")
        for n, state in enumerate(VARIANT_STATES, start=1)
    }
    # The operator console's pictures (``-console-`` in the name) are checked in tests/ui/admin.
    assert {
        p.name for p in tmp_path.iterdir() if "-console-" not in p.name and "-challenge-" not in p.name
    } == expected
    challenge = {  # visitor screens: every visitor size
        f"{w}x{h}-{lang}-challenge-{n:02}-{state}.png"
        for w, h in ((1920, 1080), (1280, 720), (1024, 768), (1080, 1920))
        for lang in ("en", "zh-CN")
        for n, state in enumerate(CHALLENGE_STATES, start=1)
    }
    assert {p.name for p in tmp_path.iterdir() if "-challenge-" in p.name} == challenge
    expected |= challenge
    for name in expected:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == tuple(map(int, name.split("-")[0].split("x")))
        assert _colours(image) > 3, name  # a blank or failed render is one colour
    assert f"{len(list(tmp_path.iterdir()))} screenshots" in capsys.readouterr().out
