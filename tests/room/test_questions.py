"""A phone's vote as the session's edits: what is taken, what is refused, what stays hidden."""

from __future__ import annotations

import json

import pytest
from room_support import capped_area

from cdo_workshop.domain import operations
from cdo_workshop.domain.edits import apply_edits
from cdo_workshop.domain.fingerprint import fingerprint
from cdo_workshop.domain.model import Session, StakeholderGroup
from cdo_workshop.domain.validation import validate
from cdo_workshop.room.questions import (
    EXPECTATIONS,
    Question,
    Refusal,
    area_question,
    cast_edits,
    open_round_edits,
)


def cast(session: Session, pid: str, question: Question, value: object) -> None:
    apply_edits(session, cast_edits(session, pid, question, value))


def test_an_area_vote_is_hidden_by_the_round_and_counted(draft: Session) -> None:
    area = capped_area(draft)
    voter = draft.participants[0]
    apply_edits(draft, open_round_edits(draft, [area_question(area)]))
    assert draft.votes_hidden(area)
    others = [a for a in draft.decision_areas if a is not area]
    assert not any(draft.votes_hidden(a) for a in others)  # the rest of the board stays
    cast(draft, voter.id, area_question(area), 1)
    cast(draft, voter.id, area_question(area), area.max_level)  # a changed vote replaces it
    assert area.votes[voter.id] == area.max_level
    assert draft.visible_votes(area) == {}


def test_above_the_legal_ceiling_unknown_areas_and_bad_values_are_refused(
    draft: Session,
) -> None:
    area = capped_area(draft)
    voter = draft.participants[0]
    apply_edits(draft, open_round_edits(draft, [area_question(area)]))
    with pytest.raises(Refusal) as refused:
        cast(draft, voter.id, area_question(area), area.max_level + 1)
    assert refused.value.key == "above_limit"
    assert refused.value.args_ == {"level": area.max_level + 1, "ceiling": area.max_level}
    for value, key in (
        (0, "not_a_level"),
        (8, "not_a_level"),
        ("3", "not_a_level"),
        (True, "not_a_level"),
    ):
        with pytest.raises(Refusal) as refused:
            cast(draft, voter.id, area_question(area), value)
        assert refused.value.key == key
    with pytest.raises(Refusal) as refused:
        cast(draft, voter.id, Question("area", "no-such-area"), 1)
    assert refused.value.key == "unknown_area"
    with pytest.raises(Refusal) as refused:
        cast(draft, "someone-else", area_question(area), 1)
    assert refused.value.key == "unknown_participant"


def test_a_revealed_area_closes_its_round(draft: Session) -> None:
    area = capped_area(draft)
    apply_edits(draft, open_round_edits(draft, [area_question(area)]))
    apply_edits(draft, operations.reveal(draft, [area.id]))
    with pytest.raises(Refusal) as refused:
        cast(draft, draft.participants[0].id, area_question(area), 1)
    assert refused.value.key == "revealed"


def test_a_final_agreement_takes_no_votes(sample: Session) -> None:
    area = capped_area(sample)
    with pytest.raises(Refusal) as refused:
        cast(sample, sample.participants[0].id, area_question(area), 1)
    assert refused.value.key == "agreement_final"


def test_positions_stay_hidden_until_revealed_then_give_the_median(draft: Session) -> None:
    council = [p for p in draft.participants if p.group == StakeholderGroup.COUNCIL]
    assert len(council) >= 2
    expectation = next(e for e in draft.expectations if e.group == StakeholderGroup.COUNCIL)
    before = expectation.position
    apply_edits(draft, open_round_edits(draft, [EXPECTATIONS]))
    for person, value in zip(council, (20, 90, 30), strict=False):
        cast(draft, person.id, EXPECTATIONS, value)
    assert draft.positions_hidden(expectation)
    assert expectation.position == before  # the board and the analysis see nothing yet
    apply_edits(draft, operations.reveal_expectations(draft, [expectation.id]))
    expected = {2: 55, 3: 30}[min(len(council), 3)]
    assert expectation.position == expected
    assert not draft.positions_hidden(expectation)
    with pytest.raises(Refusal) as refused:
        cast(draft, council[0].id, EXPECTATIONS, 50)
    assert refused.value.key == "revealed"


def test_a_group_without_a_card_gets_one_with_its_first_position(draft: Session) -> None:
    person = draft.participants[0]
    draft.expectations = [e for e in draft.expectations if e.group != person.group]
    apply_edits(draft, open_round_edits(draft, [EXPECTATIONS]))
    cast(draft, person.id, EXPECTATIONS, 70)
    created = next(e for e in draft.expectations if e.group == person.group)
    assert created.votes == {person.id: 70}
    assert draft.positions_hidden(created)
    with pytest.raises(Refusal):
        cast(draft, person.id, EXPECTATIONS, 101)


def test_positions_leave_the_fingerprint_and_the_pdf_copy_alone(draft: Session) -> None:
    from cdo_workshop.export.agreement import embedded_session

    before = fingerprint(draft)
    apply_edits(draft, open_round_edits(draft, [EXPECTATIONS]))
    cast(draft, draft.participants[0].id, EXPECTATIONS, 80)
    assert fingerprint(draft) == before
    copy = json.loads(embedded_session(draft, named_votes=True))
    assert all(not e.get("votes") for e in copy["session"]["expectations"])  # still hidden


def test_a_position_of_someone_not_in_the_session_is_invalid(draft: Session) -> None:
    draft.expectations[0].votes = {"stranger": 50}
    problems = validate(draft)
    assert any("expectations[0].votes" in p.path for p in problems)


def test_the_facilitator_is_counted_only_with_a_vote(draft: Session) -> None:
    """'N of how many': the named participants but the facilitator, plus anyone who voted."""
    from cdo_workshop.domain.model import StakeholderGroup
    from cdo_workshop.domain.operations import may_vote, voter_count

    facilitator = next(p for p in draft.participants if p.group == StakeholderGroup.FACILITATOR)
    named = [p for p in draft.participants if p.name.strip()]
    assert not may_vote(facilitator)
    assert voter_count(draft) == len(named) - 1
    assert voter_count(draft, [facilitator.id, named[0].id]) == len(named)
