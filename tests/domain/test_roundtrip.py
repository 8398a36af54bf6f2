"""Property: any valid session survives the session file unchanged (dumps → loads)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cdo_workshop.domain.model import (
    LAENDER,
    LONG_TEXT,
    SHORT_TEXT,
    Agreement,
    DecisionArea,
    Dependency,
    Expectation,
    ExpectedTask,
    Goal,
    Horizon,
    Measure,
    MeasureStatus,
    Municipality,
    MunicipalityKind,
    Participant,
    Period,
    Placement,
    Priority,
    Progress,
    RaciRole,
    Resource,
    ResourceKind,
    ResourceStatus,
    Session,
    Signatory,
    SigningState,
    StakeholderGroup,
    Task,
)
from cdo_workshop.domain.session_file import dumps, loads
from cdo_workshop.domain.steps import STEP_KEYS
from cdo_workshop.domain.validation import validate

# Letters a German municipality's documents really contain, plus any other printable text.
SPECIAL = 'äöüÄÖÜß€„“‚‘–—…ąćęłńóśźżĄĆĘŁŃÓŚŹŻçğıİöşüÇĞŞ"\\/\t\n{}[]$.'
chars = st.one_of(
    st.sampled_from(SPECIAL),
    st.characters(blacklist_categories=("Cs",)),  # no lone surrogates: not encodable in UTF-8
)


def texts(max_size: int = 30, min_size: int = 0) -> st.SearchStrategy[str]:
    return st.text(chars, min_size=min_size, max_size=max_size)


def limited(limit: int) -> st.SearchStrategy[str]:
    """Short text usually, sometimes exactly at the field's limit."""
    return st.one_of(texts(), st.just("ß" * limit), st.just("€" * (limit - 1) + "x"))


names = texts(min_size=1).filter(lambda s: s.strip() != "")
ids = st.uuids().map(str)
groups = st.sampled_from(StakeholderGroup)
# Whole seconds or microseconds, in UTC or another offset: all must come back identical.
offsets = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-9.5))])
datetimes = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=offsets
)
dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 30))
unit = st.floats(min_value=0, max_value=1, allow_nan=False)
point = st.tuples(unit, unit)


def bounded_floats(lo: float, hi: float) -> st.SearchStrategy[float]:
    return st.floats(min_value=lo, max_value=hi, allow_nan=False, allow_infinity=False)


municipalities = st.builds(
    Municipality,
    name=limited(SHORT_TEXT),
    kind=st.sampled_from(MunicipalityKind),
    population=st.none() | st.integers(0, 20_000_000),
    state=st.sampled_from(("", *LAENDER)),
)
goals = st.builds(
    Goal,
    text=limited(LONG_TEXT),
    priority=st.sampled_from(Priority),
    horizon=st.sampled_from(Horizon),
)
placements = st.builds(
    Placement,
    placement=texts(),
    reporting_line=texts(),
    pay_grade=texts(5),
    role_fte=st.none() | bounded_floats(0, 50),
    cdo_time_share=st.none() | st.integers(0, 100),
    notes=texts(200),
)
tasks_raci = st.dictionaries(groups.map(lambda g: g.value), st.sampled_from(RaciRole), max_size=5)
dependencies = st.builds(
    Dependency,
    unit=texts(),
    purpose=texts(),
    strength=st.integers(0, 3),
    agreement_exists=st.booleans(),
)
resources = st.builds(
    Resource,
    kind=st.sampled_from(ResourceKind),
    amount=bounded_floats(0, 1e12),
    unit=limited(40),
    period=st.sampled_from(Period),
    committed_by=st.none() | groups,
    status=st.sampled_from(ResourceStatus),
    notes=texts(),
)
measures = st.builds(
    Measure,
    what=texts(),
    owner=texts(),
    due=st.none() | dates,
    status=st.sampled_from(MeasureStatus),
    source_rule=texts(10),
)
signatories = st.builds(
    Signatory,
    name=names,
    function=texts(),
    group=groups,
    place=texts(),
    strokes=st.lists(st.lists(point, min_size=1, max_size=8), max_size=4),
    signed_at=st.none() | datetimes,
)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    participants = draw(
        st.lists(
            st.builds(Participant, id=ids, name=names, function=texts(), group=groups),
            max_size=6,
            unique_by=lambda p: p.id,
        )
    )
    participant_ids = [p.id for p in participants]

    def decision_area() -> DecisionArea:
        max_level = draw(st.integers(1, 7))
        voters = (
            draw(st.lists(st.sampled_from(participant_ids), unique=True)) if participants else []
        )
        return DecisionArea(
            key=draw(texts(15)),
            title=draw(texts()),
            weight=draw(st.integers(1, 3)),
            max_level=max_level,
            reserved_to=draw(st.none() | groups),
            votes={pid: draw(st.integers(1, 7)) for pid in voters},
            agreed_level=draw(st.none() | st.integers(1, max_level)),
        )

    expectation_groups = draw(st.lists(groups, unique=True, max_size=4))
    expectations = [
        Expectation(
            group=group,
            position=draw(st.integers(0, 100)),
            tasks=draw(
                st.lists(
                    st.builds(ExpectedTask, task_key=texts(15), priority=st.sampled_from(Priority)),
                    max_size=3,
                )
            ),
            notes=draw(texts()),
        )
        for group in expectation_groups
    ]
    workshop_date = draw(st.none() | dates)
    review_date = draw(st.none() | dates)
    if workshop_date and review_date and review_date <= workshop_date:
        review_date = workshop_date + timedelta(days=1)
    completed = draw(st.lists(st.sampled_from(STEP_KEYS), unique=True))
    return Session(
        id=draw(ids),
        title=draw(limited(SHORT_TEXT)),
        municipality=draw(municipalities),
        workshop_date=workshop_date,
        place=draw(texts()),
        facilitator=draw(texts()),
        template=draw(texts(12)),
        follow_up_of=draw(st.none() | ids),
        participants=participants,
        goals=draw(st.lists(goals, max_size=3)),
        expectations=expectations,
        placement=draw(placements),
        decision_areas=[decision_area() for _ in range(draw(st.integers(0, 4)))],
        tasks=[
            Task(key=draw(texts(15)), title=draw(texts()), cluster=draw(texts(10)), raci=raci)
            for raci in draw(st.lists(tasks_raci, max_size=4))
        ],
        dependencies=draw(st.lists(dependencies, max_size=3)),
        resources=draw(st.lists(resources, max_size=3)),
        measures=draw(st.lists(measures, max_size=3)),
        agreement=Agreement(
            review_date=review_date,
            signatories=draw(st.lists(signatories, max_size=3)),
            state=draw(st.sampled_from(SigningState)),
        ),
        facilitator_notes=draw(limited(LONG_TEXT)),
        progress=Progress(
            current_step=draw(st.sampled_from(STEP_KEYS)),
            completed_steps=completed,
            created_at=draw(datetimes),
            updated_at=draw(datetimes),
        ),
    )


def without_export_time(text: str) -> dict[str, Any]:
    data = json.loads(text)
    del data["exported_at"]
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_valid_sessions_survive_the_session_file(session: Session) -> None:
    assert validate(session) == []  # the strategy builds only valid sessions
    text = dumps(session)
    again = loads(text.encode("utf-8"))  # as read from a file
    assert again == session
    assert without_export_time(dumps(again)) == without_export_time(text)
