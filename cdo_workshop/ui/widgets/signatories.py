"""Who signs the role agreement: a table over `session.agreement.signatories`.

The signatories are a collection like the participants: typing into a cell is saved as it
is typed and merges into one undo step; adding, removing, taking over from the
participants and signing on screen are steps of their own (domain.operations).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain import lifecycle, operations
from cdo_workshop.domain.edits import Collection, Remove
from cdo_workshop.domain.model import Signatory, SigningState, now
from cdo_workshop.ui import choices
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.formatting import format_date
from cdo_workshop.ui.widgets.collection_table import CollectionModel, Column, ColumnDelegate
from cdo_workshop.ui.widgets.wrap_row import WrapRow

Index = QModelIndex | QPersistentModelIndex


class SignatoriesModel(CollectionModel):
    SIGNED = "signed"

    def __init__(self, controller: SessionController, columns: Sequence[Column], parent: Any):
        super().__init__(controller, Collection.SIGNATORIES, columns, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.columns[index.column()].field == self.SIGNED:
            if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return None
            signatory = self.item_at(index.row())
            session = self.controller.session
            if session is not None and lifecycle.signature_state(session, signatory) == "void":
                return self.tr("void: the content changed since")
            if signatory.signed_at is not None:
                return self.tr("yes, {date}").format(
                    date=format_date(signatory.signed_at.astimezone().date())
                )
            return self.tr("yes") if signatory.strokes else self.tr("not yet")
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.columns[index.column()].field == self.SIGNED:
            return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)


class SignatoriesEditor(QWidget):
    """Table plus Add, Remove and "take over from the participants"."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatories")
        self.controller = controller
        columns = [
            Column("name", lambda: self.tr("Name"), stretch=True),
            Column("function", lambda: self.tr("Function"), stretch=True),
            Column("group", lambda: self.tr("Group"), "choice", choices.groups(controller)),
            Column("place", lambda: self.tr("Place")),
            Column(SignatoriesModel.SIGNED, lambda: self.tr("Signed")),
        ]
        self.model = SignatoriesModel(controller, columns, self)
        self.view = QTableView(objectName="signatoriesTable")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ColumnDelegate(columns, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # As in the other tables: typing or F2 edits; arriving in a cell does not, else
        # every Tab would open the next cell's editor and never leave the table.
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.setMinimumHeight(180)
        header = self.view.horizontalHeader()
        for i, column in enumerate(columns):
            header.setSectionResizeMode(
                i,
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.add_button = QPushButton(objectName="addSignatory")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(objectName="removeSignatory")
        self.remove_button.clicked.connect(self.remove)
        self.take_over_button = QPushButton(objectName="signatoriesFromParticipants")
        self.take_over_button.clicked.connect(self.take_over)
        self.sign_button = QPushButton(objectName="signOnScreen")
        self.sign_button.clicked.connect(self.sign)
        # The life cycle: draft -> final -> signed (domain.lifecycle).
        self.state_label = QLabel(objectName="agreementState")
        self.state_label.setWordWrap(True)
        self.state_button = QPushButton(objectName="agreementStateButton")
        self.state_button.clicked.connect(self.toggle_final)
        # Enter or a double click on the "Signed" cell opens the signature field, too.
        self.view.activated.connect(self._activated)
        editing = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.take_over_button):
            editing.addWidget(button)
        signing = QHBoxLayout()
        signing.addWidget(self.sign_button)
        self.buttons = WrapRow(editing, signing)  # two lines where one does not hold them
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.state_button)
        layout.addLayout(state_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        controller.session_changed.connect(self._update_buttons)  # a method: disconnected
        # when the widget is gone (a lambda would outlive it)
        controller.on_open(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        for button, text in (
            (self.add_button, self.tr("Add signator&y")),
            (self.remove_button, self.tr("Remove signatory")),
            (self.take_over_button, self.tr("Add signatories from the partic&ipants")),
            (self.sign_button, self.tr("Sign &on screen …")),
        ):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.take_over_button.setToolTip(
            self.tr("Adds the mayor, the CDO and the council members among the participants")
        )
        self.sign_button.setToolTip(
            self.tr(
                "The selected signatory (or the next one who has not signed) signs in a field on"
                " the screen: a simple electronic signature. Unsigned boxes stay lines for"
                " signing in ink."
            )
        )
        self.view.setAccessibleName(self.tr("Signatories"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._update_buttons()

    def toggle_final(self) -> None:
        session = self.controller.session
        if session is None:
            return
        if session.agreement.state == SigningState.DRAFT:
            self.controller.edit(lifecycle.finalize(session), self.tr("Make final"))
        elif self.controller.confirm_reopen():
            self.controller.edit(lifecycle.reopen(session), self.tr("Reopen the agreement"))

    def _show_state(self) -> None:
        session = self.controller.session
        state = session.agreement.state if session else SigningState.DRAFT
        texts = {
            SigningState.DRAFT: self.tr(
                "Draft \u2013 not for signature. Make it final when the room agrees; signing on"
                " screen does so too."
            ),
            SigningState.FINAL: self.tr(
                "Final version for signature: the content is frozen. Changing it reopens the"
                " agreement and voids the signatures."
            ),
            SigningState.SIGNED: self.tr("Signed by everyone: changing it voids the signatures."),
        }
        self.state_label.setText(texts[state])
        text = (
            self.tr("Make &final") if state == SigningState.DRAFT else self.tr("&Reopen as draft")
        )
        self.state_button.setText(text)
        self.state_button.setAccessibleName(text.replace("&", ""))

    def _signatories(self) -> list[Signatory]:
        session = self.controller.session
        return list(session.agreement.signatories) if session else []

    def candidates(self) -> list[Signatory]:
        """Participants of the signing groups who are not signatories yet (by name)."""
        session = self.controller.session
        return operations.signatory_candidates(session) if session else []

    def add(self) -> None:
        session = self.controller.session
        if session is None:
            return
        row = self.view.currentIndex().row()
        index = row + 1 if row >= 0 else len(session.agreement.signatories)
        _signatory, edits = operations.add_signatory(session, index)
        if not self.controller.edit(edits, self.tr("Add signatory")):
            return
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(index, 0))
        if self.view.state() != QAbstractItemView.State.EditingState:  # not opened already
            self.view.edit(self.model.index(index, 0))

    def remove(self) -> None:
        row = self.view.currentIndex().row()
        signatories = self._signatories()
        if not 0 <= row < len(signatories):
            return
        remove = Remove(Collection.SIGNATORIES, signatories[row].id)
        self.controller.edit(remove, self.tr("Remove signatory"))
        if len(signatories) > 1:
            self.view.setCurrentIndex(self.model.index(min(row, len(signatories) - 2), 0))

    def take_over(self) -> None:
        session = self.controller.session
        edits = operations.take_over_participants(session) if session else []
        if edits:
            self.controller.edit(edits, self.tr("Add signatories from the participants"))

    def sign(self) -> None:
        """The selected signatory signs on screen (again); the strokes go into the session.

        Without a selection, the first one who has not signed yet (or the first) signs.
        """
        from cdo_workshop.ui.dialogs.sign_dialog import ask_signature

        signatories = self._signatories()
        if not signatories:
            return
        row = self.view.currentIndex().row()
        if not 0 <= row < len(signatories):
            row = next((i for i, s in enumerate(signatories) if not s.strokes), 0)
            self.view.setCurrentIndex(self.model.index(row, 0))
        signatory = signatories[row]
        strokes = ask_signature(
            self, signatory.name or self.tr("(no name)"), signatory.function, signatory.strokes
        )
        signatories = self._signatories()
        if strokes is None or row >= len(signatories) or signatories[row].id != signatory.id:
            return
        if strokes == signatories[row].strokes:
            return
        text = self.tr("Sign on screen") if strokes else self.tr("Remove on-screen signature")
        session = self.controller.session
        if session is None:
            return
        self.controller.edit(lifecycle.sign(session, signatory, strokes, now()), text)
        self.view.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        if self.model.columns[index.column()].field == SignatoriesModel.SIGNED:
            self.sign()

    def _update_buttons(self, _change: object = None) -> None:
        self.take_over_button.setEnabled(bool(self.candidates()))
        self.remove_button.setEnabled(bool(self.controller.session and self.model.rowCount()))
        self.sign_button.setEnabled(bool(self.controller.session and self.model.rowCount()))
        self.state_button.setEnabled(self.controller.session is not None)
        self._show_state()
