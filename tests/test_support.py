"""The shared test helpers behave as the tests that use them rely on."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import peers
from tests.support.clock import FakeClock


def test_peer_folder_skips_only_when_the_shared_folder_is_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KIOSK_REQUIRE_PEERS", raising=False)
    monkeypatch.setattr(peers, "PEERS", tmp_path / "shared" / "peers")
    with pytest.raises(pytest.skip.Exception, match="absent"):
        peers.peer_folder("moodle-gift", "examples.txt")
    monkeypatch.setenv("KIOSK_REQUIRE_PEERS", "1")
    with pytest.raises(pytest.fail.Exception, match="must be there"):
        peers.peer_folder("moodle-gift", "examples.txt")
    (tmp_path / "shared" / "peers" / "moodle-gift").mkdir(parents=True)
    with pytest.raises(pytest.fail.Exception, match="lacks examples.txt"):
        peers.peer_folder("moodle-gift", "examples.txt")
    (tmp_path / "shared" / "peers" / "moodle-gift" / "examples.txt").write_text("x", encoding="utf-8")
    assert peers.peer_folder("moodle-gift", "examples.txt") == tmp_path / "shared" / "peers" / "moodle-gift"


def test_the_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(10.0)
    start = clock.now()
    assert clock() == clock.monotonic() == 10.0
    clock.advance(2.5)
    assert clock() == 12.5 and (clock.now() - start).total_seconds() == 2.5
