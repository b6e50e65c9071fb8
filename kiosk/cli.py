"""The ``kiosk`` command line: run the kiosk (default), or a sub-command (check, results, import, set-pin).

Sub-commands live in ``kiosk.commands.<name>``; each module has ``register(subparsers)``, which adds
its parser and sets ``func`` to a callable taking the parsed arguments and returning an exit status.
Heavy modules (Qt above all) are imported only by the command that needs them, so ``kiosk check``
starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kiosk import __version__

#: modules under kiosk.commands that add sub-commands
COMMANDS: tuple[str, ...] = ("check", "import_", "results", "set_pin", "supervise")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Cyber Kiosk: an offline touch kiosk that teaches cyber-security awareness.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"kiosk.commands.{name}").register(sub)
    try:
        run_module = importlib.import_module("kiosk.commands.run")
    except ModuleNotFoundError:
        run_module = None
    if run_module is not None:
        run_module.add_run_options(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        if not hasattr(args, "run_func"):
            parser.print_help()
            return 2
        func = args.run_func
    return int(func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
