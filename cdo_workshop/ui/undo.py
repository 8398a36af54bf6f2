"""Undo commands: every edit is one QUndoCommand that applies itself through the controller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from cdo_workshop.ui.controller import SessionController

SET_VALUE_ID = 1


class SetValueCommand(QUndoCommand):
    """Set one field; consecutive changes of the same field (typing) merge into one step."""

    def __init__(
        self, controller: SessionController, part: str, name: str, new: Any, text: str = ""
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.part, self.name = part, name
        self.old = controller.value(part, name)
        self.new = new

    def id(self) -> int:
        return SET_VALUE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, SetValueCommand) or (other.part, other.name) != (
            self.part,
            self.name,
        ):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.controller.apply_value(self.part, self.name, self.new)

    def undo(self) -> None:
        self.controller.apply_value(self.part, self.name, self.old)
