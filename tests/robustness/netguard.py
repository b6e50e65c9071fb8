"""A test helper that makes any network use fail loudly: Python sockets, name lookups and Qt's network.

``no_network()`` patches ``socket.socket``, ``create_connection``, ``getaddrinfo`` and friends, blocks
the import of ``PySide6.QtNetwork`` (and patches its classes if something loaded it earlier), and also
watches this process's open descriptors for internet sockets that C++ code might open behind Python's
back. Every attempt is remembered, even one that code under test caught and swallowed.
"""

from __future__ import annotations

import contextlib
import importlib.abc
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path


class NetworkUsed(AssertionError):
    """Raised by every patched entry point: the kiosk tried to reach the network."""


class _BlockQtNetwork(importlib.abc.MetaPathFinder):
    def __init__(self, attempts: list[str]) -> None:
        self.attempts = attempts

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname == "PySide6.QtNetwork" or fullname.startswith("PySide6.QtWebEngine"):
            self.attempts.append(f"import {fullname}")
            raise NetworkUsed(f"import of {fullname} while the network is forbidden")
        return None


def _inet_socket_inodes() -> set[str]:
    """Inodes of this process's TCP/UDP sockets (Linux); empty elsewhere."""
    tables = [Path("/proc/self/net") / name for name in ("tcp", "tcp6", "udp", "udp6")]
    if not all(t.exists() for t in tables):
        return set()
    inet: set[str] = set()
    for table in tables:
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9:
                inet.add(fields[9])
    mine: set[str] = set()
    fd_dir = Path("/proc/self/fd")
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inode = target[len("socket:[") : -1]
            if inode in inet:
                mine.add(inode)
    return mine


class Guard:
    def __init__(self) -> None:
        self.attempts: list[str] = []
        self._before: set[str] = set()

    def refuse(self, what: str) -> NetworkUsed:
        self.attempts.append(what)
        return NetworkUsed(f"{what} while the network is forbidden")

    def new_inet_sockets(self) -> set[str]:
        return _inet_socket_inodes() - self._before

    def assert_clean(self) -> None:
        assert self.attempts == [], f"network used: {self.attempts}"
        assert not self.new_inet_sockets(), "an internet socket was opened outside Python"


@contextlib.contextmanager
def no_network() -> Iterator[Guard]:
    guard = Guard()
    guard._before = _inet_socket_inodes()
    real = {name: getattr(socket, name) for name in ("socket", "create_connection", "getaddrinfo")}
    real_gethost = socket.gethostbyname

    class GuardedSocket(real["socket"]):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            # Unix-domain sockets are local plumbing (Qt's own wake-ups); anything else is the network.
            if family != socket.AF_UNIX:
                raise guard.refuse(f"socket.socket(family={family})")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    def refuse(name: str):  # noqa: ANN202
        def call(*args: object, **kwargs: object) -> object:
            raise guard.refuse(f"socket.{name}{args!r}")

        return call

    qt_patches: list[tuple[type, str, object]] = []
    network = sys.modules.get("PySide6.QtNetwork")
    if network is not None:
        for cls_name, method in (
            ("QNetworkAccessManager", "createRequest"),
            ("QNetworkAccessManager", "get"),
            ("QNetworkAccessManager", "post"),
            ("QAbstractSocket", "connectToHost"),
            ("QHostInfo", "lookupHost"),
            ("QHostInfo", "fromName"),
        ):
            cls = getattr(network, cls_name)
            qt_patches.append((cls, method, cls.__dict__.get(method, getattr(cls, method))))
            setattr(cls, method, refuse(f"Qt {cls_name}.{method}"))
    blocker = _BlockQtNetwork(guard.attempts)
    sys.meta_path.insert(0, blocker)
    socket.socket = GuardedSocket  # type: ignore[misc]
    socket.create_connection = refuse("create_connection")  # type: ignore[assignment]
    socket.getaddrinfo = refuse("getaddrinfo")  # type: ignore[assignment]
    socket.gethostbyname = refuse("gethostbyname")  # type: ignore[assignment]
    try:
        yield guard
    finally:
        for name, value in real.items():
            setattr(socket, name, value)
        socket.gethostbyname = real_gethost
        sys.meta_path.remove(blocker)
        for cls, method, original in qt_patches:
            setattr(cls, method, original)
