"""Cyber Kiosk: an offline touch kiosk that teaches cyber-security awareness."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

FALLBACK_VERSION = "0.1.0"

try:
    __version__ = version("cyber-kiosk")
except PackageNotFoundError:  # a source tree that was never installed, or the frozen build
    __version__ = FALLBACK_VERSION
