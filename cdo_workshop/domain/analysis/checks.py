"""Gaps per stakeholder group, unbacked tasks, RACI problems and the spread of votes."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from cdo_workshop.domain.analysis.scores import CAPACITY_KINDS, COUNTED, ROLE
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.model import (
    DecisionArea,
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
    title: str
    groups: tuple[StakeholderGroup, ...]
    priority: Priority  # the highest priority any group gave it
    areas: tuple[str, ...]  # titles of the decision areas that could back it
    by_power: bool
    by_resources: bool
    raisable: tuple[str, ...] = ()  # of those, the ones the role can lawfully hold higher

    @property
    def backed(self) -> bool:
        return self.by_power and self.by_resources


def task_backing(session: Session, catalog: Catalog) -> list[TaskBacking]:
    """For every expected task: is there a decision level and a resource behind it?"""
    levels = {a.key: a for a in session.decision_areas if a.key}
    tasks = {t.key: t for t in session.tasks if t.key}
    capacity = any(
        r.kind in CAPACITY_KINDS and r.status in COUNTED and r.amount > 0 for r in session.resources
    ) or bool(session.placement.cdo_time_share)
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
        title = task.title if task else (definition.title.de if definition else key)
        by_power = any((a.agreed_level or 0) >= min(BACKING_LEVEL, a.max_level) for a in areas)
        role = task.raci.get(ROLE) if task else None
        by_resources = capacity and role in (RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE)
        out.append(
            TaskBacking(
                key,
                title,
                tuple(g for g, _ in wishes),
                min((p for _, p in wishes), key=order.index),
                tuple(a.title for a in areas),
                by_power,
                by_resources,
                tuple(
                    a.title
                    for a in areas
                    if a.reserved_to is None and (a.agreed_level or 0) < a.max_level
                ),
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
        votes = list(session.visible_votes(area).values())  # none while poker hides them
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
