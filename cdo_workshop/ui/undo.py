"""One undo command for every kind of edit: a list of typed edits and its inverse.

The command knows nothing of the controller: it applies edits through the small
`EditTarget` interface, which the controller implements (apply, persist, tell the views).
"""

from __future__ import annotations

import time
from collections.abc import Hashable, Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from cdo_workshop.domain.edits import Edit, EditError, SetField, compact

EDIT_COMMAND_ID = 1


class EditTarget(Protocol):
    def apply_edits(self, edits: Sequence[Edit], source: object | None = None) -> list[Edit]:
        """Apply and persist the edits; return their inverse. Raises EditError."""
        ...

    def report(self, error: EditError) -> None:
        """Tell the user that an undo or redo could not be applied."""
        ...


def _no_change(edits: list[Edit], inverse: list[Edit]) -> bool:
    """Whether field edits set every field back to what it was."""
    if not all(isinstance(e, SetField) for e in edits + inverse):
        return False
    forward = {e.field: e.value for e in edits if isinstance(e, SetField)}
    backward = {e.field: e.value for e in inverse if isinstance(e, SetField)}
    return forward == backward


class EditCommand(QUndoCommand):
    """Edits already applied when pushed; undo applies the inverse, redo the edits again.

    Commands with the same `merge` key merge into one undo step (typing into one field;
    with `window`, only if each follows the previous one within that many seconds, as the
    steps of a slider moved with the arrow keys).
    """

    def __init__(
        self,
        target: EditTarget,
        edits: Sequence[Edit],
        inverse: Sequence[Edit],
        text: str = "",
        merge: Hashable | None = None,
        window: float | None = None,
    ) -> None:
        super().__init__(text)
        self.target = target
        self.edits = list(edits)
        self.inverse = list(inverse)
        self.merge = merge
        self.window = window
        self.at = time.monotonic()
        self._pushed = False

    def id(self) -> int:
        return EDIT_COMMAND_ID if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, EditCommand) or other.merge is None or other.merge != self.merge:
            return False
        if self.window is not None and other.at - self.at > self.window:
            return False
        self.edits = compact(self.edits + other.edits)
        self.inverse = compact(other.inverse + self.inverse)
        self.at = other.at
        if _no_change(self.edits, self.inverse):
            self.setObsolete(True)  # typed and typed back (Escape): no step is left
        return True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo; the edits are applied already
            self._pushed = True
            return
        self.inverse = self._apply(self.edits, self.inverse)

    def undo(self) -> None:
        self.edits = self._apply(self.inverse, self.edits)

    def _apply(self, edits: list[Edit], unchanged: list[Edit]) -> list[Edit]:
        try:
            return self.target.apply_edits(edits)
        except EditError as e:
            self.target.report(e)
            return unchanged
