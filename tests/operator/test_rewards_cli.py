"""``kiosk rewards check|redeem|status`` and the rewards part of ``kiosk results summary``, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.cli import main
from kiosk.journey.rewards import Achievement
from kiosk.operator.booth_setup import load_booth, open_reward_book
from kiosk.results.store import ResultsStore
from kiosk.settings import load_settings

FULL = Achievement(challenge=True, score=8, maximum=8, passed=True)


@pytest.fixture
def booth(tmp_path: Path) -> tuple[Path, Path]:
    config = tmp_path / "conf" / "kiosk.toml"
    config.parent.mkdir()
    db = tmp_path / "results.db"
    config.write_text(
        f'event_label = "Expo 2026"\ndatabase = "{db}"\n\n[challenge]\nmode = "on"\n\n'
        '[rewards]\nearn = "full_marks"\nstock = 50\ndaily_cap = 20\n',
        encoding="utf-8",
    )
    ResultsStore.open(db).close()
    return config, db


def issue(config: Path, db_path: Path, n: int = 1) -> list[str]:
    db = Database(db_path)
    book = open_reward_book(
        load_settings(config, required=True), config, load_booth(config).config, lambda: db
    )
    codes = [book.claim(FULL).reward.code for _ in range(n)]
    db.close()
    return codes


def rewards(*args: str, config: Path) -> int:
    return main(["rewards", *args, "--config", str(config)])


def test_check_then_redeem_once(booth: tuple[Path, Path], capsys) -> None:
    config, db = booth
    (code,) = issue(config, db)
    assert (config.parent / "reward-secret.key").is_file()  # next to the settings
    assert rewards("check", code, config=config) == 0
    assert "is valid" in capsys.readouterr().out
    assert rewards("redeem", code.lower().replace("-", " "), config=config) == 0
    assert "hand over the reward" in capsys.readouterr().out
    assert rewards("redeem", code, config=config) == 1
    assert "already redeemed on" in capsys.readouterr().err
    assert rewards("check", code, config=config) == 1


@pytest.mark.parametrize(
    ("code", "reason"),
    [("ABCD-EFGH", "unknown"), ("hello", "not a reward code"), ("K7MP-3QX0", "not a reward code")],
)
def test_refused_codes_say_why(booth: tuple[Path, Path], capsys, code: str, reason: str) -> None:
    config, db = booth
    issue(config, db)
    assert rewards("redeem", code, config=config) == 1
    assert reason in capsys.readouterr().err


def test_a_code_of_another_event(booth: tuple[Path, Path], capsys) -> None:
    config, db = booth
    (code,) = issue(config, db)
    config.write_text(config.read_text().replace("Expo 2026", "Expo 2027"), encoding="utf-8")
    assert rewards("redeem", code, config=config) == 1
    assert "another event (Expo 2026)" in capsys.readouterr().err


def test_no_database_is_a_clear_error(tmp_path: Path, capsys) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'database = "{tmp_path / "none.db"}"\n', encoding="utf-8")
    assert rewards("check", "ABCD-EFGH", config=config) == 2
    assert "no such results database" in capsys.readouterr().err


def test_status_and_summary_count_issued_and_redeemed(booth: tuple[Path, Path], capsys, monkeypatch) -> None:
    config, db = booth
    codes = issue(config, db, 3)
    assert rewards("redeem", codes[0], config=config) == 0
    capsys.readouterr()
    assert rewards("status", config=config) == 0
    out = capsys.readouterr().out
    assert "Rewards for Expo 2026: on" in out
    assert "all days           3         1" in out
    assert "stock left: 47; daily cap: 17 left today" in out
    monkeypatch.setattr("kiosk.paths.default_config_file", lambda: config)
    assert main(["results", "summary", "--db", str(db)]) == 0
    assert "stock left: 47" in capsys.readouterr().out


def test_a_named_file_without_a_database_means_the_kiosks_default_not_the_default_files(
    booth: tuple[Path, Path], tmp_path: Path, monkeypatch, capsys
) -> None:
    # `kiosk --config booth.toml run` records into the user data folder when booth.toml names no
    # database; `kiosk rewards --config booth.toml` used to look in the default kiosk.toml's instead.
    default_config, db = booth  # its database = results.db
    monkeypatch.setattr("kiosk.paths.default_config_file", lambda: default_config)
    monkeypatch.setattr("kiosk.paths.default_database", lambda: tmp_path / "data" / "nowhere.db")
    named = tmp_path / "booth.toml"
    named.write_text('event_label = "Expo 2026"\n', encoding="utf-8")
    assert rewards("status", config=named) == 2
    assert "nowhere.db: no such results database" in capsys.readouterr().err
    assert rewards("status", config=default_config) == 0  # its own database, as before
