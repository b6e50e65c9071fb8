"""The booth's part of ``kiosk --screenshot``: the challenge with a reward won, and the console's
"Redeem rewards" page with a code typed on its keypad.

The reward book is an in-memory database with a throwaway secret in a temporary folder: nothing is
written to the kiosk's own results or settings. Windows are handed in (kiosk.commands.screenshot).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.model import Pack
from kiosk.journey.challenge import ChallengePlan
from kiosk.journey.rewards import Achievement
from kiosk.operator.booth import BoothConfig, ChallengeConfig, RewardRules
from kiosk.operator.booth_setup import RewardAccess
from kiosk.settings import Settings

if TYPE_CHECKING:
    from sqlite_utils import Database

    from kiosk.ui.screenshot import OpenWindow

RULES = RewardRules(earn="full_marks", daily_cap=40, stock=300, valid_days=3)
FULL = Achievement(challenge=True, score=8, maximum=8, passed=True)


def _book_database() -> Database:
    from sqlite_utils import Database

    from kiosk.results.schema import migrate

    db = Database(memory=True)
    migrate(db)
    return db


def _access(scratch: Path, event: str, db: Database) -> RewardAccess:
    config = BoothConfig(ChallengeConfig(mode="on"), RULES)
    return RewardAccess(Settings(event_label=event), scratch / "kiosk.toml", config, lambda: db)


def _walk(window, journey) -> Iterator[str]:  # noqa: ANN001 (Qt objects)
    router = window.router

    def act(action, *args) -> None:  # noqa: ANN001
        action(*args)
        router.sync()

    def answer(right: bool) -> None:
        shown = journey.question
        ids = (
            sorted(shown.question.correct_ids)
            if right
            else [c.id for c in shown.choices if not c.correct][:1]
        )
        for cid in ids or [shown.choices[0].id]:
            act(journey.toggle_choice, cid)
        act(journey.confirm)

    router.attract.render(journey)  # the challenge button, now that the journey has a plan
    yield "attract-challenge"
    router.start_challenge()
    yield "challenge-question"
    answer(True)
    yield "challenge-feedback"
    act(journey.next_question)
    while journey.screen.value == "question":
        answer(True)
        act(journey.next_question)
    yield "challenge-result-reward"
    act(journey.try_another)
    yield "catalogue-challenge"
    router.start_challenge()
    first = True
    while journey.screen.value == "question":
        answer(not first)
        first = False
        act(journey.next_question)
    yield "challenge-result-no-reward"


def render_challenge(
    pack: Pack, open_window: OpenWindow, out_dir: Path, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    """``<w>x<h>-<language>-challenge-<nn>-<state>.png``: the challenge from the start screen to a reward."""
    from kiosk.ui.screenshot import close_window, save_picture

    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-booth-shots-") as scratch:
        for language in pack.languages:
            for width, height in sizes:
                window = open_window(language, (width, height))
                journey = window.journey
                journey.challenge_plan = ChallengePlan()
                journey.rewards = _access(Path(scratch), journey.event_label, _book_database())
                for number, name in enumerate(_walk(window, journey), start=1):
                    path = out_dir / f"{width}x{height}-{language}-challenge-{number:02}-{name}.png"
                    saved.append(save_picture(window, path))
                close_window(window)
    return saved


def _history(access: RewardAccess, today: date) -> str:
    """Codes over the last three days, some redeemed; returns one still to redeem."""
    from kiosk.operator.rewards import RewardBook

    book = access.book()
    codes: list[str] = []
    for back, count in ((2, 23), (1, 31), (0, 12)):
        day = today - timedelta(days=back)
        dated = RewardBook(lambda: book._database(), book._secret, RULES, book.event, today=lambda d=day: d)
        for _ in range(count):
            outcome = dated.claim(FULL)
            assert outcome is not None and outcome.reward is not None
            codes.append(outcome.reward.code)
    for code in codes[: 23 + 31 - 9]:
        book.redeem(code)
    return codes[-1]


def render_redeem(
    pack: Pack, open_window: OpenWindow, event_label: str, out_dir: Path, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    """``<w>x<h>-<language>-console-redeem-<nn>-<state>.png``: a code typed, checked, then redeemed."""
    from kiosk.operator.config import save_settings
    from kiosk.operator.pin import hash_pin
    from kiosk.ui.admin.install import install_console
    from kiosk.ui.screenshot import close_window, save_picture

    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-redeem-shots-") as scratch:
        config = Path(scratch) / "kiosk.toml"
        save_settings(
            config, top={"event_label": event_label}, operator={"pin_hash": hash_pin("0000", n=2**10)}
        )
        for language in pack.languages:
            for width, height in sizes:
                access = _access(Path(scratch), event_label, _book_database())
                code = _history(access, access.book()._today())
                window = open_window(language, (width, height))
                hook = install_console(
                    window, store=window.journey._recorder, full_pack=pack, config_path=config, rewards=access
                )
                console = hook.console
                console.open_console()
                console.view.show_page("redeem")
                page = console.view.rewards
                for symbol in code.replace("-", ""):
                    page.keypad.keys[symbol].click()
                prefix = f"{width}x{height}-{language}-console-redeem"
                page.check.click()
                saved.append(save_picture(window, out_dir / f"{prefix}-01-checked.png"))
                page.redeem.click()
                for symbol in code.replace("-", ""):
                    page.keypad.keys[symbol].click()
                page.redeem.click()
                saved.append(save_picture(window, out_dir / f"{prefix}-02-already-redeemed.png"))
                console.close_console()
                close_window(window)
    return saved
