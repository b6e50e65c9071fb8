"""``kiosk --screenshot`` pictures every lesson's spot-the-flags question (a tall picture and a wide one
lay out differently) and the password tester's page, each named so it can be found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.settings import Settings
from kiosk.ui.exhibit_screenshots import render_exhibits
from tests.ui.test_spot import QUIZ, SVG, WIDE_QUIZ, WIDE_SVG
from tests.ui.test_tester_layout import LESSON as TESTER_LESSON


def test_every_spot_lesson_and_the_tester_are_pictured(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    pack = tmp_path / "pack"
    for lesson_id, svg, quiz in (("sms", SVG, QUIZ), ("mail", WIDE_SVG, WIDE_QUIZ)):
        folder = pack / lesson_id
        (folder / "images").mkdir(parents=True)
        name = "sms.svg" if lesson_id == "sms" else "mail.svg"
        (folder / "images" / name).write_text(svg, encoding="utf-8")
        (folder / "lesson.md").write_text(
            f"---\ntitle: {lesson_id}\n---\n# Page\n\nWords.\n", encoding="utf-8"
        )
        (folder / "quiz.md").write_text(quiz, encoding="utf-8")
    (pack / "tester").mkdir()
    (pack / "tester" / "lesson.md").write_text(TESTER_LESSON, encoding="utf-8")
    settings = Settings(lessons=pack, windowed=True, idle_timeout=0)
    opened = kiosk_app.open_pack(settings)

    def open_window(language: str, size: tuple[int, int]):  # noqa: ANN202
        return kiosk_app.preview_window(
            QApplication.instance(), opened, settings.with_overrides(language=language), size
        )

    out = tmp_path / "shots"
    out.mkdir()
    saved = {path.name for path in render_exhibits(opened, open_window, out, [(800, 800)])}
    assert saved == {
        "800x800-en-exhibit-01-spot-question-sms.png",
        "800x800-en-exhibit-02-spot-found-sms.png",
        "800x800-en-exhibit-03-spot-checked-sms.png",
        "800x800-en-exhibit-01-spot-question-mail.png",
        "800x800-en-exhibit-02-spot-found-mail.png",
        "800x800-en-exhibit-03-spot-checked-mail.png",
        "800x800-en-exhibit-01-password-tester.png",
        "800x800-en-exhibit-02-password-tester-typed.png",
    }
    assert all((out / name).stat().st_size > 0 for name in saved)
