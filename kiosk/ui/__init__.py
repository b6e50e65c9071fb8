"""The Qt Widgets interface: the only package that imports PySide6.

PySide6 is pinned below 6.12 (pyproject.toml): 6.12.0 built for CPython 3.11 drops a reference to
``None`` on every void call, which aborts a long session; ``tests/ui/test_binding_refcount.py`` fails
on such a binding.
"""
