"""Running the kiosk (the default command): the options that start it, windowed or full-screen.

PySide6 is imported only inside ``run`` so that ``kiosk check`` and ``--help`` stay fast.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from kiosk import paths
from kiosk.commands.self_test import add_self_test_option
from kiosk.settings import Settings, SettingsError, load_settings, seconds_problem


class _WhenPrinted:
    """A value for a help text, worked out only if the help is printed (finding user dirs costs time)."""

    def __init__(self, compute: Callable[[], object]) -> None:
        self._compute = compute

    def __str__(self) -> str:
        return str(self._compute())


def add_run_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("running the kiosk (the default when no command is given)")
    group.add_argument(
        "--windowed",
        action="store_true",
        default=None,
        help="run in a normal window (development, classrooms)",
    )
    config = group.add_argument(
        "--config", type=Path, metavar="FILE", help="settings file (default: %(user_file)s)"
    )
    config.user_file = _WhenPrinted(paths.default_config_file)  # type: ignore[attr-defined]
    group.add_argument("--lessons", type=Path, metavar="DIR", help="the lesson pack to show")
    group.add_argument("--language", metavar="CODE", help="the kiosk's default language, e.g. en or zh-CN")
    group.add_argument(
        "--idle-timeout", type=float, metavar="SECONDS", help='quiet time before "Still there?" (0: never)'
    )
    group.add_argument("--kiosk-name", metavar="NAME", help="this kiosk's name in the results")
    group.add_argument(
        "--event-label", metavar="LABEL", help="the event's name in the results and on the start screen"
    )
    group.add_argument("--database", type=Path, metavar="FILE", help="the results database")
    group.add_argument(
        "--hide-cursor", action="store_true", default=None, help="hide the mouse pointer (touch screens)"
    )
    group.add_argument(
        "--screenshot", type=Path, metavar="DIR", help="render every screen to PNG files in DIR and exit"
    )
    group.add_argument(
        "--exit-after-start",
        nargs="?",
        const="shown",
        choices=("shown", "ready"),
        metavar="shown|ready",
        help="quit once the start screen is shown, or once what is set up behind it is ready too "
        "(log, crash handler, operator gesture, results store, other screens); for benchmarks and tests",
    )
    add_self_test_option(group)
    group.add_argument(
        "--supervise",
        action="store_true",
        help="run the kiosk under a supervisor that restarts it after a crash or a freeze (kiosk supervise)",
    )
    parser.set_defaults(run_func=run)


def settings_from(args: argparse.Namespace) -> Settings:
    named = args.config is not None
    path = args.config if named else paths.default_config_file()
    settings = load_settings(path, required=named)
    return settings.with_overrides(
        windowed=args.windowed,
        lessons=args.lessons.resolve() if args.lessons else None,
        language=args.language,
        idle_timeout=args.idle_timeout,
        kiosk_name=args.kiosk_name,
        event_label=args.event_label,
        database=args.database,
        hide_cursor=args.hide_cursor,
    )


def run(args: argparse.Namespace) -> int:
    if getattr(args, "supervise", False):
        from kiosk.commands.supervise import supervise_kiosk

        # The child gets the same options, less this one (sys.argv: the supervisor re-runs this command).
        return supervise_kiosk([a for a in sys.argv[1:] if a != "--supervise"])
    logging.basicConfig(level=logging.WARNING, format="kiosk: %(levelname)s: %(message)s")
    try:
        settings = settings_from(args)
    except SettingsError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    problem = seconds_problem("idle_timeout", args.idle_timeout) if args.idle_timeout is not None else None
    if problem:
        print(f"kiosk: --idle-timeout {problem}", file=sys.stderr)
        return 2
    if args.screenshot is not None:
        from kiosk.commands.screenshot import screenshot_command

        return screenshot_command(settings, args.screenshot)
    # The kiosk's start-up only adds objects that live as long as the kiosk: the cyclic collector
    # would walk the growing heap again and again for nothing. kiosk.app.run turns it back on at the
    # first frame, after freezing what start-up made.
    gc.disable()
    try:
        from kiosk.app import run as run_app

        return run_app(settings, exit_after_start=args.exit_after_start)
    finally:
        gc.enable()
