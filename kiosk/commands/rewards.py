"""``kiosk rewards check|redeem|status``: reward codes at the prize desk, from the command line.

Exit status 0 when the code is valid (``check``) or was just redeemed (``redeem``); 1 with the reason
when it is refused (unknown, already redeemed, another event, expired, not a code); 2 when the results
database or the secret cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk import paths


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "rewards",
        help="check and redeem the booth's reward codes, and see how many were given",
        description="Reward codes the kiosk gave visitors (see docs/operator.md, 'Rewards').",
    )
    actions = parser.add_subparsers(dest="rewards_command", metavar="ACTION", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", type=Path, help="the results database (default: the kiosk's own)")
        p.add_argument(
            "--config",
            type=Path,
            metavar="FILE",
            help=f"settings file (default: {paths.default_config_file()})",
        )

    check = actions.add_parser("check", help="say whether a code is valid, without redeeming it")
    check.add_argument("code", help="the code, e.g. K7MP-3QXA (case, spaces and dashes do not matter)")
    common(check)
    check.set_defaults(func=run_check)
    redeem = actions.add_parser("redeem", help="redeem a code once: hand over the reward if it says so")
    redeem.add_argument("code")
    common(redeem)
    redeem.set_defaults(func=run_redeem)
    status = actions.add_parser("status", help="codes issued and redeemed per day, and the stock left")
    common(status)
    status.set_defaults(func=run_status)


def _book(args: argparse.Namespace):
    from kiosk.commands.results import _open_existing
    from kiosk.operator.booth_setup import load_booth, open_reward_book
    from kiosk.settings import SettingsError, load_settings

    config_path: Path = args.config or paths.default_config_file()
    settings = load_settings(config_path, required=args.config is not None)
    booth = load_booth(config_path)
    for problem in booth.problems:
        print(f"kiosk rewards: {problem}", file=sys.stderr)
    db = _open_existing(args.db or settings.database or paths.default_database(), writing=True)
    db.execute("PRAGMA busy_timeout = 5000")  # the kiosk may be writing an answer this moment
    try:
        return open_reward_book(settings, config_path, booth.config, lambda: db)
    except OSError as exc:
        raise SettingsError(str(exc)) from None


def _run(args: argparse.Namespace, action: str) -> int:
    from kiosk.settings import SettingsError

    try:
        book = _book(args)
        found = book.redeem(args.code) if action == "redeem" else book.check(args.code)
    except (LookupError, SettingsError, OSError) as exc:
        print(f"kiosk rewards: {exc}", file=sys.stderr)
        return 2
    if found.verdict.accepted:
        print(found.explain())
        return 0
    print(f"refused: {found.explain()}", file=sys.stderr)
    return 1


def run_check(args: argparse.Namespace) -> int:
    return _run(args, "check")


def run_redeem(args: argparse.Namespace) -> int:
    return _run(args, "redeem")


def run_status(args: argparse.Namespace) -> int:
    from kiosk.operator.rewards_text import format_status
    from kiosk.settings import SettingsError

    try:
        book = _book(args)
        status = book.status()
    except (LookupError, SettingsError, OSError) as exc:
        print(f"kiosk rewards: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(format_status(status, book.rules))
    return 0
