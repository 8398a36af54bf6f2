"""What the phones may see of the session: names, the open questions, who has voted.

Built from the session on the thread that owns it (`build_view`) and handed to the server
whole, so the server thread never reads the session itself. Never any vote's value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.legal import group_text
from cdo_workshop.domain.model import Session, SigningState
from cdo_workshop.domain.operations import may_vote
from cdo_workshop.room.questions import AREA, Question, is_open, voters


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    group: str  # StakeholderGroup value
    group_label: str


@dataclass(frozen=True)
class Level:
    level: int
    name: str
    meaning: str


@dataclass(frozen=True)
class QuestionView:
    question: Question
    title: str  # the area's title ("" for expectations: each phone says its group's)
    max_level: int  # the area's legal ceiling (7 for expectations)
    max_level_name: str
    open_for: frozenset[str]  # groups (expectations) or "*" (an area) still open
    voted: frozenset[str]  # participant ids with a vote


@dataclass(frozen=True)
class RoomView:
    language: str
    municipality: str
    people: tuple[Person, ...]
    levels: tuple[Level, ...]
    questions: tuple[QuestionView, ...]
    accepting: bool  # False once the agreement is final

    def person(self, participant_id: str) -> Person | None:
        return next((p for p in self.people if p.id == participant_id), None)

    def question(self, wire: object) -> QuestionView | None:
        return next((q for q in self.questions if q.question.wire == wire), None)


EMPTY = RoomView("de", "", (), (), (), False)


def build_view(
    session: Session, catalog: Catalog, questions: Sequence[Question], language: str
) -> RoomView:
    people = tuple(
        Person(
            p.id,
            p.name.strip(),
            p.group.value,
            group_text(catalog, session, p.group.value).get(language),
        )
        for p in session.participants
        if may_vote(p)
    )
    levels = tuple(
        Level(lv, catalog.levels[lv].name.get(language), catalog.levels[lv].meaning.get(language))
        for lv in sorted(catalog.levels)
    )
    shown = []
    groups = {p.group for p in people}
    for q in questions:
        if q.kind == AREA:
            area = next((a for a in session.decision_areas if a.id == q.area_id), None)
            if area is None:
                continue
            title = catalog.title_of(area).get(language)
            ceiling = area.max_level
            open_for = frozenset({"*"}) if is_open(session, q) else frozenset()
        else:
            title, ceiling = "", 7
            open_for = frozenset(g for g in groups if is_open(session, q, g))
        shown.append(
            QuestionView(
                q,
                title,
                ceiling,
                catalog.levels[ceiling].name.get(language),
                open_for,
                frozenset(voters(session, q)),
            )
        )
    return RoomView(
        language,
        session.municipality.name,
        people,
        levels,
        tuple(shown),
        session.agreement.state == SigningState.DRAFT,
    )
