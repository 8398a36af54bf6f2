"""A form whose labels are the fields' buddies and give the fields their accessible names."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


class LabelledForm(QFormLayout):
    def __init__(self, fields: Sequence[QWidget]) -> None:
        super().__init__()
        self.fields = list(fields)
        self.labels: list[QLabel] = []
        for field in self.fields:
            label = QLabel()
            label.setBuddy(field)
            self.labels.append(label)
            self.addRow(label, field)

    def set_texts(self, texts: Sequence[str]) -> None:
        """Label texts with mnemonics ("&Name:"), in the order of the fields."""
        for label, field, text in zip(self.labels, self.fields, texts, strict=True):
            label.setText(text)
            purpose = text.replace("&", "").rstrip(":")
            if isinstance(field, QLabel):  # a shown value: read as it shows, the label says what
                field.setAccessibleDescription(purpose)
            else:
                field.setAccessibleName(purpose)
