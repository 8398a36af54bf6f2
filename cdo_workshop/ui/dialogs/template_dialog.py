"""Choose a template for a new session: values in (templates), value out (the key)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class TemplateDialog(QDialog):
    """`choices` are (key, label, description); `chosen()` is the key or None."""

    def __init__(
        self,
        choices: Sequence[tuple[str, str, str]],
        parent: QWidget | None = None,
        suggested: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("New session from a template"))
        self.list = QListWidget(objectName="templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setWordWrap(True)
        for key, label, description in choices:
            item = QListWidgetItem(f"{label}\n{description}" if description else label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
            if key == suggested:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        explanation = QLabel(
            self.tr(
                "The template preselects tasks, decision areas and proposed resources. Everything"
                " can be changed in the session."
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
