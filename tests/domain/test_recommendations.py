"""One test per recommendation rule: the smallest session that triggers it, and the same
session just below its threshold, where the rule must stay silent.

Messages are rendered twice: in German through the shipped translation (without Qt), and
as the English source; both must show the numbers that triggered the rule.
"""

from __future__ import annotations

import pytest

from cdo_workshop.domain.analysis import analyse
from cdo_workshop.domain.analysis.recommendations import RULES, SEVERITY_ORDER, Recommendation
from cdo_workshop.domain.catalog import Catalog, shipped_catalog
from cdo_workshop.domain.messages import Translate
from cdo_workshop.domain.model import (
    DecisionArea,
    Dependency,
    DependencyKind,
    Expectation,
    ExpectedTask,
    Goal,
    Municipality,
    MunicipalityKind,
    Placement,
    Priority,
    RaciRole,
    Resource,
    ResourceKind,
    ResourceStatus,
    Session,
    StakeholderGroup,
    Task,
)
from cdo_workshop.domain.reservation import area_for
from cdo_workshop.domain.session_file import loads
from cdo_workshop.paths import resource_path

R, A, C = RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE, RaciRole.CONSULTED
G = StakeholderGroup


def found(session: Session, catalog: Catalog, rule: str) -> list[Recommendation]:
    return [r for r in analyse(session, catalog).recommendations if r.rule.startswith(rule)]


def texts(r: Recommendation, german: Translate) -> tuple[str, str]:
    return r.message.render(german, "de"), r.message.render(language="en")


def responsible_tasks(count: int) -> list[Task]:
    return [Task(title=f"Aufgabe {i}", raci={"cdo": R, "mayor": A}) for i in range(count)]


def budget_area(level: int | None) -> DecisionArea:
    return DecisionArea(
        key="digital_budget",
        title="Digitalbudget",
        weight=3,
        max_level=3,
        reserved_to=G.COUNCIL,
        agreed_level=level,
    )


def managing_area(level: int | None) -> DecisionArea:
    return DecisionArea(
        key="budget_management",
        title="Beschlossenes Digitalbudget bewirtschaften",
        weight=3,
        agreed_level=level,
    )


def room_20(*expectations: tuple[StakeholderGroup, int]) -> Session:
    """Mandate 0 (one area at level 1), resources 0, no dependencies: room = 0.2 × 100 = 20."""
    return Session(
        decision_areas=[DecisionArea(title="Weisungsrecht", agreed_level=1)],
        expectations=[Expectation(group=g, position=p) for g, p in expectations],
    )


def room_70(*expectations: tuple[StakeholderGroup, int]) -> Session:
    """Mandate 100 (one area at level 7), resources 0, no dependencies: 50 + 0 + 20 = 70."""
    return Session(
        decision_areas=[DecisionArea(title="Portfolio", agreed_level=7)],
        expectations=[Expectation(group=g, position=p) for g, p in expectations],
    )


# -- anchored_below_leadership ----------------------------------------------------------


@pytest.mark.parametrize(
    ("placement", "de", "en"),
    [
        ("central_administration", "Hauptamt / Zentralverwaltung", "Central administration"),
        ("it_unit", "In der IT-Abteilung", "In the IT unit"),
    ],
)
def test_anchored_below_leadership(
    catalog: Catalog, german: Translate, placement: str, de: str, en: str
) -> None:
    (r,) = found(Session(placement=Placement(placement=placement)), catalog, "anchored")
    assert (r.rule, r.severity, r.subject) == ("anchored_below_leadership", "high", placement)
    assert r.id == f"anchored_below_leadership:{placement}"
    text_de, text_en = texts(r, german)
    assert de in text_de and "nicht nach unten delegieren" in text_de
    assert en in text_en and "cannot be delegated downwards" in text_en
    assert len(r.options) == 3


@pytest.mark.parametrize(
    "placement", ["staff_unit", "leadership_office", "own_department", "municipal_company", ""]
)
def test_anchored_below_leadership_not_triggered(catalog: Catalog, placement: str) -> None:
    assert found(Session(placement=Placement(placement=placement)), catalog, "anchored") == []


# -- placements with their own advice ----------------------------------------------------


def company_session(agreed: int | None = None, land: str = "NI") -> Session:
    """A company CDO with the governance areas the placement brings."""
    catalog = shipped_catalog()
    areas = [
        area_for(catalog, k, "de", "municipal_company")
        for k in ("company_mandate", "business_plan_adoption", "company_management")
    ]
    for area in areas:
        area.agreed_level = agreed and min(agreed, area.max_level)
    return Session(
        municipality=Municipality(state=land, kind=MunicipalityKind.KREISFREIE_STADT),
        placement=Placement(placement="municipal_company"),
        decision_areas=areas,
    )


def test_enterprise_mandate_open(catalog: Catalog, german: Translate) -> None:
    (r,) = found(company_session(), catalog, "enterprise_mandate_open")
    assert (r.severity, r.subject) == ("high", "municipal_company")
    text_de, text_en = texts(r, german)
    assert "Auftrag an das Unternehmen" in text_de and "Wirtschaftsplan" in text_de
    options = [o.render(language="en") for o in r.options]
    assert "Ask Council (Rat) to give the enterprise its digital tasks in writing" in options[0]
    assert "entrustment act under Decision 2012/21/EU" in options[0]
    assert options[1].startswith("Agree the business plan and the subsidy")


def test_enterprise_mandate_open_not_triggered(catalog: Catalog) -> None:
    assert found(company_session(agreed=3), catalog, "enterprise_mandate_open") == []
    inside = Session(placement=Placement(placement="staff_unit"))
    assert found(inside, catalog, "enterprise_mandate_open") == []


@pytest.mark.parametrize(
    ("land", "law"),
    [("NI", "§ 67 Abs. 1 Nr. 2 NPersVG"), ("BW", "LPVG BW (paragraph not found)")],
)
def test_enterprise_placement(catalog: Catalog, german: Translate, land: str, law: str) -> None:
    (r,) = found(company_session(agreed=3, land=land), catalog, "enterprise_placement")
    assert r.severity == "medium"
    text_de, text_en = texts(r, german)
    assert "Trendreport Digitaler Staat 2022" in text_en and "less useful" in text_en
    assert "weniger sinnvoll" in text_de
    options = [o.render(language="en") for o in r.options]
    assert any("§ 4 (3) TVöD" in o and "§ 613a BGB" in o and law in o for o in options)


@pytest.mark.parametrize("placement", ["staff_unit", "external", "verbandsgemeinde", ""])
def test_enterprise_placement_not_triggered(catalog: Catalog, placement: str) -> None:
    session = Session(placement=Placement(placement=placement))
    assert found(session, catalog, "enterprise_placement") == []


def test_external_placement(catalog: Catalog, german: Translate) -> None:
    (r,) = found(Session(placement=Placement(placement="external")), catalog, "external_pl")
    text_de, text_en = texts(r, german)
    assert "only by contract" in text_en and "Vertrag" in text_de
    assert r.severity == "high"


def test_external_placement_not_triggered(catalog: Catalog) -> None:
    session = Session(placement=Placement(placement="municipal_company"))
    assert found(session, catalog, "external_placement") == []


def test_member_municipalities(catalog: Catalog, german: Translate) -> None:
    session = Session(placement=Placement(placement="verbandsgemeinde"))
    (r,) = found(session, catalog, "member_municipalities")
    text_de, text_en = texts(r, german)
    assert "which member decides what" in text_en and "Mitgliedsgemeinde" in text_de


def test_deputy_mayor_placement(catalog: Catalog, german: Translate) -> None:
    session = Session(
        municipality=Municipality(state="BW", kind=MunicipalityKind.STADT),
        placement=Placement(placement="beigeordnete"),
    )
    (r,) = found(session, catalog, "deputy_mayor_placement")
    text_de, text_en = texts(r, german)
    assert "Council (Gemeinderat) elects the deputy" in text_en
    assert "Beigeordnete" in text_de and "Gemeinderat" in text_de


def test_deputy_mayor_placement_not_triggered(catalog: Catalog) -> None:
    session = Session(placement=Placement(placement="own_department"))
    assert found(session, catalog, "deputy_mayor_placement") == []


def test_member_municipalities_not_triggered(catalog: Catalog) -> None:
    session = Session(placement=Placement(placement="central_administration"))
    assert found(session, catalog, "member_municipalities") == []


def test_inter_municipal_cooperation(catalog: Catalog, german: Translate) -> None:
    session = Session(municipality=Municipality(population=6480))
    (r,) = found(session, catalog, "inter_municipal_cooperation")
    text_de, text_en = texts(r, german)
    assert text_en.startswith("With 6,480 inhabitants the municipality is below 20,000")
    assert "6.480" in text_de and "20.000" in text_de


@pytest.mark.parametrize(
    ("population", "placement", "kind"),
    [
        (20_000, "", MunicipalityKind.STADT),
        (None, "", MunicipalityKind.GEMEINDE),
        (6480, "inter_municipal", MunicipalityKind.GEMEINDE),  # already shared
        (6480, "", MunicipalityKind.VERBANDSGEMEINDE),
    ],
)
def test_inter_municipal_cooperation_not_triggered(
    catalog: Catalog, population: int | None, placement: str, kind: MunicipalityKind
) -> None:
    session = Session(
        municipality=Municipality(population=population, kind=kind),
        placement=Placement(placement=placement),
    )
    assert found(session, catalog, "inter_municipal_cooperation") == []


# -- pay grade and the role's size ---------------------------------------------------------


@pytest.mark.parametrize(
    ("grade", "position", "severity"),
    [("E9c", 80, "high"), ("E9c", 50, "medium"), ("E11", 70, "medium"), ("A10", 80, "high")],
)
def test_pay_grade_below_demands(
    catalog: Catalog, german: Translate, grade: str, position: int, severity: str
) -> None:
    session = Session(
        placement=Placement(pay_grade=grade),
        expectations=[Expectation(group=G.COUNCIL, position=position)],
    )
    (r,) = found(session, catalog, "pay_grade_below_demands")
    assert (r.severity, r.subject) == (severity, grade)
    text_de, text_en = texts(r, german)
    assert f"({position})" in text_en and catalog.pay_grades[grade].label.en in text_en
    assert catalog.pay_grades[grade].criterion.de in text_de
    first = r.options[0].render(language="en")
    if grade.startswith("E"):
        assert "§ 12 TVöD" in first and "at least half of the working time" in first
    else:
        assert "Dienstpostenbewertung" in first


def test_the_example_of_the_issue_problem_solving_at_e9c(catalog: Catalog) -> None:
    session = Session(
        placement=Placement(pay_grade="E9c"),
        expectations=[Expectation(group=G.MAYOR, position=90)],
    )
    (r,) = found(session, catalog, "pay_grade_below_demands")
    assert r.message.render(language="en").startswith(
        "Mayor expects \u201cDelivery / problem solving\u201d (90), but the post is graded TVöD"
        " E 9c, whose criteria (stands out from E 9b because the work carries particular"
        " responsibility) carry the role type \u201cCoordination\u201d."
    )


def test_pay_grade_below_demands_not_triggered(catalog: Catalog) -> None:
    for grade, position in (("E13", 90), ("E9c", 30), ("", 90), ("E12", 64)):
        session = Session(
            placement=Placement(pay_grade=grade),
            expectations=[Expectation(group=G.COUNCIL, position=position)],
        )
        assert found(session, catalog, "pay_grade_below_demands") == [], grade
    # IT's expectation does not grade the post: mayor and council decide it
    session = Session(
        placement=Placement(pay_grade="E9c"),
        expectations=[Expectation(group=G.IT, position=90)],
    )
    assert found(session, catalog, "pay_grade_below_demands") == []


def test_the_grade_lists_are_complete(catalog: Catalog) -> None:
    tvoed = [g.label.de for g in catalog.pay_grades.values() if g.scheme == "tvoed"]
    assert tvoed == [
        f"TVöD E {x}"
        for x in ("5", "6", "7", "8", "9a", "9b", "9c", "10", "11", "12", "13", "14", "15", "15Ü")
    ]
    besoldung = [g.key for g in catalog.pay_grades.values() if g.scheme == "besoldung"]
    assert besoldung == [f"A{n}" for n in range(6, 17)] + ["B"]
    assert "at" in catalog.pay_grades
    ranks = [g.rank for g in catalog.pay_grades.values()]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)


def test_role_fte_differs(catalog: Catalog, german: Translate) -> None:
    session = Session(
        placement=Placement(role_fte=2.0, cdo_time_share=80),
        resources=[Resource(kind=ResourceKind.STAFF, amount=1, status=ResourceStatus.COMMITTED)],
    )
    (r,) = found(session, catalog, "role_fte_differs")
    text_de, text_en = texts(r, german)
    assert text_en == (
        "Step 4 gives the role 2.00 FTE, but the committed resources add up to 1.80 FTE"
        " (0.80 of the CDO's time and 1.00 staff)."
    )
    assert "2,00 VZÄ" in text_de and "1,80 VZÄ" in text_de


def test_role_fte_differs_not_triggered(catalog: Catalog) -> None:
    fits = Session(placement=Placement(role_fte=0.25, cdo_time_share=25))
    assert found(fits, catalog, "role_fte_differs") == []
    assert found(Session(), catalog, "role_fte_differs") == []


# -- goals, leadership, staff council, training ----------------------------------------------


def goal_session(level: int | None, raci: dict, time_share: int | None = 50) -> Session:
    task = Task(id="t1", key="ozg_online_services", title="OZG-Onlinedienste", raci=raci)
    area = DecisionArea(id="a1", key="project_portfolio", title="Portfolio", agreed_level=level)
    return Session(
        goals=[
            Goal(id="g1", text="Alle Bürgerdienste online", priority=Priority.HIGH, tasks=["t1"])
        ],
        tasks=[task],
        decision_areas=[area],
        placement=Placement(cdo_time_share=time_share),
    )


def test_goal_not_backed(catalog: Catalog, german: Translate) -> None:
    # linked to a task nobody does, no level that backs it (the task's catalog areas are
    # looked at when no area is linked), and the role carries it without time
    session = goal_session(3, {"cdo": A}, time_share=None)
    (r,) = found(session, catalog, "goal_not_backed")
    assert (r.severity, r.subject) == ("high", "g1")
    text_de, text_en = texts(r, german)
    assert text_en == (
        "The goal \u201cAlle Bürgerdienste online\u201d is not carried yet: nobody is"
        " responsible (R) for OZG-Onlinedienste; no decision area backs it with an agreed level"
        " of 4 (Agree) or more; the role has no resources."
    )
    assert "Alle Bürgerdienste online" in text_de and "Einigen" in text_de


def test_goal_not_backed_not_triggered(catalog: Catalog) -> None:
    # R for the role, the portfolio at 4, time for it: carried
    session = goal_session(4, {"cdo": R, "mayor": A})
    assert found(session, catalog, "goal_not_backed") == []
    # a linked area decides over the task's own areas
    session.decision_areas.append(DecisionArea(id="a2", key="", title="Eigenes", agreed_level=5))
    session.goals[0].areas = ["a2"]
    session.decision_areas[0].agreed_level = 1
    assert found(session, catalog, "goal_not_backed") == []


def test_goal_unlinked(catalog: Catalog, german: Translate) -> None:
    session = Session(goals=[Goal(id="g", text="Glasfaser für alle Ortsteile")])
    (r,) = found(session, catalog, "goal_unlinked")
    assert (r.severity, r.subject) == ("low", "g")
    assert "Glasfaser für alle Ortsteile" in texts(r, german)[0]


def test_goal_unlinked_not_triggered(catalog: Catalog) -> None:
    assert found(goal_session(4, {"cdo": R}), catalog, "goal_unlinked") == []
    assert found(Session(goals=[Goal(text="  ")]), catalog, "goal_unlinked") == []


@pytest.mark.parametrize("key", ["digital_strategy", "portfolio_prioritisation"])
def test_leadership_keeps_accountability(catalog: Catalog, german: Translate, key: str) -> None:
    task = Task(id="t", key=key, title=catalog.tasks[key].title.de, raci={"cdo": A, "it": R})
    (r,) = found(Session(tasks=[task]), catalog, "leadership_keeps_accountability")
    assert (r.severity, r.subject) == ("high", "t")
    text_de, text_en = texts(r, german)
    assert catalog.tasks[key].title.en in text_en  # the catalog's title in the UI language
    assert "must not be delegated downwards" in text_en and "CDO" in text_en
    assert catalog.tasks[key].title.de in text_de


def test_leadership_keeps_accountability_not_triggered(catalog: Catalog) -> None:
    for holder in ("mayor", "council"):
        task = Task(key="digital_strategy", title="Strategie", raci={holder: A, "cdo": R})
        assert found(Session(tasks=[task]), catalog, "leadership_keeps") == []
    other = Task(key="e_files", title="E-Akte", raci={"cdo": A})
    assert found(Session(tasks=[other]), catalog, "leadership_keeps") == []


def test_staff_council_codetermination(catalog: Catalog, german: Translate) -> None:
    session = Session(
        municipality=Municipality(state="NI"),
        tasks=[Task(key="e_files", title="E-Akte", raci={"cdo": R, "mayor": A})],
    )
    (r,) = found(session, catalog, "staff_council_codetermination")
    text_de, text_en = texts(r, german)
    assert "§ 67 Abs. 1 Nr. 2 NPersVG" in text_en and "co-determines" in text_en
    assert "Personalrat" in text_de and "§ 67 Abs. 1 Nr. 2 NPersVG" in text_de


def test_staff_council_codetermination_not_triggered(catalog: Catalog) -> None:
    task = Task(key="e_files", title="E-Akte", raci={"cdo": R, "staff_council": C})
    assert found(Session(tasks=[task]), catalog, "staff_council") == []
    agreed = Session(
        tasks=[Task(key="e_files", title="E-Akte", raci={"cdo": R})],
        dependencies=[
            Dependency(unit="PR", kind=DependencyKind.STAFF_COUNCIL, agreement_exists=True)
        ],
    )
    assert found(agreed, catalog, "staff_council") == []
    unrelated = Session(tasks=[Task(key="reporting", title="Berichte", raci={"cdo": R})])
    assert found(unrelated, catalog, "staff_council") == []


def test_no_training_budget(catalog: Catalog, german: Translate) -> None:
    session = Session(tasks=responsible_tasks(1))
    (r,) = found(session, catalog, "no_training_budget")
    assert r.severity == "medium"
    assert "Fortbildungsbudget" in texts(r, german)[0] or "Schulung" in texts(r, german)[0]


def test_no_training_budget_not_triggered(catalog: Catalog) -> None:
    training = Resource(kind=ResourceKind.TRAINING, amount=5000, status=ResourceStatus.COMMITTED)
    session = Session(tasks=responsible_tasks(1), resources=[training])
    assert found(session, catalog, "no_training_budget") == []
    assert found(Session(), catalog, "no_training_budget") == []  # the role carries nothing


# -- budget_level_too_low ---------------------------------------------------------------


def test_budget_level_too_low(catalog: Catalog, german: Translate) -> None:
    session = Session(
        decision_areas=[budget_area(3), managing_area(2)],
        expectations=[
            Expectation(group=G.COUNCIL, position=65),
            Expectation(group=G.MAYOR, position=90),
        ],
    )
    council, mayor = found(session, catalog, "budget_level_too_low")
    assert (council.rule, council.severity, council.subject) == (
        "budget_level_too_low",
        "high",
        "council",
    )
    assert mayor.subject == "mayor"
    text_de, text_en = texts(council, german)
    assert "(65)" in text_de and "Stufe 2 (Verkaufen)" in text_de
    assert "Bewirtschaftung des beschlossenen Digitalbudgets" in text_de
    assert "(65)" in text_en and "level 2 (Sell)" in text_en
    # Adopting stays with the council: the first option asks the council, the second raises
    # only the part the role can lawfully hold (managing the approved budget, up to 7).
    first, second, _ = (o.render(german, "de") for o in council.options)
    assert first.startswith("Die Vertretung (Rat) bitten, einen Haushaltsansatz")
    assert "Bewirtschaftung" in second and "Stufe 7" in second
    assert all("Stufe 3" not in o.render(german, "de") for o in council.options)


def test_no_budget_the_role_manages_is_said_so(catalog: Catalog, german: Translate) -> None:
    session = Session(
        decision_areas=[budget_area(3)],
        expectations=[Expectation(group=G.COUNCIL, position=80)],
    )
    (council,) = found(session, catalog, "budget_level_too_low")
    assert "kein Budget vereinbart, das die Rolle bewirtschaftet" in texts(council, german)[0]
    assert len(council.options) == 2  # nothing to raise: ask the council, or expect less


@pytest.mark.parametrize(
    ("level", "group", "position"),
    [
        (4, G.COUNCIL, 90),  # the role manages the approved budget with the leadership (4)
        (2, G.COUNCIL, 64),  # the council does not expect problem solving
        (1, G.IT, 100),  # only mayor and council hold the purse strings
    ],
)
def test_budget_level_too_low_not_triggered(
    catalog: Catalog, level: int | None, group: StakeholderGroup, position: int
) -> None:
    session = Session(
        decision_areas=[budget_area(3), managing_area(level)],
        expectations=[Expectation(group=group, position=position)],
    )
    assert found(session, catalog, "budget_level_too_low") == []


def test_at_level_3_the_leadership_still_decides_the_spending(catalog: Catalog) -> None:
    session = Session(
        decision_areas=[budget_area(3), managing_area(3)],
        expectations=[Expectation(group=G.COUNCIL, position=90)],
    )
    assert [r.subject for r in found(session, catalog, "budget_level_too_low")] == ["council"]


def test_an_enterprise_spends_by_its_own_business_plan(catalog: Catalog) -> None:
    running = DecisionArea(key="company_management", title="Laufende Geschäfte", agreed_level=6)
    session = Session(
        placement=Placement(placement="municipal_company"),
        decision_areas=[budget_area(3), managing_area(3), running],
        expectations=[Expectation(group=G.COUNCIL, position=90)],
    )
    assert found(session, catalog, "budget_level_too_low") == []


def test_without_the_budget_area_there_is_no_budget_advice(catalog: Catalog) -> None:
    session = Session(expectations=[Expectation(group=G.COUNCIL, position=90)])
    assert found(session, catalog, "budget_level_too_low") == []


def test_widening_the_mandate_names_the_heaviest_lowest_lawful_areas(catalog: Catalog) -> None:
    areas = [
        budget_area(1),  # reserved: never proposed upwards
        DecisionArea(
            key="strategy_adoption",
            title="Strategie beschließen",
            weight=3,
            max_level=3,
            reserved_to=G.COUNCIL,
            agreed_level=1,
        ),
        DecisionArea(title="Portfolio", weight=3, agreed_level=4),
        DecisionArea(title="Standards", weight=2, agreed_level=2),
        DecisionArea(title="Weisungsrecht", weight=3, agreed_level=2),
        DecisionArea(title="Presse", weight=1, agreed_level=1),
        DecisionArea(title="Eskalation", weight=3, agreed_level=7),  # at its ceiling
        DecisionArea(title="Beschaffung", weight=2, max_level=3, agreed_level=3),  # capped
    ]
    session = Session(
        decision_areas=areas, expectations=[Expectation(group=G.COUNCIL, position=100)]
    )
    (gap,) = found(session, catalog, "expectation_exceeds_room")
    named = gap.options[0].render()
    assert named == "Widen the mandate, e.g. in: Weisungsrecht, Portfolio, Standards"


# -- expectation_exceeds_room -----------------------------------------------------------


def test_expectation_exceeds_room(catalog: Catalog, german: Translate) -> None:
    session = room_20((G.MAYOR, 50), (G.COUNCIL, 35))
    mayor, council = found(session, catalog, "expectation_exceeds_room")
    assert (mayor.severity, mayor.subject) == ("high", "mayor")  # gap 30: large
    assert (council.severity, council.subject) == ("medium", "council")  # gap 15: moderate
    text_de, text_en = texts(mayor, german)
    for text in (text_de, text_en):
        assert "50" in text and "20" in text and "30" in text
    assert "Bürgermeister/in erwartet 50" in text_de
    # the first option names the weakest areas to widen
    assert "Weisungsrecht" in mayor.options[0].render()


def test_nothing_to_widen_lawfully_means_no_such_option(catalog: Catalog) -> None:
    session = room_70((G.COUNCIL, 100))
    session.decision_areas[0].max_level = 7  # at its ceiling: nothing left to widen
    (r,) = found(session, catalog, "expectation_exceeds_room")
    assert not any("Widen the mandate" in o.render() for o in r.options)


def test_expectation_exceeds_room_not_triggered(catalog: Catalog) -> None:
    # gap 14 fits; and an expectation below the room is another rule
    session = room_20((G.MAYOR, 34), (G.IT, 0))
    assert found(session, catalog, "expectation_exceeds_room") == []


# -- resources_short --------------------------------------------------------------------


def test_resources_short(catalog: Catalog, german: Translate) -> None:
    # 6 R tasks ask for 0.6 FTE (0.1 each at 20,000 inhabitants); 20 % time share:
    # capacity 1/3 -> score 20 (below 30: high)
    session = Session(
        tasks=responsible_tasks(6),
        resources=[
            Resource(kind=ResourceKind.TIME_SHARE, amount=20, status=ResourceStatus.COMMITTED)
        ],
    )
    (r,) = found(session, catalog, "resources_short")
    assert (r.rule, r.severity, r.subject) == ("resources_short", "high", "")
    text_de, text_en = texts(r, german)
    # FTE with two decimals
    assert "6 Aufgaben" in text_de and "0,60 VZÄ" in text_de and "0,20 VZÄ" in text_de
    assert "(Ressourcenwert 20)" in text_de
    assert "0.60 FTE" in text_en and "0.20 FTE" in text_en and "score 20" in text_en
    # 40 % time share: capacity 2/3 -> 40: still short, but medium
    session.resources[0].amount = 40
    (r,) = found(session, catalog, "resources_short")
    assert r.severity == "medium"
    # a quarter of a post is shown as such (one decimal would have rounded it to 0.2)
    session.resources[0].amount = 25  # capacity 0.25 / 0.6 -> 100 × 0.6 × 5/12 = 25
    (r,) = found(session, catalog, "resources_short")
    text_de, text_en = texts(r, german)
    assert "nur 0,25 VZÄ" in text_de and "(Ressourcenwert 25)" in text_de
    assert "only 0.25 FTE" in text_en and "about 0.60 FTE" in text_en


def test_resources_short_not_triggered(catalog: Catalog) -> None:
    # 31 % time share and 15,000 € for 0.6 FTE and 30,000 €: 0.6 × 0.52 + 0.4 × 0.5 = 51
    session = Session(
        tasks=responsible_tasks(6),
        resources=[
            Resource(kind=ResourceKind.TIME_SHARE, amount=31, status=ResourceStatus.COMMITTED),
            Resource(kind=ResourceKind.BUDGET, amount=15_000, status=ResourceStatus.APPROVED),
        ],
    )
    assert analyse(session, catalog).resources.value == pytest.approx(51)
    assert found(session, catalog, "resources_short") == []
    # a role without tasks has a score of 0, but nothing is short
    assert found(Session(), catalog, "resources_short") == []


# -- part_time_overload -----------------------------------------------------------------


def test_part_time_overload(catalog: Catalog, german: Translate) -> None:
    session = Session(placement=Placement(cdo_time_share=49), tasks=responsible_tasks(5))
    (r,) = found(session, catalog, "part_time_overload")
    assert (r.rule, r.severity, r.subject) == ("part_time_overload", "high", "")
    text_de, text_en = texts(r, german)
    assert "49 %" in text_de and "5 Aufgaben" in text_de
    assert "49 %" in text_en and "5 tasks" in text_en


@pytest.mark.parametrize(("share", "count"), [(50, 5), (49, 4), (None, 9)])
def test_part_time_overload_not_triggered(catalog: Catalog, share: int | None, count: int) -> None:
    session = Session(placement=Placement(cdo_time_share=share), tasks=responsible_tasks(count))
    assert found(session, catalog, "part_time_overload") == []


def time_share(amount: float, status: ResourceStatus = ResourceStatus.COMMITTED) -> Resource:
    return Resource(kind=ResourceKind.TIME_SHARE, amount=amount, status=status)


def test_part_time_overload_uses_a_committed_time_share(
    catalog: Catalog, german: Translate
) -> None:
    # the placement's field is empty; the committed time share of 30 % counts
    session = Session(resources=[time_share(30)], tasks=responsible_tasks(5))
    assert session.placement.cdo_time_share is None
    (r,) = found(session, catalog, "part_time_overload")
    assert ("time_share", 30) in r.inputs
    text_de, text_en = texts(r, german)
    assert "30 %" in text_de and "5 Aufgaben" in text_de
    assert "30 %" in text_en and "5 tasks" in text_en


@pytest.mark.parametrize(
    ("placement_share", "resources", "triggered"),
    [
        (80, [time_share(40)], True),  # the committed resource wins over the placement
        (40, [time_share(60, ResourceStatus.APPROVED)], False),  # ... also when it is more
        (80, [time_share(40, ResourceStatus.PROPOSED)], False),  # a proposal does not count
        (40, [time_share(60, ResourceStatus.PROPOSED)], True),  # so the placement's 40 does
        (None, [time_share(20), time_share(30)], False),  # committed shares add up: 50
        (None, [time_share(20), time_share(29)], True),  # 49
    ],
)
def test_part_time_overload_committed_time_share_before_placement(
    catalog: Catalog, placement_share: int | None, resources: list[Resource], triggered: bool
) -> None:
    session = Session(
        placement=Placement(cdo_time_share=placement_share),
        resources=resources,
        tasks=responsible_tasks(5),
    )
    assert len(found(session, catalog, "part_time_overload")) == int(triggered)


# -- dependency_without_agreement -------------------------------------------------------


@pytest.mark.parametrize(("strength", "severity"), [(3, "high"), (2, "medium")])
def test_dependency_without_agreement(
    catalog: Catalog, german: Translate, strength: int, severity: str
) -> None:
    dependency = Dependency(id="dep-it", unit="IT-Abteilung", purpose="Betrieb", strength=strength)
    (r,) = found(Session(dependencies=[dependency]), catalog, "dependency_without_agreement")
    assert (r.rule, r.severity, r.subject) == ("dependency_without_agreement", severity, "dep-it")
    text_de, text_en = texts(r, german)
    assert f"Stärke {strength} von 3" in text_de and "IT-Abteilung" in text_de
    # the same sentence for strength 2 and 3: no "strongly" for a medium dependency
    assert text_en == (
        f"The role depends on IT-Abteilung (strength {strength} of 3), and there is no agreement."
    )
    assert ("purpose", "Betrieb") in r.inputs


@pytest.mark.parametrize(("strength", "agreement"), [(1, False), (3, True), (2, True)])
def test_dependency_without_agreement_not_triggered(
    catalog: Catalog, strength: int, agreement: bool
) -> None:
    dependency = Dependency(unit="IT", strength=strength, agreement_exists=agreement)
    assert found(Session(dependencies=[dependency]), catalog, "dependency_without") == []


@pytest.mark.parametrize(
    ("kind", "first_option"),
    [
        (DependencyKind.INTERNAL, "Ask Mayor to settle in a Dienstanweisung"),
        (DependencyKind.EXTERNAL, "Agree a service contract with IT with service levels"),
        (DependencyKind.PUBLIC_PROVIDER, "Conclude a service agreement (Leistungsvereinbarung)"),
        (DependencyKind.STAFF_COUNCIL, "Conclude a framework Dienstvereinbarung"),
        (DependencyKind.OTHER, "Agree in writing with IT"),
    ],
)
def test_dependency_options_follow_the_kind_of_unit(
    catalog: Catalog, kind: DependencyKind, first_option: str
) -> None:
    dependency = Dependency(unit="IT", strength=2, kind=kind)
    (r,) = found(Session(dependencies=[dependency]), catalog, "dependency_without_agreement")
    options = [o.render(language="en") for o in r.options]
    assert options[0].startswith(first_option)
    # nobody is told to move the Kämmerei into the role's team
    assert not any("own team" in o for o in options)


def test_decisive_dependency(catalog: Catalog, german: Translate) -> None:
    dependency = Dependency(
        id="dep", unit="Kreis-IT", strength=3, core=True, kind=DependencyKind.PUBLIC_PROVIDER
    )
    session = Session(dependencies=[dependency])
    (r,) = found(session, catalog, "decisive_dependency")
    assert (r.severity, r.subject) == ("high", "dep")
    text_de, text_en = texts(r, german)
    assert text_en == (
        "The role's core tasks need Kreis-IT (strength 3 of 3), and there is no agreement:"
        " this dependency alone leaves the role only coordination."
    )
    assert "Kreis-IT" in text_de and "nur Koordination" in text_de
    # said once, not again as an ordinary dependency
    assert found(session, catalog, "dependency_without_agreement") == []


@pytest.mark.parametrize(
    ("strength", "core", "agreement"), [(3, False, False), (2, True, False), (3, True, True)]
)
def test_decisive_dependency_not_triggered(
    catalog: Catalog, strength: int, core: bool, agreement: bool
) -> None:
    dependency = Dependency(unit="IT", strength=strength, core=core, agreement_exists=agreement)
    assert found(Session(dependencies=[dependency]), catalog, "decisive_dependency") == []


# -- no_council_resources ---------------------------------------------------------------


@pytest.mark.parametrize(
    "resources",
    [
        [],
        [
            Resource(
                kind=ResourceKind.BUDGET,
                amount=5000,
                committed_by=G.MAYOR,
                status=ResourceStatus.COMMITTED,
            )
        ],
        # the council has only been asked, not yet decided
        [
            Resource(
                kind=ResourceKind.STAFF,
                amount=1,
                committed_by=G.COUNCIL,
                status=ResourceStatus.PROPOSED,
            )
        ],
    ],
)
def test_no_council_resources(
    catalog: Catalog, german: Translate, resources: list[Resource]
) -> None:
    (r,) = found(Session(resources=resources), catalog, "no_council_resources")
    assert (r.rule, r.severity, r.subject, r.id) == (
        "no_council_resources",
        "medium",
        "",
        "no_council_resources",
    )
    text_de, text_en = texts(r, german)
    assert text_de.startswith("Rat: keine Ressourcen zugesagt")
    assert text_en.startswith("Council has committed no resources")


@pytest.mark.parametrize("status", [ResourceStatus.COMMITTED, ResourceStatus.APPROVED])
def test_no_council_resources_not_triggered(catalog: Catalog, status: ResourceStatus) -> None:
    resource = Resource(kind=ResourceKind.BUDGET, amount=1, committed_by=G.COUNCIL, status=status)
    assert found(Session(resources=[resource]), catalog, "no_council_resources") == []


# -- unbacked_task ----------------------------------------------------------------------


def expecting(priority: Priority, level: int | None, role: RaciRole | None) -> Session:
    """The council expects process optimisation; instruction rights back it from level 4."""
    return Session(
        expectations=[
            Expectation(group=G.COUNCIL, tasks=[ExpectedTask("process_optimisation", priority)])
        ],
        decision_areas=[
            DecisionArea(key="instruction_rights", title="Weisungsrecht", agreed_level=level)
        ],
        tasks=[
            Task(
                key="process_optimisation",
                title="Prozessoptimierung",
                raci={"mayor": A} | ({"cdo": role} if role else {}),
            )
        ],
        placement=Placement(cdo_time_share=50),
    )


@pytest.mark.parametrize(
    ("priority", "level", "role", "severity", "de", "en"),
    [
        (Priority.HIGH, 3, R, "medium", "keine Entscheidungsstufe ab 4", "no decision level of 4"),
        (Priority.MEDIUM, 4, C, "low", "keine Ressourcen der Rolle", "no resources of the role"),
        (
            Priority.LOW,
            3,
            C,
            "low",
            "weder eine Entscheidungsstufe noch Ressourcen",
            "neither a decision level nor resources",
        ),
    ],
)
def test_unbacked_task(
    catalog: Catalog,
    german: Translate,
    priority: Priority,
    level: int,
    role: RaciRole,
    severity: str,
    de: str,
    en: str,
) -> None:
    (r,) = found(expecting(priority, level, role), catalog, "unbacked_task")
    assert (r.rule, r.severity, r.subject) == ("unbacked_task", severity, "process_optimisation")
    text_de, text_en = texts(r, german)
    assert "„Prozessoptimierung“" in text_de and de in text_de
    # the catalog's title in the reader's language
    assert "\u201cProcess redesign\u201d" in text_en and en in text_en
    assert "Weisungsrecht" in r.options[0].render()  # the area to raise


def test_unbacked_task_not_triggered(catalog: Catalog) -> None:
    for role in (R, A):
        assert found(expecting(Priority.HIGH, 4, role), catalog, "unbacked_task") == []


# -- raci_problems ----------------------------------------------------------------------


def test_raci_problems(catalog: Catalog, german: Translate) -> None:
    session = Session(
        tasks=[
            Task(id="t-efile", title="E-Akte", raci={"cdo": A, "it": A, "departments": R}),
            Task(id="t-comms", title="Kommunikation", raci={"mayor": A, "cdo": C}),
            Task(id="t-kpi", title="Controlling", raci={"cdo": R}),
        ]
    )
    multiple, no_r, no_a = found(session, catalog, "raci_")
    assert [(r.rule, r.severity, r.subject) for r in (multiple, no_r, no_a)] == [
        ("raci_multiple_accountable", "medium", "t-efile"),
        ("raci_no_responsible", "medium", "t-comms"),
        ("raci_no_accountable", "medium", "t-kpi"),
    ]
    text_de, text_en = texts(multiple, german)
    assert "„E-Akte“ hat 2 Gesamtverantwortliche" in text_de
    assert "has 2 accountable parties" in text_en
    assert "„Kommunikation“" in texts(no_r, german)[0]
    assert "(A) for “Controlling”" in texts(no_a, german)[1]


def test_raci_problems_not_triggered(catalog: Catalog) -> None:
    session = Session(tasks=[Task(title="E-Akte", raci={"cdo": A, "it": R, "departments": R})])
    assert found(session, catalog, "raci_") == []


# -- wide_vote_spread -------------------------------------------------------------------


def test_wide_vote_spread(catalog: Catalog, german: Translate) -> None:
    area = DecisionArea(id="area-w", title="Weisungsrecht", votes={"a": 2, "b": 5, "c": 4})
    (r,) = found(Session(decision_areas=[area]), catalog, "wide_vote_spread")
    assert (r.rule, r.severity, r.subject) == ("wide_vote_spread", "medium", "area-w")
    text_de, text_en = texts(r, german)
    assert "„Weisungsrecht“ reichen von Stufe 2 bis 5" in text_de
    assert "from level 2 to 5" in text_en


def test_wide_vote_spread_not_triggered(catalog: Catalog) -> None:
    area = DecisionArea(title="Weisungsrecht", votes={"a": 2, "b": 4, "c": 4})
    assert found(Session(decision_areas=[area]), catalog, "wide_vote_spread") == []


def test_wide_vote_spread_silent_once_the_room_agreed_a_level(catalog: Catalog) -> None:
    """The spread asks the room to settle the area; once a level is agreed, it has."""
    area = DecisionArea(title="Weisungsrecht", votes={"a": 2, "b": 5, "c": 4}, agreed_level=4)
    session = Session(decision_areas=[area])
    assert found(session, catalog, "wide_vote_spread") == []
    # the spread itself is still there for the screen, only the recommendation is gone
    (spread,) = analyse(session, catalog).spreads
    assert (spread.low, spread.high, spread.wide) == (2, 5, True)


# -- undecided_area ---------------------------------------------------------------------


def test_undecided_area(catalog: Catalog, german: Translate) -> None:
    area = DecisionArea(id="area-e", title="Eskalationsweg", votes={"a": 3})
    (r,) = found(Session(decision_areas=[area]), catalog, "undecided_area")
    assert (r.rule, r.severity, r.subject) == ("undecided_area", "low", "area-e")
    text_de, text_en = texts(r, german)
    assert "„Eskalationsweg“" in text_de and "“Eskalationsweg”" in text_en


def test_undecided_area_not_triggered(catalog: Catalog) -> None:
    area = DecisionArea(title="Eskalationsweg", votes={"a": 3}, agreed_level=3)
    assert found(Session(decision_areas=[area]), catalog, "undecided_area") == []


# -- expectation_below_room -------------------------------------------------------------


def test_expectation_below_room(catalog: Catalog, german: Translate) -> None:
    (r,) = found(room_70((G.IT, 40)), catalog, "expectation_below_room")  # gap -30
    assert (r.rule, r.severity, r.subject) == ("expectation_below_room", "low", "it")
    text_de, text_en = texts(r, german)
    assert "(40)" in text_de and "(70)" in text_de and "IT-Leitung" in text_de
    assert "(40)" in text_en and "(70)" in text_en


def test_expectation_below_room_not_triggered(catalog: Catalog) -> None:
    assert found(room_70((G.IT, 41)), catalog, "expectation_below_room") == []  # gap -29


# -- all rules, and their order ---------------------------------------------------------


def test_every_rule_has_a_positive_and_a_negative_test() -> None:
    names = {rule.__name__ for rule in RULES}
    assert len(names) == 26
    for name in names:
        assert callable(globals().get(f"test_{name}")), name
        assert callable(globals().get(f"test_{name}_not_triggered")), name


def test_recommendations_are_ordered_by_severity_then_rule(catalog: Catalog) -> None:
    session = Session(
        placement=Placement(placement="central_administration"),
        decision_areas=[
            DecisionArea(id="a-open", title="Offen", votes={"x": 1, "y": 6}),
        ],
        dependencies=[
            Dependency(id="d-medium", unit="Kämmerei", strength=2),
            Dependency(id="d-strong", unit="IT", strength=3),
        ],
    )
    ids = [r.id for r in analyse(session, catalog).recommendations]
    assert ids == [
        "anchored_below_leadership:central_administration",  # high, first rule
        "dependency_without_agreement:d-strong",  # high
        "dependency_without_agreement:d-medium",  # medium, before the later rules
        "no_council_resources",  # medium
        "wide_vote_spread:a-open",  # medium
        "undecided_area:a-open",  # low
    ]


@pytest.mark.parametrize("sample", ["musterstadt.json", "kleinhausen.json", "hafenstadt.json"])
def test_the_samples_are_sorted_too(catalog: Catalog, sample: str) -> None:
    session = loads(resource_path("samples", sample).read_bytes())
    recommendations = analyse(session, catalog).recommendations
    order = [rule.__name__ for rule in RULES]

    def position(r: Recommendation) -> tuple[int, int]:
        rule = "raci_problems" if r.rule.startswith("raci_") else r.rule
        return SEVERITY_ORDER.index(r.severity), order.index(rule)

    keys = [position(r) for r in recommendations]
    assert keys == sorted(keys)
