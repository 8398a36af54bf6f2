"""The workshop's edit operations: what a click or key in a step means, as lists of edits.

Each function reads the session and returns the edits that carry the operation out; it
changes nothing itself. The UI applies the list through the controller as one undo step,
the phone votes of a later version will apply the same lists. Adapting the catalog
(tasks, areas, templates) is in `templates`.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.edits import (
    Collection,
    Edit,
    EditError,
    Field,
    Insert,
    ItemRef,
    Part,
    Remove,
    SetEntry,
    SetField,
)
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.domain.model import (
    DecisionArea,
    Expectation,
    ExpectedTask,
    Measure,
    MeasureStatus,
    Participant,
    Priority,
    RaciRole,
    Session,
    Signatory,
    StakeholderGroup,
    Task,
)
from cdo_workshop.domain.reservation import follow_placement

C = "Edits"
# Who signs by default: the mayor, the role and the council's representatives.
SIGNING_GROUPS = (StakeholderGroup.MAYOR, StakeholderGroup.CDO, StakeholderGroup.COUNCIL)


def _of(collection: Collection, item_id: str, name: str) -> Field[object]:
    return Field(ItemRef(collection, item_id), name)


# -- any field -------------------------------------------------------------------------------


PLACEMENT: Field[str] = Field(Part.PLACEMENT, "placement")


def set_value(session: Session, catalog: Catalog, what: Field[Any], value: Any) -> list[Edit]:
    """Set one field, with what follows from it in law: a new placement brings the areas'
    lawful ceilings along and takes back agreed levels above them (domain.reservation)."""
    edits: list[Edit] = [SetField(what, value)]
    if what == PLACEMENT:
        edits += follow_placement(session, catalog, value)
    return edits


# -- step 5: votes, agreement, delegation poker --------------------------------------------


def vote(area: DecisionArea, participant_id: str, level: int) -> list[Edit]:
    """A participant's vote (levels above the legal ceiling may be voted, not agreed)."""
    return [
        SetEntry(Field(ItemRef(Collection.DECISION_AREAS, area.id), "votes"), participant_id, level)
    ]


def clear_vote(area: DecisionArea, participant_id: str) -> list[Edit]:
    return [
        SetEntry(Field(ItemRef(Collection.DECISION_AREAS, area.id), "votes"), participant_id, None)
    ]


def agree(area: DecisionArea, level: int) -> list[Edit]:
    """Agree on a level; agreeing on the agreed level again takes the agreement back.

    Refused above the area's legal ceiling: the law does not let the room delegate it.
    """
    if level > area.max_level:
        raise EditError(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Edits", "Level {level} lies above the legal ceiling (level {ceiling})."
                ),
                level=level,
                ceiling=area.max_level,
            )
        )
    agreed = None if area.agreed_level == level else level
    return [SetField(_of(Collection.DECISION_AREAS, area.id, "agreed_level"), agreed)]


def set_poker(on: bool) -> list[Edit]:
    """Poker on hides every area's votes again until it is revealed; off shows them all."""
    return [
        SetField(Field(Part.ROOM, "poker"), on),
        SetField(Field(Part.ROOM, "revealed_areas"), []),
    ]


def reveal(session: Session, area_ids: Sequence[str]) -> list[Edit]:
    """Reveal the votes of these areas; poker stays on for the others."""
    revealed = list(session.room.revealed_areas)
    revealed += [a for a in area_ids if a not in revealed]
    return [SetField(Field(Part.ROOM, "revealed_areas"), revealed)]


def votes_hidden(session: Session, area: DecisionArea) -> bool:
    return session.votes_hidden(area)


def may_vote(participant: Participant) -> bool:
    """Named participants vote; the facilitator does not (a witness, as on the agreement)."""
    return bool(participant.name.strip()) and participant.group != StakeholderGroup.FACILITATOR


def voter_count(session: Session, voted: Iterable[str] = ()) -> int:
    """ "N of how many have voted": those who may vote, and anyone else who did (a vote
    typed in for the facilitator counts, so it never says 11 of 10)."""
    return len({p.id for p in session.participants if may_vote(p)} | set(voted))


def hide_areas(session: Session, area_ids: Sequence[str]) -> list[Edit]:
    """Hide these areas' votes for a new round (phone voting); the others stay as they are.

    With poker off, poker goes on with every other area revealed, so nothing that was
    visible disappears from the board; with poker on, these areas are no longer revealed.
    """
    if not session.room.poker:
        others = [a.id for a in session.decision_areas if a.id not in area_ids]
        return [
            SetField(Field(Part.ROOM, "poker"), True),
            SetField(Field(Part.ROOM, "revealed_areas"), others),
        ]
    revealed = [a for a in session.room.revealed_areas if a not in area_ids]
    if revealed == session.room.revealed_areas:
        return []
    return [SetField(Field(Part.ROOM, "revealed_areas"), revealed)]


# -- step 3: positions from the phones ---------------------------------------------------


def position_vote(expectation: Expectation, participant_id: str, position: int) -> list[Edit]:
    """A participant's position (0..100) for their group's expectation, hidden until revealed
    if the expectation is in `room.hidden_expectations` (a phone round opens it so)."""
    votes: Field[dict[str, int]] = Field(ItemRef(Collection.EXPECTATIONS, expectation.id), "votes")
    return [SetEntry(votes, participant_id, position)]


def hide_expectations(session: Session, expectation_ids: Sequence[str]) -> list[Edit]:
    """Keep the phone positions of these expectations hidden until they are revealed."""
    hidden = list(session.room.hidden_expectations)
    hidden += [e for e in expectation_ids if e not in hidden]
    if hidden == session.room.hidden_expectations:
        return []
    return [SetField(Field(Part.ROOM, "hidden_expectations"), hidden)]


def revealed_position(expectation: Expectation) -> int | None:
    """The group's position from its members' phone positions: their median, rounded
    (None without any). The median, because one outlier at 0 or 100 should not pull the
    group's position as far as a mean would."""
    if not expectation.votes:
        return None
    return round(statistics.median(expectation.votes.values()))


def reveal_expectations(session: Session, expectation_ids: Sequence[str]) -> list[Edit]:
    """Show the phone positions of these expectations and take the group's position from
    them (an undoable edit: the position is content; undo hides them again)."""
    edits: list[Edit] = []
    for e in session.expectations:
        if e.id in expectation_ids and session.positions_hidden(e):
            position = revealed_position(e)
            if position is not None and position != e.position:
                edits.append(SetField(_of(Collection.EXPECTATIONS, e.id, "position"), position))
    hidden = [e for e in session.room.hidden_expectations if e not in expectation_ids]
    if hidden != session.room.hidden_expectations:
        edits.append(SetField(Field(Part.ROOM, "hidden_expectations"), hidden))
    return edits


# -- step 6: RACI ----------------------------------------------------------------------------


def set_role(task: Task, group: StakeholderGroup, role: RaciRole | None) -> list[Edit]:
    return [SetEntry(Field(ItemRef(Collection.TASKS, task.id), "raci"), group.value, role)]


def rename_task(task: Task, title: str) -> list[Edit]:
    """As typed (saved keystroke by keystroke, so a trailing space starts the next word)."""
    if not title.strip():
        raise EditError(msg(C, QT_TRANSLATE_NOOP("Edits", "A task needs a title.")))
    return [SetField(_of(Collection.TASKS, task.id, "title"), title)]


# -- step 3: expectations ----------------------------------------------------------------


def add_expectation(session: Session, group: StakeholderGroup) -> list[Edit]:
    if any(e.group == group for e in session.expectations):
        raise EditError(
            msg(C, QT_TRANSLATE_NOOP("Edits", "This group has said what it expects already."))
        )
    return [Insert(Collection.EXPECTATIONS, Expectation(group=group))]


def expect_task(expectation: Expectation, task_key: str, expected: bool) -> list[Edit]:
    """Tick (medium priority) or untick a task the group expects."""
    tasks = [ExpectedTask(t.task_key, t.priority) for t in expectation.tasks]
    have = any(t.task_key == task_key for t in tasks)
    if expected and not have:
        tasks.append(ExpectedTask(task_key, Priority.MEDIUM))
    elif not expected and have:
        tasks = [t for t in tasks if t.task_key != task_key]
    else:
        return []
    return [SetField(_of(Collection.EXPECTATIONS, expectation.id, "tasks"), tasks)]


def set_expected_priority(
    expectation: Expectation, task_key: str, priority: Priority
) -> list[Edit]:
    tasks = [
        ExpectedTask(t.task_key, priority if t.task_key == task_key else t.priority)
        for t in expectation.tasks
    ]
    if tasks == expectation.tasks:
        return []
    return [SetField(_of(Collection.EXPECTATIONS, expectation.id, "tasks"), tasks)]


# -- step 9: recommendations become measures --------------------------------------------------


def accept_recommendation(rule: str, what: str, owner: str, due: date | None) -> list[Edit]:
    return [Insert(Collection.MEASURES, Measure(what=what, owner=owner, due=due, source_rule=rule))]


def reject_recommendation(rule: str, what: str) -> list[Edit]:
    """Kept as a dropped measure, so the room's decision is on record."""
    measure = Measure(what=what, status=MeasureStatus.DROPPED, source_rule=rule)
    return [Insert(Collection.MEASURES, measure)]


def reconsider(measure: Measure) -> list[Edit]:
    return [Remove(Collection.MEASURES, measure.id)]


# -- step 9: who signs --------------------------------------------------------------------


def signing_place(session: Session) -> str:
    return session.municipality.name or session.place


def add_signatory(session: Session, index: int | None = None) -> tuple[Signatory, list[Edit]]:
    signatory = Signatory(place=signing_place(session))
    return signatory, [Insert(Collection.SIGNATORIES, signatory, index)]


def signatory_candidates(session: Session) -> list[Signatory]:
    """Participants of the signing groups who are not signatories yet (by name)."""
    have = {s.name.strip().casefold() for s in session.agreement.signatories}
    out = []
    for group in SIGNING_GROUPS:
        for p in session.participants:
            name = p.name.strip()
            if p.group == group and name and name.casefold() not in have:
                out.append(
                    Signatory(
                        name=p.name,
                        function=p.function,
                        group=p.group,
                        place=signing_place(session),
                    )
                )
                have.add(name.casefold())
    return out


def take_over_participants(session: Session) -> list[Edit]:
    return [Insert(Collection.SIGNATORIES, s) for s in signatory_candidates(session)]
