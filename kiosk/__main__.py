"""``python -m kiosk`` and the PyInstaller entry point."""

from __future__ import annotations

import sys

from kiosk.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        try:
            import multiprocessing
        except ImportError:
            pass  # the lean bundle leaves worker processes out (packaging/bundle_config.py)
        else:
            multiprocessing.freeze_support()  # a bundle that keeps them: its worker processes start here
    sys.exit(main())
