"""Sessions of method 1 (files of format version 1) open in method 2, and say what changed."""

from __future__ import annotations

import json
from pathlib import Path

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.edits import apply_edits
from cdo_workshop.domain.messages import Translate
from cdo_workshop.domain.model import METHOD_VERSION
from cdo_workshop.domain.session_file import loads
from cdo_workshop.domain.templates import check_against_catalog
from cdo_workshop.domain.upgrade import describe, upgrade

DATA = Path(__file__).resolve().parents[1] / "data"


def old(name: str) -> dict:
    return json.loads((DATA / f"{name}-method1.json").read_text(encoding="utf-8"))


def keys(session) -> list[str]:
    return [a.key for a in session.decision_areas]


def test_a_method_one_file_opens_split_lawful_and_with_notes(catalog: Catalog, german: Translate):
    raw = old("musterstadt")
    assert raw["version"] == 1
    before = {a["key"]: a for a in raw["session"]["decision_areas"]}
    session = loads(json.dumps(raw))
    assert session.method_version == METHOD_VERSION
    # Split areas: the new part right after the old one; the grading is gone.
    assert keys(session)[:4] == [
        "digital_budget",
        "budget_management",
        "staff_plan",
        "staff_selection",
    ]
    assert "cdo_grading" not in keys(session)
    assert keys(session).index("strategy_roadmap") == keys(session).index("strategy_adoption") + 1
    # No agreed level above the lawful ceiling survives; the votes do.
    for area in session.decision_areas:
        assert area.agreed_level is None or area.agreed_level <= area.max_level, area.key
        if area.key in before:
            assert area.votes == before[area.key]["votes"], area.key
    inter = next(a for a in session.decision_areas if a.key == "inter_municipal")
    assert (inter.max_level, inter.agreed_level, before["inter_municipal"]["agreed_level"]) == (
        3,
        None,
        4,
    )
    roadmap = next(a for a in session.decision_areas if a.key == "strategy_roadmap")
    assert roadmap.votes == before["strategy_adoption"]["votes"] and roadmap.agreed_level == 2
    # Titles as the catalog wrote them become the new ones.
    assert session.decision_areas[0].title == "Digitalbudget beschließen (Haushaltsansatz)"
    # Every change is a note, none is silent.
    kinds = sorted((n.kind, n.area) for n in session.upgrade_notes)
    assert kinds == [
        ("cleared", "inter_municipal"),
        ("dependency", ""),
        ("kind", "public_provider"),  # "Kommunales Rechenzentrum": its name says its kind
        ("kind", "staff_council"),  # "Personalrat"
        ("moved", "strategy_adoption"),
        ("retired", "cdo_grading"),
        ("split", "digital_budget"),
        ("split", "funding_applications"),
        ("split", "procurement"),
        ("split", "staff_plan"),
    ]
    texts = [describe(n, catalog).render(german, "de") for n in session.upgrade_notes]
    assert any(
        "„Eingruppierung der CDO-Stelle“ ist kein Entscheidungsbereich mehr" in t
        and "vereinbart war Stufe 3" in t
        for t in texts
    )
    assert any(
        "Die vereinbarte Stufe 4 liegt über der rechtlich zulässigen (Stufe 3)" in t for t in texts
    )
    assert check_against_catalog(session, catalog) == []
    # Method 1 did not ask which units the core tasks need: none is assumed, and the strong
    # unregulated one is named so the room can say it
    assert not any(d.core for d in session.dependencies)
    (note,) = [n for n in session.upgrade_notes if n.kind == "dependency"]
    assert note.other == "IT-Abteilung"
    assert any("„IT-Abteilung“: eine starke Abhängigkeit ohne Vereinbarung" in t for t in texts)
    assert any(
        "„Personalrat“ wird nach seinem Namen als „Personalrat“ eingeordnet" in t for t in texts
    )


def test_a_company_cdo_of_method_one_loses_the_citys_powers_with_a_note_each(catalog):
    session = loads(json.dumps(old("hafenstadt")))
    cleared = {n.area: (n.level, n.ceiling) for n in session.upgrade_notes if n.kind == "cleared"}
    assert cleared["instruction_rights"] == (5, 3)  # no instructions to city staff from a GmbH
    assert cleared["external_communication"] == (5, 3)
    instruct = next(a for a in session.decision_areas if a.key == "instruction_rights")
    assert instruct.agreed_level is None and len(instruct.votes) == 6
    # the company's own governance was not in method 1: added without votes, and said so
    added = [n.area for n in session.upgrade_notes if n.kind == "added"]
    assert added == ["company_mandate", "business_plan_adoption", "company_management"]
    assert [a.key for a in session.decision_areas][-3:] == added
    assert all(not a.votes for a in session.decision_areas if a.key in added)
    added_note = next(n for n in session.upgrade_notes if n.kind == "added")
    assert "governance of the enterprise" in describe(added_note, catalog).render(language="en")
    # the strategy's agreed 5 moves to the roadmap, whose ceiling for a company is 4: said
    roadmap = next(a for a in session.decision_areas if a.key == "strategy_roadmap")
    assert roadmap.agreed_level is None
    assert any(
        (n.kind, n.area, n.level, n.ceiling) == ("cleared", "strategy_roadmap", 5, 4)
        for n in session.upgrade_notes
    )
    # the staff council with its framework agreement is recognised, so no false warning
    from cdo_workshop.domain.analysis import analyse

    rules = {r.rule for r in analyse(session, catalog).recommendations}
    assert "staff_council_codetermination" not in rules


def test_upgrading_twice_changes_nothing(catalog):
    session = loads(json.dumps(old("musterstadt")))
    assert upgrade(session, catalog) == []
    session.method_version = 1  # as if the upgrade had not been saved
    before = [(a.key, a.agreed_level, dict(a.votes)) for a in session.decision_areas]
    notes = list(session.upgrade_notes)
    apply_edits(session, upgrade(session, catalog))
    assert [(a.key, a.agreed_level, dict(a.votes)) for a in session.decision_areas] == before
    assert session.upgrade_notes == notes


def test_a_session_of_this_method_is_left_alone(sample, catalog):
    assert upgrade(sample, catalog) == []
