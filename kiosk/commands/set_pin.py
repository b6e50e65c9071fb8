"""``kiosk set-pin``: set (or remove) the operator PIN from the command line, typed twice without echo.

Only the salted scrypt hash is written, into the ``[operator]`` table of the settings file. The
operator modules are imported when the command runs, so they cost nothing on an ordinary start.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from kiosk import paths


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "set-pin",
        help="set the operator PIN that opens the console (asked twice, not shown)",
        description="Set the operator PIN (4 to 8 digits). Only a salted hash is stored in the settings file.",
    )
    parser.add_argument(
        "--config", type=Path, metavar="FILE", help=f"settings file (default: {paths.default_config_file()})"
    )
    parser.add_argument(
        "--remove", action="store_true", help="remove the PIN: the console then asks for a new one first"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ask: Callable[[str], str] = getpass.getpass) -> int:
    # Imported here, not at the top: every start of `kiosk` builds this parser, and only set-pin needs these.
    from kiosk.operator.config import save_settings
    from kiosk.operator.pin import PinError, check_new_pin, hash_pin
    from kiosk.settings import SettingsError

    path: Path = args.config or paths.default_config_file()
    if args.remove:
        try:
            save_settings(path, operator={"pin_hash": None})
        except SettingsError as exc:
            print(f"kiosk: {exc}", file=sys.stderr)
            return 1
        print(f"kiosk: operator PIN removed from {path}")
        return 0
    try:
        pin = ask("New operator PIN (4 to 8 digits): ").strip()
        check_new_pin(pin)
        if ask("The same PIN again: ").strip() != pin:
            print("kiosk: the two PINs differ; nothing was changed", file=sys.stderr)
            return 1
    except PinError as exc:
        print(f"kiosk: {exc}; nothing was changed", file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        print("\nkiosk: cancelled; nothing was changed", file=sys.stderr)
        return 1
    try:
        save_settings(path, operator={"pin_hash": hash_pin(pin)})
    except SettingsError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    print(f"kiosk: operator PIN set (stored as a salted hash in {path})")
    return 0
