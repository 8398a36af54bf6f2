"""What the window says about saving: the save state, the warning when a write fails, the
question before closing with unsaved changes, and "save all sessions as".

"Saved 10:42" only when nothing is pending; otherwise the number of changes not on disk,
in red, until they are written (the controller retries them).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from cdo_workshop.ui.announce import announce
from cdo_workshop.ui.controller import SaveState, SessionController
from cdo_workshop.ui.formatting import format_time


class SaveGuard(QObject):
    def __init__(self, window: QMainWindow, controller: SessionController, label: QLabel) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.label = label
        self.unsaved_box: QMessageBox | None = None
        controller.save_state_changed.connect(self.show_state)
        controller.save_failed.connect(self.warn)

    def show_state(self, state: SaveState) -> None:
        unsaved = state.pending > 0
        if unsaved:
            text = self.tr("Not saved (%n change(s))", "", state.pending)
            tip = state.error
        elif state.saved_at is not None:
            text = self.tr("Saved {time}").format(time=format_time(state.saved_at))
            tip = self.tr("Every change is saved in {path}").format(
                path=self.controller.database_path or ""
            )
        else:
            text, tip = "", ""
        if unsaved and not bool(self.label.property("unsaved")):
            announce(self.label, f"{text}. {tip}" if tip else text, assertive=True)
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setAccessibleDescription(tip)
        # bool(): no property yet means saved; re-polishing then would load QStyle's
        # Python enums (about 20 ms) before the window is first shown.
        if bool(self.label.property("unsaved")) != unsaved:
            self.label.setProperty("unsaved", unsaved)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)
        if not unsaved and self.unsaved_box is not None:
            box, self.unsaved_box = self.unsaved_box, None
            box.done(QMessageBox.StandardButton.Ok)  # close() would be refused by the box
            self.window.statusBar().showMessage(self.tr("All changes are saved again."), 8000)

    def warn(self, error: str) -> None:
        """Not modal: the room can go on; every change is kept and tried again."""
        if self.unsaved_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changes not saved"),
            self.tr(
                "The last changes could not be saved: {error}\n\nThey are kept and saved as"
                " soon as that works again (the app tries every few seconds). Free some disk"
                " space, or save all sessions to another file or drive with \u201cSave all"
                " sessions as \u2026\u201d."
            ).format(error=error),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("unsavedWarning")
        save_as = box.addButton(
            self.tr("Save all sessions &as \u2026"), QMessageBox.ButtonRole.ActionRole
        )
        save_as.clicked.connect(self.save_database_as)
        box.setModal(False)
        box.finished.connect(self._warning_closed)
        self.unsaved_box = box
        # The keys typed next belong to the field being typed in, not to the box.
        typing = QApplication.focusWidget()
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        box.show()
        if typing is not None:
            self.window.activateWindow()
            typing.setFocus(Qt.FocusReason.OtherFocusReason)

    def _warning_closed(self, _result: int) -> None:
        self.unsaved_box = None

    def save_database_as(self) -> bool:
        from cdo_workshop.ui import file_dialogs  # loaded when first needed

        path = file_dialogs.save_file(
            self.window,
            self.tr("Save all sessions as"),
            self.tr("CDO Workshop databases (*.sqlite3)"),
            "sessions.sqlite3",
            self.controller.database_path,
            "sqlite3",
        )
        if path is None or not self.controller.save_database_as(path):
            return False
        self.window.statusBar().showMessage(
            self.tr("All sessions are now saved in {path}.").format(path=path), 10000
        )
        return True

    def confirm_unsaved(self) -> bool:
        """True if nothing is lost by closing: saved, saved elsewhere, or given up on."""
        if self.controller.flush():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changes not saved"),
            self.tr(
                "%n change(s) could not be saved: {error}\nSave all sessions to another file"
                " first, or close and lose them?",
                "",
                self.controller.unsaved(),
            ).format(error=self.controller.save_state().error),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("confirmUnsaved")
        save_as = box.addButton(
            self.tr("Save all sessions &as \u2026"), QMessageBox.ButtonRole.AcceptRole
        )
        lose = box.addButton(
            self.tr("Close and &lose them"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            return self.save_database_as()
        return box.clickedButton() is lose
