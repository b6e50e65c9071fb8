"""Hooking the operator console into the kiosk window, cheaply: only the gesture is made at start-up.

The console itself (charts, reports, SQLite) is built the first time the gesture is made, so the
kiosk's start stays as fast as it was; the operator's lesson choice is applied at once, though.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.model import Pack
from kiosk.operator.config import OperatorConfig, load_operator_config_or_defaults
from kiosk.settings import Settings, SettingsError, load_settings, time_zone
from kiosk.ui import i18n, resources
from kiosk.ui.admin.controls import KioskControls
from kiosk.ui.admin.gesture import CornerGesture

if TYPE_CHECKING:
    from kiosk.operator.booth_setup import RewardAccess
    from kiosk.ui.admin.console import OperatorConsole
    from kiosk.ui.admin.setup import PinSetup
    from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)


class ConsoleHook:
    """Owns the gesture and, once needed, the console."""

    def __init__(
        self,
        window: MainWindow,
        controls: KioskControls,
        build: Callable[[], OperatorConsole],
        scale: float = 1.0,
    ) -> None:
        self.window = window
        self.scale = scale
        self.controls = controls
        self._build = build
        self._console: OperatorConsole | None = None
        self.setup: PinSetup | None = None  # the set-up screen, while it asks for the first PIN
        # On the attract screen any touch starts a visit: there the sequence's taps are kept from it.
        self.gesture = CornerGesture(
            window,
            enabled=lambda: not (self._console and self._console.isVisible()),
            keep_steps=lambda: not window.journey.idle_applies,
        )
        window.input_filters.add(self.gesture, CornerGesture.KINDS)
        # Under the console the attract loop's slides and pulse wait: nobody sees them.
        window.router.attract.covered = lambda: self._console is not None and self._console.isVisible()
        self.gesture.recognised.connect(window.request_operator)
        window.operator_requested.connect(self.open)
        window.closing.connect(lambda: window.input_filters.remove(self.gesture))

    @property
    def console(self) -> OperatorConsole:
        if self._console is None:
            self._console = self._build()
        return self._console

    @property
    def built(self) -> bool:
        return self._console is not None

    def open(self) -> None:
        """The PIN pad (then the console); what the window's ``operator_requested`` leads to."""
        if self.setup is not None and self.setup.isVisible():
            return  # the set-up screen is asking for the PIN already
        self.console.open_pin_pad()

    def set_up_pin_first(self, **options: object) -> bool:
        """With no PIN stored, cover the window with the set-up screen until one is chosen; True if so."""
        if self.controls.pin_hash():
            return False
        from kiosk.ui.admin.setup import PinSetup

        self.setup = PinSetup(self.window, self.controls.save_pin_hash, self.scale, **options)  # type: ignore[arg-type]
        self.setup.done.connect(self._set_up)
        self.setup.open()
        return True

    def _set_up(self) -> None:
        self.window.router.sync()
        self.window.router.attract.start_button.setFocus()


def configured_zone(config_path: Path) -> tzinfo | None:
    """The settings file's ``timezone`` (as ``kiosk results summary`` reads it); None: the system's zone."""
    try:
        return time_zone(load_settings(config_path, required=False).timezone)
    except (SettingsError, ValueError) as exc:  # the kiosk started with it, so it was edited since
        log.error("the console shows days in this computer's time zone: %s", exc)
        return None


def reward_access(config_path: Path, store: object) -> RewardAccess:
    """The reward book over ``store`` (a ResultsStore, or a recorder with ``open()``), by the settings file."""
    from kiosk.operator.booth_setup import RewardAccess, load_booth

    try:
        settings = load_settings(config_path, required=False)
    except (SettingsError, ValueError) as exc:
        log.error("rewards: %s", exc)
        settings = Settings()

    def database():  # noqa: ANN202 (a sqlite_utils Database or None)
        if hasattr(store, "db"):
            return store.db
        opened = store.open() if hasattr(store, "open") else None
        return getattr(opened, "db", None)

    return RewardAccess(settings, config_path, load_booth(config_path).config, database)


def install_console(
    window: MainWindow,
    *,
    store: object,
    full_pack: Pack,
    config_path: Path,
    scale: float | None = None,
    names: dict[str, str] | None = None,
    operator: OperatorConfig | None = None,
    **options: object,
) -> ConsoleHook:
    """Give ``window`` its operator console; ``store`` is a ResultsStore or a recorder with ``open()``.

    ``scale`` defaults to the one the window's size calls for, ``names`` to each language's own name.
    ``operator`` is the ``[operator]`` table when the caller already read it and arranged the window's
    journey by it (the kiosk does, before its first frame); otherwise it is read here and applied.
    """

    scale = resources.scale_for(window.size()) if scale is None else scale
    names = names or {code: i18n.native_name(code) for code in full_pack.languages}
    arranged = operator is not None
    if operator is None:
        operator, problem = load_operator_config_or_defaults(config_path)
        if problem:
            log.error("%s", problem)
    controls = KioskControls(window, full_pack, config_path, operator)
    if not arranged:
        controls.set_pack(full_pack)
    # The reward book and rules: the kiosk's own (it wired its journey to them), else one over ``store``
    # and the settings file, so the console can still set rules up and redeem codes.
    if options.get("rewards") is None:
        options["rewards"] = access = reward_access(config_path, store)
        access.reconfigure(access.config, window.journey.event_label)  # the label the kiosk runs with
    controls.rewards = options["rewards"]  # type: ignore[assignment]

    def build() -> OperatorConsole:
        # At the first gesture: the console brings SQLite reports, charts and the pack checker, which
        # would more than double the kiosk's start (docs/benchmarks.md, issue 16).
        from kiosk.ui.admin.console import OperatorConsole

        if "zone" not in options:
            options["zone"] = configured_zone(config_path)
        return OperatorConsole(window, controls, store, scale, names=names, **options)  # type: ignore[arg-type]

    return ConsoleHook(window, controls, build, scale)
