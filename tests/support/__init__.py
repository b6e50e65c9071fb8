"""Helpers shared by the test packages: one tap, one fake clock, one fake recorder, one way into the
console, the translations and the peer corpora beside the checkout. Fixtures stay in conftest.py files."""
