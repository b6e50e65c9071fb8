"""The console's lesson-pack page says what visitors see of each lesson, as `kiosk check` does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.content.check import check_pack
from kiosk.content.loader import load_pack
from kiosk.ui import i18n
from kiosk.ui.admin.page_manage import ContentPage
from tests.content.conftest import write_files
from tests.content.test_what_visitors_see import pack_files

I18N = Path(__file__).resolve().parents[3] / "kiosk" / "i18n"


@pytest.fixture
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    """The interface in English with its plural forms (kiosk_en.qm), as the kiosk starts."""
    i18n.set_language(qapp, "en", I18N)
    yield
    i18n.set_language(qapp, "en", I18N)


def page_for(qtbot, root: Path) -> ContentPage:  # noqa: ANN001
    pack = load_pack(root)
    page = ContentPage(1.0)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show_pack(pack, tuple(e.id for e in pack.lessons), "en")
    page.show_report(check_pack(root, workers=1))
    return page


def lines(page: ContentPage) -> list[str]:
    return [page.lessons.item(i).text().replace("\n", " | ") for i in range(page.lessons.count())]


@pytest.mark.usefixtures("english")
def test_each_lesson_says_what_visitors_see(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    write_files(tmp_path, pack_files())
    page = page_for(qtbot, tmp_path)
    assert sorted(lines(page)) == [
        "Fine | shown · en",
        "No quiz | shown without its quiz · en",
        "Partial | shown without 1 of its quiz questions · en",
        "gone | left out: visitors do not see it",
    ]
    assert (
        page.status.text() == "Checked: 3 errors, 0 warnings. Each lesson below says what visitors see of it."
    )
    assert "Lessons with errors are not shown" not in page.status.text()
    # the lesson an error leaves out is counted, as the list shows it: 4 lessons, 3 of them shown
    assert page.summary.text().startswith(f"{tmp_path} — 4 lessons, 3 shown to visitors.")


@pytest.mark.usefixtures("english")
def test_one_error_is_said_in_the_singular(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    files = pack_files()
    del files["gone/lesson.md"], files["noquiz/quiz.md"], files["fine/lesson.md"], files["fine/quiz.md"]
    write_files(tmp_path, files)
    page = page_for(qtbot, tmp_path)
    assert page.status.text().startswith("Checked: 1 error, 0 warnings.")
    assert page.summary.text().startswith(f"{tmp_path} — 2 lessons, 2 shown")
    (tmp_path / "noquiz").rename(tmp_path / "_noquiz")
    pack = load_pack(tmp_path)
    page.show_pack(pack, ("partial",), "en")
    assert page.summary.text().startswith(f"{tmp_path} — 1 lesson, 1 shown")


def test_the_page_in_chinese(qtbot, qapp, tmp_path: Path) -> None:  # noqa: ANN001
    write_files(tmp_path, pack_files())
    i18n.set_language(qapp, "zh-CN", I18N)
    try:
        page = page_for(qtbot, tmp_path)
        assert sorted(lines(page))[1:] == [
            "No quiz | 已展示，但不含测验 · en",
            "Partial | 已展示，但测验中有 1 道题被略去 · en",
            "gone | 未收录：参观者看不到这节课",
        ]
        assert page.status.text() == "检查完毕：3 个错误，0 个警告。下方每节课都注明了参观者看到的内容。"
    finally:
        i18n.set_language(qapp, "en", I18N)


@pytest.mark.usefixtures("english")
def test_a_translation_left_out_is_named_on_its_lesson(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    files = pack_files()
    files["pack.yaml"] = "languages: [en, zh-CN]\n"
    files["fine/lesson.zh-CN.md"] = "---\ntitle: 钓鱼: 识破\n---\n\n一页。\n"
    write_files(tmp_path, files)
    page = page_for(qtbot, tmp_path)
    assert "Fine | shown · zh-CN: left out: these visitors get the original · en" in lines(page)
