"""A visitor's journey through the kiosk as a plain-Python state machine (no Qt)."""
