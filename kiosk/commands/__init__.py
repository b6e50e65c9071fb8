"""Sub-commands of the ``kiosk`` command line; each module has ``register(subparsers)``."""
