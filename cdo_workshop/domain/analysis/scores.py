"""Mandate, resources, dependency load, room for manoeuvre and role type.

Each score is an `Explained`: the value, the rule that produced it, the inputs it used and
a sentence with the numbers, so the screen and the PDF can explain it. The constants are
rules of thumb, documented in docs/method.md; change them there and here together.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, Money, Num, msg
from cdo_workshop.domain.model import (
    DecisionArea,
    Period,
    RaciRole,
    Resource,
    ResourceKind,
    ResourceStatus,
    Session,
    StakeholderGroup,
)

ROLE = StakeholderGroup.CDO.value
# Rules of thumb for what a task asks of the role per year (docs/method.md, "Resources").
FTE_PER_RESPONSIBLE_TASK = 0.3
FTE_PER_ACCOUNTABLE_TASK = 0.1
BUDGET_PER_RESPONSIBLE_TASK = 15_000.0
BUDGET_PER_ACCOUNTABLE_TASK = 5_000.0
CAPACITY_WEIGHT, BUDGET_WEIGHT = 0.6, 0.4
# Share of the remaining independence a dependency of strength 0..3 takes away.
DEPENDENCY_SHARES = (0.0, 0.05, 0.15, 0.25)
AGREEMENT_FACTOR = 0.5
# Room for manoeuvre = weighted mandate, resources and freedom from dependencies.
ROOM_WEIGHTS = {"mandate": 0.5, "resources": 0.3, "independence": 0.2}
SHAPING_FROM, DELIVERING_FROM = 40.0, 65.0
# The article: strong dependency or limited powers leave only coordination.
COORDINATION_ONLY_LOAD, COORDINATION_ONLY_MANDATE = 70.0, 25.0
# Delivery means deciding: resources and independence alone do not make it.
DELIVERY_MIN_MANDATE = 50.0
COUNTED = (ResourceStatus.COMMITTED, ResourceStatus.APPROVED)
# Resources measured in people's time; every other kind is money.
CAPACITY_KINDS = (ResourceKind.STAFF, ResourceKind.TIME_SHARE)


class RoleType(StrEnum):
    COORDINATION = "coordination"
    SHAPING = "shaping"
    DELIVERY = "delivery"


ROLE_TYPE_NAMES = {
    RoleType.COORDINATION: QT_TRANSLATE_NOOP("Analysis", "Coordination"),
    RoleType.SHAPING: QT_TRANSLATE_NOOP("Analysis", "Shaping"),
    RoleType.DELIVERY: QT_TRANSLATE_NOOP("Analysis", "Delivery / problem solving"),
}


@dataclass(frozen=True)
class Explained:
    value: float | None
    rule: str
    explanation: Message
    inputs: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class AreaLevel:
    area: DecisionArea
    level: int | None
    source: str  # "agreed", "median" (of the votes, provisional) or "open"


def area_level(area: DecisionArea, votes: dict[str, int] | None = None) -> AreaLevel:
    """`votes`: the ones that may be used (not those delegation poker still hides)."""
    if area.agreed_level is not None:
        return AreaLevel(area, area.agreed_level, "agreed")
    votes = area.votes if votes is None else votes
    if votes:
        median = int(statistics.median_low(votes.values()))
        return AreaLevel(area, min(median, area.max_level), "median")
    return AreaLevel(area, None, "open")


def mandate_score(session: Session) -> Explained:
    """Weighted mean of the levels on the full scale: level 1 = 0, level 7 = 100.

    The legal ceilings are not scaled away: a budget the council keeps by law is real
    power the role does not have, so even full delegation stays below 100.
    """
    levels = [area_level(a, session.visible_votes(a)) for a in session.decision_areas]
    counted = [x for x in levels if x.level is not None]
    inputs = tuple(
        (x.area.title, (x.level, x.area.max_level, x.area.weight, x.source)) for x in levels
    )
    if not counted:
        return Explained(
            None,
            "mandate.no_levels",
            msg(
                "Analysis",
                QT_TRANSLATE_NOOP(
                    "Analysis", "No decision area has a level yet, so there is no mandate score."
                ),
            ),
            inputs,
        )
    total_weight = sum(x.area.weight for x in counted)
    value = 100 * sum(x.area.weight * ((x.level or 1) - 1) / 6 for x in counted) / total_weight
    ceiling = 100 * sum(x.area.weight * (x.area.max_level - 1) / 6 for x in counted) / total_weight
    provisional = sum(1 for x in counted if x.source == "median")
    return Explained(
        value,
        "mandate.weighted_levels",
        msg(
            "Analysis",
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Mandate {score} of 100: the weighted mean of the levels in {areas} decision areas"
                " (level 1 = 0, level 7 = 100); the law would allow at most {ceiling}.{note}",
            ),
            note=msg(
                "Analysis",
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    " {count} of them count with the median vote because no level has been"
                    " agreed yet.",
                ),
                count=provisional,
            )
            if provisional
            else "",
            score=Num(value),
            areas=len(counted),
            ceiling=Num(ceiling),
        ),
        inputs,
    )


def per_year(resource: Resource) -> float:
    if resource.period == Period.PER_MONTH:
        return resource.amount * 12
    if resource.period == Period.ONCE:
        return resource.amount / 3  # spread over a three-year agreement
    return resource.amount


@dataclass(frozen=True)
class ResourceBalance:
    responsible: int
    accountable_only: int
    demand_fte: float
    demand_budget: float
    supply_fte: float
    supply_budget: float
    proposed_fte: float
    proposed_budget: float


def resource_balance(session: Session) -> ResourceBalance:
    responsible = sum(1 for t in session.tasks if t.raci.get(ROLE) == RaciRole.RESPONSIBLE)
    accountable = sum(1 for t in session.tasks if t.raci.get(ROLE) == RaciRole.ACCOUNTABLE)
    supply = _supply(session, COUNTED)
    proposed = _supply(session, (ResourceStatus.PROPOSED,))
    return ResourceBalance(
        responsible,
        accountable,
        responsible * FTE_PER_RESPONSIBLE_TASK + accountable * FTE_PER_ACCOUNTABLE_TASK,
        responsible * BUDGET_PER_RESPONSIBLE_TASK + accountable * BUDGET_PER_ACCOUNTABLE_TASK,
        supply[0],
        supply[1],
        proposed[0],
        proposed[1],
    )


def committed_time_share(session: Session) -> float | None:
    """The CDO's time for the role in percent: the committed time-share resources, else the
    figure from the placement step."""
    shares = [
        r.amount
        for r in session.resources
        if r.kind == ResourceKind.TIME_SHARE and r.status in COUNTED
    ]
    return sum(shares) if shares else session.placement.cdo_time_share


def _supply(session: Session, statuses: tuple[ResourceStatus, ...]) -> tuple[float, float]:
    """Capacity in FTE (staff and the CDO's own time) and money per year."""
    rows = [r for r in session.resources if r.status in statuses]
    staff = sum(
        per_year(r) if r.period == Period.ONCE else r.amount
        for r in rows
        if r.kind == ResourceKind.STAFF
    )
    if statuses == COUNTED:
        share = committed_time_share(session) or 0
    else:
        share = sum(r.amount for r in rows if r.kind == ResourceKind.TIME_SHARE)
    budget = sum(per_year(r) for r in rows if r.kind not in CAPACITY_KINDS)
    return staff + share / 100, budget


def resource_score(session: Session) -> Explained:
    b = resource_balance(session)
    capacity = _ratio(b.supply_fte, b.demand_fte)
    budget = _ratio(b.supply_budget, b.demand_budget)
    value = 100 * (CAPACITY_WEIGHT * capacity + BUDGET_WEIGHT * budget)
    inputs = (
        ("responsible", b.responsible),
        ("accountable_only", b.accountable_only),
        ("demand_fte", b.demand_fte),
        ("supply_fte", b.supply_fte),
        ("demand_budget", b.demand_budget),
        ("supply_budget", b.supply_budget),
    )
    return Explained(
        value,
        "resources.supply_vs_tasks",
        msg(
            "Analysis",
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Resources {score} of 100: the role is responsible for {responsible} and only"
                " accountable for {accountable} tasks, which asks for about {need_fte} FTE and"
                " {need_budget} a year; committed are {have_fte} FTE (staff and the CDO's own"
                " time) and {have_budget} a year. Capacity counts 60 %, budget 40 %.",
            ),
            score=Num(value),
            responsible=b.responsible,
            accountable=b.accountable_only,
            need_fte=Num(b.demand_fte, 2),
            need_budget=Money(b.demand_budget),
            have_fte=Num(b.supply_fte, 2),
            have_budget=Money(b.supply_budget),
        ),
        inputs,
    )


def _ratio(supply: float, demand: float) -> float:
    if demand <= 0:
        return 1.0 if supply > 0 else 0.0
    return min(1.0, supply / demand)


def dependency_share(strength: int, agreement: bool) -> float:
    share = DEPENDENCY_SHARES[max(0, min(3, strength))]
    return share * AGREEMENT_FACTOR if agreement else share


def dependency_load(session: Session, catalog: Catalog) -> Explained:
    """Each dependency takes a share of the remaining independence (an agreement halves it);
    the placement counts as one more dependency of its typical strength."""
    parts: list[tuple[str, Any]] = [
        (d.unit, dependency_share(d.strength, d.agreement_exists)) for d in session.dependencies
    ]
    placement = catalog.placements.get(session.placement.placement)
    if placement is not None:
        parts.append((placement.key, dependency_share(placement.dependency, False)))
    independence = 1.0
    for _, share in parts:
        independence *= 1 - share
    value = 100 * (1 - independence)
    unregulated = sum(1 for d in session.dependencies if d.strength >= 2 and not d.agreement_exists)
    return Explained(
        value,
        "dependency.load",
        msg(
            "Analysis",
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Dependency load {score} of 100: {count} dependencies, {unregulated} of them of"
                " strength 2 or 3 and without an agreement, plus the placement. A dependency of"
                " strength 3 takes 25 % of the remaining independence, strength 2 takes 15 %,"
                " strength 1 takes 5 %; an agreement halves it.",
            ),
            score=Num(value),
            count=len(session.dependencies),
            unregulated=unregulated,
        ),
        tuple(parts),
    )


def room_for_manoeuvre(mandate: Explained, resources: Explained, load: Explained) -> Explained:
    if mandate.value is None:
        return Explained(
            None,
            "room.no_mandate",
            msg(
                "Analysis",
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The room for manoeuvre needs at least one decision area with a level.",
                ),
            ),
        )
    independence = 100 - (load.value or 0.0)
    value = (
        ROOM_WEIGHTS["mandate"] * mandate.value
        + ROOM_WEIGHTS["resources"] * (resources.value or 0.0)
        + ROOM_WEIGHTS["independence"] * independence
    )
    return Explained(
        value,
        "room.weighted",
        msg(
            "Analysis",
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Room for manoeuvre {score} of 100 = 50 % mandate ({mandate}) + 30 % resources"
                " ({resources}) + 20 % independence (100 − dependency load = {independence}).",
            ),
            score=Num(value),
            mandate=Num(mandate.value),
            resources=Num(resources.value or 0),
            independence=Num(independence),
        ),
        (
            ("mandate", mandate.value),
            ("resources", resources.value),
            ("independence", independence),
        ),
    )


def role_type(
    room: Explained, mandate: Explained, load: Explained
) -> tuple[RoleType | None, Explained]:
    if room.value is None or mandate.value is None:
        return None, Explained(None, "role_type.unknown", room.explanation)
    if (load.value or 0) >= COORDINATION_ONLY_LOAD or mandate.value < COORDINATION_ONLY_MANDATE:
        return RoleType.COORDINATION, Explained(
            room.value,
            "role_type.article_cap",
            msg(
                "Analysis",
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "Coordination: with a dependency load of {load} (70 or more) or a mandate of"
                    " {mandate} (below 25) only coordination is left, whatever the other"
                    " scores (the article's warning).",
                ),
                load=Num(load.value or 0),
                mandate=Num(mandate.value),
            ),
        )
    if room.value >= DELIVERING_FROM and mandate.value < DELIVERY_MIN_MANDATE:
        return RoleType.SHAPING, Explained(
            room.value,
            "role_type.delivery_needs_mandate",
            msg(
                "Analysis",
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "Shaping: the room for manoeuvre of {score} would mean delivery, but with a"
                    " mandate of {mandate} (below 50) the role cannot decide enough to deliver"
                    " on its own.",
                ),
                score=Num(room.value),
                mandate=Num(mandate.value),
            ),
        )
    kind = (
        RoleType.DELIVERY
        if room.value >= DELIVERING_FROM
        else RoleType.SHAPING
        if room.value >= SHAPING_FROM
        else RoleType.COORDINATION
    )
    return kind, Explained(
        room.value,
        "role_type.room_bands",
        msg(
            "Analysis",
            QT_TRANSLATE_NOOP(
                "Analysis",
                "{type}: the room for manoeuvre is {score}; below 40 means coordination, 40 to 64"
                " shaping, 65 and more delivery and problem solving.",
            ),
            type=Message("Analysis", ROLE_TYPE_NAMES[kind]),
            score=Num(room.value),
        ),
    )
