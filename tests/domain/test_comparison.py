"""The follow-up comparison reports what changed between two workshops, and nothing else."""

from __future__ import annotations

import copy

import pytest

from cdo_workshop.domain.analysis import RoleType
from cdo_workshop.domain.analysis.comparison import Change, compare
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.model import (
    DecisionArea,
    Expectation,
    Resource,
    ResourceKind,
    ResourceStatus,
    Session,
    StakeholderGroup,
)


def area(session: Session, key: str) -> DecisionArea:
    return next(a for a in session.decision_areas if a.key == key)


def expectation(session: Session, group: StakeholderGroup) -> Expectation:
    return next(e for e in session.expectations if e.group == group)


def changed(changes: tuple[Change, ...]) -> list[tuple[str, float | None, float | None]]:
    return [(c.subject, c.before, c.after) for c in changes if c.changed]


def test_the_same_session_twice_changes_nothing(sample: Session, catalog: Catalog) -> None:
    result = compare(sample, copy.deepcopy(sample), catalog)
    for changes in (result.levels, result.expectations, result.gaps, result.scores):
        assert changed(changes) == []
    assert not result.capacity_fte.changed and not result.budget_per_year.changed
    assert result.role_type == (RoleType.SHAPING, RoleType.SHAPING)
    assert (result.recommendations_resolved, result.recommendations_new) == ((), ())


@pytest.fixture
def first_and_follow_up(sample: Session) -> tuple[Session, Session]:
    """First workshop: managing the approved digital budget at level 2, the post besides the
    CDO only proposed. Follow-up: raised to 4, that post committed and one more approved by
    the council, and the IT lead now expects less (30 -> 20). Without the sample's time
    shares: they share 1.8 committed FTE, and of 0.8 most tasks would get less than they
    need (tests/domain/test_time_shares.py)."""
    sample = copy.deepcopy(sample)
    for task in sample.tasks:
        task.time_share = None
    first = copy.deepcopy(sample)
    area(first, "budget_management").agreed_level = 2
    for r in first.resources:
        if r.kind == ResourceKind.STAFF:
            r.status = ResourceStatus.PROPOSED
    follow_up = copy.deepcopy(sample)
    area(follow_up, "budget_management").agreed_level = 4
    follow_up.resources.append(
        Resource(
            kind=ResourceKind.STAFF,
            amount=1.0,
            unit="fte",
            committed_by=StakeholderGroup.COUNCIL,
            status=ResourceStatus.APPROVED,
        )
    )
    expectation(follow_up, StakeholderGroup.IT).position = 20
    return first, follow_up


def test_follow_up_reports_exactly_the_changes(
    first_and_follow_up: tuple[Session, Session], catalog: Catalog
) -> None:
    result = compare(*first_and_follow_up, catalog)
    assert changed(result.levels) == [("Beschlossenes Digitalbudget bewirtschaften", 2, 4)]
    assert result.levels[1].delta == 2
    assert changed(result.expectations) == [("it", 30, 20)]
    # 80 % of the CDO's time, then with the post besides the CDO and one more
    assert (result.capacity_fte.before, result.capacity_fte.after) == pytest.approx((0.8, 2.8))
    assert not result.budget_per_year.changed
    assert result.budget_per_year.after == pytest.approx(213_000)

    scores = {c.subject: c for c in result.scores}
    # one weight-3 area two levels up: 3 × (2/6) / 44 areas' weight × 100 = 2.27 points
    assert scores["mandate"].delta == pytest.approx(100 * 6 / 6 / 44)
    assert (scores["mandate"].before, scores["mandate"].after) == pytest.approx(
        (100 * 95 / 6 / 44, 100 * 101 / 6 / 44), abs=0.01
    )
    # 5 R and 9 A tasks (8 tasks' worth) in a town of 38,000 ask 8 × 0.1 × 1.9^0.7 = 1.25
    # FTE: capacity 0.8 / 1.25 (resources 0.6 × 0.64 + 0.4 = 78), then 2.8 / 1.25, capped at
    # 1 (100); the load did not change
    demand = 8 * 0.1 * 1.9**0.7
    before = 100 * (0.6 * 0.8 / demand + 0.4)
    assert (scores["resources"].before, scores["resources"].after) == pytest.approx((before, 100))
    assert not scores["dependency_load"].changed
    # room: 0.5 × 1.14 + 0.3 × 21.7
    assert scores["room"].delta == pytest.approx(0.5 * 100 * 6 / 6 / 44 + 0.3 * (100 - before))

    gaps = {c.subject: c for c in result.gaps}
    assert gaps["it"].before == pytest.approx(30 - scores["room"].before)
    assert gaps["it"].after == pytest.approx(20 - scores["room"].after)
    # every other gap moves only by the room's change
    assert gaps["council"].delta == pytest.approx(-scores["room"].delta)

    assert result.role_type == (RoleType.SHAPING, RoleType.SHAPING)
    # the council expects problem solving (80): managing the budget at level 2 triggered the
    # budget rule, 4 does not; the departments' 70 no longer exceeds the larger room by 15
    # or more; IT at 20 is now more than 30 points below the room (the undecided areas
    # count with the median vote)
    assert result.recommendations_resolved == (
        "budget_level_too_low:council",
        "expectation_exceeds_room:departments",
        "unbacked_task:staff_training",  # the managed budget at 4 now backs the training
    )
    assert result.recommendations_new == ("expectation_below_room:it",)


def test_follow_up_can_change_the_role_type(sample: Session, catalog: Catalog) -> None:
    follow_up = copy.deepcopy(sample)
    raised = (
        ("instruction_rights", 6),  # from none: + 3 × 5
        ("escalation", 6),  # from none: + 2 × 5
        ("strategy_roadmap", 4),  # from 2: + 3 × 2
        ("it_standards", 6),  # from 4: + 2 × 2
        ("project_portfolio", 6),  # from 5: + 3 × 1
        ("information_security", 6),  # from 4: + 2 × 2
    )
    for key, level in raised:
        area(follow_up, key).agreed_level = level
    for dependency in follow_up.dependencies:
        if dependency.unit in ("IT-Abteilung", "Kämmerei"):
            dependency.agreement_exists = True
    result = compare(sample, follow_up, catalog)
    # mandate (91 + 42) / 6 / 44 = 50.4; load 1 - 0.875 × 0.85 × 0.925³ × 0.95 × 0.85 = 52.5
    # (IT and Kämmerei now with agreements, the data centre that carries the core projects
    # under contract); the resources already cover the tasks (100); room 0.5 × 50.4 + 30 +
    # 0.2 × 47.5 = 64.7: more power still just means shaping
    independence = 0.875 * 0.85 * 0.925**3 * 0.95 * 0.85
    scores = {c.subject: c.after for c in result.scores}
    assert scores["mandate"] == pytest.approx(100 * 133 / 6 / 44)
    assert scores["dependency_load"] == pytest.approx(100 * (1 - independence))
    assert scores["resources"] == pytest.approx(100)
    assert scores["room"] == pytest.approx(0.5 * 100 * 133 / 6 / 44 + 30 + 20 * independence)
    assert result.role_type == (RoleType.SHAPING, RoleType.SHAPING)

    # with the contracts up to the threshold at level 6 (+ 2 × 2 → 137): room 0.5 × 51.9 +
    # 30 + 0.2 × 47.5 = 65.4, and the mandate of 51.9 is enough -> delivery
    area(follow_up, "procurement").agreed_level = 6
    result = compare(sample, follow_up, catalog)
    scores = {c.subject: c.after for c in result.scores}
    assert scores["room"] == pytest.approx(0.5 * 100 * 137 / 6 / 44 + 30 + 20 * independence)
    assert result.role_type == (RoleType.SHAPING, RoleType.DELIVERY)
    assert "dependency_without_agreement:6c314837-d5fd-5405-b2b3-0c12638656ce" in (
        result.recommendations_resolved
    )
    assert changed(result.levels) == [
        ("Weisungsrecht in Digitalfragen", None, 6),
        ("Projektpriorisierung und Portfolio", 5, 6),
        ("Vergaben bis zur Wertgrenze der Hauptsatzung", 4, 6),
        ("IT-Standards und Architektur", 4, 6),
        ("Informationssicherheit", 4, 6),
        ("Umsetzung der Strategie steuern (Roadmap)", 2, 4),
        ("Eskalations- und Konfliktweg", None, 6),
    ]


def test_areas_and_groups_that_exist_only_once(sample: Session, catalog: Catalog) -> None:
    follow_up = copy.deepcopy(sample)
    follow_up.decision_areas = [a for a in follow_up.decision_areas if a.key != "data_protection"]
    follow_up.decision_areas.append(DecisionArea(title="Open-Data-Freigabe", agreed_level=4))
    follow_up.expectations = [
        e for e in follow_up.expectations if e.group != StakeholderGroup.TREASURY
    ]
    follow_up.expectations.append(Expectation(group=StakeholderGroup.ADMINISTRATION, position=50))
    result = compare(sample, follow_up, catalog)
    levels = {c.subject: c for c in result.levels}
    assert (levels["Datenschutz"].before, levels["Datenschutz"].after) == (3, None)
    assert (levels["Open-Data-Freigabe"].before, levels["Open-Data-Freigabe"].after) == (None, 4)
    assert levels["Open-Data-Freigabe"].delta is None
    assert result.levels[-1].subject == "Open-Data-Freigabe"  # new areas come last
    expectations = {c.subject: c for c in result.expectations}
    assert (expectations["treasury"].before, expectations["treasury"].after) == (45, None)
    assert (expectations["administration"].before, expectations["administration"].after) == (
        None,
        50,
    )


def test_each_goal_is_compared_with_last_time(sample: Session, catalog: Catalog) -> None:
    """Steering along the goals: which goal the follow-up now carries, which it lost."""
    follow_up = copy.deepcopy(sample)
    champions = next(g for g in follow_up.goals if g.text.startswith("Jede Organisationseinheit"))
    # the Digitallotsen goal: staff selection now agreed at its ceiling 4 backs it
    area(follow_up, "staff_selection").agreed_level = 4
    security = follow_up.goals[2]
    # information security: nobody is responsible any more for the task that serves it
    task = next(t for t in follow_up.tasks if t.id in security.tasks)
    task.raci = {k: v for k, v in task.raci.items() if v != "R"}
    result = compare(sample, follow_up, catalog)
    goals = {c.subject: (c.before, c.after) for c in result.goals}
    assert goals[champions.text] == (0.0, 1.0)
    assert goals[security.text] == (1.0, 0.0)
    unchanged = [c for c in result.goals if not c.changed]
    assert len(unchanged) == len(sample.goals) - 2
