"""Starting a session from a size template, adapting its catalog, saving it as an own template.

A session carries its own copy of the catalog entries it uses (tasks and decision areas,
with titles in the session's language): adding, renaming and hiding happen there and never
change the shipped catalog. An own template is that adapted selection, reusable for the
next municipality. Every operation here returns edits (`domain.edits`) and changes nothing
itself: the caller applies them, as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cdo_workshop.domain.catalog import Catalog, TemplateDef
from cdo_workshop.domain.edits import (
    Collection,
    Edit,
    Field,
    Insert,
    ItemRef,
    Part,
    Remove,
    SetField,
)
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
from cdo_workshop.domain.reservation import RETIRED_AREAS, area_for, ceiling_of, lawful
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


catalog_area = area_for


def apply_template(
    session: Session, template: TemplateDef, catalog: Catalog, language: str
) -> list[Edit]:
    """Preselect the template's tasks, decision areas and default resources (as proposals)
    that the session does not have yet; applying it twice adds nothing twice."""
    edits: list[Edit] = [SetField(Field(Part.HEADER, "template"), template.key)]
    have_tasks = {t.key for t in session.tasks}
    edits += [
        Insert(Collection.TASKS, catalog_task(catalog, k, language))
        for k in template.tasks
        if k not in have_tasks
    ]
    have_areas = {a.key for a in session.decision_areas}
    edits += [
        Insert(
            Collection.DECISION_AREAS,
            catalog_area(catalog, k, language, session.placement.placement),
        )
        for k in template.decision_areas
        if k not in have_areas
    ]
    if not session.resources:
        edits += [
            Insert(Collection.RESOURCES, _proposal(r.kind, r.amount, r.period))
            for r in template.resources
        ]
    return edits


def _proposal(kind: ResourceKind, amount: float, period: Period) -> Resource:
    """A template's resource: only proposed until someone in the room commits it."""
    return Resource(
        kind=kind,
        amount=amount,
        unit=UNITS.get(kind, "EUR"),
        period=period,
        status=ResourceStatus.PROPOSED,
    )


def apply_own_template(session: Session, template: OwnTemplate, catalog: Catalog) -> list[Edit]:
    """Replace the session's tasks, areas and resources with the own template's."""
    edits: list[Edit] = [SetField(Field(Part.HEADER, "template"), f"own:{template.id}")]
    for collection, items in (
        (Collection.TASKS, session.tasks),
        (Collection.DECISION_AREAS, session.decision_areas),
        (Collection.RESOURCES, session.resources),
    ):
        edits += [Remove(collection, item.id) for item in items]
    edits += [
        Insert(Collection.TASKS, Task(key=t.key, title=t.title, cluster=t.cluster))
        for t in template.tasks
    ]
    for a in template.decision_areas:
        if a.key in RETIRED_AREAS:
            continue  # no longer an area of the method (see domain.upgrade)
        definition = catalog.decision_areas.get(a.key)
        if definition and not definition.applies_to(session.placement.placement):
            continue  # an enterprise's governance, and this session has no such placement
        area = DecisionArea(key=a.key, title=a.title, weight=a.weight, max_level=a.max_level)
        if a.key in catalog.decision_areas:  # the law's ceiling, not the template's copy
            area.max_level, area.reserved_to = lawful(catalog, session.placement.placement, a.key)
        elif a.key:
            area.key = ""  # an area the catalog no longer has stays as the room's own
        edits.append(Insert(Collection.DECISION_AREAS, area))
    edits += [
        Insert(Collection.RESOURCES, _proposal(r.kind, r.amount, r.period))
        for r in template.resources
    ]
    return edits


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


def add_task(session: Session, catalog: Catalog, key: str, language: str) -> list[Edit]:
    """Add a catalog task after the last task of its cluster (the session stays in clusters)."""
    return [_insert_in_cluster(session, catalog_task(catalog, key, language))]


def add_custom_task(session: Session, title: str, cluster: str = "") -> list[Edit]:
    return [_insert_in_cluster(session, Task(key="", title=title.strip(), cluster=cluster))]


def _insert_in_cluster(session: Session, task: Task) -> Insert:
    same = [i for i, t in enumerate(session.tasks) if t.cluster == task.cluster]
    return Insert(Collection.TASKS, task, same[-1] + 1 if same else None)


def hide_task(session: Session, task_id: str) -> list[Edit]:
    """Take a task out of this session; expectations that named it drop it too."""
    task = next(t for t in session.tasks if t.id == task_id)
    edits: list[Edit] = [Remove(Collection.TASKS, task_id)]
    for goal in session.goals:  # a goal no longer names a task that is gone
        if task_id in goal.tasks:
            kept_ids = [i for i in goal.tasks if i != task_id]
            edits.append(SetField(Field(ItemRef(Collection.GOALS, goal.id), "tasks"), kept_ids))
    if task.key:
        for e in session.expectations:
            kept = [x for x in e.tasks if x.task_key != task.key]
            if len(kept) != len(e.tasks):
                edits.append(SetField(Field(ItemRef(Collection.EXPECTATIONS, e.id), "tasks"), kept))
    return edits


def add_area(session: Session, catalog: Catalog, key: str, language: str) -> list[Edit]:
    area = catalog_area(catalog, key, language, session.placement.placement)
    return [Insert(Collection.DECISION_AREAS, area)]


def add_custom_area(session: Session, title: str, weight: int = 1) -> list[Edit]:
    return [Insert(Collection.DECISION_AREAS, DecisionArea(key="", title=title, weight=weight))]


def hide_area(session: Session, area_id: str) -> list[Edit]:
    edits: list[Edit] = [Remove(Collection.DECISION_AREAS, area_id)]
    for goal in session.goals:
        if area_id in goal.areas:
            kept = [i for i in goal.areas if i != area_id]
            edits.append(SetField(Field(ItemRef(Collection.GOALS, goal.id), "areas"), kept))
    return edits


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
        elif definition:
            # Neither the ceiling nor the agreed level above what the law allows for the
            # session's placement (one problem per area: the first that is wrong).
            ceiling = ceiling_of(catalog, session, area)
            too_high = next(
                (
                    name
                    for name in ("max_level", "agreed_level")
                    if (getattr(area, name) or 0) > ceiling
                ),
                None,
            )
            owner = definition.owner
            if area.reserved_to != owner:
                problems.append(
                    Problem(
                        f"$.decision_areas[{i}].reserved_to",
                        msg(
                            "Validation",
                            QT_TRANSLATE_NOOP(
                                "Validation", "does not name who keeps this decision by law"
                            ),
                        ),
                    )
                )
            elif not definition.applies_to(session.placement.placement):
                problems.append(
                    Problem(
                        f"$.decision_areas[{i}].key",
                        msg(
                            "Validation",
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "belongs to the governance of an enterprise, which this"
                                " placement does not have",
                            ),
                        ),
                    )
                )
            elif too_high:
                problems.append(
                    Problem(
                        f"$.decision_areas[{i}].{too_high}",
                        msg(
                            "Validation",
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "exceeds the legal ceiling of level {level} for this area",
                            ),
                            level=ceiling,
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
