"""What a phone may vote on, and how its vote becomes the session's edits.

Every front end applies a phone's vote with `cast_edits` on the thread that owns the
session, so the server's quick checks (room.view) can never let through what the session
refuses: an unknown area, a level above the area's legal ceiling, a position off the
scale, a question already revealed (its round is closed), a final agreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from cdo_workshop.domain import operations
from cdo_workshop.domain.edits import Collection, Edit, Insert
from cdo_workshop.domain.model import DecisionArea, Expectation, Session, SigningState

AREA: Literal["area"] = "area"
EXPECTATION: Literal["expectation"] = "expectation"
EXPECTATIONS_WIRE = "expectation"


class Refusal(Exception):
    """A vote or request the room does not take; `key` names its text in room.texts."""

    def __init__(self, key: str, status: int = 422, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.status = status
        self.args_ = args


@dataclass(frozen=True)
class Question:
    """A decision area (by id), or every participant's own group's expectation."""

    kind: Literal["area", "expectation"]
    area_id: str = ""

    @property
    def wire(self) -> str:
        """How the phone page names it."""
        return f"area:{self.area_id}" if self.kind == AREA else EXPECTATIONS_WIRE

    @classmethod
    def from_wire(cls, text: object, open_questions: Sequence[Question]) -> Question:
        for question in open_questions:
            if question.wire == text:
                return question
        raise Refusal("unknown_question", 404)


def area_question(area: DecisionArea) -> Question:
    return Question(AREA, area.id)


EXPECTATIONS = Question(EXPECTATION)


def open_round_edits(session: Session, questions: Sequence[Question]) -> list[Edit]:
    """Hide what the round asks about until the facilitator reveals it (also after a
    crash: the hidden state is saved with the session)."""
    area_ids = [q.area_id for q in questions if q.kind == AREA]
    edits: list[Edit] = []
    if area_ids:
        edits += operations.hide_areas(session, area_ids)
    if any(q.kind == EXPECTATION for q in questions):
        edits += operations.hide_expectations(session, [e.id for e in session.expectations])
    return edits


def find_area(session: Session, area_id: str) -> DecisionArea:
    area = next((a for a in session.decision_areas if a.id == area_id), None)
    if area is None:
        raise Refusal("unknown_area", 404)
    return area


def is_open(session: Session, question: Question, group: str = "") -> bool:
    """Not revealed yet: phones may still vote and change their vote."""
    if question.kind == AREA:
        area = next((a for a in session.decision_areas if a.id == question.area_id), None)
        return area is not None and session.votes_hidden(area)
    expectation = group_expectation(session, group)
    return expectation is None or session.positions_hidden(expectation)


def group_expectation(session: Session, group: str) -> Expectation | None:
    return next((e for e in session.expectations if e.group == group), None)


def cast_edits(
    session: Session, participant_id: str, question: Question, value: object
) -> list[Edit]:
    """The edits of one phone vote, or Refusal."""
    if session.agreement.state != SigningState.DRAFT:
        raise Refusal("agreement_final", 409)
    participant = next((p for p in session.participants if p.id == participant_id), None)
    if participant is None or not operations.may_vote(participant):
        raise Refusal("unknown_participant", 404)
    if not isinstance(value, int) or isinstance(value, bool):
        raise Refusal("not_a_level" if question.kind == AREA else "not_a_position")
    if question.kind == AREA:
        area = find_area(session, question.area_id)
        if not 1 <= value <= 7:
            raise Refusal("not_a_level")
        if value > area.max_level:
            raise Refusal("above_limit", level=value, ceiling=area.max_level)
        if not session.votes_hidden(area):
            raise Refusal("revealed", 409)
        return operations.vote(area, participant_id, value)
    if not 0 <= value <= 100:
        raise Refusal("not_a_position")
    expectation = group_expectation(session, participant.group.value)
    if expectation is None:  # the group's card in step 3 appears with the first vote
        expectation = Expectation(group=participant.group)
        return [
            Insert(Collection.EXPECTATIONS, expectation),
            *operations.position_vote(expectation, participant_id, value),
            *operations.hide_expectations(session, [expectation.id]),
        ]
    if not session.positions_hidden(expectation):
        raise Refusal("revealed", 409)
    return operations.position_vote(expectation, participant_id, value)


def voters(session: Session, question: Question) -> list[str]:
    """Ids of the participants who have a vote on the question (never their values)."""
    if question.kind == AREA:
        area = next((a for a in session.decision_areas if a.id == question.area_id), None)
        return list(area.votes) if area else []
    return [pid for e in session.expectations for pid in e.votes]
