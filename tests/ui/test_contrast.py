"""Issue 22: the high-contrast theme's words are at least 7:1 (WCAG AAA) against what they sit on, and
the default theme's body text at least 4.5:1 (AA). Worked out on the tokens, as WCAG 2.2 defines it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.ui import theme

STYLE = Path(__file__).resolve().parents[2] / "assets" / "style.qss"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    match = re.fullmatch(r"#([0-9a-fA-F]{6})", colour)
    assert match, f"not an opaque #rrggbb colour: {colour}"
    r, g, b = (int(match.group(1)[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(fore: str, back: str) -> float:
    a, b = sorted((luminance(fore), luminance(back)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_the_ratio_is_the_one_wcag_defines() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert ratio("#ffffff", "#ffffff") == 1.0


#: words and what they sit on that the stylesheet does not pair in one rule: text inherited from the
#: window or a card, text painted in code (lesson pages, progress dots), icons drawn beside words
READ_PAIRS = [
    ("text", "window"),
    ("text", "surface"),
    ("text-muted", "surface"),
    ("text-muted", "window"),
    ("text-soft", "surface"),
    ("text-soft", "code-surface"),
    ("text", "code-surface"),
    ("text", "selected-surface"),
    ("text", "right-surface"),
    ("text", "wrong-surface"),
    ("text", "surface-sunken"),
    ("button", "surface"),
    ("button", "button-pressed"),
    ("on-primary", "primary"),
    ("on-primary", "primary-pressed"),
    ("primary-disabled-text", "primary-disabled"),
    ("button-disabled-text", "button-disabled"),
    ("choice-other-text", "surface-sunken"),
    ("right", "surface"),
    ("right", "right-surface"),
    ("wrong", "surface"),
    ("wrong", "wrong-surface"),
    ("retry", "surface"),
    ("problem", "problem-surface"),
    ("primary", "surface"),  # the big countdown
    ("on-dark", "dark"),
    ("on-dark", "dark-end"),
    ("on-dark-accent", "dark"),
    ("highlight", "dark"),
    ("dark", "start"),
    ("dark", "start-pressed"),
    ("surface", "button"),  # a chosen language or accessibility choice
]


def _rule_pairs() -> set[tuple[str, str]]:
    """(colour, background) token pairs that one stylesheet rule sets together."""
    pairs = set()
    for body in re.findall(r"\{([^}]*)\}", STYLE.read_text(encoding="utf-8")):
        fore = re.search(r"(?<![-\w])color:\s*\$color\.([\w-]+)", body)
        back = re.search(r"background(?:-color)?:\s*\$color\.([\w-]+)\s*;", body)
        if fore and back:
            pairs.add((fore.group(1), back.group(1)))
    return pairs


def test_the_stylesheet_has_rules_that_pair_words_with_backgrounds() -> None:
    pairs = _rule_pairs()
    assert ("surface", "button") in pairs and ("on-primary", "primary") in pairs


@pytest.mark.parametrize("pair", sorted(set(READ_PAIRS) | _rule_pairs()), ids="-on-".join)
def test_high_contrast_words_are_at_least_7_to_1(pair: tuple[str, str]) -> None:
    colours = theme.HIGH_CONTRAST.colors
    fore, back = pair
    assert ratio(colours[fore], colours[back]) >= 7.0, (pair, colours[fore], colours[back])


def test_the_high_contrast_focus_ring_stands_out_from_white_and_black() -> None:
    colours = theme.HIGH_CONTRAST.colors
    # WCAG 2.2 non-text contrast: 3:1 against what is next to it
    assert ratio(colours["focus"], colours["surface"]) >= 3.0
    assert ratio(colours["focus"], colours["button"]) >= 3.0
    assert ratio(colours["line"], colours["surface"]) >= 3.0


@pytest.mark.parametrize(
    "pair", [("text", "window"), ("text", "surface"), ("text-muted", "surface"), ("on-primary", "primary")]
)
def test_the_default_theme_body_text_is_at_least_4_5_to_1(pair: tuple[str, str]) -> None:
    colours = theme.DEFAULT.colors
    assert ratio(colours[pair[0]], colours[pair[1]]) >= 4.5, pair


def test_the_high_contrast_theme_changes_colours_and_a_thicker_focus_ring_only() -> None:
    assert theme.HIGH_CONTRAST.fonts == theme.DEFAULT.fonts
    # focus is never colour alone: in high contrast its ring is twice as thick as any border
    assert theme.HIGH_CONTRAST.spacing["focus"] >= 2 * theme.DEFAULT.spacing["focus"]
    assert set(theme.HIGH_CONTRAST.colors) == set(theme.DEFAULT.colors)
