"""Golden scenarios: three municipalities the method must read the way a facilitator would.

If one of these fails after a change to a rule or constant, the change alters what the
room is told: update docs/method.md and the expectation here together, on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from cdo_workshop.domain.analysis import RoleType, analyse
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.model import Dependency, DependencyKind, Session
from cdo_workshop.domain.reservation import ceiling_of
from cdo_workshop.domain.session_file import loads
from cdo_workshop.domain.validation import validate
from cdo_workshop.paths import resource_path


@dataclass(frozen=True)
class Golden:
    file: str
    role_type: RoleType
    role_type_rule: str
    mandate: float
    resources: float
    load: float
    room: float
    top_rules: tuple[str, str, str]
    first_subject_unit: str = ""  # the unit the first dependency recommendation is about


GOLDEN = [
    # Musterstadt (38,000, Stabsstelle under the mayor, E 13, one post besides the CDO, who
    # has 80 % of her time for the role, own budget line she manages at level 5): a mandate
    # just below the middle of the scale (39: most areas at 3-4, the six council matters
    # at or below their ceiling 3, steering the strategy's roadmap only at 2; method 1
    # counted 42, when the council's matters could still be delegated further). Resources
    # cover what the tasks ask in a town of this size: 5 R and 9 A tasks at factor
    # (38,000 / 20,000)^0.7 = 1.57 ask 1.25 FTE and 63,000 €; 0.8 + 1.0 FTE and 213,000 €
    # are committed (100; method 1 asked 2.4 FTE of every town alike and read 85). Six
    # dependencies -- the IT unit strong and unregulated, the data centre that runs the core
    # projects under contract -- plus a staff unit without line authority:
    # 1 - 0.75 × 0.85 × 0.925 × 0.85 × 0.925 × 0.95 × 0.85 = load 63. The IT unit does not
    # carry the Stabsstelle's core projects (the data centre does), so it does not cap the
    # role on its own (see test_one_decisive_dependency_leaves_only_coordination). Room
    # 0.5 × 39 + 0.3 × 100 + 0.2 × 37 = 57: shaping, not delivery (the mandate is below
    # 50). First the room hears that the CDO herself is accountable for the portfolio,
    # which the top must keep; then the unregulated strong dependency on the IT unit; then
    # the goal of Digitallotsen in every unit, which no agreed level backs.
    Golden(
        "musterstadt.json",
        RoleType.SHAPING,
        "role_type.room_bands",
        mandate=39,
        resources=100,
        load=63,
        room=57,
        top_rules=(
            "leadership_keeps_accountability",
            "dependency_without_agreement",
            "goal_not_backed",
        ),
        first_subject_unit="IT-Abteilung",
    ),
    # Kleinhausen (6,480, Gemeinde): the coordinator is a quarter of a clerk's post (E 9c)
    # inside the Hauptamt, the board stays at levels 1-3 (mandate 13, below the article's
    # 25). For a village of this size her quarter post nearly covers the six tasks she is
    # responsible for (factor 0.45: 0.27 FTE and 13,600 €; 0.25 FTE and 9,500 € committed:
    # resources 0.6 × 92 + 0.4 × 70 = 83; method 1 asked 1.8 FTE and read 13). County IT
    # and data centre (strength 3, both carry her core tasks), treasury (2) and staff
    # council (1) act without agreements, and in the Hauptamt the role depends on the
    # hierarchy as much as a staff unit (2): load 100 × (1 - 0.3² × 0.85 × 0.95 × 0.85)
    # = 94. Each IT provider alone would leave only coordination, and so do the limited
    # powers: coordination whatever the room (33). The first things to say: the two IT
    # providers need agreements; digitalisation is anchored below department-head level;
    # the council expects problem solving (80) but keeps the budget at level 1; the
    # mayor's and council's expectations exceed the room by far.
    Golden(
        "kleinhausen.json",
        RoleType.COORDINATION,
        "role_type.article_cap",
        mandate=13,
        resources=83,
        load=94,
        room=33,
        top_rules=(
            "decisive_dependency",
            "decisive_dependency",
            "anchored_below_leadership",
        ),
    ),
    # Hafenstadt (180,000, kreisfreie Stadt): the CDO runs the city's digital company with
    # 12 FTE and a 2.4 M € budget approved by the council (resources 100). Method 1 let the
    # room agree levels 5-7 for the city's own powers and read "delivery" (room 72). In law
    # a company's managing director cannot instruct the city's staff, run its portfolio,
    # standards or procurement, or speak for the city: outside the administration the role
    # acts by contract, so those areas end at 3-4. The company's own governance adds three
    # areas: its mandate (Betrauungsakt) and business plan stay with the council and the
    # shareholders' meeting (3), its current business is the managing director's (6):
    # mandate 40. The smart-city projects need the utilities' network (strength 2, core, no
    # agreement: 30 %), the city's IT and data centre are under agreements (15 % each):
    # load 62, and the room of 0.5 × 40 + 30 + 0.2 × 38 = 57 means shaping, not delivery --
    # the law, not a constant, changed this sample's role type. Mayor, council and the CDO
    # herself expect more than that (the top three findings); then the unregulated
    # dependency on the network.
    Golden(
        "hafenstadt.json",
        RoleType.SHAPING,
        "role_type.room_bands",
        mandate=40,
        resources=100,
        load=62,
        room=57,
        top_rules=(
            "expectation_exceeds_room",
            "expectation_exceeds_room",
            "expectation_exceeds_room",
        ),
    ),
]


def load(file: str) -> Session:
    return loads(resource_path("samples", file).read_bytes())


@pytest.mark.parametrize("golden", GOLDEN, ids=[g.file for g in GOLDEN])
def test_golden_scenario(golden: Golden, catalog: Catalog) -> None:
    session = load(golden.file)
    result = analyse(session, catalog)
    assert result.role_type == golden.role_type
    assert result.role_type_reason.rule == golden.role_type_rule
    assert result.mandate.value == pytest.approx(golden.mandate, abs=1)
    assert result.resources.value == pytest.approx(golden.resources, abs=1)
    assert result.dependency_load.value == pytest.approx(golden.load, abs=1)
    assert result.room.value == pytest.approx(golden.room, abs=1)
    assert tuple(r.rule for r in result.recommendations[:3]) == golden.top_rules
    if golden.first_subject_unit:
        first = next(
            r
            for r in result.recommendations
            if r.rule.endswith("dependency") or r.rule == "dependency_without_agreement"
        )
        unit = next(d.unit for d in session.dependencies if d.id == first.subject)
        assert unit == golden.first_subject_unit


def test_one_decisive_dependency_leaves_only_coordination(catalog: Catalog) -> None:
    """The article's central sentence: Musterstadt, if the Stabsstelle's core projects
    needed the IT unit (strength 3, no agreement), would be left with coordination, whatever
    its mandate and resources; the agreement with the IT unit brings shaping back."""
    session = load("musterstadt.json")
    it = next(d for d in session.dependencies if d.unit == "IT-Abteilung")
    it.core = True
    result = analyse(session, catalog)
    assert (result.role_type, result.role_type_reason.rule) == (
        RoleType.COORDINATION,
        "role_type.article_cap",
    )
    assert "IT-Abteilung" in result.role_type_reason.explanation.render(language="en")
    first = result.recommendations[0]
    assert (first.rule, first.subject) == ("decisive_dependency", it.id)
    assert "alone leaves the role only coordination" in first.message.render(language="en")
    it.agreement_exists = True
    assert analyse(session, catalog).role_type == RoleType.SHAPING


def test_a_part_time_officer_with_an_external_provider_for_everything(catalog: Catalog) -> None:
    """The issue's case: a 0.5-FTE officer in the Hauptamt whose external IT provider runs
    everything the core tasks need, without an agreement. Method 1 read "shaping"."""
    session = load("musterstadt.json")
    session.placement.placement = "central_administration"
    session.placement.cdo_time_share = 50
    session.dependencies = [
        Dependency(
            unit="IT-Dienstleister GmbH",
            kind=DependencyKind.EXTERNAL,
            strength=3,
            core=True,
            purpose="Betreibt alle Fachverfahren und die Infrastruktur",
        )
    ]
    result = analyse(session, catalog)
    assert result.mandate.value >= 25  # the powers alone would not cap it
    assert result.role_type == RoleType.COORDINATION
    options = [o.render(language="en") for o in result.recommendations[0].options]
    assert options[0].startswith("Agree a service contract with IT-Dienstleister GmbH")
    session.dependencies[0].core = False
    assert analyse(session, catalog).role_type == RoleType.SHAPING


def test_musterstadt_recommendations(catalog: Catalog) -> None:
    session = load("musterstadt.json")
    recommendations = analyse(session, catalog).recommendations
    units = {d.id: d.unit for d in session.dependencies}
    tasks = {t.id: t.key for t in session.tasks}
    goals = {g.id: g.text.split()[0] for g in session.goals}
    names = units | tasks | goals
    top = [f"{r.rule}:{names[r.subject]}" if r.subject in names else r.id for r in recommendations]
    assert top[:6] == [
        # high: the CDO herself is accountable for the portfolio ("not delegated downwards")
        "leadership_keeps_accountability:portfolio_prioritisation",
        "dependency_without_agreement:IT-Abteilung",  # high: strength 3
        "goal_not_backed:Jede",  # medium: the Digitallotsen goal has no level that backs it
        "expectation_exceeds_room:council",  # medium: 80 against 57, gap 23
        "dependency_without_agreement:Kämmerei",  # medium: strength 2
        "unbacked_task:reporting",  # medium: the roadmap is steered only at level 2
    ]
    # 1 leadership, 2 dependencies, 1 goal not backed and 1 not linked, 1 gap, 8 unbacked
    # tasks, 2 RACI problems, and for the two areas the room has not settled yet
    # (instruction rights, escalation) a wide spread and "undecided" each; the agreed areas
    # with wide spreads raise nothing any more; step 4's 2.0 FTE against the 1.8 committed
    # (a fifth of the CDO's time stays with information security)
    assert len(recommendations) == 1 + 2 + 2 + 1 + 8 + 2 + 2 + 2 + 1
    assert "role_fte_differs" in [r.rule for r in recommendations]
    spreads = [r.subject for r in recommendations if r.rule == "wide_vote_spread"]
    undecided = [r.subject for r in recommendations if r.rule == "undecided_area"]
    assert spreads == undecided and len(spreads) == 2


def test_kleinhausen_is_also_warned_about_time_and_money(catalog: Catalog) -> None:
    ids = [r.id for r in analyse(load("kleinhausen.json"), catalog).recommendations]
    # a quarter post is what villages of this size have (not "resources short"), but six
    # tasks on a quarter of her time is too much, and she should share the post
    assert "resources_short" not in ids
    for expected in (
        "inter_municipal_cooperation",
        "part_time_overload",
        "no_council_resources",
        "budget_level_too_low:council",
        "expectation_exceeds_room:council",
    ):
        assert expected in ids


def test_hafenstadt_is_told_that_the_company_cannot_hold_the_citys_powers(
    catalog: Catalog,
) -> None:
    session = load("hafenstadt.json")
    result = analyse(session, catalog)
    ids = [r.id for r in result.recommendations]
    assert ids[:3] == [
        "expectation_exceeds_room:mayor",
        "expectation_exceeds_room:council",
        "expectation_exceeds_room:cdo",
    ]
    assert "no_council_resources" not in ids
    # every area is agreed, however widely the room voted, and none above its lawful level
    assert "wide_vote_spread" not in [r.rule for r in result.recommendations]
    assert all(a.agreed_level and a.agreed_level <= a.max_level for a in session.decision_areas)
    instruct = next(a for a in session.decision_areas if a.key == "instruction_rights")
    assert (instruct.max_level, instruct.agreed_level) == (3, 3)


@pytest.mark.parametrize("golden", GOLDEN, ids=[g.file for g in GOLDEN])
def test_scenario_uses_the_catalog(golden: Golden, catalog: Catalog) -> None:
    """The scenarios are complete and use catalog keys with the catalog's weights and limits."""
    session = load(golden.file)
    assert validate(session) == []
    for name in ("participants", "goals", "expectations", "decision_areas", "tasks"):
        assert getattr(session, name), name
    for name in ("dependencies", "resources", "measures"):
        assert getattr(session, name), name
    assert session.placement.placement in catalog.placements
    assert session.placement.pay_grade in catalog.pay_grades
    assert (
        session.template
        == catalog.template_for(session.municipality.population, session.municipality.kind).key
    )
    for a in session.decision_areas:
        definition = catalog.decision_areas[a.key]
        assert (a.weight, a.max_level, a.reserved_to) == (
            definition.weight,
            ceiling_of(catalog, session, a),
            definition.reserved_to,
        )
        assert a.title == definition.title.de
    for t in session.tasks:
        assert t.key in catalog.tasks and t.cluster == catalog.tasks[t.key].cluster
    for e in session.expectations:
        assert all(item.task_key in catalog.tasks for item in e.tasks)


def test_the_scenarios_describe_what_the_brief_asks(catalog: Catalog) -> None:
    small, city = load("kleinhausen.json"), load("hafenstadt.json")
    assert (small.municipality.kind, small.placement.placement) == (
        "gemeinde",
        "central_administration",
    )
    assert small.municipality.population is not None and small.municipality.population < 10_000
    assert small.placement.cdo_time_share is not None and small.placement.cdo_time_share <= 30
    assert (city.municipality.kind, city.placement.placement) == (
        "kreisfreie_stadt",
        "municipal_company",
    )
    budget = next(r for r in city.resources if r.kind == "budget")
    assert (budget.amount, budget.committed_by, budget.status) == (2_400_000, "council", "approved")
