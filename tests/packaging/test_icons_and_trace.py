"""The committed icon files match their SVG renderings' containers, and the write-trace parser is right."""

from __future__ import annotations

import struct
from pathlib import Path

import bundle_config as plan
import make_icons
import smoke_test

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_MAGIC)
    return struct.unpack(">II", data[16:24])


def committed_pngs() -> dict[int, bytes]:
    return {
        size: (plan.ICONS / "png" / f"{size}x{size}" / "cyber-kiosk.png").read_bytes()
        for size in make_icons.PNG_SIZES
    }


def test_the_png_set_has_every_size_at_its_size() -> None:
    for size, data in committed_pngs().items():
        assert png_size(data) == (size, size)


def test_the_ico_holds_the_windows_sizes_as_png() -> None:
    data = (plan.ICONS / "cyber-kiosk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = data[offset : offset + length]
        sizes.append(png_size(image)[0])
        assert width == png_size(image)[0] % 256
    assert sizes == list(make_icons.ICO_SIZES)
    assert data == make_icons.ico_bytes({s: committed_pngs()[s] for s in make_icons.ICO_SIZES})


def test_the_icns_holds_every_mac_size() -> None:
    data = (plan.ICONS / "cyber-kiosk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, found = 8, {}
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        found[kind] = png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert found == {kind: size for kind, size in make_icons.ICNS_TYPES}


def test_desktop_files_name_the_executable_and_icon() -> None:
    for name in ("cyber-kiosk.desktop", "cyber-kiosk-autostart.desktop"):
        text = (plan.PACKAGING / "linux" / name).read_text(encoding="utf-8")
        assert "[Desktop Entry]" in text and "Type=Application" in text
        assert "Exec=/opt/cyber-kiosk/cyber-kiosk" in text and "Icon=cyber-kiosk" in text


def test_the_write_trace_keeps_only_successful_writes(tmp_path: Path) -> None:
    log = tmp_path / "trace.log"
    log.write_text(
        '1234  openat(AT_FDCWD, "/usr/lib/libQt6Core.so.6", O_RDONLY|O_CLOEXEC) = 3\n'
        '1234  openat(AT_FDCWD, "/tmp/x/home/tmp/results.db", O_RDWR|O_CREAT|O_CLOEXEC, 0644) = 5\n'
        '1235  openat(AT_FDCWD, "relative.txt", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 6\n'
        '1235  mkdir("/home/someone/.cache/x", 0700) = -1 EACCES (Permission denied)\n'
        '1235  rename("/tmp/x/a", "/etc/b") = 0\n'
        '1236  unlinkat(AT_FDCWD, "/tmp/x/home/tmp/results.db-wal", 0) = 0\n',
        encoding="utf-8",
    )
    written = smoke_test.written_paths(log, Path("/tmp/x/home"))
    assert written == [
        "/tmp/x/home/tmp/results.db",
        "/tmp/x/home/relative.txt",
        "/tmp/x/a",
        "/etc/b",
        "/tmp/x/home/tmp/results.db-wal",
    ]
    assert [p for p in written if not smoke_test._allowed(p, Path("/tmp/x"))] == ["/etc/b"]  # noqa: SLF001
