"""Gaps per stakeholder group, unbacked tasks, RACI problems and the spread of votes."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from cdo_workshop.domain.analysis.scores import (
    CAPACITY_KINDS,
    COUNTED,
    DELIVERING_FROM,
    SHAPING_FROM,
    RoleType,
    resource_balance,
)
from cdo_workshop.domain.analysis.time_shares import carried, has_time, task_demand, task_fte
from cdo_workshop.domain.catalog import Catalog, PayGradeDef, Text
from cdo_workshop.domain.model import (
    DecisionArea,
    Goal,
    Priority,
    RaciRole,
    Session,
    StakeholderGroup,
    Task,
)

FITS_BELOW, LARGE_FROM = 15.0, 30.0  # size of a gap in points of the 0..100 scale
BACKING_LEVEL = 4  # "agree" or more: the role has a say that can carry a task
WIDE_SPREAD = 3  # levels between the lowest and the highest vote


@dataclass(frozen=True)
class Gap:
    group: StakeholderGroup
    expected: int  # 0 coordinating .. 100 solving problems of all kinds
    room: float
    gap: float  # expected - room: > 0 expects more than the role can deliver

    @property
    def size(self) -> str:
        magnitude = abs(self.gap)
        return (
            "fits"
            if magnitude < FITS_BELOW
            else "moderate"
            if magnitude < LARGE_FROM
            else ("large")
        )

    @property
    def direction(self) -> str:
        if self.size == "fits":
            return "fits"
        return "over" if self.gap > 0 else "under"


def gaps(session: Session, room: float | None) -> list[Gap]:
    if room is None:
        return []
    return [Gap(e.group, e.position, room, e.position - room) for e in session.expectations]


@dataclass(frozen=True)
class TaskBacking:
    task_key: str
    title: Text  # in both languages (the room's own words if it renamed the task)
    groups: tuple[StakeholderGroup, ...]
    priority: Priority  # the highest priority any group gave it
    areas: tuple[Text, ...]  # titles of the decision areas that could back it
    by_power: bool
    by_resources: bool
    raisable: tuple[Text, ...] = ()  # of those, the ones the role can lawfully hold higher
    # The task's time share (percent of the role's working time), if given, the committed
    # FTE it gives the task, and what the task asks of the role in FTE.
    share: int | None = None
    share_fte: float | None = None
    need_fte: float = 0.0

    @property
    def backed(self) -> bool:
        return self.by_power and self.by_resources


def has_capacity(session: Session) -> bool:
    """Whether the role has any time at all: committed staff or time, or the CDO's share."""
    return any(
        r.kind in CAPACITY_KINDS and r.status in COUNTED and r.amount > 0 for r in session.resources
    ) or bool(session.placement.cdo_time_share)


def task_backing(session: Session, catalog: Catalog) -> list[TaskBacking]:
    """For every expected task: is there a decision level and a resource behind it?"""
    levels = {a.key: a for a in session.decision_areas if a.key}
    tasks = {t.key: t for t in session.tasks if t.key}
    capacity = has_capacity(session)
    balance = resource_balance(session)
    expected: dict[str, list[tuple[StakeholderGroup, Priority]]] = {}
    for e in session.expectations:
        for item in e.tasks:
            expected.setdefault(item.task_key, []).append((e.group, item.priority))
    order = list(Priority)
    out = []
    for key, wishes in expected.items():
        definition = catalog.tasks.get(key)
        area_keys = definition.decision_areas if definition else ()
        areas = [levels[k] for k in area_keys if k in levels]
        task = tasks.get(key)
        title = (
            catalog.title_of(task) if task else (definition.title if definition else Text(key, key))
        )
        by_power = any((a.agreed_level or 0) >= min(BACKING_LEVEL, a.max_level) for a in areas)
        # With a time share, the share of the committed capacity must cover the task.
        by_resources = capacity and task is not None and carried(task) and has_time(task, balance)
        out.append(
            TaskBacking(
                key,
                title,
                tuple(g for g, _ in wishes),
                min((p for _, p in wishes), key=order.index),
                tuple(catalog.title_of(a) for a in areas),
                by_power,
                by_resources,
                tuple(
                    catalog.title_of(a)
                    for a in areas
                    if a.reserved_to is None and (a.agreed_level or 0) < a.max_level
                ),
                task.time_share if task is not None and carried(task) else None,
                task_fte(task, balance) if task is not None else None,
                task_demand(task, balance) if task is not None else 0.0,
            )
        )
    return out


@dataclass(frozen=True)
class RaciIssue:
    task: Task
    kind: str  # "no_responsible", "no_accountable" or "multiple_accountable"
    actors: tuple[str, ...]


def raci_issues(session: Session) -> list[RaciIssue]:
    issues = []
    for task in session.tasks:
        accountable = tuple(a for a, r in task.raci.items() if r == RaciRole.ACCOUNTABLE)
        responsible = tuple(a for a, r in task.raci.items() if r == RaciRole.RESPONSIBLE)
        if not responsible:
            issues.append(RaciIssue(task, "no_responsible", ()))
        if not accountable:
            issues.append(RaciIssue(task, "no_accountable", ()))
        elif len(accountable) > 1:
            issues.append(RaciIssue(task, "multiple_accountable", accountable))
    return issues


@dataclass(frozen=True)
class VoteSpread:
    area: DecisionArea
    count: int
    low: int
    high: int
    median: float
    stdev: float

    @property
    def range(self) -> int:
        return self.high - self.low

    @property
    def wide(self) -> bool:
        return self.range >= WIDE_SPREAD


def _pstdev(votes: list[int]) -> float:
    """Population standard deviation in floats: statistics.pstdev computes it in exact
    fractions, about 100 times slower, and the board recomputes it as the room votes."""
    if len(votes) < 2:
        return 0.0
    mean = sum(votes) / len(votes)
    return math.sqrt(sum((v - mean) ** 2 for v in votes) / len(votes))


def vote_spreads(session: Session) -> list[VoteSpread]:
    out = []
    for area in session.decision_areas:
        votes = session.vote_values(area)  # none while poker hides them
        if votes:
            out.append(
                VoteSpread(
                    area,
                    len(votes),
                    min(votes),
                    max(votes),
                    statistics.median(votes),
                    _pstdev(votes),
                )
            )
    return out


# -- the pay grade against what is asked of the post -----------------------------------------

ROLE_TYPE_ORDER = (RoleType.COORDINATION, RoleType.SHAPING, RoleType.DELIVERY)
# Who decides the grading and whose expectation the post must carry.
GRADE_DECIDERS = (StakeholderGroup.MAYOR, StakeholderGroup.COUNCIL)


def asked_role_type(position: int) -> RoleType:
    """The role type an expectation position asks for (the room bands of the analysis)."""
    if position >= DELIVERING_FROM:
        return RoleType.DELIVERY
    return RoleType.SHAPING if position >= SHAPING_FROM else RoleType.COORDINATION


@dataclass(frozen=True)
class PayCheck:
    """Under § 12 TVöD the grade follows from the tasks, so it is checked, not decided:
    the role type the grade's criteria carry against what mayor and council expect and
    what the role's powers make of it."""

    grade: PayGradeDef
    carries: RoleType
    expected: tuple[tuple[StakeholderGroup, int], ...]  # groups asking more than it carries
    role_type: RoleType | None  # the analysis's role type, if it asks more

    @property
    def fits(self) -> bool:
        return not self.expected and self.role_type is None

    @property
    def gap(self) -> int:
        """How many role types the highest demand lies above what the grade carries."""
        asked = [asked_role_type(p) for _, p in self.expected]
        if self.role_type is not None:
            asked.append(self.role_type)
        top = max((ROLE_TYPE_ORDER.index(t) for t in asked), default=0)
        return max(0, top - ROLE_TYPE_ORDER.index(self.carries))


def pay_check(session: Session, catalog: Catalog, kind: RoleType | None) -> PayCheck | None:
    grade = catalog.pay_grades.get(session.placement.pay_grade)
    if grade is None:
        return None
    carries = RoleType(grade.supports)
    rank = ROLE_TYPE_ORDER.index(carries)
    expected = tuple(
        (e.group, e.position)
        for e in sorted(session.expectations, key=lambda e: -e.position)
        if e.group in GRADE_DECIDERS and ROLE_TYPE_ORDER.index(asked_role_type(e.position)) > rank
    )
    above = kind is not None and ROLE_TYPE_ORDER.index(kind) > rank
    return PayCheck(grade, carries, expected, kind if above else None)


# -- goals: is every goal carried by tasks, powers and resources? ---------------------------


@dataclass(frozen=True)
class GoalBacking:
    """One goal and what serves it: its linked tasks and areas, and the three checks."""

    goal: Goal
    tasks: tuple[Task, ...]
    areas: tuple[DecisionArea, ...]
    unassigned: tuple[Task, ...]  # linked tasks nobody is responsible (R) for
    by_power: bool  # a linked area has an agreed level that backs it (lawfully)
    by_resources: bool  # capacity (and by their shares time) for the tasks the role carries

    @property
    def linked(self) -> bool:
        return bool(self.tasks or self.areas)

    @property
    def backed(self) -> bool:
        return self.linked and not self.unassigned and self.by_power and self.by_resources


def goal_backing(session: Session, catalog: Catalog) -> list[GoalBacking]:
    """Linked areas back a goal; without any, the areas the catalog gives its tasks do."""
    tasks = {t.id: t for t in session.tasks}
    areas = {a.id: a for a in session.decision_areas}
    by_key = {a.key: a for a in session.decision_areas if a.key}
    capacity = has_capacity(session)
    balance = resource_balance(session)
    out = []
    for goal in session.goals:
        linked_tasks = tuple(tasks[i] for i in goal.tasks if i in tasks)
        linked_areas = tuple(areas[i] for i in goal.areas if i in areas)
        backing = linked_areas or tuple(
            by_key[k]
            for t in linked_tasks
            if t.key in catalog.tasks
            for k in catalog.tasks[t.key].decision_areas
            if k in by_key
        )
        own = [t for t in linked_tasks if carried(t)]
        out.append(
            GoalBacking(
                goal,
                linked_tasks,
                linked_areas,
                tuple(t for t in linked_tasks if RaciRole.RESPONSIBLE not in t.raci.values()),
                any((a.agreed_level or 0) >= min(BACKING_LEVEL, a.max_level) for a in backing),
                not own or (capacity and all(has_time(t, balance) for t in own)),
            )
        )
    return out
