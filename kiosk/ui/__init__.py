"""The Qt Widgets interface: the only package that imports PySide6.

Importing it also guards against a PySide6 6.12 bug on CPython 3.11 where that binding is installed
(see ``guard_none_refcount``).
"""

from __future__ import annotations

import sys


def guard_none_refcount() -> bool:
    """Make ``None`` (and the two bools) as good as immortal on CPython before 3.12.

    PySide6 6.12.0 built for CPython 3.11 returns ``None`` from every void C++ method without taking a
    reference to it (CPython 3.12 made ``None`` immortal, so there the omission is harmless). Each
    call to ``setText``, ``show``, ``setValue``... drops ``None``'s count by one, and after a few
    thousand calls CPython aborts with "none_dealloc: deallocating None": a kiosk would crash minutes
    into a visit. Adding 2**40 to the count (what immortality amounts to) makes that unreachable.
    Returns True when the guard was applied.
    """
    if (
        sys.implementation.name != "cpython"
        or sys.version_info >= (3, 12)
        or hasattr(sys, "gettotalrefcount")
    ):
        return False  # immortal already, or a debug build whose object header differs
    import ctypes

    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < 1 << 39:
            count.value += 1 << 40
    return True


def binding_may_lose_nones(version: tuple[int, ...] | None = None) -> bool:
    """True where the guard is needed: PySide6 6.12 or later (the series with the bug) on CPython < 3.12.

    pyproject keeps 6.12 out, but a distribution's or a user's PySide6 may still be one; the releases
    measured clean do not pay for ctypes at every start.
    """
    if version is None:
        import PySide6

        version = tuple(PySide6.__version_info__[:2])
    return sys.version_info < (3, 12) and tuple(version[:2]) >= (6, 12)


if binding_may_lose_nones():
    guard_none_refcount()
