"""What changed between two workshops of the same municipality (the follow-up)."""

from __future__ import annotations

from dataclasses import dataclass

from cdo_workshop.domain.analysis import Analysis, RoleType, analyse
from cdo_workshop.domain.analysis.checks import GoalBacking
from cdo_workshop.domain.analysis.scores import resource_balance
from cdo_workshop.domain.analysis.time_shares import work_processes
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.model import DecisionArea, Session, StakeholderGroup


@dataclass(frozen=True)
class Change:
    """One compared value; `before` or `after` is None where it did not exist."""

    subject: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class Comparison:
    levels: tuple[Change, ...]  # agreed level per decision area
    expectations: tuple[Change, ...]  # position per stakeholder group
    gaps: tuple[Change, ...]  # gap per stakeholder group
    scores: tuple[Change, ...]  # mandate, resources, dependency load, room
    capacity_fte: Change
    budget_per_year: Change
    role_type: tuple[RoleType | None, RoleType | None]
    # per goal (its text as subject): 1 carried by tasks, powers and resources, 0 not yet
    goals: tuple[Change, ...]
    recommendations_resolved: tuple[str, ...]  # rule ids present before, gone now
    recommendations_new: tuple[str, ...]
    # time share per Arbeitsvorgang (its name as subject, matched by name): percent of the
    # role's working time; None where the session gives its tasks no share
    work_processes: tuple[Change, ...] = ()


def _area_id(area: DecisionArea) -> str:
    return area.key or area.title


def compare(before: Session, after: Session, catalog: Catalog) -> Comparison:
    a, b = analyse(before, catalog), analyse(after, catalog)
    areas_before = {_area_id(x): x for x in before.decision_areas}
    areas_after = {_area_id(x): x for x in after.decision_areas}
    levels = tuple(
        Change(
            (areas_after.get(k) or areas_before[k]).title,
            _level(areas_before.get(k)),
            _level(areas_after.get(k)),
        )
        for k in _ordered(areas_before, areas_after)
    )
    exp_before = {e.group: e.position for e in before.expectations}
    exp_after = {e.group: e.position for e in after.expectations}
    groups = [g for g in StakeholderGroup if g in exp_before or g in exp_after]
    expectations = tuple(
        Change(g.value, _f(exp_before.get(g)), _f(exp_after.get(g))) for g in groups
    )
    gaps_before = {g.group: g.gap for g in a.gaps}
    gaps_after = {g.group: g.gap for g in b.gaps}
    gaps = tuple(Change(g.value, gaps_before.get(g), gaps_after.get(g)) for g in groups)
    rb, ra = resource_balance(before), resource_balance(after)
    ids_before = {r.id for r in a.recommendations}
    ids_after = {r.id for r in b.recommendations}
    return Comparison(
        levels=levels,
        expectations=expectations,
        gaps=gaps,
        scores=_scores(a, b),
        capacity_fte=Change("capacity_fte", rb.supply_fte, ra.supply_fte),
        budget_per_year=Change("budget_per_year", rb.supply_budget, ra.supply_budget),
        role_type=(a.role_type, b.role_type),
        goals=_goals(a, b),
        recommendations_resolved=tuple(sorted(ids_before - ids_after)),
        recommendations_new=tuple(sorted(ids_after - ids_before)),
        work_processes=_work_processes(before, after, catalog),
    )


def _work_processes(before: Session, after: Session, catalog: Catalog) -> tuple[Change, ...]:
    """Arbeitsvorgänge are matched by name (spaces and case aside); one whose tasks have
    no share yet counts as not there, so a first round of shares shows as new."""

    def shares(session: Session) -> dict[str, tuple[str, float]]:
        out: dict[str, tuple[str, float]] = {}
        for p in work_processes(session, catalog):
            if any(t.time_share is not None for t in p.tasks):
                key = " ".join(p.name.split()).casefold()
                out[key] = (
                    out[key][0] if key in out else p.name,
                    out.get(key, ("", 0.0))[1] + p.share,
                )
        return out

    first, second = shares(before), shares(after)
    order = list(first) + [k for k in second if k not in first]
    return tuple(
        Change(
            (second.get(k) or first[k])[0],
            first[k][1] if k in first else None,
            second[k][1] if k in second else None,
        )
        for k in order
    )


def _goals(a: Analysis, b: Analysis) -> tuple[Change, ...]:
    """Goals keep their ids in a follow-up (domain.followup), so they are matched by id."""
    before = {g.goal.id: g for g in a.goals}
    after = {g.goal.id: g for g in b.goals}
    order = list(before) + [k for k in after if k not in before]

    def carried(backing: GoalBacking | None) -> float | None:
        return None if backing is None else float(backing.backed)

    return tuple(
        Change((after.get(k) or before[k]).goal.text, carried(before.get(k)), carried(after.get(k)))
        for k in order
    )


def _scores(a: Analysis, b: Analysis) -> tuple[Change, ...]:
    return tuple(
        Change(name, getattr(a, name).value, getattr(b, name).value)
        for name in ("mandate", "resources", "dependency_load", "room")
    )


def _level(area: DecisionArea | None) -> float | None:
    return None if area is None or area.agreed_level is None else float(area.agreed_level)


def _f(value: int | None) -> float | None:
    return None if value is None else float(value)


def _ordered(first: dict[str, DecisionArea], second: dict[str, DecisionArea]) -> list[str]:
    return list(first) + [k for k in second if k not in first]
