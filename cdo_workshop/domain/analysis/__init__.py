"""The method's analysis: pure functions from a session (and the catalog) to results.

`analyse()` computes every score, check and recommendation once; each result carries its
inputs and the rule that produced it, so the screen and the PDF can explain every number.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdo_workshop.domain.analysis.checks import (
    Gap,
    GoalBacking,
    PayCheck,
    RaciIssue,
    TaskBacking,
    VoteSpread,
    gaps,
    goal_backing,
    pay_check,
    raci_issues,
    task_backing,
    vote_spreads,
)
from cdo_workshop.domain.analysis.recommendations import Facts, Recommendation, recommend
from cdo_workshop.domain.analysis.scores import (
    Explained,
    ResourceBalance,
    RoleType,
    decisive_dependencies,
    dependency_load,
    mandate_score,
    resource_balance,
    resource_score,
    role_type,
    room_for_manoeuvre,
)
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.model import Session


@dataclass(frozen=True)
class Analysis:
    mandate: Explained
    resources: Explained
    balance: ResourceBalance
    dependency_load: Explained
    room: Explained
    role_type: RoleType | None
    role_type_reason: Explained
    gaps: list[Gap]
    backing: list[TaskBacking]
    raci_issues: list[RaciIssue]
    spreads: list[VoteSpread]
    pay: PayCheck | None
    goals: list[GoalBacking]
    recommendations: list[Recommendation]


def analyse(session: Session, catalog: Catalog) -> Analysis:
    mandate = mandate_score(session, catalog)
    resources = resource_score(session)
    load = dependency_load(session, catalog)
    room = room_for_manoeuvre(mandate, resources, load)
    decisive = tuple(d.unit for d in decisive_dependencies(session))
    kind, reason = role_type(room, mandate, load, decisive)
    facts = Facts(
        session=session,
        catalog=catalog,
        mandate=mandate,
        resources=resources,
        balance=resource_balance(session),
        load=load,
        room=room,
        gaps=gaps(session, room.value),
        backing=task_backing(session, catalog),
        raci=raci_issues(session),
        spreads=vote_spreads(session),
        role_type=kind,
        pay=pay_check(session, catalog, kind),
        goals=goal_backing(session, catalog),
    )
    return Analysis(
        mandate=mandate,
        resources=resources,
        balance=facts.balance,
        dependency_load=load,
        room=room,
        role_type=kind,
        role_type_reason=reason,
        gaps=facts.gaps,
        backing=facts.backing,
        raci_issues=facts.raci,
        spreads=facts.spreads,
        pay=facts.pay,
        goals=facts.goals,
        recommendations=recommend(facts),
    )


__all__ = ["Analysis", "Recommendation", "RoleType", "analyse"]
