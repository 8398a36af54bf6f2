"""Starting a session from a size template, adapting its catalog, saving it as an own template.

A session carries its own copy of the catalog entries it uses (tasks and decision areas,
with titles in the session's language): adding, renaming and hiding happen there and never
change the shipped catalog. An own template is that adapted selection, reusable for the
next municipality.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cdo_workshop.domain.catalog import Catalog, TemplateDef
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdo_workshop.domain.model import (
    SHORT_TEXT,
    DecisionArea,
    Period,
    Resource,
    ResourceKind,
    ResourceStatus,
    Session,
    Task,
    new_id,
    text,
)
from cdo_workshop.domain.validation import Problem

UNITS = {ResourceKind.STAFF: "fte", ResourceKind.TIME_SHARE: "percent"}


@dataclass
class TemplateTask:
    key: str = text()  # catalog key, or "" for a task the facilitator added
    title: str = text()
    cluster: str = text()


@dataclass
class TemplateArea:
    key: str = text()
    title: str = text()
    weight: int = 1
    max_level: int = 7


@dataclass
class TemplateResourceItem:
    kind: ResourceKind = ResourceKind.BUDGET
    amount: float = 0.0
    period: Period = Period.PER_YEAR


@dataclass
class OwnTemplate:
    """A facilitator's template, saved from an adapted session."""

    id: str = field(default_factory=new_id)
    name: str = text(SHORT_TEXT)
    tasks: list[TemplateTask] = field(default_factory=list)
    decision_areas: list[TemplateArea] = field(default_factory=list)
    resources: list[TemplateResourceItem] = field(default_factory=list)


def catalog_task(catalog: Catalog, key: str, language: str) -> Task:
    definition = catalog.tasks[key]
    return Task(key=key, title=definition.title.get(language), cluster=definition.cluster)


def catalog_area(catalog: Catalog, key: str, language: str) -> DecisionArea:
    d = catalog.decision_areas[key]
    return DecisionArea(
        key=key,
        title=d.title.get(language),
        weight=d.weight,
        max_level=d.max_level,
        reserved_to=d.reserved_to,
    )


def apply_template(
    session: Session, template: TemplateDef, catalog: Catalog, language: str
) -> None:
    """Preselect the template's tasks, decision areas and default resources (as proposals)."""
    session.template = template.key
    have_tasks = {t.key for t in session.tasks}
    session.tasks += [
        catalog_task(catalog, k, language) for k in template.tasks if k not in have_tasks
    ]
    have_areas = {a.key for a in session.decision_areas}
    session.decision_areas += [
        catalog_area(catalog, k, language) for k in template.decision_areas if k not in have_areas
    ]
    if not session.resources:
        session.resources = [_proposal(r.kind, r.amount, r.period) for r in template.resources]


def _proposal(kind: ResourceKind, amount: float, period: Period) -> Resource:
    """A template's resource: only proposed until someone in the room commits it."""
    return Resource(
        kind=kind,
        amount=amount,
        unit=UNITS.get(kind, "EUR"),
        period=period,
        status=ResourceStatus.PROPOSED,
    )


def apply_own_template(session: Session, template: OwnTemplate, catalog: Catalog) -> None:
    session.template = f"own:{template.id}"
    session.tasks = [Task(key=t.key, title=t.title, cluster=t.cluster) for t in template.tasks]
    session.decision_areas = []
    for a in template.decision_areas:
        area = DecisionArea(key=a.key, title=a.title, weight=a.weight, max_level=a.max_level)
        if a.key in catalog.decision_areas:  # the law's ceiling, not the template's copy
            area.max_level = catalog.decision_areas[a.key].max_level
            area.reserved_to = catalog.decision_areas[a.key].reserved_to
        session.decision_areas.append(area)
    session.resources = [_proposal(r.kind, r.amount, r.period) for r in template.resources]


def template_from_session(session: Session, name: str) -> OwnTemplate:
    return OwnTemplate(
        name=name,
        tasks=[TemplateTask(t.key, t.title, t.cluster) for t in session.tasks],
        decision_areas=[
            TemplateArea(a.key, a.title, a.weight, a.max_level) for a in session.decision_areas
        ],
        resources=[TemplateResourceItem(r.kind, r.amount, r.period) for r in session.resources],
    )


# -- adapting the catalog within a session -------------------------------------------------


def available_tasks(session: Session, catalog: Catalog) -> list[str]:
    """Catalog tasks not (or no longer) in the session, which the room can add."""
    used = {t.key for t in session.tasks}
    return [k for k in catalog.tasks if k not in used]


def add_task(session: Session, catalog: Catalog, key: str, language: str) -> Task:
    task = catalog_task(catalog, key, language)
    session.tasks.append(task)
    return task


def add_custom_task(session: Session, title: str, cluster: str = "") -> Task:
    task = Task(key="", title=title, cluster=cluster)
    session.tasks.append(task)
    return task


def hide_task(session: Session, task_id: str) -> Task:
    """Take a task out of this session; expectations that named it drop it too."""
    task = next(t for t in session.tasks if t.id == task_id)
    session.tasks.remove(task)
    if task.key:
        for e in session.expectations:
            e.tasks = [x for x in e.tasks if x.task_key != task.key]
    return task


def add_area(session: Session, catalog: Catalog, key: str, language: str) -> DecisionArea:
    area = catalog_area(catalog, key, language)
    session.decision_areas.append(area)
    return area


def add_custom_area(session: Session, title: str, weight: int = 1) -> DecisionArea:
    area = DecisionArea(key="", title=title, weight=weight)
    session.decision_areas.append(area)
    return area


def hide_area(session: Session, area_id: str) -> DecisionArea:
    area = next(a for a in session.decision_areas if a.id == area_id)
    session.decision_areas.remove(area)
    return area


def check_against_catalog(session: Session, catalog: Catalog) -> list[Problem]:
    """What a session file may not claim: ceilings above the law's, unknown catalog keys.

    An imported or hand-edited file could set the digital budget to level 7; the catalog's
    legal ceiling wins.
    """
    problems = []
    for i, area in enumerate(session.decision_areas):
        definition = catalog.decision_areas.get(area.key) if area.key else None
        if area.key and definition is None:
            problems.append(Problem(f"$.decision_areas[{i}].key", _unknown()))
        elif definition and area.max_level > definition.max_level:
            problems.append(
                Problem(
                    f"$.decision_areas[{i}].max_level",
                    msg(
                        "Validation",
                        QT_TRANSLATE_NOOP(
                            "Validation", "exceeds the legal ceiling of level {level} for this area"
                        ),
                        level=definition.max_level,
                    ),
                )
            )
    for i, task in enumerate(session.tasks):
        if task.key and task.key not in catalog.tasks:
            problems.append(Problem(f"$.tasks[{i}].key", _unknown()))
    for i, e in enumerate(session.expectations):
        for j, item in enumerate(e.tasks):
            if item.task_key not in catalog.tasks:
                problems.append(Problem(f"$.expectations[{i}].tasks[{j}].task_key", _unknown()))
    if session.placement.placement and session.placement.placement not in catalog.placements:
        problems.append(Problem("$.placement.placement", _unknown()))
    if session.placement.pay_grade and session.placement.pay_grade not in catalog.pay_grades:
        problems.append(Problem("$.placement.pay_grade", _unknown()))
    return problems


def _unknown() -> Message:
    return msg("Validation", QT_TRANSLATE_NOOP("Validation", "is not in the catalog"))


def import_check(catalog: Catalog) -> Callable[[Session], list[Problem]]:
    """The extra check `session_file.loads` runs on imports."""
    return lambda session: check_against_catalog(session, catalog)
