"""The ``kiosk`` command line: run the kiosk (default), or a sub-command (check, results, import, set-pin).

Sub-commands live in ``kiosk.commands.<name>``; each module has ``register(subparsers)``, which adds
its parser and sets ``func`` to a callable taking the parsed arguments and returning an exit status.
Heavy modules (Qt above all) are imported only by the command that needs them, so ``kiosk check``
starts fast.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

import kiosk

#: modules under kiosk.commands that add sub-commands
COMMANDS: tuple[str, ...] = (
    "check",
    "import_",
    "preview",
    "results",
    "rewards",
    "self_test",
    "set_pin",
    "supervise",
)


class _VersionAction(argparse.Action):
    """``--version``, reading the version only when asked (it is slow to look up)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit"
        )

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001

        print(f"{parser.prog} {kiosk.package_version()}")
        parser.exit()


def _command_name(module: str) -> str:
    return module.rstrip("_").replace("_", "-")


def _wanted_commands(argv: Sequence[str]) -> tuple[str, ...]:
    """The sub-command modules to import: only the one named, all for help, none to run the kiosk."""
    names = {_command_name(m): m for m in COMMANDS}
    for token in argv:
        if token in names:
            return (names[token],)
        if token in ("-h", "--help"):
            return COMMANDS
    return ()


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Cyber Kiosk: an offline touch kiosk that teaches cyber-security awareness.",
    )
    parser.add_argument("--version", action=_VersionAction)
    if commands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name in commands:
            importlib.import_module(f"kiosk.commands.{name}").register(sub)
    importlib.import_module("kiosk.commands.run").add_run_options(parser)
    return parser


def parse(argv: Sequence[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """The parser and the parsed arguments, importing only the sub-command named (none to run the kiosk)."""
    wanted = _wanted_commands(argv)
    parser = build_parser(wanted)
    if wanted:
        return parser, parser.parse_args(argv)
    args, extra = parser.parse_known_args(argv)
    if extra:
        # A word that is no option and no command we know: parse again with every command, so that
        # argparse's message lists the real choices.
        parser = build_parser(COMMANDS)
        args = parser.parse_args(argv)
    return parser, args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    gc.disable()  # parsing imports the command's modules, which leave nothing to collect
    try:
        parser, args = parse(argv)
    finally:
        gc.enable()
    func = getattr(args, "func", None)
    if func is None:
        if not hasattr(args, "run_func"):
            parser.print_help()
            return 2
        func = args.run_func
    return int(func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
