"""A folder chooser for fingers: removable drives first, big rows, one tap to open a folder.

Qt's file dialog is small, shows files, and on some desktops opens outside the kiosk window; this one
lives inside the console and can only pick folders.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QStandardPaths, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.operator.drives import removable_mounts
from kiosk.ui.widgets.buttons import big_button, set_text
from kiosk.ui.widgets.plain import plain_text

PATH_ROLE = Qt.ItemDataRole.UserRole


def windows_drives() -> list[Path]:
    """Drive letters other than the system drive (USB sticks, SD cards, network drives), ready ones only."""
    system = QStorageInfo(QDir.homePath()).rootPath().lower()
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if volume.isValid() and volume.isReady() and volume.rootPath().lower() != system:
            drives.append(Path(volume.rootPath()))
    return drives


def default_drives() -> list[Path]:
    return windows_drives() if sys.platform.startswith("win") else removable_mounts()


def _standard(location: QStandardPaths.StandardLocation) -> Path | None:
    found = QStandardPaths.writableLocation(location)
    return Path(found) if found and Path(found).is_dir() else None


class FolderChooser(QWidget):
    """``folder_changed(str)`` whenever the folder shown (the one an export would go to) changes."""

    folder_changed = Signal(str)

    def __init__(
        self, scale: float, drives: Callable[[], list[Path]] = default_drives, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.drives = drives
        self.folder: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(16 * scale))
        left = QVBoxLayout()
        self.places_title = QLabel()
        plain_text(self.places_title)
        self.places_title.setObjectName("SectionTitle")
        self.places = QListWidget()
        self.places.itemClicked.connect(lambda item: self.open(Path(item.data(PATH_ROLE))))
        self.rescan = big_button("small")
        self.rescan.clicked.connect(self.refresh_places)
        left.addWidget(self.places_title)
        left.addWidget(self.places, 1)
        left.addWidget(self.rescan)
        right = QVBoxLayout()
        self.path_label = QLabel()
        plain_text(self.path_label)
        self.path_label.setObjectName("SectionTitle")
        self.path_label.setWordWrap(True)
        self.folders = QListWidget()
        self.folders.itemClicked.connect(lambda item: self.open(Path(item.data(PATH_ROLE))))
        right.addWidget(self.path_label)
        right.addWidget(self.folders, 1)
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        self.drive_paths: list[Path] = []
        self.retranslate()

    def refresh_places(self) -> None:
        """List drives (first, so a stick is one tap away), then home and documents."""
        self.places.clear()
        self.drive_paths = list(self.drives())
        for drive in self.drive_paths:
            self._add(self.places, (drive.name or str(drive)) + "  (USB)", drive, self.tr("Removable drive"))
        if not self.drive_paths:
            note = QListWidgetItem(self.tr("No USB drive found. Plug one in, then tap “Look again”."))
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.places.addItem(note)
        for name, location in (
            (self.tr("Home folder"), QStandardPaths.StandardLocation.HomeLocation),
            (self.tr("Documents"), QStandardPaths.StandardLocation.DocumentsLocation),
            (self.tr("Desktop"), QStandardPaths.StandardLocation.DesktopLocation),
        ):
            path = _standard(location)
            if path is not None:
                self._add(self.places, name, path, str(path))
        if self.folder is not None and self.folder.is_dir():
            self.open(self.folder)  # "Look again" also shows folders made since
            return
        first = (
            self.drive_paths[0]
            if self.drive_paths
            else _standard(QStandardPaths.StandardLocation.HomeLocation)
        )
        if first is not None:
            self.open(first)

    def _add(self, widget: QListWidget, text: str, path: Path, tip: str = "") -> None:
        item = QListWidgetItem(text)
        item.setData(PATH_ROLE, str(path))
        # Rich text (escaped) so that a folder named like markup is shown as its name, never read as HTML.
        item.setToolTip(f"<p>{html.escape(tip)}</p>" if tip else "")
        widget.addItem(item)

    def open(self, folder: Path) -> None:
        """Show ``folder`` and its sub-folders; it becomes the chosen folder."""
        if not folder.is_dir():
            return
        self.folder = folder
        self.path_label.setText(str(folder))
        self.folders.clear()
        if folder.parent != folder:
            self._add(self.folders, "←  " + self.up_text(folder), folder.parent)
        try:
            children = sorted(
                (p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")),
                key=lambda p: p.name.lower(),
            )
        except OSError:
            children = []
        for child in children:
            self._add(self.folders, child.name, child)
        self.folder_changed.emit(str(folder))

    def up_text(self, folder: Path) -> str:
        """What the "up" row does, in words: where it leads from ``folder``."""
        parent = folder.parent
        drive = next((d for d in self.drive_paths if d == folder), None)
        if drive is not None:
            return self.tr("Up, out of the USB stick, to %1").replace("%1", str(parent))
        if parent in self.drive_paths:
            return self.tr("Up to the top of the USB stick (%1)").replace("%1", parent.name or str(parent))
        if parent.parent == parent:
            return self.tr("Up to the top of this computer's disk (%1)").replace("%1", str(parent))
        return self.tr("Up one folder, to “%1”").replace("%1", parent.name)

    def show_made(self, made: Path) -> None:
        """List again the folder shown, with ``made`` (a folder just written into it) picked out."""
        if self.folder is None:
            return
        self.open(self.folder)
        for row in range(self.folders.count()):
            item = self.folders.item(row)
            if item.data(PATH_ROLE) == str(made):
                self.folders.setCurrentItem(item)
                self.folders.scrollToItem(item)

    def retranslate(self) -> None:
        self.places_title.setText(self.tr("Drives and places"))
        set_text(self.rescan, self.tr("Look again"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
