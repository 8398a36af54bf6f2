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
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Listing, Message, Money, Num, msg
from cdo_workshop.domain.model import (
    DecisionArea,
    Dependency,
    Period,
    RaciRole,
    Resource,
    ResourceKind,
    ResourceStatus,
    Session,
    StakeholderGroup,
)

A = "Analysis"
ROLE = StakeholderGroup.CDO.value
# What a task asks of the role per year, in a municipality of REFERENCE_POPULATION; other
# sizes scale it by (population / REFERENCE_POPULATION) ** SIZE_EXPONENT, within
# SIZE_LIMITS. Calibrated against posts municipalities actually created (docs/method.md,
# "Resources"; the figures in SOURCES.md): about one FTE for a town of 20,000 with ten
# tasks, four to five for a city of 70,000 to 100,000, a quarter post for a village.
REFERENCE_POPULATION = 20_000
SIZE_EXPONENT = 0.7
SIZE_LIMITS = (2_000, 300_000)
FTE_PER_RESPONSIBLE_TASK = 0.1
BUDGET_PER_RESPONSIBLE_TASK = 5_000.0  # rule of thumb: no sourced per-task figure exists
ACCOUNTABLE_SHARE = 1 / 3  # a task the role is only accountable for asks a third of that
FULL_TIME = 1.0  # the CDO's working time when step 4 does not give it
CAPACITY_WEIGHT, BUDGET_WEIGHT = 0.6, 0.4
# Share of the remaining independence a dependency of strength 0..3 takes away; an
# agreement multiplies it by AGREEMENT_FACTOR.
DEPENDENCY_SHARES = (0.0, 0.05, 0.15, 0.25)
# A unit the role's core tasks need weighs more: strong and without an agreement, it alone
# takes the load to the coordination cap (the article: strong dependencies leave only
# coordination). tests/domain/test_scores.py keeps the two constants in step.
CORE_DEPENDENCY_SHARES = (0.0, 0.10, 0.30, 0.70)
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
    detail: Message | None = None  # the calculation step by step, for who wants to redo it


@dataclass(frozen=True)
class AreaLevel:
    area: DecisionArea
    level: int | None
    source: str  # "agreed", "median" (of the votes, provisional) or "open"


def area_level(area: DecisionArea, votes: list[int] | None = None) -> AreaLevel:
    """`votes`: the levels that may be used (not those delegation poker still hides)."""
    if area.agreed_level is not None:
        return AreaLevel(area, area.agreed_level, "agreed")
    votes = [*area.votes.values(), *area.anonymous_votes] if votes is None else votes
    if votes:
        median = int(statistics.median_low(votes))
        return AreaLevel(area, min(median, area.max_level), "median")
    return AreaLevel(area, None, "open")


def mandate_score(session: Session, catalog: Catalog | None = None) -> Explained:
    """Weighted mean of the levels on the full scale: level 1 = 0, level 7 = 100.

    The legal ceilings are not scaled away: a budget the council keeps by law is real
    power the role does not have, so even full delegation stays below 100.
    """
    levels = [area_level(a, session.vote_values(a)) for a in session.decision_areas]
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
    points = sum(x.area.weight * ((x.level or 1) - 1) for x in counted)
    detail = msg(
        A,
        QT_TRANSLATE_NOOP(
            "Analysis",
            "Calculation: 100 × Σ weight × (level − 1) ÷ (6 × Σ weight) = 100 × {points} ÷ (6 ×"
            " {weights}) = {score}. Per area, weight × (level − 1): {areas}.",
        ),
        points=points,
        weights=total_weight,
        score=Num(value, 1),
        areas=Listing(
            tuple(
                msg(
                    A,
                    QT_TRANSLATE_NOOP("Analysis", "{area} {weight} × {steps}{median}"),
                    area=catalog.title_of(x.area) if catalog else x.area.title,
                    weight=x.area.weight,
                    steps=(x.level or 1) - 1,
                    median=msg(A, QT_TRANSLATE_NOOP("Analysis", " (median)"))
                    if x.source == "median"
                    else "",
                )
                for x in counted
            ),
            "; ",
        ),
    )
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
            if provisional > 1
            else msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    " One of them counts with the median vote because no level has been agreed"
                    " yet.",
                ),
            )
            if provisional
            else "",
            score=Num(value),
            areas=len(counted),
            ceiling=Num(ceiling),
        ),
        inputs,
        detail,
    )


def per_year(resource: Resource) -> float:
    if resource.period == Period.PER_MONTH:
        return resource.amount * 12
    if resource.period == Period.ONCE:
        return resource.amount / 3  # spread over a three-year agreement
    return resource.amount


def size_factor(population: int | None) -> float:
    """How much more (or less) a task asks of the role than at the reference size."""
    if not population:  # 0 is what step 1 shows as "not given"
        return 1.0
    lo, hi = SIZE_LIMITS
    return float((min(hi, max(lo, population)) / REFERENCE_POPULATION) ** SIZE_EXPONENT)


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
    population: int | None = None
    factor: float = 1.0  # size_factor(population)
    cdo_fte: float = 0.0  # what the CDO brings: time share × working time
    staff_fte: float = 0.0  # committed staff besides the CDO

    @property
    def fte_per_responsible(self) -> float:
        return FTE_PER_RESPONSIBLE_TASK * self.factor

    @property
    def budget_per_responsible(self) -> float:
        return BUDGET_PER_RESPONSIBLE_TASK * self.factor


def resource_balance(session: Session) -> ResourceBalance:
    responsible = sum(1 for t in session.tasks if t.raci.get(ROLE) == RaciRole.RESPONSIBLE)
    accountable = sum(1 for t in session.tasks if t.raci.get(ROLE) == RaciRole.ACCOUNTABLE)
    tasks = responsible + accountable * ACCOUNTABLE_SHARE
    population = session.municipality.population
    factor = size_factor(population)
    staff, cdo, budget = _supply(session, COUNTED)
    proposed = _supply(session, (ResourceStatus.PROPOSED,))
    return ResourceBalance(
        responsible,
        accountable,
        tasks * FTE_PER_RESPONSIBLE_TASK * factor,
        tasks * BUDGET_PER_RESPONSIBLE_TASK * factor,
        staff + cdo,
        budget,
        proposed[0] + proposed[1],
        proposed[2],
        population,
        factor,
        cdo,
        staff,
    )


def committed_time_share(session: Session) -> float | None:
    """The CDO's time for the role in percent of their working time: the committed
    time-share resources, else the figure from the placement step."""
    shares = [
        r.amount
        for r in session.resources
        if r.kind == ResourceKind.TIME_SHARE and r.status in COUNTED
    ]
    # one person has at most all of their time: rows that add up to more count as 100 %
    return min(100.0, sum(shares)) if shares else session.placement.cdo_time_share


def cdo_working_time(session: Session) -> float:
    """The CDO's own working time in FTE (a part-time CDO brings less to the role)."""
    fte = session.placement.cdo_fte
    return fte if fte else FULL_TIME  # 0 is what step 4 shows as "full-time" (not given)


def _supply(session: Session, statuses: tuple[ResourceStatus, ...]) -> tuple[float, float, float]:
    """Staff in FTE, the CDO's own time in FTE and money per year."""
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
    return staff, share / 100 * cdo_working_time(session), budget


def resource_score(session: Session) -> Explained:
    b = resource_balance(session)
    capacity = _ratio(b.supply_fte, b.demand_fte)
    budget = _ratio(b.supply_budget, b.demand_budget)
    value = 100 * (CAPACITY_WEIGHT * capacity + BUDGET_WEIGHT * budget)
    inputs = (
        ("responsible", b.responsible),
        ("accountable_only", b.accountable_only),
        ("size_factor", b.factor),
        ("demand_fte", b.demand_fte),
        ("supply_fte", b.supply_fte),
        ("cdo_fte", b.cdo_fte),
        ("staff_fte", b.staff_fte),
        ("demand_budget", b.demand_budget),
        ("supply_budget", b.supply_budget),
    )
    size = (
        msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "with {population} inhabitants the factor is ({counted} / {reference})^{exponent}"
                " = {factor}",
            ),
            population=Num(b.population),
            counted=Num(min(SIZE_LIMITS[1], max(SIZE_LIMITS[0], b.population))),
            reference=Num(REFERENCE_POPULATION),
            exponent=_plain(SIZE_EXPONENT),
            factor=Num(b.factor, 2),
        )
        if b.population
        else msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis", "the population is not given, so as for {reference} inhabitants"
            ),
            reference=Num(REFERENCE_POPULATION),
        )
    )
    return Explained(
        value,
        "resources.supply_vs_tasks",
        msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Resources {score} of 100. Demand: the role is responsible for {responsible} and"
                " only accountable for {accountable} tasks (one counts {a_share} of a task it is"
                " responsible for). At {reference} inhabitants a task asks about {fte_ref} FTE"
                " and {budget_ref} a year; here {size}: {per_fte} FTE and {per_budget} per task,"
                " {need_fte} FTE and {need_budget} in all. Committed: {have_fte} FTE ({cdo_fte}"
                " of the CDO, {share} % of {working} FTE, and {staff_fte} staff) and"
                " {have_budget} a year. Capacity counts {wc} % ({capacity} % covered), budget"
                " {wb} % ({budget} % covered).",
            ),
            score=Num(value),
            responsible=b.responsible,
            accountable=b.accountable_only,
            a_share=_plain(ACCOUNTABLE_SHARE),
            reference=Num(REFERENCE_POPULATION),
            fte_ref=Num(FTE_PER_RESPONSIBLE_TASK, 2),
            budget_ref=Money(BUDGET_PER_RESPONSIBLE_TASK),
            size=size,
            per_fte=Num(b.fte_per_responsible, 2),
            per_budget=Money(b.budget_per_responsible),
            need_fte=Num(b.demand_fte, 2),
            need_budget=Money(b.demand_budget),
            have_fte=Num(b.supply_fte, 2),
            cdo_fte=Num(b.cdo_fte, 2),
            share=Num(committed_time_share(session) or 0),
            working=Num(cdo_working_time(session), 2),
            staff_fte=Num(b.staff_fte, 2),
            have_budget=Money(b.supply_budget),
            wc=_percent(CAPACITY_WEIGHT),
            wb=_percent(BUDGET_WEIGHT),
            capacity=Num(100 * capacity),
            budget=Num(100 * budget),
        ),
        inputs,
    )


def _ratio(supply: float, demand: float) -> float:
    if demand <= 0:
        return 1.0 if supply > 0 else 0.0
    return min(1.0, supply / demand)


def dependency_share(strength: int, agreement: bool, core: bool = False) -> float:
    shares = CORE_DEPENDENCY_SHARES if core else DEPENDENCY_SHARES
    share = shares[max(0, min(3, strength))]
    return share * AGREEMENT_FACTOR if agreement else share


def decisive_dependencies(session: Session) -> list[Dependency]:
    """Strong dependencies without an agreement on a unit the core tasks need: each alone
    leaves the role only coordination (the article's warning)."""
    return [
        d for d in session.dependencies if d.core and d.strength == 3 and not d.agreement_exists
    ]


def dependency_load(session: Session, catalog: Catalog) -> Explained:
    """Each dependency takes a share of the remaining independence (an agreement halves it,
    a unit the core tasks need weighs more); the placement counts as one more dependency of
    its typical strength."""
    parts: list[tuple[str, Any]] = [
        (d.unit, dependency_share(d.strength, d.agreement_exists, d.core))
        for d in session.dependencies
    ]
    placement = catalog.placements.get(session.placement.placement)
    chain = [
        msg(
            A,
            QT_TRANSLATE_NOOP("Analysis", "{unit} {share} %"),
            unit=unit or "?",
            share=_percent(share),
        )
        for unit, share in parts
    ]
    if placement is not None:
        share = dependency_share(placement.dependency, False)
        parts.append((placement.key, share))
        chain.append(
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis", "the placement ({placement}, strength {strength}) {share} %"
                ),
                placement=placement.label,
                strength=placement.dependency,
                share=_percent(share),
            )
        )
    independence = 1.0
    for _, share in parts:
        independence *= 1 - share
    value = 100 * (1 - independence)
    return Explained(
        value,
        "dependency.load",
        msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Dependency load {score} of 100: each dependency takes its share of the"
                " independence that is left ({chain}); what remains is {left} %. A dependency"
                " of strength 3, 2 or 1 takes {s3} %, {s2} % or {s1} %; one that the role's core"
                " tasks need takes {c3} %, {c2} % or {c1} %; an agreement multiplies the share"
                " by {factor}.",
            ),
            score=Num(value),
            chain=Listing(tuple(chain)),
            left=Num(100 * independence),
            s3=_percent(DEPENDENCY_SHARES[3]),
            s2=_percent(DEPENDENCY_SHARES[2]),
            s1=_percent(DEPENDENCY_SHARES[1]),
            c3=_percent(CORE_DEPENDENCY_SHARES[3]),
            c2=_percent(CORE_DEPENDENCY_SHARES[2]),
            c1=_percent(CORE_DEPENDENCY_SHARES[1]),
            factor=Num(AGREEMENT_FACTOR, 1),
        ),
        tuple(parts),
    )


def _plain(value: float) -> Num:
    """A constant as written in the code, up to two decimals (0.7, 0.75, 0.33)."""
    for digits in (0, 1, 2):
        if abs(value - round(value, digits)) < 1e-9:
            return Num(value, digits)
    return Num(value, 2)


def _percent(share: float) -> Num:
    """A share of 0..1 as a percentage, with a decimal only where it has one."""
    value = 100 * share
    return Num(value, 0 if abs(value - round(value)) < 1e-9 else 1)


def room_for_manoeuvre(mandate: Explained, resources: Explained, load: Explained) -> Explained:
    if mandate.value is None:
        return Explained(
            None,
            "room.no_mandate",
            msg(
                A,
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
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Room for manoeuvre {score} of 100 = {wm} % mandate ({mandate}) + {wr} %"
                " resources ({resources}) + {wi} % independence (100 − dependency load ="
                " {independence}).",
            ),
            score=Num(value),
            wm=_percent(ROOM_WEIGHTS["mandate"]),
            wr=_percent(ROOM_WEIGHTS["resources"]),
            wi=_percent(ROOM_WEIGHTS["independence"]),
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
    room: Explained,
    mandate: Explained,
    load: Explained,
    decisive: tuple[str, ...] = (),
) -> tuple[RoleType | None, Explained]:
    """`decisive`: units of the decisive dependencies (see decisive_dependencies)."""
    if room.value is None or mandate.value is None:
        return None, Explained(None, "role_type.unknown", room.explanation)
    cap = _article_cap(mandate.value, load.value or 0.0, decisive)
    if cap is not None:
        return RoleType.COORDINATION, Explained(room.value, "role_type.article_cap", cap)
    if room.value >= DELIVERING_FROM and mandate.value < DELIVERY_MIN_MANDATE:
        return RoleType.SHAPING, Explained(
            room.value,
            "role_type.delivery_needs_mandate",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "Shaping: the room for manoeuvre of {score} would mean delivery, but with a"
                    " mandate of {mandate} (below {limit}) the role cannot decide enough to"
                    " deliver on its own.",
                ),
                score=Num(room.value),
                mandate=Num(mandate.value),
                limit=Num(DELIVERY_MIN_MANDATE),
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
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "{type}: the room for manoeuvre is {score}; below {shaping} means coordination,"
                " from {shaping} shaping, from {delivery} delivery and problem solving.",
            ),
            type=Message(A, ROLE_TYPE_NAMES[kind]),
            score=Num(room.value),
            shaping=Num(SHAPING_FROM),
            delivery=Num(DELIVERING_FROM),
        ),
    )


def _article_cap(mandate: float, load: float, decisive: tuple[str, ...]) -> Message | None:
    """The article's warning: strong dependencies or limited powers leave only coordination."""
    if decisive:
        return msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Coordination: the role's core tasks need {units} (strength 3), and there is no"
                " agreement. One such dependency alone leaves only coordination, whatever the"
                " other scores (the article's warning: strong dependencies leave only"
                " coordination).",
            ),
            units=Listing(decisive),
        )
    if load >= COORDINATION_ONLY_LOAD:
        return msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Coordination: the dependency load is {load}, at or above {limit}. Strong"
                " dependencies leave only coordination, whatever the other scores (the"
                " article's warning).",
            ),
            load=Num(load),
            limit=Num(COORDINATION_ONLY_LOAD),
        )
    if mandate < COORDINATION_ONLY_MANDATE:
        return msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Coordination: the mandate is {mandate}, below {limit}. Limited powers leave"
                " only coordination, whatever the other scores (the article's warning).",
            ),
            mandate=Num(mandate),
            limit=Num(COORDINATION_ONLY_MANDATE),
        )
    return None
