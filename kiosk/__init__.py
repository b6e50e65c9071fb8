"""Cyber Kiosk: an offline touch kiosk that teaches cyber-security awareness."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cyber-kiosk")
except PackageNotFoundError:  # running from a source tree that was never installed, or frozen
    __version__ = "0.1.0"
