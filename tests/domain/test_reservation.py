"""Reserved areas stay with their owner; a placement outside the administration lowers what
the role can lawfully hold, and a new placement takes back what is no longer lawful."""

from __future__ import annotations

import copy

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.edits import Field, Part, apply_edits
from cdo_workshop.domain.legal import ceiling_message
from cdo_workshop.domain.messages import Translate
from cdo_workshop.domain.model import Session, StakeholderGroup
from cdo_workshop.domain.operations import agree, set_value
from cdo_workshop.domain.reservation import (
    area_for,
    dropped_after,
    lowered,
    standing,
    unlawful_after,
)
from cdo_workshop.domain.templates import add_area

PLACEMENT = Field(Part.PLACEMENT, "placement")


def area(session: Session, key: str):
    return next(a for a in session.decision_areas if a.key == key)


def test_moving_the_role_into_a_company_takes_back_the_right_to_instruct(sample, catalog):
    instruct = area(sample, "instruction_rights")
    apply_edits(sample, agree(instruct, 6))
    taken_back = {
        a.key: ceiling for a, ceiling in unlawful_after(sample, catalog, "municipal_company")
    }
    assert taken_back["instruction_rights"] == 3
    assert taken_back["budget_management"] == 3  # the city's budget line, not the company's
    inverse, _ = apply_edits(sample, set_value(sample, catalog, PLACEMENT, "municipal_company"))
    instruct = area(sample, "instruction_rights")
    assert (instruct.max_level, instruct.agreed_level) == (3, None)
    assert area(sample, "project_portfolio").max_level == 4
    assert area(sample, "digital_budget").max_level == 3  # the council's stays the council's
    # One undo step brings placement, ceiling and agreement back together.
    apply_edits(sample, inverse)
    instruct = area(sample, "instruction_rights")
    assert (sample.placement.placement, instruct.max_level, instruct.agreed_level) == (
        "staff_unit",
        7,
        6,
    )


GOVERNANCE = ["company_mandate", "business_plan_adoption", "company_management"]


def test_an_enterprise_placement_brings_its_governance_and_takes_it_away_again(sample, catalog):
    before = [a.key for a in sample.decision_areas]
    inverse, _ = apply_edits(sample, set_value(sample, catalog, PLACEMENT, "eigenbetrieb"))
    keys = [a.key for a in sample.decision_areas]
    assert keys == before + GOVERNANCE  # added after the others, in the catalog's order
    running = area(sample, "company_management")
    assert (running.max_level, running.reserved_to, running.votes) == (7, None, {})
    mandate = area(sample, "company_mandate")
    assert (mandate.max_level, mandate.reserved_to) == (3, StakeholderGroup.COUNCIL)
    assert mandate.title == "Auftrag an das Unternehmen (Betrauung, Leistungsvertrag, Satzung)"
    # From one enterprise to another they stay, with what the room voted
    apply_edits(sample, agree(running, 6))
    apply_edits(sample, set_value(sample, catalog, PLACEMENT, "municipal_company"))
    assert area(sample, "company_management").agreed_level == 6
    # back inside the administration they go, and say so before
    assert [a.key for a in dropped_after(sample, catalog, "staff_unit")] == GOVERNANCE
    apply_edits(sample, set_value(sample, catalog, PLACEMENT, "staff_unit"))
    assert [a.key for a in sample.decision_areas] == before


def test_the_governance_comes_in_the_sessions_language(sample, catalog):
    for a in sample.decision_areas:
        definition = catalog.decision_areas.get(a.key)
        if definition:
            a.title = definition.title.en
    apply_edits(sample, set_value(sample, catalog, PLACEMENT, "aoer"))
    assert area(sample, "business_plan_adoption").title == "Adopting the enterprise's business plan"


def test_a_reserved_area_cannot_be_agreed_above_level_three(sample, catalog):
    budget = area(sample, "digital_budget")
    assert (budget.reserved_to, budget.max_level) == (StakeholderGroup.COUNCIL, 3)
    try:
        agree(budget, 4)
    except ValueError as error:
        assert "Level 4 lies above the legal ceiling (level 3)" in str(error)
    else:
        raise AssertionError("agreed above the ceiling")


def test_areas_added_later_get_the_placements_ceiling(sample, catalog):
    sample.placement.placement = "external"
    sample.decision_areas = [a for a in sample.decision_areas if a.key != "escalation"]
    apply_edits(sample, add_area(sample, catalog, "escalation", "de"))
    assert area(sample, "escalation").max_level == 4


def test_standings_of_the_placements(catalog: Catalog):
    assert standing(catalog, "staff_unit") == "inside"
    assert standing(catalog, "beigeordnete") == "inside"
    assert standing(catalog, "eigenbetrieb") == "enterprise"
    assert standing(catalog, "aoer") == "outside"
    assert standing(catalog, "") == "inside"
    assert dict((d.key, n) for d, n in lowered(catalog, "external"))["instruction_rights"] == 3
    assert lowered(catalog, "own_department") == []


def test_the_reason_names_the_owner_and_what_the_role_can_do(sample, catalog, german: Translate):
    text = ceiling_message(catalog, sample, area(sample, "digital_budget")).render(german, "de")
    assert text.startswith(
        "Vorbehalten (zuständig: Gemeinderat): Die Rolle bereitet vor und berät"
        " (höchstens Stufe 3 „Befragen“)."
    )
    assert "§ 39 Abs. 2 GemO BW" in text
    organisation = area(sample, "organisation_reporting_line")
    text = ceiling_message(catalog, sample, organisation).render(german, "de")
    assert text.startswith("Zuständig bleibt: Bürgermeister/in. Die Rolle kann mitentscheiden")
    apply_edits(sample, set_value(sample, catalog, PLACEMENT, "external"))
    instruct = area(sample, "instruction_rights")
    text = ceiling_message(catalog, sample, instruct).render(german, "de")
    assert text.startswith("Mit dieser Einordnung rechtlich bis Stufe 3")
    assert "kein Weisungsrecht gegenüber Beschäftigten der Gemeinde" in text
    assert ceiling_message(catalog, sample, area(sample, "procurement")) is not None
    apply_edits(sample, set_value(sample, catalog, PLACEMENT, "staff_unit"))
    assert ceiling_message(catalog, sample, area(sample, "procurement")) is None


def test_a_file_may_not_claim_an_agreed_level_the_placement_forbids(sample, catalog):
    from cdo_workshop.domain.templates import check_against_catalog

    sample.placement.placement = "external"
    instruct = area(sample, "instruction_rights")
    instruct.max_level, instruct.agreed_level = 3, 6
    (problem,) = check_against_catalog(sample, catalog)[
        :1
    ]  # other areas of the staff unit's sample are too high as well
    index = sample.decision_areas.index(instruct)
    paths = [p.path for p in check_against_catalog(sample, catalog)]
    assert f"$.decision_areas[{index}].agreed_level" in paths
    assert problem.message.render().startswith("exceeds the legal ceiling of level")


PLACEMENT_ADVICE = {
    "municipal_company": "enterprise_placement",
    "aoer": "enterprise_placement",
    "eigenbetrieb": "enterprise_placement",
    "external": "external_placement",
    "verbandsgemeinde": "member_municipalities",
    "beigeordnete": "deputy_mayor_placement",
    "central_administration": "anchored_below_leadership",
    "it_unit": "anchored_below_leadership",
}


def test_every_placement_gets_its_lawful_board_and_its_own_advice(sample, catalog):
    from cdo_workshop.domain.analysis import analyse
    from cdo_workshop.domain.analysis.recommendations import widenable

    for key in catalog.placements:
        session = copy.deepcopy(sample)
        apply_edits(session, set_value(session, catalog, PLACEMENT, key))
        where = standing(catalog, key)
        for a in session.decision_areas:
            definition = catalog.decision_areas[a.key]
            assert definition.applies_to(key), (key, a.key)
            assert (a.max_level, a.reserved_to) == (definition.ceiling(where), definition.owner)
            assert a.agreed_level is None or a.agreed_level <= a.max_level, (key, a.key)
        governance = {
            a.key for a in session.decision_areas if catalog.decision_areas[a.key].placements
        }
        assert bool(governance) == (key in ("municipal_company", "aoer", "eigenbetrieb")), key
        # no right to instruct the city's staff from outside the administration
        instruct = next(a for a in session.decision_areas if a.key == "instruction_rights")
        assert instruct.max_level == (7 if where == "inside" else 3), key
        result = analyse(session, catalog)
        rules = {r.rule for r in result.recommendations}
        if key in PLACEMENT_ADVICE:
            assert PLACEMENT_ADVICE[key] in rules, key
        # widening the mandate never names a reserved area or one at its ceiling
        for a in widenable(session):
            assert a.reserved_to is None and (a.agreed_level or 0) < a.max_level, (key, a.key)


def test_a_file_may_not_hand_a_reserved_decision_to_anyone_else(sample, catalog):
    """The owner comes from the law, not from the file: a crafted file that frees the
    digital budget (or gives the mayor's matter to the council) is refused on import."""
    import json

    from cdo_workshop.domain.session_file import SessionFileError, dumps, loads
    from cdo_workshop.domain.templates import import_check

    data = json.loads(dumps(sample))
    for key, owner in (("digital_budget", None), ("staff_selection", "council")):
        crafted = copy.deepcopy(data)
        target = next(a for a in crafted["session"]["decision_areas"] if a["key"] == key)
        target["reserved_to"] = owner
        try:
            loads(json.dumps(crafted), check=import_check(catalog))
        except SessionFileError as error:
            assert "reserved_to" in error.render(), key
        else:
            raise AssertionError(f"imported a file that frees {key}")


def test_a_file_may_not_bring_an_enterprises_governance_to_a_staff_unit(sample, catalog):
    from cdo_workshop.domain.templates import check_against_catalog

    running = area_for(catalog, "company_management", "de", "municipal_company")
    running.agreed_level = 7
    sample.decision_areas.append(running)
    paths = [p.path for p in check_against_catalog(sample, catalog)]
    assert f"$.decision_areas[{len(sample.decision_areas) - 1}].key" in paths


def test_in_hessen_the_magistrat_keeps_the_administrations_matters(sample, catalog):
    from cdo_workshop.domain.model import MunicipalityKind

    sample.municipality.state, sample.municipality.kind = "HE", MunicipalityKind.STADT
    press = area(sample, "external_communication")
    text = ceiling_message(catalog, sample, press).render(language="de")
    assert text.startswith("Stays with Magistrat")
    assert "Bürgermeister" not in text
    assert "§ 71 Abs. 1 HGO" in text
