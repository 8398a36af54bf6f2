"""A banner above the steps that says what opening a session of an earlier method changed.

The notes are kept in the session (domain.upgrade) until the facilitator has read them and
closes the banner; closing is an undoable edit like any other, so nothing vanishes unseen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from cdo_workshop.domain.edits import Field, Part, SetField
from cdo_workshop.domain.upgrade import describe
from cdo_workshop.ui.controller import Change, SessionController

NOTES: Field[object] = Field(Part.HEADER, "upgrade_notes")


class UpgradeBanner(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeBanner")
        self.controller = controller
        self.text = QLabel(objectName="upgradeNotes")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long list scrolls inside the banner: the step below stays usable at 1366×768.
        self.scroll = QScrollArea(objectName="upgradeNotesScroll")
        self.scroll.setWidget(self.text)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.close_button = QPushButton(objectName="upgradeNotesRead")
        self.close_button.clicked.connect(self.acknowledge)
        layout = QHBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#upgradeBanner { background: #fff4ce; border: 1px solid #c8a400; }"
            " #upgradeNotesScroll, #upgradeNotes { background: transparent; }"
        )
        controller.session_opened.connect(self.refresh)
        controller.session_changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("&Read, hide"))
        self.close_button.setAccessibleName(self.tr("Hide the upgrade notes"))
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.changes.changed(NOTES):
            self.refresh()

    def refresh(self) -> None:
        session = self.controller.session
        notes = session.upgrade_notes if session else []
        self.setVisible(bool(notes))
        if not notes:
            return
        render = self.controller.translator.render
        lines = [render(describe(note, self.controller.catalog)) for note in notes]
        self.text.setText(
            self.tr(
                "This session was made with an earlier version of the method and has been"
                " adapted to the law of the Land. Please check:"
            )
            + "\n"
            + "\n".join(f"\u2022 {line}" for line in lines)
        )

    def acknowledge(self) -> None:
        self.controller.edit(SetField(NOTES, []), self.tr("Hide upgrade notes"))
