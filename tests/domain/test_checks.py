"""Gaps per group, task backing, RACI issues and vote spreads."""

from __future__ import annotations

import math

import pytest

from cdo_workshop.domain.analysis.checks import (
    gaps,
    raci_issues,
    task_backing,
    vote_spreads,
)
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.model import (
    DecisionArea,
    Expectation,
    ExpectedTask,
    Placement,
    Priority,
    RaciRole,
    Resource,
    ResourceKind,
    ResourceStatus,
    Session,
    StakeholderGroup,
    Task,
)

R, A, C = RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE, RaciRole.CONSULTED
INFORMED = RaciRole.INFORMED

# -- gaps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "gap", "size", "direction"),
    [
        (50, 0, "fits", "fits"),
        (64, 14, "fits", "fits"),
        (65, 15, "moderate", "over"),  # 15 is no longer a fit
        (79, 29, "moderate", "over"),
        (80, 30, "large", "over"),  # 30 and more is large
        (100, 50, "large", "over"),
        (36, -14, "fits", "fits"),
        (35, -15, "moderate", "under"),
        (21, -29, "moderate", "under"),
        (20, -30, "large", "under"),
    ],
)
def test_gap_is_expected_minus_room_with_size_classes(
    position: int, gap: float, size: str, direction: str
) -> None:
    session = Session(expectations=[Expectation(group=StakeholderGroup.COUNCIL, position=position)])
    (result,) = gaps(session, 50.0)
    assert (result.group, result.expected, result.room) == (StakeholderGroup.COUNCIL, position, 50)
    assert result.gap == pytest.approx(gap)
    assert (result.size, result.direction) == (size, direction)


def test_no_room_no_gaps() -> None:
    session = Session(expectations=[Expectation(group=StakeholderGroup.MAYOR, position=80)])
    assert gaps(session, None) == []


def test_one_gap_per_group_in_order() -> None:
    session = Session(
        expectations=[
            Expectation(group=StakeholderGroup.MAYOR, position=60),
            Expectation(group=StakeholderGroup.IT, position=20),
        ]
    )
    assert [(g.group, g.gap) for g in gaps(session, 40.0)] == [
        (StakeholderGroup.MAYOR, 20),
        (StakeholderGroup.IT, -20),
    ]


# -- task backing -----------------------------------------------------------------------


def backing_session(
    *,
    level: int | None = 4,
    area_key: str = "instruction_rights",
    max_level: int = 7,
    role: RaciRole | None = R,
    capacity: bool = True,
    task_key: str = "process_optimisation",
) -> Session:
    """The council expects `task_key` (high) of the role; one related area at `level`."""
    raci = {"mayor": A} | ({"cdo": role} if role else {})
    return Session(
        expectations=[
            Expectation(
                group=StakeholderGroup.COUNCIL, tasks=[ExpectedTask(task_key, Priority.HIGH)]
            )
        ],
        decision_areas=[
            DecisionArea(key=area_key, title=area_key, max_level=max_level, agreed_level=level)
        ],
        tasks=[Task(key=task_key, title="Prozessoptimierung (Sitzung)", raci=raci)],
        placement=Placement(cdo_time_share=50 if capacity else None),
    )


def test_a_task_is_backed_by_level_4_and_the_roles_capacity(catalog: Catalog) -> None:
    (b,) = task_backing(backing_session(), catalog)
    # the room's own title, in both languages
    assert (b.task_key, b.title.de, b.title.en) == (
        "process_optimisation",
        "Prozessoptimierung (Sitzung)",
        "Prozessoptimierung (Sitzung)",
    )
    assert (b.by_power, b.by_resources, b.backed) == (True, True, True)
    assert b.groups == (StakeholderGroup.COUNCIL,)
    assert [a.de for a in b.areas] == ["instruction_rights"]


@pytest.mark.parametrize(("level", "by_power"), [(3, False), (4, True), (7, True), (None, False)])
def test_backing_by_power_needs_an_agreed_level_of_4(
    catalog: Catalog, level: int | None, by_power: bool
) -> None:
    (b,) = task_backing(backing_session(level=level), catalog)
    assert b.by_power is by_power


def test_votes_alone_do_not_back_a_task(catalog: Catalog) -> None:
    session = backing_session(level=None)
    session.decision_areas[0].votes = {"a": 7, "b": 7}
    (b,) = task_backing(session, catalog)
    assert b.by_power is False


def test_an_unrelated_area_does_not_back_a_task(catalog: Catalog) -> None:
    # process_optimisation is backed by instruction_rights or organisation_reporting_line
    (b,) = task_backing(backing_session(area_key="external_communication", level=7), catalog)
    assert (b.by_power, b.areas) == (False, ())


@pytest.mark.parametrize(("level", "by_power"), [(2, False), (3, True)])
def test_a_reserved_area_at_its_legal_ceiling_counts_as_backing(
    catalog: Catalog, level: int, by_power: bool
) -> None:
    """Joining inter-municipal bodies ends at level 3 by law; at 3 the role has all it can
    have there."""
    session = backing_session(
        area_key="inter_municipal",
        max_level=3,
        level=level,
        task_key="inter_municipal_cooperation",
    )
    (b,) = task_backing(session, catalog)
    assert b.by_power is by_power


@pytest.mark.parametrize(
    ("role", "capacity", "by_resources"),
    [
        (R, True, True),
        (A, True, True),
        (C, True, False),  # only consulted: nothing of the role's resources goes into it
        (INFORMED, True, False),
        (None, True, False),
        (R, False, False),  # responsible, but no committed capacity at all
    ],
)
def test_backing_by_resources_needs_r_or_a_and_committed_capacity(
    catalog: Catalog, role: RaciRole | None, capacity: bool, by_resources: bool
) -> None:
    (b,) = task_backing(backing_session(role=role, capacity=capacity), catalog)
    assert b.by_resources is by_resources


@pytest.mark.parametrize(
    ("resource", "counts"),
    [
        (Resource(kind=ResourceKind.STAFF, amount=1, status=ResourceStatus.APPROVED), True),
        (Resource(kind=ResourceKind.TIME_SHARE, amount=20, status=ResourceStatus.COMMITTED), True),
        (Resource(kind=ResourceKind.STAFF, amount=1, status=ResourceStatus.PROPOSED), False),
        (Resource(kind=ResourceKind.STAFF, amount=0, status=ResourceStatus.APPROVED), False),
        (Resource(kind=ResourceKind.BUDGET, amount=9e5, status=ResourceStatus.APPROVED), False),
    ],
)
def test_capacity_means_committed_staff_or_time(
    catalog: Catalog, resource: Resource, counts: bool
) -> None:
    session = backing_session(capacity=False)
    session.resources.append(resource)
    (b,) = task_backing(session, catalog)
    assert b.by_resources is counts


def test_an_expected_task_nobody_took_on(catalog: Catalog) -> None:
    session = backing_session()
    session.expectations[0].tasks.append(ExpectedTask("broadband_wifi", Priority.LOW))
    b = task_backing(session, catalog)[1]
    # not in the session: the catalog's title, in the reader's language
    assert (b.task_key, b.title.de, b.title.en) == (
        "broadband_wifi",
        "Breitband und öffentliches WLAN",
        "Broadband and public Wi-Fi",
    )
    assert (b.by_power, b.by_resources) == (False, False)


def test_the_highest_priority_of_all_groups_counts(catalog: Catalog) -> None:
    session = backing_session()
    session.expectations[0].tasks[0].priority = Priority.LOW
    session.expectations.append(
        Expectation(
            group=StakeholderGroup.MAYOR,
            tasks=[ExpectedTask("process_optimisation", Priority.MEDIUM)],
        )
    )
    (b,) = task_backing(session, catalog)
    assert b.groups == (StakeholderGroup.COUNCIL, StakeholderGroup.MAYOR)
    assert b.priority == Priority.MEDIUM


# -- RACI -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raci", "issues"),
    [
        ({"cdo": R, "mayor": A, "it": C, "council": INFORMED}, []),
        ({"cdo": R, "it": R, "mayor": A}, []),  # several R are fine
        ({"mayor": A, "it": C}, [("no_responsible", ())]),
        ({"cdo": R, "it": C}, [("no_accountable", ())]),
        ({"cdo": A, "it": A, "departments": R}, [("multiple_accountable", ("cdo", "it"))]),
        ({}, [("no_responsible", ()), ("no_accountable", ())]),
        ({"council": INFORMED}, [("no_responsible", ()), ("no_accountable", ())]),
    ],
)
def test_raci_issues(raci: dict[str, RaciRole], issues: list[tuple[str, tuple[str, ...]]]) -> None:
    task = Task(title="E-Akte", raci=raci)
    found = raci_issues(Session(tasks=[task]))
    assert [(i.kind, i.actors) for i in found] == issues
    assert all(i.task is task for i in found)


# -- vote spreads -----------------------------------------------------------------------


def test_a_range_of_3_levels_is_wide() -> None:
    (s,) = vote_spreads(
        Session(decision_areas=[DecisionArea(title="X", votes={"a": 2, "b": 5, "c": 4})])
    )
    assert (s.count, s.low, s.high, s.range, s.wide) == (3, 2, 5, 3, True)
    (s,) = vote_spreads(Session(decision_areas=[DecisionArea(title="X", votes={"a": 2, "b": 4})]))
    assert (s.range, s.wide) == (2, False)


def test_median_and_population_stdev() -> None:
    (s,) = vote_spreads(
        Session(decision_areas=[DecisionArea(title="X", votes={"a": 1, "b": 3, "c": 5})])
    )
    # mean 3, squared deviations 4 + 0 + 4 = 8, population variance 8 / 3
    assert s.median == 3
    assert s.stdev == pytest.approx(math.sqrt(8 / 3))
    (s,) = vote_spreads(
        Session(decision_areas=[DecisionArea(title="X", votes={"a": 1, "b": 2, "c": 4, "d": 6})])
    )
    assert s.median == 3  # the mean of the middle two, 2 and 4 (unlike the mandate's median_low)


def test_one_vote_has_no_spread_and_no_votes_no_entry() -> None:
    session = Session(
        decision_areas=[
            DecisionArea(title="One", votes={"a": 5}),
            DecisionArea(title="None", agreed_level=3),
        ]
    )
    (s,) = vote_spreads(session)
    assert (s.area.title, s.stdev, s.range, s.wide) == ("One", 0.0, 0, False)
