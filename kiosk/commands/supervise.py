"""``kiosk supervise``: run the kiosk under the supervisor, which restarts it after a crash or a hang.

Everything after ``--`` goes to the kiosk itself, e.g. ``kiosk supervise -- --lessons /media/pack``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.supervisor import Policy

# kiosk.supervisor's Policy defaults, repeated so that building the command line imports nothing heavy
# (logging.handlers and subprocess cost tens of milliseconds on every start); a test keeps them equal.
HEARTBEAT_TIMEOUT_S = 8.0
STARTUP_GRACE_S = 60.0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "supervise",
        help="run the kiosk and restart it if it crashes or freezes",
        description="Start the kiosk as a child process; restart it (with back-off) when it exits with an "
        "error or its window stops answering. The operator leaving kiosk mode ends both.",
    )
    parser.add_argument(
        "--heartbeat-timeout",
        type=float,
        default=HEARTBEAT_TIMEOUT_S,
        metavar="SECONDS",
        help="restart the kiosk when its window has not answered for this long (default: %(default)s)",
    )
    parser.add_argument(
        "--startup-grace",
        type=float,
        default=STARTUP_GRACE_S,
        metavar="SECONDS",
        help="time the kiosk may take to show its first frame (default: %(default)s)",
    )
    parser.add_argument(
        "kiosk_args", nargs=argparse.REMAINDER, help="options for the kiosk itself, after '--'"
    )
    parser.set_defaults(func=run)


def supervise_kiosk(run_args: Sequence[str], policy: Policy | None = None) -> int:
    """Run ``kiosk <run_args>`` under a supervisor until it exits cleanly or we are told to stop."""
    import logging
    import signal

    from kiosk import logs
    from kiosk.supervisor import Supervisor, kiosk_command

    log = logging.getLogger("kiosk.supervisor")
    handler = logs.setup_logging(name="supervisor.log")
    supervisor = Supervisor(kiosk_command(run_args), policy=policy)

    def stop(signum: int, _frame: object) -> None:
        log.info("supervisor received signal %d; stopping the kiosk", signum)
        supervisor.stop()

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    try:
        return supervisor.run()
    finally:
        logs.close_logging(handler)


def run(args: argparse.Namespace) -> int:
    kiosk_args = list(args.kiosk_args)
    if kiosk_args[:1] == ["--"]:
        kiosk_args = kiosk_args[1:]
    if args.heartbeat_timeout <= 0 or args.startup_grace <= 0:
        print("kiosk: --heartbeat-timeout and --startup-grace must be more than 0", flush=True)
        return 2
    from kiosk.supervisor import Policy

    policy = Policy(heartbeat_timeout_s=args.heartbeat_timeout, startup_grace_s=args.startup_grace)
    return supervise_kiosk(kiosk_args, policy)
