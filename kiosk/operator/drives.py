"""Where removable drives appear on Linux and macOS, for the export folder chooser (Windows uses Qt's list).

A plain function over a root folder, so tests give it a fake file system.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")


def removable_mounts(
    root: Path = Path("/"), platform: str = sys.platform, user: str | None = None
) -> list[Path]:
    """Mounted USB sticks and SD cards, by name: /media/*, /media/$USER/*, /run/media/$USER/*, /Volumes/*."""
    user = _user() if user is None else user
    if platform == "darwin":
        parents = [root / "Volumes"]
    elif platform.startswith("win"):
        return []
    else:
        parents = [root / "media" / user, root / "run" / "media" / user, root / "media"]
    found: list[Path] = []
    seen: set[Path] = set()
    for parent in parents:
        try:
            children = sorted(parent.iterdir(), key=lambda p: p.name.lower())
        except OSError:
            continue
        for child in children:
            # /media/$USER is itself a folder under /media: it holds drives, it is not one.
            if child in seen or child.name.startswith(".") or child == root / "media" / user:
                continue
            if not child.is_dir():
                continue
            # On macOS the start-up disk is listed in /Volumes as a link to "/": not a removable drive.
            if platform == "darwin" and child.is_symlink():
                continue
            seen.add(child)
            found.append(child)
    return found
