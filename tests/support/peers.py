"""The peer corpora (other projects' sample files, kept unchanged) in the ``shared`` folder beside the
checkout (or where KIOSK_PEERS says). The project's CI lays that folder there and sets KIOSK_REQUIRE_PEERS=1 (.ci/run), so a
missing folder fails there; a bare clone has none, and the tests that need it skip saying so."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

#: KIOSK_PEERS names another place (a git worktree's checkout has no ``shared`` folder beside it)
PEERS = Path(os.environ.get("KIOSK_PEERS") or Path(__file__).resolve().parents[2].parent / "shared" / "peers")


def peer_folder(name: str, *files: str) -> Path:
    """``shared/peers/<name>`` with ``files`` in it.

    Skips the test only when ``shared/peers`` itself is absent and KIOSK_REQUIRE_PEERS is not set; a
    folder that is there but lacks a file fails, since that is a broken corpus, not a missing one.
    """
    if not PEERS.is_dir():
        reason = f"needs the peer corpora in {PEERS} (the 'shared' folder beside the checkout); it is absent"
        if os.environ.get("KIOSK_REQUIRE_PEERS"):
            pytest.fail(f"{reason}, and KIOSK_REQUIRE_PEERS says it must be there")
        pytest.skip(reason)
    folder = PEERS / name
    missing = [f for f in files if not (folder / f).is_file()]
    if missing:
        pytest.fail(f"the peer corpus {folder} lacks {', '.join(missing)}")
    return folder
