"""File dialogs that never read a file's contents, and never start in the data folder.

Qt's own file dialog sniffs the type of files it lists (QMimeDatabase reads the first
bytes of sessions.sqlite3-wal, -shm, or of a database called *.db). Opening and closing a
file drops every POSIX lock the process holds on it, and SQLite's locks are how other
processes know the database is in use: a CLI command run meanwhile may then checkpoint
and delete the -wal file the app still writes into (docs/storage.md). So every dialog
here is Qt's widget dialog with an icon provider that looks at names only. Native dialogs
would sniff in-process as well (GTK, macOS); on Windows, where locks are not POSIX ones,
the native dialog is used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from cdo_workshop.paths import data_dir
from cdo_workshop.settings import settings

LAST_FOLDER = "documents/folder"


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name alone; never opens a file."""

    def icon(self, info: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:  # type: ignore[override]
        """The style's folder or file icon (there every platform and theme has one)."""
        folder = (
            info.isDir()
            if isinstance(info, QFileInfo)
            else info
            in (
                QAbstractFileIconProvider.IconType.Folder,
                QAbstractFileIconProvider.IconType.Computer,
                QAbstractFileIconProvider.IconType.Drive,
            )
        )
        pixmap = QStyle.StandardPixmap.SP_DirIcon if folder else QStyle.StandardPixmap.SP_FileIcon
        return QApplication.style().standardIcon(pixmap)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if suffix:
            return QCoreApplication.translate("FileDialogs", "{suffix} file").format(
                suffix=suffix.upper()
            )
        return QCoreApplication.translate("FileDialogs", "File")


_PROVIDER: NameOnlyIconProvider | None = None


def _provider() -> NameOnlyIconProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NameOnlyIconProvider()
    return _PROVIDER


def _is_inside(folder: Path, path: Path) -> bool:
    try:
        Path(os.path.abspath(path)).relative_to(os.path.abspath(folder))
    except ValueError:
        return False
    return True


def start_folder(database: Path | None = None, suggested: Path | None = None) -> Path:
    """Where a dialog opens: the last documents folder, never the data folder or the folder
    of the database (the user may still go there; the dialog reads no contents)."""
    home = Path.home()
    candidates = [suggested, Path(str(settings().value(LAST_FOLDER) or "")) or None]
    documents = home / "Documents"
    candidates += [documents if documents.is_dir() else None, home]
    avoid = [data_dir()] + ([Path(database).parent] if database is not None else [])
    for candidate in candidates:
        if candidate is None or not str(candidate) or not candidate.is_dir():
            continue
        if any(_is_inside(folder, candidate) for folder in avoid):
            continue
        return candidate
    return home


def _dialog(parent: QWidget | None, title: str, folder: Path, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setObjectName("fileDialog")
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(_provider())
    return dialog


def _remember(path: str) -> None:
    settings().setValue(LAST_FOLDER, str(Path(path).parent))


def open_file(
    parent: QWidget | None,
    title: str,
    filters: str,
    database: Path | None = None,
    folder: Path | None = None,
) -> Path | None:
    dialog = _dialog(parent, title, start_folder(database, folder), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    chosen = dialog.selectedFiles()[0]
    _remember(chosen)
    return Path(chosen)


def save_file(
    parent: QWidget | None,
    title: str,
    filters: str,
    name: str,
    database: Path | None = None,
    suffix: str = "",
    folder: Path | None = None,
) -> Path | None:
    dialog = _dialog(parent, title, start_folder(database, folder), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(name)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    chosen = dialog.selectedFiles()[0]
    _remember(chosen)
    return Path(chosen)
