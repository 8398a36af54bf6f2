"""The role profile: task, requirement, powers and job profile of the role."""

from __future__ import annotations

from collections import Counter

import pytest

from cdo_workshop.domain.analysis.profile import role_profile
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.model import (
    Period,
    Placement,
    RaciRole,
    Resource,
    ResourceKind,
    ResourceStatus,
    Session,
    Task,
)
from cdo_workshop.domain.session_file import loads
from cdo_workshop.paths import resource_path

R, A = RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE


def test_task_profile_holds_only_the_roles_r_and_a_tasks(sample: Session, catalog: Catalog) -> None:
    profile = role_profile(sample, catalog)
    mine = [t for t in sample.tasks if t.raci.get("cdo") in (R, A)]
    assert len(profile.tasks) == len(mine) == 14  # 5 R and 9 A in the Musterstadt sample
    assert sum(1 for t in profile.tasks if t.role == R) == 5
    titles = {t.title for t in profile.tasks}
    # the CDO is only consulted on these two
    assert "Auswahl und Einführung von Lösungen" not in titles
    assert "Kommunikation nach innen und außen" not in titles


def test_task_profile_is_ordered_by_cluster_then_r_before_a(
    sample: Session, catalog: Catalog
) -> None:
    profile = role_profile(sample, catalog)
    first = profile.tasks[:4]
    assert [(t.cluster.de if t.cluster else None, t.role, t.title) for t in first] == [
        ("Strategie & Steuerung", R, "Berichte an Rat und Verwaltungsspitze"),
        ("Strategie & Steuerung", R, "Digitalstrategie, Leitbild und Umsetzungs-Roadmap"),
        ("Strategie & Steuerung", A, "Kennzahlen und Controlling"),
        ("Strategie & Steuerung", A, "Projektpriorisierung und Ressourcensteuerung"),
    ]
    clusters = [t.cluster.de for t in profile.tasks if t.cluster]
    order = [c.label.de for c in catalog.task_clusters.values()]
    assert clusters == sorted(clusters, key=order.index)
    strategy = catalog.tasks["digital_strategy"]
    described = next(t for t in profile.tasks if t.title == strategy.title.de)
    assert described.description == strategy.description


def test_competences_are_derived_from_the_tasks_and_counted(
    sample: Session, catalog: Catalog
) -> None:
    profile = role_profile(sample, catalog)
    counts = {c.label.de: c.tasks for c in profile.competences}
    # change management is needed by e-files, change management, training and champions
    assert counts["Veränderungsmanagement"] == 4
    # portfolio management by prioritisation, controlling, reporting and online services
    assert counts["Projekt- und Portfoliomanagement"] == 4
    assert counts["Informationssicherheit"] == 1  # information security management only
    expected: Counter[str] = Counter()
    for task in sample.tasks:
        if task.raci.get("cdo") in (R, A):
            expected.update(catalog.tasks[task.key].competences)
    assert {catalog.competences[k].label.de: n for k, n in expected.items()} == counts
    assert [c.tasks for c in profile.competences] == sorted(counts.values(), reverse=True)


def test_powers_list_every_area_with_its_level_name(sample: Session, catalog: Catalog) -> None:
    profile = role_profile(sample, catalog)
    assert len(profile.powers) == 20
    top = profile.powers[0]
    assert (top.title, top.level, top.level_name and top.level_name.de) == (
        "Barrierefreiheit bei Beschaffungen",
        6,
        "Erkundigen",
    )
    budget = next(
        p for p in profile.powers if p.title == "Digitalbudget beschließen (Haushaltsansatz)"
    )
    assert budget.level == 3 and budget.level_name is not None
    assert (budget.level_name.de, budget.level_name.en) == ("Befragen", "Consult")
    assert (budget.max_level, budget.reserved) == (3, True)
    # undecided areas come last, without a level
    assert [(p.title, p.level, p.level_name) for p in profile.powers[-2:]] == [
        ("Eskalations- und Konfliktweg", None, None),
        ("Weisungsrecht in Digitalfragen", None, None),
    ]
    levels = [p.level or 0 for p in profile.powers]
    assert levels == sorted(levels, reverse=True)


def test_job_profile_of_the_sample(sample: Session, catalog: Catalog) -> None:
    job = role_profile(sample, catalog).job
    assert job.placement is not None and job.placement.de == "Stabsstelle bei der Verwaltungsspitze"
    assert job.consequences == catalog.placements["staff_unit"].consequences
    assert job.pay_grade is not None and job.pay_grade.de == "TVöD E 13"
    assert (job.pay_grade_key, job.reporting_line) == ("E13", "Oberbürgermeisterin")
    assert (job.role_fte, job.cdo_time_share) == (2.0, 80)
    # committed or approved only: the proposed external support is left out
    assert len(job.resources) == 5
    assert all(r.status != ResourceStatus.PROPOSED for r in job.resources)
    # money only: budget 180,000 + training 8,000 + tools 25,000 (staff and time are not money)
    assert job.budget_per_year == pytest.approx(213_000)


@pytest.mark.parametrize(
    ("sample_file", "placement", "pay_grade", "budget"),
    [
        # 5,000 a year + 250 a month (3,000) + training 1,500
        ("kleinhausen.json", "Hauptamt / Zentralverwaltung", "TVöD E 9c", 9_500),
        # the proposed 450,000 once for the Smart City share does not count
        ("hafenstadt.json", "Städtische Gesellschaft", "außertariflich", 2_440_000),
    ],
)
def test_job_profile_of_the_scenarios(
    catalog: Catalog, sample_file: str, placement: str, pay_grade: str, budget: float
) -> None:
    session = loads(resource_path("samples", sample_file).read_bytes())
    job = role_profile(session, catalog).job
    assert job.placement is not None and job.placement.de == placement
    assert job.pay_grade is not None and job.pay_grade.de == pay_grade
    assert job.budget_per_year == pytest.approx(budget)


def test_a_hand_built_profile(catalog: Catalog) -> None:
    session = Session(
        placement=Placement(placement="nowhere", pay_grade="Z99", reporting_line="Rat"),
        tasks=[
            Task(key="", title="Eigene Aufgabe", raci={"cdo": R}),
            Task(key="open_data", title="Offene Daten", cluster="smart_city", raci={"cdo": A}),
            Task(key="reporting", title="Berichte", cluster="strategy", raci={"cdo": "C"}),
        ],
        resources=[
            Resource(
                kind=ResourceKind.EXTERNAL_SUPPORT,
                amount=30_000,
                period=Period.ONCE,
                status=ResourceStatus.APPROVED,
            ),  # a third a year: 10,000
            Resource(kind=ResourceKind.STAFF, amount=2, status=ResourceStatus.APPROVED),
        ],
    )
    profile = role_profile(session, catalog)
    # a task the room added has no cluster and no description; it comes last
    assert [(t.title, t.role) for t in profile.tasks] == [
        ("Offene Daten", A),
        ("Eigene Aufgabe", R),
    ]
    assert (profile.tasks[1].cluster, profile.tasks[1].description) == (None, None)
    # only catalog tasks bring competences
    assert sum(c.tasks for c in profile.competences) == len(catalog.tasks["open_data"].competences)
    job = profile.job
    assert (job.placement, job.pay_grade, job.pay_grade_key) == (None, None, "Z99")
    assert job.budget_per_year == pytest.approx(10_000)
