"""Theme tokens: every template (visitor and console stylesheets, icons) is filled completely from a
theme, an unknown token is an error that names where it is, and icons take their colours from tokens."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from kiosk import paths
from kiosk.ui import resources, theme
from kiosk.ui.admin.style import _QSS, console_stylesheet
from kiosk.ui.theme import DEFAULT, Look, Theme, ThemeError, fill, tokens_in

ICONS = sorted(p.stem for p in paths.asset("icons").glob("*.svg"))
LITERAL_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\(")

#: a second token set, as an accessibility theme would bring it (issue 22 brings the real one)
CONTRAST = DEFAULT.derive(
    "test-contrast",
    colors={
        "text": "#000000",
        "window": "#ffffff",
        "right": "#006400",
        "on-icon": "#ffff00",
        "button": "#000080",
        "shield": "#ffffff",
        "start": "#ffff00",
        "console": "#ffffee",
    },
    fonts={"body": 30},
)


def test_the_stylesheets_name_only_tokens_the_default_theme_has() -> None:
    for name, template in (("style.qss", resources._stylesheet_template()), ("console", _QSS)):  # noqa: SLF001
        names = tokens_in(template)
        assert names, name
        for token in names:
            DEFAULT.value(token)  # raises for a token the theme lacks


def test_the_stylesheets_have_no_literal_colour_left() -> None:
    for template in (resources._stylesheet_template(), _QSS):  # noqa: SLF001
        # Comments may describe colours; rules may not name one.
        rules = re.sub(r"/\*.*?\*/", "", template, flags=re.S)
        assert not LITERAL_COLOUR.findall(rules)


@pytest.mark.parametrize("scale", [1.0, 2 / 3])
def test_every_placeholder_of_the_stylesheets_is_filled(scale: float) -> None:
    for sheet in (resources.stylesheet(scale), console_stylesheet(scale)):
        assert "$" not in sheet
        assert DEFAULT.colors["primary"] in sheet


def test_fill_puts_each_value_in_and_scales_only_the_type() -> None:
    template = "a { color: $color.primary; font-size: $font.body; padding: $space.button-x; }"
    assert fill(template, DEFAULT, 1.5) == "a { color: #1d4ed8; font-size: 36px; padding: 36px; }"
    assert fill("b { radius: $radius.card; }", DEFAULT) == "b { radius: 20px; }"
    assert fill("$ink", DEFAULT, values={"ink": "#123456"}) == "#123456"


def test_an_unknown_token_is_an_error_naming_its_line() -> None:
    with pytest.raises(ThemeError, match=r"sheet.qss, line 2: unknown token \$color.nope"):
        fill("a { color: $color.text; }\nb { color: $color.nope; }", DEFAULT, source="sheet.qss")
    with pytest.raises(ThemeError, match=r"unknown token \$font.huge"):
        fill("a { font-size: $font.huge; }", DEFAULT)
    with pytest.raises(ThemeError, match=r"unknown token \$ink"):
        fill("<path fill='$ink'/>", DEFAULT)  # a caller's value that was not given
    with pytest.raises(ThemeError, match=r"line 3: a '\$' that names no token"):
        fill("a {}\n\nb { color: $1; }", DEFAULT)


def test_a_derived_theme_changes_only_tokens_that_exist() -> None:
    assert CONTRAST.colors["text"] == "#000000"
    assert CONTRAST.colors["primary"] == DEFAULT.colors["primary"]
    assert CONTRAST.digest != DEFAULT.digest
    with pytest.raises(ThemeError, match="no colors token txet"):
        DEFAULT.derive("typo", colors={"txet": "#000000"})
    with pytest.raises(ThemeError, match="no token group"):
        DEFAULT.derive("typo", colours={"text": "#000000"})


def test_the_text_scale_is_bounded() -> None:
    with pytest.raises(ThemeError):
        theme.use(DEFAULT, 5.0)
    assert theme.current() == Look(DEFAULT, 1.0)


def test_a_stylesheet_for_another_look_uses_its_tokens() -> None:
    sheet = resources.stylesheet(1.0, Look(CONTRAST, 1.5))
    assert "color: #000000;" in sheet
    assert "font-size: 45px;" in sheet  # the body size 30 times 1.5
    assert "#102a43" not in sheet


@pytest.mark.parametrize("name", ICONS)
def test_every_icon_takes_all_its_colours_from_tokens(name: str) -> None:
    template = paths.asset("icons", f"{name}.svg").read_text(encoding="utf-8")
    assert not LITERAL_COLOUR.findall(template)
    assert tokens_in(template)
    svg = resources.icon_svg(name, look=Look(CONTRAST))
    assert "$" not in svg and "<svg" in svg


def test_no_icon_is_a_colour_only_copy_of_another() -> None:
    shapes = {re.sub(r"\$[a-z.-]+", "$", paths.asset("icons", f"{n}.svg").read_text()) for n in ICONS}
    assert len(shapes) == len(ICONS) - 1  # done and right are the same tick, kept apart by meaning
    assert not paths.asset("icons", "lessons-light.svg").exists()


def centre(name: str, look: Look | None = None, ink: str = resources.DEFAULT_INK, at=(32, 32)) -> QColor:  # noqa: ANN001
    if look is not None:
        theme.use(look.theme, look.text_scale)
    try:
        return resources.pixmap(name, 64, 1.0, ink).toImage().pixelColor(*at)
    finally:
        theme.use(DEFAULT)


def test_icons_are_drawn_in_the_colours_of_the_look_in_use(qapp) -> None:  # noqa: ANN001
    assert centre("right", at=(10, 32)).name() == DEFAULT.colors["right"]
    assert centre("right", Look(CONTRAST), at=(10, 32)).name() == "#006400"
    # The tick drawn on the disc is the colour drawn on icons.
    assert centre("right", Look(CONTRAST), at=(28, 42)).name() == "#ffff00"


def test_an_icon_s_ink_is_the_colour_its_caller_names(qapp) -> None:  # noqa: ANN001
    # The four squares of "lessons", at a square's middle.
    assert centre("lessons", at=(19, 19)).name() == DEFAULT.colors["button"]
    assert centre("lessons", ink="on-primary", at=(19, 19)).name() == "#ffffff"
    assert centre("lessons", Look(CONTRAST), at=(19, 19)).name() == "#000080"


def test_icon_pictures_are_kept_per_look(qapp) -> None:  # noqa: ANN001
    icon = resources.icon("right")
    before = icon.pixmap(QSize(40, 40)).toImage()
    theme.use(CONTRAST)
    try:
        after = icon.pixmap(QSize(40, 40)).toImage()  # the same QIcon object, another look
    finally:
        theme.use(DEFAULT)
    assert before != after
    assert icon.pixmap(QSize(40, 40)).toImage() == before


def test_a_stylesheet_icon_file_is_written_per_look(qapp) -> None:  # noqa: ANN001
    default = resources.icon_file("chevron-down")
    contrast = resources.icon_file("chevron-down", look=Look(CONTRAST))
    assert default != contrast
    with open(contrast, encoding="utf-8") as svg:
        assert 'stroke="#000080"' in svg.read()


def test_the_theme_module_stays_free_of_qt() -> None:
    source = Path(theme.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source


def test_the_default_theme_is_a_plain_value() -> None:
    assert isinstance(DEFAULT, Theme)
    with pytest.raises(TypeError):
        DEFAULT.colors["text"] = "#000000"  # type: ignore[index]


def test_a_stylesheet_icon_file_is_reused_and_survives_a_read_only_cache(qapp, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(resources, "_files", {})
    monkeypatch.setattr(paths, "cache_dir", lambda: tmp_path / "cache")
    first = resources.icon_file("chevron-down")
    assert first.startswith(str(tmp_path / "cache" / "icons"))
    monkeypatch.setattr(resources, "_files", {})
    assert resources.icon_file("chevron-down") == first  # the same content, the same file
    # A cache folder that cannot be written (a file stands where the folder should be).
    monkeypatch.setattr(resources, "_files", {})
    (tmp_path / "blocked").write_text("", encoding="utf-8")
    monkeypatch.setattr(paths, "cache_dir", lambda: tmp_path / "blocked")
    elsewhere = resources.icon_file("chevron-down")
    assert not elsewhere.startswith(str(tmp_path))
    with open(elsewhere, encoding="utf-8") as svg:
        assert "$" not in svg.read()


def test_colours_and_sizes_come_as_qt_wants_them(qapp) -> None:  # noqa: ANN001
    shade = resources.color("shade")  # rgba(11, 31, 51, 0.82)
    assert (shade.red(), shade.green(), shade.blue(), shade.alpha()) == (11, 31, 51, 209)
    assert resources.color("primary").name() == "#1d4ed8"
    assert resources.font_px("title", 2 / 3) == 32
    assert resources.font_px("body", 2 / 3) == 18  # not 16: no text below theme.MIN_TEXT_PX
    assert resources.font_px("body", 1.0, Look(DEFAULT, 1.5)) == 36


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("mode", [QIcon.Mode.Normal, QIcon.Mode.Disabled])
def test_themed_icons_look_as_qt_draws_the_same_svg(qapp, ratio: float, mode: QIcon.Mode) -> None:  # noqa: ANN001
    for name in ("right", "next", "radio-on", "shield"):
        ink = "on-primary" if name == "next" else resources.DEFAULT_INK
        ours = resources.icon(name, ink).pixmap(QSize(40, 40), ratio, mode)
        qts = QIcon(resources.icon_file(name, ink)).pixmap(QSize(40, 40), ratio, mode)
        assert (ours.size(), ours.devicePixelRatio()) == (qts.size(), qts.devicePixelRatio()), name
        assert ours.toImage() == qts.toImage(), name
