"""Edits: every change to a session is a small typed value.

An edit names what it changes with a typed reference (a `Part`, an `ItemRef`, a `Field`),
checks its value against the model (type, range, length), applies itself and returns its
inverse. Applying also notes what changed in a `ChangeSet`: which rows storage must write
and which views must refresh. Domain operations (hide a task, apply a template, vote)
return lists of edits; the controller applies a list as one undo step and persists it in
one transaction. No Qt and no I/O here.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from cdo_workshop.domain.codec import DecodeError, decode, encode, hints
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdo_workshop.domain.model import (
    HEADER_FIELDS,
    Agreement,
    DecisionArea,
    Dependency,
    Expectation,
    Goal,
    Measure,
    Municipality,
    Participant,
    Placement,
    Progress,
    Resource,
    RoomState,
    Session,
    Signatory,
    Task,
)
from cdo_workshop.domain.validation import check_fields, check_value

T = TypeVar("T")
V = TypeVar("V")
C = "Edits"


class Part(StrEnum):
    """A record of the session that is stored as one row."""

    HEADER = "header"  # the session's own fields (title, date, place, notes …)
    MUNICIPALITY = "municipality"
    PLACEMENT = "placement"
    AGREEMENT = "agreement"  # without its signatories, which are a collection
    PROGRESS = "progress"
    ROOM = "room"


class Collection(StrEnum):
    """An ordered list of items of the session, stored one row per item."""

    PARTICIPANTS = "participants"
    GOALS = "goals"
    EXPECTATIONS = "expectations"
    DECISION_AREAS = "decision_areas"
    TASKS = "tasks"
    DEPENDENCIES = "dependencies"
    RESOURCES = "resources"
    MEASURES = "measures"
    SIGNATORIES = "signatories"  # session.agreement.signatories


PART_TYPES: dict[Part, type] = {
    Part.HEADER: Session,
    Part.MUNICIPALITY: Municipality,
    Part.PLACEMENT: Placement,
    Part.AGREEMENT: Agreement,
    Part.PROGRESS: Progress,
    Part.ROOM: RoomState,
}
ITEM_TYPES: dict[Collection, type] = {
    Collection.PARTICIPANTS: Participant,
    Collection.GOALS: Goal,
    Collection.EXPECTATIONS: Expectation,
    Collection.DECISION_AREAS: DecisionArea,
    Collection.TASKS: Task,
    Collection.DEPENDENCIES: Dependency,
    Collection.RESOURCES: Resource,
    Collection.MEASURES: Measure,
    Collection.SIGNATORIES: Signatory,
}
Item = (
    Participant | Goal | Expectation | DecisionArea | Task | Dependency | Resource | Measure
) | Signatory


class EditError(ValueError):
    """An edit does not fit the session (unknown item, value out of range …)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.source())
        self.message = message


@dataclass(frozen=True)
class ItemRef:
    collection: Collection
    id: str

    def field(self, name: str) -> Field[Any]:
        return Field(self, name)


Owner = Part | ItemRef


def owner_type(owner: Owner) -> type:
    return PART_TYPES[owner] if isinstance(owner, Part) else ITEM_TYPES[owner.collection]


@dataclass(frozen=True)
class Field(Generic[T]):
    """One field of a part or of one item, e.g. Field(Part.MUNICIPALITY, "name")."""

    owner: Owner
    name: str

    def __post_init__(self) -> None:
        names = {f.name for f in dataclasses.fields(owner_type(self.owner))}
        if self.owner == Part.HEADER:
            names = set(HEADER_FIELDS)
        if self.name not in names or self.name in ("id", "signatories"):
            raise ValueError(f"{self.owner!r} has no editable field {self.name!r}")

    @property
    def item(self) -> ItemRef | None:
        return self.owner if isinstance(self.owner, ItemRef) else None

    def path(self) -> str:
        """A readable location for messages, e.g. tasks[3f2a…].title."""
        if isinstance(self.owner, Part):
            return f"{self.owner.value}.{self.name}"
        return f"{self.owner.collection.value}[{self.owner.id[:8]}].{self.name}"

    def metadata(self) -> Any:
        fields = dataclasses.fields(owner_type(self.owner))
        return next(f.metadata for f in fields if f.name == self.name)

    def type(self) -> Any:
        return hints(owner_type(self.owner))[self.name]


def part_field(part: Part, name: str) -> Field[Any]:
    return Field(part, name)


def item_field(collection: Collection, item_id: str, name: str) -> Field[Any]:
    return Field(ItemRef(collection, item_id), name)


# -- what changed ------------------------------------------------------------------------


@dataclass
class ChangeSet:
    """What a list of edits changed: the rows to write and the fields views show.

    `items` holds the ids of items inserted, changed or removed; `reordered` the
    collections whose order changed (storage rewrites their positions).
    """

    parts: set[Part] = field(default_factory=set)
    items: dict[Collection, set[str]] = field(default_factory=dict)
    reordered: set[Collection] = field(default_factory=set)
    fields: set[Field[Any]] = field(default_factory=set)

    @classmethod
    def of(cls, *parts: Part, items: dict[Collection, set[str]] | None = None) -> ChangeSet:
        """Rows to write without an edit (a whole part, some items), e.g. for a migration."""
        return cls(parts=set(parts), items={k: set(v) for k, v in (items or {}).items()})

    def __bool__(self) -> bool:
        return bool(self.parts or self.items or self.reordered)

    def touches(self, *names: str) -> bool:
        """Whether any of these parts or collections (by name) changed."""
        return any(
            name in self.parts or name in self.items or name in self.reordered for name in names
        )

    def changed(self, what: Field[Any]) -> bool:
        """Whether this field may show something else now."""
        return what in self.fields or (
            what.item is not None and what.item.collection in self.reordered
        )

    def only(self, *parts: Part) -> bool:
        """True if nothing but these parts changed (e.g. progress and room only)."""
        return not self.items and not self.reordered and self.parts <= set(parts)

    def merge(self, other: ChangeSet) -> None:
        self.parts |= other.parts
        for collection, ids in other.items.items():
            self.items.setdefault(collection, set()).update(ids)
        self.reordered |= other.reordered
        self.fields |= other.fields

    def _field(self, what: Field[Any]) -> None:
        self.fields.add(what)
        if isinstance(what.owner, Part):
            self.parts.add(what.owner)
        else:
            self.items.setdefault(what.owner.collection, set()).add(what.owner.id)

    def _item(self, collection: Collection, item_id: str, reordered: bool) -> None:
        self.items.setdefault(collection, set()).add(item_id)
        if reordered:
            self.reordered.add(collection)


# -- finding things in a session -----------------------------------------------------------


def items_of(session: Session, collection: Collection) -> list[Any]:
    if collection == Collection.SIGNATORIES:
        return session.agreement.signatories
    items: list[Any] = getattr(session, collection.value)
    return items


def part_of(session: Session, part: Part) -> Any:
    return session if part == Part.HEADER else getattr(session, part.value)


def find_item(session: Session, ref: ItemRef) -> Any:
    for item in items_of(session, ref.collection):
        if item.id == ref.id:
            return item
    raise _gone(ref.id)


def _gone(item_id: str) -> EditError:
    return EditError(
        msg(
            C,
            QT_TRANSLATE_NOOP("Edits", "The item {id} is no longer in the session."),
            id=item_id[:8],
        )
    )


def index_of(session: Session, collection: Collection, item_id: str) -> int:
    for i, item in enumerate(items_of(session, collection)):
        if item.id == item_id:
            return i
    raise _gone(item_id)


def owner_of(session: Session, owner: Owner) -> Any:
    return part_of(session, owner) if isinstance(owner, Part) else find_item(session, owner)


def value_of(session: Session, what: Field[T]) -> T:
    value: T = getattr(owner_of(session, what.owner), what.name)
    return value


def _checked(what: Field[Any], tp: Any, meta: Any, value: Any) -> Any:
    """The value as the model types it (an enum for its text …), or EditError."""
    try:
        typed = decode(tp, encode(value), "$")
    except (DecodeError, TypeError):
        raise EditError(
            msg(
                C,
                QT_TRANSLATE_NOOP("Edits", "{value} is not a valid value for {field}."),
                value=repr(value)[:60],
                field=what.path(),
            )
        ) from None
    problems = check_value(typed, meta, what.path())
    if isinstance(typed, dict):  # a vote map: every value within the field's range
        for key, item in typed.items():
            problems += check_value(item, meta, f"{what.path()}[{key}]")
    elif isinstance(typed, list):  # items inside a list field carry their own limits
        for i, item in enumerate(typed):
            if dataclasses.is_dataclass(item):
                problems += check_fields(item, f"{what.path()}[{i}]")
    if problems:
        raise EditError(
            msg(
                C,
                QT_TRANSLATE_NOOP("Edits", "{field}: {problem}"),
                field=what.path(),
                problem=problems[0].message,
            )
        )
    return typed


# -- the edits -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SetField(Generic[T]):
    """Set one field of a part or an item."""

    field: Field[T]
    value: T

    def apply(self, session: Session, changes: ChangeSet) -> SetField[T]:
        owner = owner_of(session, self.field.owner)
        value = _checked(self.field, self.field.type(), self.field.metadata(), self.value)
        old = getattr(owner, self.field.name)
        setattr(owner, self.field.name, copy.deepcopy(value))
        changes._field(self.field)
        return SetField(self.field, old)


@dataclass(frozen=True)
class SetEntry(Generic[V]):
    """Set (or with None remove) one entry of a mapping field: a vote, a RACI role."""

    field: Field[dict[str, V]]
    key: str
    value: V | None

    def apply(self, session: Session, changes: ChangeSet) -> SetEntry[V]:
        current: dict[str, V] = value_of(session, self.field)
        mapping = dict(current)
        if not self.key or len(self.key) > 200:
            raise EditError(msg(C, QT_TRANSLATE_NOOP("Edits", "An entry needs a short key.")))
        old = mapping.get(self.key)
        if self.value is None:
            mapping.pop(self.key, None)
        else:
            _, value_type = self.field.type().__args__
            mapping[self.key] = _checked(self.field, value_type, self.field.metadata(), self.value)
        if not self.key or len(self.key) > 200:
            raise EditError(msg(C, QT_TRANSLATE_NOOP("Edits", "An entry needs a short key.")))
        SetField(self.field, mapping).apply(session, changes)
        return SetEntry(self.field, self.key, old)


@dataclass(frozen=True)
class Insert:
    """Insert an item into a collection at `index` (None: at the end)."""

    collection: Collection
    item: Item
    index: int | None = None

    def apply(self, session: Session, changes: ChangeSet) -> Remove:
        items = items_of(session, self.collection)
        if not isinstance(self.item, ITEM_TYPES[self.collection]):
            raise EditError(
                msg(
                    C,
                    QT_TRANSLATE_NOOP("Edits", "This item does not belong in {collection}."),
                    collection=self.collection.value,
                )
            )
        if any(x.id == self.item.id for x in items):
            raise EditError(
                msg(
                    C,
                    QT_TRANSLATE_NOOP("Edits", "The item {id} is in the session already."),
                    id=self.item.id[:8],
                )
            )
        problems = check_fields(self.item, f"$.{self.collection.value}[]")
        if problems:
            raise EditError(
                msg(
                    C,
                    QT_TRANSLATE_NOOP("Edits", "{field}: {problem}"),
                    field=problems[0].path,
                    problem=problems[0].message,
                )
            )
        index = len(items) if self.index is None else max(0, min(self.index, len(items)))
        items.insert(index, copy.deepcopy(self.item))
        changes._item(self.collection, self.item.id, reordered=index != len(items) - 1)
        return Remove(self.collection, self.item.id)


@dataclass(frozen=True)
class Remove:
    collection: Collection
    item_id: str

    def apply(self, session: Session, changes: ChangeSet) -> Insert:
        items = items_of(session, self.collection)
        index = index_of(session, self.collection, self.item_id)
        item = items.pop(index)
        # Positions may have gaps; the order of the rest stays as it was.
        changes._item(self.collection, self.item_id, reordered=False)
        return Insert(self.collection, item, index)


@dataclass(frozen=True)
class Move:
    collection: Collection
    item_id: str
    index: int

    def apply(self, session: Session, changes: ChangeSet) -> Move:
        items = items_of(session, self.collection)
        old = index_of(session, self.collection, self.item_id)
        index = max(0, min(self.index, len(items) - 1))
        items.insert(index, items.pop(old))
        changes.reordered.add(self.collection)  # only positions change, not the item
        return Move(self.collection, self.item_id, old)


Edit = SetField[Any] | SetEntry[Any] | Insert | Remove | Move


def apply_edits(session: Session, edits: Iterable[Edit]) -> tuple[list[Edit], ChangeSet]:
    """Apply edits in order; all or nothing.

    Returns the inverse edits (in the order that undoes them) and what changed. If one edit
    does not fit, the ones before it are undone and the EditError propagates.
    """
    changes = ChangeSet()
    inverse: list[Edit] = []
    try:
        for edit in edits:
            inverse.insert(0, edit.apply(session, changes))
    except EditError:
        scratch = ChangeSet()
        for undo in inverse:
            undo.apply(session, scratch)
        raise
    return inverse, changes


def compact(edits: Sequence[Edit]) -> list[Edit]:
    """Drop set-field edits that a later one on the same field overrides.

    Only for lists of plain SetFields (typing merged into one undo step); any other list
    is returned as it is, since an insert or remove between them changes their meaning.
    """
    if not all(isinstance(e, SetField) for e in edits):
        return list(edits)
    last = {e.field: i for i, e in enumerate(edits) if isinstance(e, SetField)}
    return [e for i, e in enumerate(edits) if isinstance(e, SetField) and last[e.field] == i]
