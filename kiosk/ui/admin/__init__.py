"""The operator console: hidden corner gesture, PIN pad, statistics with charts, export, settings."""
