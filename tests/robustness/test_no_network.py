"""No network, ever: no module under kiosk/ imports a network library, a whole visit opens no socket, and
the guard the hostile-pack test relies on really does fail loudly."""

from __future__ import annotations

import ast
import random
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.journey import Screen
from kiosk.results.store import ResultsStore
from tests.robustness.driver import SMALL_PACK, build_window, close_window, play_visit
from tests.robustness.netguard import NetworkUsed, no_network

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
FORBIDDEN_MODULES = (
    "socket",
    "ssl",
    "urllib.request",
    "http.client",
    "http.server",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "requests",
    "urllib3",
    "httpx",
    "aiohttp",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)

# Importing ``socket`` to *refuse* sockets is the one allowed use: the self-test patches it shut.
ALLOWED = {"selftest.py": {"socket"}}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module",
            "__import__",
        ):
            names.update(
                a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
            )
    return names


def forbidden_in(names: set[str]) -> set[str]:
    return {n for n in names for bad in FORBIDDEN_MODULES if n == bad or n.startswith(bad + ".")}


def test_no_module_under_kiosk_imports_a_network_library() -> None:
    files = sorted(KIOSK.rglob("*.py"))
    assert len(files) > 30
    found = {
        str(f.relative_to(KIOSK)): sorted(forbidden_in(imported_modules(f)) - ALLOWED.get(f.name, set()))
        for f in files
    }
    assert {f: bad for f, bad in found.items() if bad} == {}


def test_the_static_check_would_catch_each_spelling(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text(
        "import urllib.request\nfrom http import client\nfrom PySide6.QtNetwork import QTcpSocket\n"
        "import importlib\nimportlib.import_module('requests')\n",
        encoding="utf-8",
    )
    assert forbidden_in(imported_modules(sample)) == {
        "urllib.request",
        "http.client",
        "PySide6.QtNetwork",
        "PySide6.QtNetwork.QTcpSocket",
        "requests",
    }


def test_running_the_kiosk_loads_no_network_module() -> None:
    """Import everything the kiosk imports when it runs, then look at what Python actually loaded."""
    code = (
        "import sys, kiosk.app, kiosk.ui.window, kiosk.ui.crash, kiosk.ui.heartbeat, kiosk.logs;"
        "import kiosk.results.store, kiosk.content.render, kiosk.cli;"
        "print('\\n'.join(sorted(sys.modules)))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    network = {m for m in loaded for bad in FORBIDDEN_MODULES[2:] if m == bad or m.startswith(bad + ".")}
    assert network == set()


def test_the_guard_fails_loudly_and_remembers(qtbot) -> None:  # noqa: ANN001
    with no_network() as guard:
        with pytest.raises(NetworkUsed):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(NetworkUsed):
            socket.create_connection(("example.org", 80))
        with pytest.raises(NetworkUsed):
            socket.getaddrinfo("example.org", 443)
        if "PySide6.QtNetwork" not in sys.modules:
            with pytest.raises(NetworkUsed):
                import PySide6.QtNetwork  # noqa: F401
        local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # local plumbing stays allowed
        local.close()
    assert len(guard.attempts) >= 3
    with pytest.raises(AssertionError, match="network used"):
        guard.assert_clean()
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()  # and everything is back afterwards


def test_the_guard_sees_a_socket_opened_behind_pythons_back(qtbot) -> None:  # noqa: ANN001
    import _socket

    with no_network() as guard:
        # As C++ code would: a real internet socket that the patched constructor never saw.
        hidden = _socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        hidden.bind(("127.0.0.1", 0))
        try:
            assert guard.new_inet_sockets()
        finally:
            hidden.close()


def test_a_whole_visit_opens_no_socket(qtbot) -> None:  # noqa: ANN001
    store = ResultsStore.open(None)
    with no_network() as guard:
        window = build_window(SMALL_PACK, store)
        try:
            assert play_visit(window, random.Random(1)) == 1
            assert window.journey.screen is Screen.ATTRACT
            # A language switch and a second visit in Chinese.
            window.router.attract.language_buttons["zh-CN"].click()
            assert play_visit(window, random.Random(2)) == 1
        finally:
            close_window(window)
    guard.assert_clean()
    store.close()
