"""Cyber Kiosk: an offline touch kiosk that teaches cyber-security awareness."""

from __future__ import annotations

FALLBACK_VERSION = "0.1.0"


def package_version() -> str:
    """This kiosk's version, from the installed package's metadata (pyproject.toml is its one source).

    Read when asked, not when the package is imported: importlib.metadata and the email and zipfile
    modules it loads are about 20 ms, a fifth of what the kiosk's start imports beyond Qt, and only
    ``--version``, the self-test and a results database too new for this kiosk print it.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cyber-kiosk")
    except PackageNotFoundError:  # a source tree that was never installed, or the frozen build
        return FALLBACK_VERSION
