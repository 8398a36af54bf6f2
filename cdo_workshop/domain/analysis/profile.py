"""The role profile the municipality lacks: tasks, powers, requirements and the job itself."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cdo_workshop.domain.analysis.scores import COUNTED, ROLE, resource_balance
from cdo_workshop.domain.catalog import Catalog, Text
from cdo_workshop.domain.model import RaciRole, Resource, Session


@dataclass(frozen=True)
class ProfileTask:
    cluster: Text | None
    title: str
    role: RaciRole  # R or A of the role
    description: Text | None


@dataclass(frozen=True)
class ProfilePower:
    title: str
    level: int | None
    level_name: Text | None
    max_level: int
    reserved: bool


@dataclass(frozen=True)
class ProfileCompetence:
    label: Text
    tasks: int  # how many of the role's tasks need it


@dataclass(frozen=True)
class JobProfile:
    placement: Text | None
    consequences: Text | None
    reporting_line: str
    pay_grade: Text | None
    pay_grade_key: str
    role_fte: float | None
    cdo_time_share: int | None
    resources: tuple[Resource, ...]  # committed or approved
    budget_per_year: float


@dataclass(frozen=True)
class RoleProfile:
    tasks: tuple[ProfileTask, ...]  # task profile (Aufgabenprofil)
    powers: tuple[ProfilePower, ...]  # decision powers (Befugnisse)
    competences: tuple[ProfileCompetence, ...]  # requirement profile (Anforderungsprofil)
    job: JobProfile  # job profile (Stellenprofil)


def role_profile(session: Session, catalog: Catalog) -> RoleProfile:
    tasks = []
    needed: Counter[str] = Counter()
    for task in session.tasks:
        role = task.raci.get(ROLE)
        if role not in (RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE):
            continue
        definition = catalog.tasks.get(task.key)
        cluster = catalog.task_clusters.get(
            task.cluster or (definition and definition.cluster) or ""
        )
        tasks.append(
            ProfileTask(
                cluster.label if cluster else None,
                task.title,
                role,
                definition.description if definition else None,
            )
        )
        if definition:
            needed.update(definition.competences)
    order = list(catalog.task_clusters)
    tasks.sort(
        key=lambda t: (
            order.index(_cluster_key(t, catalog)) if t.cluster else 99,
            t.role != RaciRole.RESPONSIBLE,
            t.title,
        )
    )
    powers = tuple(
        ProfilePower(
            a.title,
            a.agreed_level,
            catalog.levels[a.agreed_level].name if a.agreed_level else None,
            a.max_level,
            a.reserved_to is not None,
        )
        for a in sorted(session.decision_areas, key=lambda a: (-(a.agreed_level or 0), a.title))
    )
    competences = tuple(
        ProfileCompetence(catalog.competences[key].label, count)
        for key, count in sorted(needed.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    p = session.placement
    placement = catalog.placements.get(p.placement)
    grade = catalog.pay_grades.get(p.pay_grade)
    counted = tuple(r for r in session.resources if r.status in COUNTED)
    budget = resource_balance(session).supply_budget
    job = JobProfile(
        placement.label if placement else None,
        placement.consequences if placement else None,
        p.reporting_line,
        grade.label if grade else None,
        p.pay_grade,
        p.role_fte,
        p.cdo_time_share,
        counted,
        budget,
    )
    return RoleProfile(tuple(tasks), powers, competences, job)


def _cluster_key(task: ProfileTask, catalog: Catalog) -> str:
    return next(k for k, e in catalog.task_clusters.items() if e.label == task.cluster)
