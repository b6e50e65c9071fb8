"""Cyber Kiosk: an offline touch kiosk that teaches cyber-security awareness."""

from __future__ import annotations

FALLBACK_VERSION = "0.1.0"


def __getattr__(name: str) -> str:
    # read lazily: importlib.metadata costs ~50 ms at start-up, and only --version and reports need it
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("cyber-kiosk")
        except PackageNotFoundError:  # a source tree that was never installed, or the frozen build
            value = FALLBACK_VERSION
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'kiosk' has no attribute {name!r}")
