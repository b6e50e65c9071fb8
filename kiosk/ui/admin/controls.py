"""What the console may change in the running kiosk, and the settings it saves for the next start.

``KioskControls`` is the one place that reaches into the main window, so the console's pages only
hold values (``KioskOptions``) and hand them over.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.model import Pack
from kiosk.operator.booth import BoothConfig, load_booth_config
from kiosk.operator.booth_setup import RewardAccess, save_booth_config
from kiosk.operator.config import (
    TEXT_SIZES,
    OperatorConfig,
    arrange_lessons,
    load_operator_config,
    save_settings,
)
from kiosk.settings import SettingsError
from kiosk.ui.access import AccessDefaults

if TYPE_CHECKING:
    from kiosk.ui.window import MainWindow


@dataclass(frozen=True)
class KioskOptions:
    """The settings an operator changes from the console."""

    event_label: str
    language: str
    idle_timeout: float  # seconds; 0: never
    console_idle_timeout: float  # seconds; 0: never
    lesson_order: tuple[str, ...]  # every lesson of the pack, in the order visitors see them
    hidden_lessons: tuple[str, ...]
    text_size: int = 100  # percent every visit starts with (issue 22)
    high_contrast: bool = False  # every visit starts in high contrast
    read_aloud: bool = True  # read buttons show at every visit's start (where a voice reads the language)


class KioskControls:
    def __init__(
        self, window: MainWindow, full_pack: Pack, config_path: Path, operator: OperatorConfig
    ) -> None:
        self.window = window
        self.full_pack = full_pack
        self.config_path = config_path
        self.operator = operator
        #: the booth's reward book and rules (kiosk.operator.booth_setup.RewardAccess), when the console has one
        self.rewards: RewardAccess | None = None

    @property
    def journey(self):  # noqa: ANN201 (kiosk.journey.Journey)
        return self.window.journey

    def options(self) -> KioskOptions:
        shown = [entry.id for entry in self.journey.pack.lessons]
        rest = [entry.id for entry in self.full_pack.lessons if entry.id not in shown]
        return KioskOptions(
            event_label=self.journey.event_label,
            language=self.journey.home_language,
            idle_timeout=self.window.idle.timeout_ms / 1000,
            console_idle_timeout=self.operator.console_idle_timeout,
            lesson_order=tuple(shown + rest),
            hidden_lessons=tuple(rest),
            text_size=self.operator.text_size,
            high_contrast=self.operator.high_contrast,
            read_aloud=self.operator.read_aloud,
        )

    def apply(self, options: KioskOptions) -> None:
        """Make ``options`` take effect now (the console has ended any visit, so nobody is mid-lesson)."""
        journey = self.journey
        journey.event_label = options.event_label
        if options.language in journey.languages:
            journey.home_language = options.language
            if journey.visit is None:
                journey.language = options.language
        self.window.idle.set_timeout(options.idle_timeout)
        if self.rewards is not None:  # codes are for the kiosk's event unless [rewards] names one
            self.rewards.reconfigure(self.rewards.config, options.event_label)
        self.operator = replace(
            self.operator,
            console_idle_timeout=options.console_idle_timeout,
            lesson_order=options.lesson_order,
            hidden_lessons=options.hidden_lessons,
            text_size=options.text_size,
            high_contrast=options.high_contrast,
            read_aloud=options.read_aloud,
        )
        self.set_pack(self.full_pack)
        # the next visit starts with the new text size, contrast and read-aloud (no visit is going on)
        self.window.router.access.set_defaults(
            AccessDefaults(TEXT_SIZES.index(options.text_size), options.high_contrast, options.read_aloud)
        )
        self.window.router.access.reset()

    def set_pack(self, full_pack: Pack) -> None:
        """Show ``full_pack`` (a reload, or a new lesson choice) arranged as the operator chose."""
        self.full_pack = full_pack
        journey = self.journey
        journey.pack = arrange_lessons(full_pack, self.operator.lesson_order, self.operator.hidden_lessons)
        if journey.home_language not in journey.pack.languages:
            journey.home_language = journey.pack.default_language
        if journey.visit is None:
            journey.language = journey.home_language
        self.window.router.attract.set_languages(journey.pack.languages)

    def save(self, options: KioskOptions) -> None:
        """Write ``options`` to the settings file; raises SettingsError with a message for the operator."""
        save_settings(
            self.config_path,
            top={
                "event_label": options.event_label,
                "language": options.language,
                "idle_timeout": float(options.idle_timeout),
            },
            operator={
                "console_idle_timeout": float(options.console_idle_timeout),
                "lesson_order": list(options.lesson_order),
                "hidden_lessons": list(options.hidden_lessons) or None,
                "text_size": options.text_size,
                "high_contrast": options.high_contrast,
                "read_aloud": options.read_aloud,
            },
        )

    def apply_and_save(self, options: KioskOptions) -> str:
        """Apply at once, then save; returns "" or the reason saving failed (the change still applies)."""
        self.apply(options)
        try:
            self.save(options)
        except SettingsError as exc:
            return str(exc)
        return ""

    # -- the booth challenge and reward rules -------------------------------------------------------------

    def booth_config(self) -> BoothConfig:
        """The challenge and reward settings in use (as read from the settings file, or last applied)."""
        if self.rewards is not None:
            return self.rewards.config
        return load_booth_config(self.config_path)[0]

    def apply_booth(self, config: BoothConfig) -> None:
        """The challenge and reward rules take effect now (the console has ended any visit)."""
        journey = self.journey
        journey.challenge_plan = config.challenge.plan()
        if self.rewards is not None:
            self.rewards.reconfigure(config, journey.event_label)
            journey.rewards = self.rewards if self.rewards.on else None

    def apply_and_save_booth(self, config: BoothConfig) -> str:
        """Apply at once, then save; returns "" or the reason saving failed (the change still applies)."""
        self.apply_booth(config)
        try:
            save_booth_config(self.config_path, config)
        except SettingsError as exc:
            return str(exc)
        return ""

    def save_pin_hash(self, pin_hash: str) -> None:
        save_settings(self.config_path, operator={"pin_hash": pin_hash})
        self.operator = load_operator_config(self.config_path)

    def pin_hash(self) -> str:
        """Read from the file each time, so a PIN set with ``kiosk set-pin`` counts without a restart."""
        try:
            return load_operator_config(self.config_path).pin_hash
        except SettingsError:
            return self.operator.pin_hash

    def leave_kiosk(self) -> None:
        self.window.leave_kiosk()
