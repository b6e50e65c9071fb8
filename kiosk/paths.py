"""Where the bundled lessons, assets, translations, data and logs live, from source and when frozen.

Every path the app needs goes through this module, so the PyInstaller build and a source checkout
behave the same. A ``lessons/`` folder or ``kiosk.toml`` placed beside the executable overrides the
bundled ones, so a teacher can change the content without rebuilding. No Qt here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "cyber-kiosk"
APP_AUTHOR = "CyberKiosk"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding ``lessons/``, ``assets/`` and ``translations/``: the source tree or the bundle."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def executable_dir() -> Path | None:
    """The folder the frozen executable sits in (where a teacher may drop overrides), else None."""
    return Path(sys.executable).resolve().parent if is_frozen() else None


def assets_dir() -> Path:
    return bundle_root() / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)


def translations_dir() -> Path:
    """Compiled ``.qm`` files: built into the bundle when frozen, into ``kiosk/i18n`` from source."""
    if is_frozen():
        return bundle_root() / "translations"
    return Path(__file__).resolve().parent / "i18n"


def default_lessons_dir() -> Path:
    """The lesson pack to show when the settings name none: beside the executable first, then bundled."""
    exe = executable_dir()
    if exe is not None and (exe / "lessons").is_dir():
        return exe / "lessons"
    return bundle_root() / "lessons"


def default_config_file() -> Path:
    """``kiosk.toml`` beside the executable wins over the one in the user config dir."""
    exe = executable_dir()
    if exe is not None and (exe / "kiosk.toml").is_file():
        return exe / "kiosk.toml"

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "kiosk.toml"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database() -> Path:
    return data_dir() / "results.db"


def cache_dir() -> Path:
    """Things the kiosk can always make again (the catalogue snapshot): safe to delete."""

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
