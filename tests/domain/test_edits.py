"""Typed edits: each applies, checks its value, reports what it changed and undoes itself."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from cdo_workshop.domain import lifecycle, operations
from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.domain.edits import (
    ChangeSet,
    Collection,
    EditError,
    Field,
    Insert,
    ItemRef,
    Move,
    Part,
    Remove,
    SetEntry,
    SetField,
    apply_edits,
    compact,
    item_field,
)
from cdo_workshop.domain.model import (
    Goal,
    Participant,
    Priority,
    RaciRole,
    Session,
    StakeholderGroup,
)
from cdo_workshop.domain.templates import apply_template, hide_task


def undone(session: Session, edits: list) -> Session:
    """Apply edits, then their inverse; returns the session as it is then."""
    inverse, _ = apply_edits(session, edits)
    apply_edits(session, inverse)
    return session


def test_set_field_applies_and_its_inverse_restores(sample: Session) -> None:
    before = copy.deepcopy(sample)
    name = Field(Part.MUNICIPALITY, "name")
    inverse, changes = apply_edits(sample, [SetField(name, "Neustadt")])
    assert sample.municipality.name == "Neustadt"
    assert changes.parts == {Part.MUNICIPALITY} and changes.changed(name)
    assert not changes.items and not changes.reordered
    apply_edits(sample, inverse)
    assert sample == before


def test_values_are_typed_by_the_model(sample: Session) -> None:
    """A combo box hands back "mayor"; the session keeps the enum."""
    person = sample.participants[0]
    apply_edits(sample, [SetField(item_field(Collection.PARTICIPANTS, person.id, "group"), "it")])
    assert person.group is StakeholderGroup.IT


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (Field(Part.MUNICIPALITY, "population"), -5),
        (Field(Part.MUNICIPALITY, "population"), "viele"),
        (Field(Part.HEADER, "title"), "x" * 201),
        (Field(Part.HEADER, "workshop_date"), "30.09.2027"),
        (Field(Part.PLACEMENT, "cdo_time_share"), 101),
        (Field(Part.ROOM, "step_seconds"), {"framing": -1}),
    ],
)
def test_absurd_values_are_refused_and_nothing_changes(sample: Session, field, value) -> None:
    before = copy.deepcopy(sample)
    with pytest.raises(EditError) as info:
        apply_edits(sample, [SetField(field, value)])
    assert field.path() in info.value.message.render()
    assert sample == before


def test_unknown_fields_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        Field(Part.MUNICIPALITY, "mayor")
    with pytest.raises(ValueError):
        Field(Part.HEADER, "participants")  # a collection, not a header field
    with pytest.raises(ValueError):
        Field(ItemRef(Collection.GOALS, "g"), "id")  # ids never change


def test_a_list_is_all_or_nothing(sample: Session) -> None:
    before = copy.deepcopy(sample)
    with pytest.raises(EditError):
        apply_edits(
            sample,
            [
                SetField(Field(Part.MUNICIPALITY, "name"), "Halb"),
                Insert(Collection.GOALS, Goal(text="neu")),
                Remove(Collection.GOALS, "no-such-goal"),
            ],
        )
    assert sample == before


def test_insert_remove_move_and_their_inverses(sample: Session) -> None:
    before = copy.deepcopy(sample)
    new = Goal(text="Offene Daten", priority=Priority.HIGH)
    inverse, changes = apply_edits(sample, [Insert(Collection.GOALS, new, 1)])
    assert sample.goals[1] == new and sample.goals[1] is not new  # a copy goes in
    assert changes.items == {Collection.GOALS: {new.id}} and Collection.GOALS in changes.reordered
    apply_edits(sample, inverse)
    assert sample == before

    last = sample.goals[-1]
    _, appended = apply_edits(sample, [Insert(Collection.GOALS, Goal(text="ans Ende"))])
    assert not appended.reordered  # appended: no other position moves
    first = sample.goals[0]
    assert undone(sample, [Move(Collection.GOALS, first.id, 2)]).goals[0] == first
    inverse, changes = apply_edits(sample, [Remove(Collection.GOALS, last.id)])
    assert last not in sample.goals and changes.items == {Collection.GOALS: {last.id}}
    apply_edits(sample, inverse)
    assert sample.goals[-2] == last


def test_insert_refuses_a_duplicate_id_and_a_wrong_type(sample: Session) -> None:
    with pytest.raises(EditError):
        apply_edits(sample, [Insert(Collection.GOALS, copy.deepcopy(sample.goals[0]))])
    with pytest.raises(EditError):
        apply_edits(sample, [Insert(Collection.GOALS, Participant(name="falsch"))])  # type: ignore[arg-type]


def test_set_entry_changes_one_vote_only(sample: Session) -> None:
    area = sample.decision_areas[0]
    voters = dict(area.votes)
    someone = sample.participants[-1].id
    votes = Field(ItemRef(Collection.DECISION_AREAS, area.id), "votes")
    inverse, _ = apply_edits(sample, [SetEntry(votes, someone, 6)])
    assert area.votes == {**voters, someone: 6}
    apply_edits(sample, inverse)
    assert area.votes == voters
    with pytest.raises(EditError):
        apply_edits(sample, [SetEntry(votes, someone, 8)])  # levels are 1..7


def test_signatories_are_a_collection_inside_the_agreement(sample: Session) -> None:
    signatory = sample.agreement.signatories[0]
    place = item_field(Collection.SIGNATORIES, signatory.id, "place")
    _, changes = apply_edits(sample, [SetField(place, "Bonn")])
    assert signatory.place == "Bonn"
    assert changes.items == {Collection.SIGNATORIES: {signatory.id}} and not changes.parts


def test_compact_keeps_the_last_value_of_each_field() -> None:
    title = Field(Part.HEADER, "title")
    place = Field(Part.HEADER, "place")
    typed = [
        SetField(title, "W"),
        SetField(title, "Wo"),
        SetField(place, "B"),
        SetField(title, "Wor"),
    ]
    assert compact(typed) == [SetField(place, "B"), SetField(title, "Wor")]
    mixed = [SetField(title, "a"), Remove(Collection.GOALS, "g"), SetField(title, "b")]
    assert compact(mixed) == mixed  # an insert or remove in between: left as it is


def test_change_sets_merge_and_say_what_they_touch() -> None:
    a = ChangeSet.of(Part.HEADER)
    a.merge(ChangeSet.of(items={Collection.TASKS: {"t1"}}))
    assert a.touches("header", "tasks") and not a.touches("goals")
    assert ChangeSet.of(Part.ROOM).only(Part.ROOM, Part.PROGRESS)
    assert not a.only(Part.ROOM)


# -- the domain's operations are lists of edits --------------------------------------------


def test_hide_task_drops_it_from_expectations_and_undoes_in_one_list(sample: Session) -> None:
    before = copy.deepcopy(sample)
    task = next(
        t
        for t in sample.tasks
        if any(t.key == x.task_key for e in sample.expectations for x in e.tasks)
    )
    inverse, changes = apply_edits(sample, hide_task(sample, task.id))
    assert task.id not in {t.id for t in sample.tasks}
    assert all(x.task_key != task.key for e in sample.expectations for x in e.tasks)
    assert changes.touches("tasks", "expectations")
    apply_edits(sample, inverse)
    assert sample == before


def test_a_template_twice_adds_nothing_the_second_time() -> None:
    catalog = shipped_catalog()
    session = Session()
    apply_edits(session, apply_template(session, catalog.templates["kleinstadt"], catalog, "de"))
    again = apply_template(session, catalog.templates["kleinstadt"], catalog, "de")
    assert [type(e).__name__ for e in again] == ["SetField"]  # only the template's name


def test_agreeing_above_the_legal_ceiling_is_refused(sample: Session) -> None:
    reserved = next(a for a in sample.decision_areas if a.max_level < 7)
    with pytest.raises(EditError):
        operations.agree(reserved, reserved.max_level + 1)
    level = reserved.max_level - 1 if reserved.agreed_level == reserved.max_level else 3
    apply_edits(sample, operations.agree(reserved, level))
    assert reserved.agreed_level == level
    apply_edits(sample, operations.agree(reserved, level))  # again: taken back
    assert reserved.agreed_level is None


def test_poker_hides_every_area_until_each_is_revealed(sample: Session) -> None:
    first, second = sample.decision_areas[:2]
    apply_edits(sample, operations.set_poker(True))
    assert operations.votes_hidden(sample, first) and operations.votes_hidden(sample, second)
    apply_edits(sample, operations.reveal(sample, [first.id]))
    assert not operations.votes_hidden(sample, first)
    assert operations.votes_hidden(sample, second)  # poker stays on for the others
    apply_edits(sample, operations.set_poker(True))  # a new round hides all again
    assert operations.votes_hidden(sample, first)


def test_raci_role_set_and_cleared(sample: Session) -> None:
    task = sample.tasks[0]
    apply_edits(sample, operations.set_role(task, StakeholderGroup.IT, RaciRole.INFORMED))
    assert task.raci["it"] is RaciRole.INFORMED
    apply_edits(sample, operations.set_role(task, StakeholderGroup.IT, None))
    assert "it" not in task.raci


def test_signing_sets_strokes_and_time_together(sample: Session) -> None:
    from datetime import UTC, datetime

    signatory = sample.agreement.signatories[0]
    at = datetime(2026, 12, 1, 10, tzinfo=UTC)
    apply_edits(sample, lifecycle.sign(sample, signatory, [[(0.1, 0.2), (0.3, 0.4)]], at))
    assert signatory.signed_at == at and signatory.strokes == [[(0.1, 0.2), (0.3, 0.4)]]
    apply_edits(sample, lifecycle.sign(sample, signatory, [], at))
    assert signatory.signed_at is None and signatory.strokes == []


def test_recommendation_decisions_are_measures(sample: Session) -> None:
    count = len(sample.measures)
    apply_edits(sample, operations.accept_recommendation("R1", "Tun", "Anna", date(2027, 1, 1)))
    apply_edits(sample, operations.reject_recommendation("R2", "Lassen"))
    accepted, rejected = sample.measures[count:]
    assert (accepted.source_rule, accepted.owner) == ("R1", "Anna")
    assert rejected.status.value == "dropped"
    apply_edits(sample, operations.reconsider(accepted))
    assert accepted.id not in {m.id for m in sample.measures}


def test_votes_hidden_by_poker_stay_out_of_the_analysis(sample: Session) -> None:
    from cdo_workshop.domain.analysis import analyse
    from cdo_workshop.domain.analysis.checks import vote_spreads

    catalog = shipped_catalog()
    open_area = next(a for a in sample.decision_areas if a.agreed_level is None and a.votes)
    shown = analyse(sample, catalog)
    assert any(s.area.id == open_area.id for s in vote_spreads(sample))
    apply_edits(sample, operations.set_poker(True))
    hidden = analyse(sample, catalog)
    assert vote_spreads(sample) == []  # no low, high or median of votes nobody has seen
    assert not any("spread" in r.id for r in hidden.recommendations)
    assert hidden.mandate.value != shown.mandate.value or open_area.weight == 0
    apply_edits(sample, operations.reveal(sample, [open_area.id]))
    assert [s.area.id for s in vote_spreads(sample)] == [open_area.id]
