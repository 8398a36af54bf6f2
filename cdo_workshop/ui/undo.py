"""Undo commands: every edit is one QUndoCommand that applies itself through the controller."""

from __future__ import annotations

import copy
import time
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from cdo_workshop.ui.controller import SessionController

SET_VALUE_ID = 1
# Quick successive steps of one continuous control (a slider moved with the arrow keys)
# merge into one undo step if each follows the previous one within this many seconds.
MERGE_SECONDS = 1.5


class SetValueCommand(QUndoCommand):
    """Set one field; consecutive changes of the same field (typing) merge into one step.

    `merge_key` narrows merging: only changes with an equal key merge (e.g. one key per
    row and column of a list kept in one field; a fresh unique key never merges).
    """

    def __init__(
        self,
        controller: SessionController,
        part: str,
        name: str,
        new: Any,
        text: str = "",
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.part, self.name = part, name
        self.merge_key = merge_key
        self.old = copy.deepcopy(controller.value(part, name))
        self.new = copy.deepcopy(new)

    def id(self) -> int:
        return SET_VALUE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, SetValueCommand) or (
            other.part,
            other.name,
            other.merge_key,
        ) != (self.part, self.name, self.merge_key):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.controller.apply_value(self.part, self.name, self.new)

    def undo(self) -> None:
        self.controller.apply_value(self.part, self.name, self.old)


SET_ITEM_VALUE_ID = 2


class SetItemValueCommand(QUndoCommand):
    """Set one field of one item; typing into the same field merges into one step.

    With `continuous`, a value from a slider: steps that follow each other within
    MERGE_SECONDS (arrow keys held or pressed quickly) merge into one step too.
    """

    def __init__(
        self,
        controller: SessionController,
        collection: str,
        item_id: str,
        name: str,
        new: Any,
        text: str = "",
        continuous: bool = False,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.key = (collection, item_id, name)
        self.old = copy.deepcopy(getattr(controller.item(collection, item_id), name))
        self.new = copy.deepcopy(new)
        self.continuous = continuous
        self.changed_at = time.monotonic()

    def id(self) -> int:
        return SET_ITEM_VALUE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        # Only text typed into one field merges; a RACI cell or a vote stays its own step.
        if not isinstance(other, SetItemValueCommand) or other.key != self.key:
            return False
        if isinstance(self.new, str):
            self.new = other.new
            return True
        if (
            self.continuous
            and other.continuous
            and other.changed_at - self.changed_at <= MERGE_SECONDS
        ):
            self.new = other.new
            self.changed_at = other.changed_at
            return True
        return False

    def redo(self) -> None:
        self.controller.apply_item_value(*self.key, self.new)

    def undo(self) -> None:
        self.controller.apply_item_value(*self.key, self.old)


class AddItemCommand(QUndoCommand):
    def __init__(
        self,
        controller: SessionController,
        collection: str,
        item: Any,
        index: int | None,
        text: str = "",
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.collection = collection
        self.item = item
        assert controller.session is not None
        items = getattr(controller.session, collection)
        self.index = len(items) if index is None else index

    def redo(self) -> None:
        self.controller.apply_insert(self.collection, self.item, self.index)

    def undo(self) -> None:
        self.controller.apply_remove(self.collection, self.item.id)


class RemoveItemCommand(QUndoCommand):
    def __init__(
        self, controller: SessionController, collection: str, item_id: str, text: str = ""
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.collection = collection
        self.item_id = item_id
        self.item: Any = None
        self.index = 0

    def redo(self) -> None:
        self.item, self.index = self.controller.apply_remove(self.collection, self.item_id)

    def undo(self) -> None:
        self.controller.apply_insert(self.collection, self.item, self.index)


class MoveItemCommand(QUndoCommand):
    def __init__(
        self,
        controller: SessionController,
        collection: str,
        item_id: str,
        index: int,
        text: str = "",
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.collection = collection
        self.item_id = item_id
        self.index = index
        self.old_index = 0

    def redo(self) -> None:
        self.old_index = self.controller.apply_move(self.collection, self.item_id, self.index)

    def undo(self) -> None:
        self.controller.apply_move(self.collection, self.item_id, self.old_index)
