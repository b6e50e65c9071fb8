"""The kiosk's look as named tokens (colours, type scale, spacing, radii) and the builder that fills them in.

Plain data and string work, no Qt: the stylesheets (``assets/style.qss``, the console's) and the SVG
icons are templates naming tokens as ``$group.name`` (``$color.primary``, ``$font.body``,
``$space.button-x``, ``$radius.card``); :func:`fill` replaces each with the theme's value. A token the
theme does not have is an error, never a silent default. A new theme (high contrast, say) is a new
:class:`Theme` value, usually :meth:`Theme.derive` of the default with the colours it changes.

Sizes are written for a 1080p screen in pixels; the text scale multiplies the type scale only. The
screen's scale (``kiosk.ui.resources.visitor_scale``) multiplies every size, and text never gets smaller
than :data:`MIN_TEXT_PX` (:func:`text_px`), so a 720p or 1024x768 booth still reads from a metre away.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

#: ``$group.name`` (a theme token) or ``$name`` (a value the caller passes, e.g. an icon's ``$ink``)
PLACEHOLDER = re.compile(r"\$([a-z][a-z0-9]*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?)")
GROUPS = ("color", "font", "space", "radius")
#: no visitor text is drawn smaller than this many pixels on any screen (times the text scale)
MIN_TEXT_PX = 18


def text_px(size_1080: float, screen_scale: float = 1.0, text_scale: float = 1.0) -> float:
    """A type-scale size (px at 1080p) on a screen of ``screen_scale``: scaled with the screen, never
    below :data:`MIN_TEXT_PX`, then times the text scale (large text grows everything, the floor too)."""
    return max(MIN_TEXT_PX, size_1080 * screen_scale) * text_scale


def _scaled(value: float, screen_scale: float) -> float:
    # as kiosk.ui.resources.scale_px: a hairline stays visible on a small screen
    return max(1, round(value * screen_scale)) if value else 0


class ThemeError(ValueError):
    """A template names a token the theme lacks, or holds a ``$`` that names nothing."""


def _frozen(values: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(values))


class Theme:
    """One complete set of tokens, a value. Colours are CSS colour strings (``#rrggbb`` or
    ``rgba(r, g, b, a)``); fonts, spacing and radii are pixels at 1080p.

    A plain class with read-only mappings rather than a frozen dataclass: making the two frozen
    dataclasses of this module cost the kiosk's start about 15 ms, before its first frame.
    """

    __slots__ = ("name", "colors", "fonts", "spacing", "radii", "digest")
    name: str
    colors: Mapping[str, str]
    fonts: Mapping[str, float]
    spacing: Mapping[str, float]
    radii: Mapping[str, float]
    digest: str

    def __init__(
        self,
        name: str,
        colors: Mapping[str, str],
        fonts: Mapping[str, float],
        spacing: Mapping[str, float],
        radii: Mapping[str, float],
    ) -> None:
        self.name = name
        self.colors, self.fonts = _frozen(colors), _frozen(fonts)
        self.spacing, self.radii = _frozen(spacing), _frozen(radii)
        # Python's own hash: the digest keys pictures kept in this process only (hashlib's import would
        # cost the kiosk's start about 3 ms).
        groups = (self.colors, self.fonts, self.spacing, self.radii)
        tokens = tuple(tuple(sorted(group.items())) for group in groups)
        self.digest = f"{hash(tokens) & 0xFFFFFFFFFFFFFFFF:016x}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Theme):
            return NotImplemented
        return (self.name, self.colors, self.fonts, self.spacing, self.radii) == (
            other.name,
            other.colors,
            other.fonts,
            other.spacing,
            other.radii,
        )

    def __hash__(self) -> int:
        return hash((self.name, self.digest))

    def __repr__(self) -> str:
        return f"Theme({self.name!r}, digest {self.digest})"

    def derive(self, name: str, **groups: Mapping[str, object]) -> Theme:
        """A theme like this one with some tokens changed: ``derive("contrast", colors={"text": "#000000"})``.

        Only tokens this theme has may be changed, so a typo cannot add a token nothing uses.
        """
        merged: dict[str, Mapping[str, object]] = {}
        for group in ("colors", "fonts", "spacing", "radii"):
            changes = dict(groups.pop(group, {}))
            unknown = sorted(set(changes) - set(getattr(self, group)))
            if unknown:
                raise ThemeError(f"theme {self.name!r} has no {group} token {', '.join(unknown)}")
            merged[group] = {**getattr(self, group), **changes}
        if groups:
            raise ThemeError(f"no token group {', '.join(sorted(groups))}")
        return Theme(name, **merged)  # type: ignore[arg-type]

    def value(self, token: str, text_scale: float = 1.0, screen_scale: float | None = None) -> str:
        """The text that replaces ``$token`` in a template (sizes as ``Npx``).

        With ``screen_scale``, sizes come out as they show on that screen (fonts by :func:`text_px`);
        without, at 1080p (the caller scales them).
        """
        group, _, name = token.partition(".")
        try:
            if group == "color":
                return self.colors[name]
            if group == "font":
                if screen_scale is not None:
                    return f"{round(text_px(self.fonts[name], screen_scale, text_scale))}px"
                return f"{self.fonts[name] * text_scale:g}px"
            if group in ("space", "radius"):
                size = (self.spacing if group == "space" else self.radii)[name]
                return f"{size if screen_scale is None else _scaled(size, screen_scale):g}px"
        except KeyError:
            pass
        raise ThemeError(f"theme {self.name!r} has no token ${token}")

    def color(self, name: str) -> str:
        try:
            return self.colors[name]
        except KeyError:
            raise ThemeError(f"theme {self.name!r} has no token $color.{name}") from None

    def font_px(self, name: str, text_scale: float = 1.0) -> float:
        """A size of the type scale in 1080p pixels, times the text scale."""
        try:
            return self.fonts[name] * text_scale
        except KeyError:
            raise ThemeError(f"theme {self.name!r} has no token $font.{name}") from None


def fill(
    template: str,
    theme: Theme,
    text_scale: float = 1.0,
    values: Mapping[str, str] | None = None,
    source: str = "template",
    screen_scale: float | None = None,
) -> str:
    """``template`` with every ``$token`` replaced; a ThemeError names the first unknown one and its line.

    ``screen_scale``: token sizes as shown on that screen (see :meth:`Theme.value`).
    """
    values = values or {}

    def one(match: re.Match[str]) -> str:
        token = match.group(1)
        try:
            if "." in token:
                return theme.value(token, text_scale, screen_scale)
            return values[token]
        except (ThemeError, KeyError):
            line = template.count("\n", 0, match.start()) + 1
            raise ThemeError(
                f"{source}, line {line}: unknown token ${token} (theme {theme.name!r})"
            ) from None

    filled = PLACEHOLDER.sub(one, template)
    stray = filled.find("$")
    if stray >= 0:
        line = filled.count("\n", 0, stray) + 1
        raise ThemeError(f"{source}, line {line}: a '$' that names no token")
    return filled


def tokens_in(template: str) -> set[str]:
    """The tokens a template names (for checks that a theme has them all)."""
    return set(PLACEHOLDER.findall(template))


# ---- the default theme: deep navy on soft white, blue actions --------------------------------------

DEFAULT = Theme(
    name="default",
    colors={
        # text and surfaces of the visitor screens
        "text": "#102a43",
        "text-muted": "#486581",
        "text-soft": "#334e68",
        "window": "#f3f6fa",
        "surface": "#ffffff",
        "surface-sunken": "#f6f8fa",
        "line": "#d9e2ec",
        "focus": "#f59e0b",
        # buttons
        "button": "#12324f",
        "button-pressed": "#dbe4ee",
        "button-disabled": "#eef2f6",
        "button-disabled-line": "#b8c4d0",
        "button-disabled-text": "#7b8794",
        "primary": "#1d4ed8",
        "primary-pressed": "#1e3a8a",
        "primary-disabled": "#c3cfdd",
        "primary-disabled-text": "#52667a",
        "on-primary": "#ffffff",
        # the attract screen (dark)
        "dark": "#0b1f33",
        "dark-end": "#123a5a",
        "on-dark": "#ffffff",
        "on-dark-accent": "#99f6e4",
        "highlight": "#fbbf24",
        "dark-card": "rgba(255, 255, 255, 0.08)",
        "dark-card-line": "rgba(255, 255, 255, 0.18)",
        "dark-button-line": "rgba(255, 255, 255, 0.45)",
        "start": "#2dd4bf",
        "start-pressed": "#14b8a6",
        # answers and verdicts (always with an icon and words as well)
        "right": "#157f3b",
        "right-surface": "#e7f6ec",
        "wrong": "#b42318",
        "wrong-surface": "#fdecea",
        "selected-surface": "#e8efff",
        "choice-line": "#c5d2df",
        "choice-other-text": "#52667a",
        "icon-line": "#52667a",
        "on-icon": "#ffffff",
        "shield": "#2dd4bf",
        "shield-mark": "#0b1f33",
        "retry": "#b54708",
        # notices, scroll bars, cards, overlays
        "problem": "#7a2e0e",
        "problem-line": "#b54708",
        "problem-surface": "#fff4e5",
        "scroll-handle": "#9fb3c8",
        "card-cover": "#e6eef7",
        "shade": "rgba(11, 31, 51, 0.82)",
        "dots-ahead": "#bcccdc",
        "code-surface": "#eef2f6",
        "table-line": "#bcccdc",
        # the operator console
        "console": "#eef2f7",
        "console-nav-text": "#243b53",
        "console-subtitle": "#9fb3c8",
        "console-input-line": "#9fb3c8",
        "console-row-line": "#eef2f7",
        "console-selected": "#dbeafe",
        "console-hidden": "#f1f5f9",
        "console-shade": "rgba(11, 31, 51, 0.6)",
        "ghost-line": "rgba(255,255,255,0.55)",
        "ghost-pressed": "rgba(255,255,255,0.15)",
        "good": "#15803d",
        "fair": "#c2410c",
        "bad": "#b91c1c",
        "bad-pressed": "#7f1d1d",
        "warning": "#9a3412",
        "warning-text": "#7c2d12",
        "warning-line": "#fdba74",
        "warning-surface": "#fff7ed",
        "good-text": "#14532d",
        "good-line": "#86efac",
        "good-surface": "#f0fdf4",
        "chart-grid": "#d9e2ec",
        "chart-label": "#627d98",
        "chart-track": "#eef2f7",
        "chart-axis": "#9fb3c8",
    },
    # The type scale, smallest to largest (px at 1080p).
    fonts={
        "micro": 18,
        "caption": 20,
        "note": 21,
        "small": 22,
        "body": 24,
        "button": 26,
        "large": 28,
        "reading": 30,
        "lead": 32,
        "lead-large": 34,
        "heading": 36,
        "heading-plus": 38,
        "heading-large": 40,
        "heading-xl": 44,
        "title": 48,
        "title-large": 52,
        "stat": 54,
        "display": 56,
        "display-large": 84,
        "counter": 120,
    },
    spacing={
        "button-x": 36,
        "button-plain-x": 20,
        "notice-y": 12,
        "notice-x": 20,
        "caption-top": 8,
        "console-notice-x": 18,
        "console-nav-x": 24,
        "console-input-x": 14,
        "console-list": 6,
        "console-item-x": 12,
        "paragraph": 16,
        "heading": 18,
        "cell": 8,
        "focus": 3,  # the width of a focus ring's border
    },
    radii={
        "scroll": 7,
        "input": 10,
        "row": 12,
        "button": 14,
        "choice": 16,
        "console-card": 18,
        "card-inner": 18,
        "card": 20,
        "large-card": 24,
        "overlay-card": 28,
        "language": 32,
        "start": 60,
    },
)


# ---- the theme in use -------------------------------------------------------------------------------


class Look:
    """The theme and text scale in use, a value; ``key`` is what every cached picture is keyed on."""

    __slots__ = ("theme", "text_scale", "key")

    def __init__(self, theme: Theme = DEFAULT, text_scale: float = 1.0) -> None:
        self.theme, self.text_scale = theme, text_scale
        self.key: tuple[str, str, float] = (theme.name, theme.digest, text_scale)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Look) and (self.theme, self.text_scale) == (other.theme, other.text_scale)

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Look({self.theme!r}, text scale {self.text_scale})"


_look = Look()


def current() -> Look:
    return _look


def use(theme: Theme, text_scale: float = 1.0) -> Look:
    """Make ``theme`` at ``text_scale`` the look in use (``kiosk.ui.restyle.switch`` applies it to the screen)."""
    global _look
    if not 0.5 <= text_scale <= 3.0:
        raise ThemeError(f"text scale {text_scale} is outside 0.5..3")
    _look = Look(theme, text_scale)
    return _look


# ---- high contrast (issue 22): black on white, every word at least 7:1 against what it sits on -------

HIGH_CONTRAST = DEFAULT.derive(
    "high-contrast",
    colors={
        "text": "#000000",
        "text-muted": "#262626",
        "text-soft": "#000000",
        "window": "#ffffff",
        "surface": "#ffffff",
        "surface-sunken": "#ffffff",
        "line": "#000000",
        "focus": "#c2410c",
        "button": "#000000",
        "button-pressed": "#d9d9d9",
        "button-disabled": "#ffffff",
        "button-disabled-line": "#595959",
        "button-disabled-text": "#4d4d4d",
        "primary": "#0000b0",
        "primary-pressed": "#000060",
        "primary-disabled": "#d9d9d9",
        "primary-disabled-text": "#000000",
        "on-primary": "#ffffff",
        "dark": "#000000",
        "dark-end": "#000000",
        "on-dark": "#ffffff",
        "on-dark-accent": "#ffff80",
        "highlight": "#00ffff",  # not the start button's yellow: its focus ring must show
        "dark-card": "#000000",
        "dark-card-line": "#ffffff",
        "dark-button-line": "#ffffff",
        "start": "#ffd400",
        "start-pressed": "#e6bf00",
        "right": "#005c1a",
        "right-surface": "#ffffff",
        "wrong": "#a00000",
        "wrong-surface": "#ffffff",
        "selected-surface": "#e6e6ff",
        "choice-line": "#000000",
        "choice-other-text": "#262626",
        "icon-line": "#000000",
        "on-icon": "#ffffff",
        "shield": "#ffd400",
        "shield-mark": "#000000",
        "retry": "#7a3100",
        "problem": "#5c1a00",
        "problem-line": "#000000",
        "problem-surface": "#ffffff",
        "scroll-handle": "#000000",
        "card-cover": "#ffffff",
        "shade": "rgba(0, 0, 0, 0.9)",
        "dots-ahead": "#595959",
        "code-surface": "#f0f0f0",
        "table-line": "#000000",
    },
    spacing={"focus": 6},
)

#: the text sizes a visitor can choose (normal, larger, largest), as text scales
TEXT_STEPS = (1.0, 1.25, 1.5)
