"""``kiosk --self-test`` (and ``kiosk self-test``): check offscreen that this kiosk, frozen or not, works.

``--self-test`` is an option of the default run command: it swaps the function the run command calls,
so it combines with ``--lessons DIR`` to test a teacher's pack instead of the bundled one.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def run(args: argparse.Namespace) -> int:
    from kiosk.selftest import run_self_test

    lessons: Path | None = getattr(args, "lessons", None)
    return run_self_test(lessons.resolve() if lessons else None, config=getattr(args, "config", None))


class SelfTestAction(argparse.Action):
    """``--self-test``: make the run command run the self-test instead of the kiosk."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=False, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, *_: object) -> None:
        setattr(namespace, self.dest, True)
        namespace.run_func = run


def add_self_test_option(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--self-test",
        action=SelfTestAction,
        help="load the lessons, play one visitor journey offscreen into a temporary database, "
        "print each check and exit 0 only if all passed",
    )


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "self-test",
        help="check offscreen that the kiosk works (the same as --self-test)",
        description="Load the lessons, play one visitor journey offscreen through the real screens, "
        "record it in a temporary database and read it back. Exits 0 only if every check passed.",
    )
    parser.add_argument("--lessons", type=Path, metavar="DIR", help="the lesson pack to test")
    parser.set_defaults(func=run)
