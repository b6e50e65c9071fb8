"""``python -m kiosk`` and the PyInstaller entry point."""

from __future__ import annotations

import sys

from kiosk.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()  # `kiosk check` uses worker processes, also in the frozen build
    sys.exit(main())
