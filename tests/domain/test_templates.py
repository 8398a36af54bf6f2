"""Size templates, adapting the catalog per session, own templates, catalog checks."""

from __future__ import annotations

import pytest

from cdo_workshop.domain.catalog import Catalog, load_catalog
from cdo_workshop.domain.edits import Edit, apply_edits
from cdo_workshop.domain.model import Expectation, ExpectedTask, ResourceStatus, Session
from cdo_workshop.domain.templates import (
    add_custom_area,
    add_custom_task,
    add_task,
    apply_own_template,
    apply_template,
    available_tasks,
    check_against_catalog,
    hide_area,
    hide_task,
    template_from_session,
)
from cdo_workshop.paths import resource_path


def do(session: Session, edits: list[Edit]) -> list[Edit]:
    """Apply an operation's edits; the inverse edits undo it."""
    return apply_edits(session, edits)[0]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(resource_path("catalog", "catalog.json"))


def test_template_preselects_tasks_areas_and_proposed_resources(catalog):
    session = Session()
    template = catalog.templates["small_gemeinde"]
    do(session, apply_template(session, template, catalog, "de"))
    assert session.template == "small_gemeinde"
    assert [t.key for t in session.tasks] == list(template.tasks)
    assert [a.key for a in session.decision_areas] == list(template.decision_areas)
    budget = next(a for a in session.decision_areas if a.key == "digital_budget")
    assert (budget.title, budget.max_level, budget.reserved_to) == (
        "Digitalbudget beschließen (Haushaltsansatz)",
        3,
        "council",
    )
    assert session.resources and all(r.status == ResourceStatus.PROPOSED for r in session.resources)


def test_template_titles_follow_the_language(catalog):
    session = Session()
    do(session, apply_template(session, catalog.templates["mittelstadt"], catalog, "en"))
    assert next(a.title for a in session.decision_areas if a.key == "digital_budget") == (
        "Adopting the digital budget (budget line)"
    )


def test_applying_a_template_twice_adds_nothing_twice(catalog):
    session = Session()
    for _ in range(2):
        do(session, apply_template(session, catalog.templates["kleinstadt"], catalog, "de"))
    keys = [t.key for t in session.tasks]
    assert len(keys) == len(set(keys))


def test_add_rename_hide_within_a_session(catalog):
    session = Session()
    do(session, apply_template(session, catalog.templates["small_gemeinde"], catalog, "de"))
    extra = available_tasks(session, catalog)[0]
    do(session, add_task(session, catalog, extra, "de"))
    task = next(t for t in session.tasks if t.key == extra)
    assert extra not in available_tasks(session, catalog)
    task.title = "Unser eigener Titel"
    do(session, add_custom_task(session, "Glasfaser-Koordination", "networks"))
    custom = next(t for t in session.tasks if t.title == "Glasfaser-Koordination")
    assert custom.key == "" and custom in session.tasks
    session.expectations.append(Expectation(tasks=[ExpectedTask(task_key=extra)]))
    do(session, hide_task(session, task.id))
    assert task not in session.tasks and extra in available_tasks(session, catalog)
    assert session.expectations[0].tasks == []  # nobody expects a hidden task
    do(session, add_custom_area(session, "Schul-IT", weight=2))
    area = next(a for a in session.decision_areas if a.title == "Schul-IT")
    do(session, hide_area(session, area.id))
    assert area not in session.decision_areas
    assert catalog.tasks[extra].title.de != "Unser eigener Titel"  # catalog untouched


def test_own_template_round_trip_keeps_adaptations(catalog):
    source = Session()
    do(source, apply_template(source, catalog.templates["mittelstadt"], catalog, "de"))
    source.tasks[0].title = "Digitalstrategie 2030"
    do(source, add_custom_task(source, "Glasfaser-Koordination", "networks"))
    own = template_from_session(source, "Mein Mittelstadt-Set")
    target = Session()
    do(target, apply_own_template(target, own, catalog))
    assert target.template == f"own:{own.id}"
    assert [t.title for t in target.tasks] == [t.title for t in source.tasks]
    assert [a.key for a in target.decision_areas] == [a.key for a in source.decision_areas]
    assert {t.id for t in target.tasks}.isdisjoint({t.id for t in source.tasks})


def test_own_template_cannot_lift_a_legal_ceiling(catalog):
    source = Session()
    do(source, apply_template(source, catalog.templates["mittelstadt"], catalog, "de"))
    own = template_from_session(source, "manipuliert")
    next(a for a in own.decision_areas if a.key == "digital_budget").max_level = 7
    target = Session()
    do(target, apply_own_template(target, own, catalog))
    budget = next(a for a in target.decision_areas if a.key == "digital_budget")
    assert budget.max_level == 3 and budget.reserved_to == "council"


def test_check_against_catalog_flags_lifted_ceiling_and_unknown_keys(catalog, sample):
    assert check_against_catalog(sample, catalog) == []
    sample.decision_areas[0].max_level = 7  # digital budget: the council's by law
    sample.tasks[0].key = "made_up"
    sample.expectations[0].tasks[0].task_key = "also_made_up"
    sample.placement.placement = "moon_base"
    paths = [p.path for p in check_against_catalog(sample, catalog)]
    assert paths == [
        "$.decision_areas[0].max_level",
        "$.tasks[0].key",
        "$.expectations[0].tasks[0].task_key",
        "$.placement.placement",
    ]
