"""Anonymous results: the SQLite store and the reports made from it (no Qt)."""
