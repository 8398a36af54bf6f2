"""The content catalog: it loads in both languages, has the method's shape, and refuses
broken data with a problem that names what is wrong."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from cdo_workshop.domain.catalog import STANDINGS, Catalog, CatalogError, parse_catalog
from cdo_workshop.domain.model import ResourceKind, StakeholderGroup
from cdo_workshop.paths import resource_path

Data = dict[str, Any]


@pytest.fixture(scope="module")
def raw_catalog() -> Data:
    data: Data = json.loads(resource_path("catalog", "catalog.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def raw(raw_catalog: Data) -> Data:
    """A deep copy of catalog.json to break in one place."""
    return copy.deepcopy(raw_catalog)


def texts(value: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    """Every object that holds a text in some language (a "de" or an "en" member)."""
    if isinstance(value, dict):
        if "de" in value or "en" in value:
            yield path, value
            return
        for key, item in value.items():
            yield from texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from texts(item, f"{path}[{i}]")


def item(data: Data, section: str, key: Any, field: str = "key") -> Data:
    found: Data = next(x for x in data[section] if x[field] == key)
    return found


# -- the shipped catalog ----------------------------------------------------------------


def test_shipped_catalog_loads(catalog: Catalog) -> None:
    assert catalog.tasks and catalog.decision_areas and catalog.templates


def test_every_text_has_german_and_english(raw_catalog: Data) -> None:
    found = list(texts(raw_catalog))
    assert len(found) > 200  # labels, titles, descriptions, meanings, legal notes ...
    for path, value in found:
        assert set(value) == {"de", "en"}, path
        for language in ("de", "en"):
            assert isinstance(value[language], str) and value[language].strip(), (path, language)


def test_german_and_english_differ_where_they_should(catalog: Catalog) -> None:
    """A copy-pasted German text in the English slot would pass the check above."""
    titles = [t.title for t in catalog.tasks.values()]
    assert sum(1 for t in titles if t.de == t.en) == 0
    assert catalog.level_name(4, "de") == "Einigen"
    assert catalog.level_name(4, "en") == "Agree"


def test_tasks_come_in_six_clusters_with_competences(catalog: Catalog) -> None:
    assert 25 <= len(catalog.tasks) <= 30
    assert list(catalog.task_clusters) == [
        "strategy",
        "administration",
        "technology",
        "smart_city",
        "people",
        "networks",
    ]
    used = {t.cluster for t in catalog.tasks.values()}
    assert used == set(catalog.task_clusters)
    for task in catalog.tasks.values():
        assert task.competences, task.key
        assert task.decision_areas, task.key  # every task can be backed by some power


def test_decision_areas_levels_and_placements(catalog: Catalog) -> None:
    everywhere = [a for a in catalog.decision_areas.values() if not a.placements]
    assert 12 <= len(everywhere) <= 22
    assert [(lv.level, lv.key) for lv in catalog.levels.values()] == [
        (1, "tell"),
        (2, "sell"),
        (3, "consult"),
        (4, "agree"),
        (5, "advise"),
        (6, "inquire"),
        (7, "delegate"),
    ]
    assert [catalog.level_name(n, "de") for n in range(1, 8)] == [
        "Anweisen",
        "Verkaufen",
        "Befragen",
        "Einigen",
        "Beraten",
        "Erkundigen",
        "Delegieren",
    ]
    assert set(catalog.placements) == {
        "staff_unit",
        "leadership_office",
        "central_administration",
        "it_unit",
        "own_department",
        "municipal_company",
        "external",
        "inter_municipal",
        "personal_union",
        "beigeordnete",
        "eigenbetrieb",
        "aoer",
        "verbandsgemeinde",
    }
    standings = {p.key: p.standing for p in catalog.placements.values()}
    assert {k for k, s in standings.items() if s == "outside"} == {
        "municipal_company",
        "external",
        "inter_municipal",
        "aoer",
    }
    assert standings["eigenbetrieb"] == "enterprise"
    assert set(catalog.stakeholder_groups) == {g.value for g in StakeholderGroup}
    assert set(catalog.resource_kinds) == {k.value for k in ResourceKind}


COUNCIL_MATTERS = (
    "digital_budget",
    "staff_plan",
    "procurement_major",
    "co_financing",
    "inter_municipal",
    "strategy_adoption",
    "company_mandate",
    "business_plan_adoption",
)
MAYOR_MATTERS = ("organisation_reporting_line", "staff_selection", "external_communication")


def test_council_matters_stay_with_the_council_whatever_the_placement(catalog: Catalog) -> None:
    reserved = {a.key for a in catalog.decision_areas.values() if a.owner is not None}
    assert reserved == set(COUNCIL_MATTERS) | set(MAYOR_MATTERS)
    for key in COUNCIL_MATTERS:
        area = catalog.decision_areas[key]
        assert area.owner == StakeholderGroup.COUNCIL
        # consult: the council decides after hearing the role, in every placement
        assert [area.ceiling(s) for s in STANDINGS] == [3, 3, 3], key
        assert area.legal_note is not None and "{council}" in area.legal_note.de
    for key in MAYOR_MATTERS:
        area = catalog.decision_areas[key]
        assert area.owner == StakeholderGroup.MAYOR
        assert (area.ceiling("inside"), area.ceiling("outside")) == (4, 3), key


def test_split_areas_leave_the_role_a_lawful_part(catalog: Catalog) -> None:
    for reserved, delegable in (
        ("digital_budget", "budget_management"),
        ("strategy_adoption", "strategy_roadmap"),
        ("procurement_major", "procurement"),
        ("co_financing", "funding_applications"),
    ):
        assert catalog.decision_areas[reserved].owner is not None
        part = catalog.decision_areas[delegable]
        assert part.owner is None and part.ceiling("inside") == 7, delegable


def test_outside_the_administration_there_is_no_right_to_instruct(catalog: Catalog) -> None:
    instruct = catalog.decision_areas["instruction_rights"]
    assert [instruct.ceiling(s) for s in STANDINGS] == [7, 3, 3]
    assert {"enterprise", "outside"} <= set(instruct.standing_notes)
    free = [a for a in catalog.decision_areas.values() if a.owner is None and not a.placements]
    assert free and all(a.ceiling("inside") == 7 for a in free)
    assert all(a.ceiling("outside") <= 4 for a in free)  # only by contract


def test_an_enterprise_has_its_own_governance(catalog: Catalog) -> None:
    """Mandate and business plan stay with the council (or the shareholders' meeting it
    instructs); the enterprise's current business can be the role's own, up to level 7."""
    own = {a.key: a for a in catalog.decision_areas.values() if a.placements}
    assert set(own) == {"company_mandate", "business_plan_adoption", "company_management"}
    for area in own.values():
        assert set(area.placements) == {"municipal_company", "aoer", "eigenbetrieb"}
        assert not area.applies_to("staff_unit") and area.applies_to("municipal_company")
    running = own["company_management"]
    assert (running.owner, running.ceiling("outside"), running.ceiling("enterprise")) == (
        None,
        7,
        7,
    )
    assert "2012/21/EU" in own["company_mandate"].legal_note.de
    for template in catalog.templates.values():  # they come with the placement
        assert not set(template.decision_areas) & set(own)


def test_pay_grades_cover_tvoed_besoldung_and_above(catalog: Catalog) -> None:
    for key in ("E9c", "E10", "E13", "E15Ue", "A9", "A16", "B", "at"):
        assert key in catalog.pay_grades
    assert catalog.pay_grades["E9c"].label.de == "TVöD E 9c"


@pytest.mark.parametrize(
    ("population", "kind", "template"),
    [
        (6_500, "gemeinde", "small_gemeinde"),
        (9_999, "gemeinde", "small_gemeinde"),
        (10_000, "gemeinde", "kleinstadt"),
        (19_999, "stadt", "kleinstadt"),
        (20_000, "stadt", "mittelstadt"),
        (38_000, "stadt", "mittelstadt"),
        (99_999, "stadt", "mittelstadt"),
        (100_000, "stadt", "grossstadt"),
        (180_000, "kreisfreie_stadt", "grossstadt"),
        (180_000, "landkreis", "landkreis"),  # the kind wins over the population
        (5_000, "landkreis", "landkreis"),
        (None, "stadt", "mittelstadt"),  # unknown size: the middle
    ],
)
def test_template_for_picks_by_population_and_kind(
    catalog: Catalog, population: int | None, kind: str, template: str
) -> None:
    assert catalog.template_for(population, kind).key == template


def test_templates_refer_to_known_tasks_and_areas(catalog: Catalog) -> None:
    for template in catalog.templates.values():
        assert set(template.tasks) <= set(catalog.tasks)
        assert set(template.decision_areas) <= set(catalog.decision_areas)
        # the council's areas are on every board: the method is about them
        assert {"digital_budget", "staff_plan"} <= set(template.decision_areas)


# -- validation: each kind of broken data ------------------------------------------------


def drop_english(d: Data) -> None:
    del item(d, "tasks", "digital_strategy")["title"]["en"]


def blank_german(d: Data) -> None:
    item(d, "decision_areas", "procurement")["description"]["de"] = "  "


def unknown_competence(d: Data) -> None:
    item(d, "tasks", "e_files")["competences"].append("telepathy")


def unknown_cluster(d: Data) -> None:
    item(d, "tasks", "open_data")["cluster"] = "outer_space"


def unknown_task_area(d: Data) -> None:
    item(d, "tasks", "open_data")["decision_areas"].append("weather")


def unknown_template_task(d: Data) -> None:
    item(d, "templates", "small_gemeinde")["tasks"].append("time_travel")


def unknown_template_area(d: Data) -> None:
    item(d, "templates", "kleinstadt")["decision_areas"].append("weather")


def duplicate_task(d: Data) -> None:
    d["tasks"].append(copy.deepcopy(item(d, "tasks", "reporting")))


def duplicate_level(d: Data) -> None:
    d["delegation_levels"].append(copy.deepcopy(item(d, "delegation_levels", 4, "level")))


def reserved_without_ceiling(d: Data) -> None:
    item(d, "decision_areas", "digital_budget")["ceilings"]["inside"] = 7


def ceiling_without_reservation(d: Data) -> None:
    item(d, "decision_areas", "procurement")["ceilings"]["inside"] = 5


def ceiling_rising_outside(d: Data) -> None:
    item(d, "decision_areas", "instruction_rights")["ceilings"]["outside"] = 7


def unknown_standing(d: Data) -> None:
    item(d, "placements", "external")["standing"] = "moon"


def missing_level(d: Data) -> None:
    d["delegation_levels"] = [lv for lv in d["delegation_levels"] if lv["level"] != 7]


def level_eight(d: Data) -> None:
    item(d, "delegation_levels", 7, "level")["level"] = 8


def weight_out_of_range(d: Data) -> None:
    item(d, "decision_areas", "procurement")["weight"] = 4


def unknown_anchoring(d: Data) -> None:
    item(d, "placements", "staff_unit")["anchoring"] = "basement"


def autonomy_out_of_range(d: Data) -> None:
    item(d, "placements", "external")["autonomy"] = 5


def missing_group(d: Data) -> None:
    d["stakeholder_groups"] = [g for g in d["stakeholder_groups"] if g["key"] != "treasury"]


def missing_resource_kind(d: Data) -> None:
    d["resource_kinds"] = [k for k in d["resource_kinds"] if k["key"] != "tools"]


def missing_required_template(d: Data) -> None:
    d["templates"] = [t for t in d["templates"] if t["key"] != "landkreis"]


def task_without_cluster(d: Data) -> None:
    del item(d, "tasks", "reporting")["cluster"]


def unknown_reserving_group(d: Data) -> None:
    item(d, "decision_areas", "staff_plan")["owner"] = "king"


BREAKAGES: list[tuple[Callable[[Data], None], str]] = [
    (drop_english, "tasks.digital_strategy.title: needs a German and an English text"),
    (blank_german, "decision_areas.procurement.description: needs a German and an English"),
    (unknown_competence, "tasks.e_files: unknown competence 'telepathy'"),
    (unknown_cluster, "tasks.open_data: unknown cluster 'outer_space'"),
    (unknown_task_area, "tasks.open_data: unknown decision area 'weather'"),
    (unknown_template_task, "templates.small_gemeinde: unknown task 'time_travel'"),
    (unknown_template_area, "templates.kleinstadt: unknown decision area 'weather'"),
    (duplicate_task, "tasks: duplicate key 'reporting'"),
    (duplicate_level, "delegation_levels: duplicate key 4"),
    (reserved_without_ceiling, "decision_areas.digital_budget: a council matter is at most"),
    (ceiling_without_reservation, "decision_areas.procurement: only reserved areas are capped"),
    (ceiling_rising_outside, "decision_areas.instruction_rights: a ceiling rises outside"),
    (unknown_standing, "placements.external: unknown standing 'moon'"),
    (missing_level, "delegation_levels must be the levels 1 to 7"),
    (level_eight, "delegation_levels must be the levels 1 to 7"),
    (weight_out_of_range, "decision_areas.procurement: weight 1..3 and ceilings 1..7"),
    (unknown_anchoring, "placements.staff_unit: unknown anchoring 'basement'"),
    (autonomy_out_of_range, "placements.external: autonomy and dependency 0..3"),
    (missing_group, "stakeholder_groups must be exactly the model's groups"),
    (missing_resource_kind, "resource_kinds must be exactly the model's kinds"),
    (missing_required_template, "templates: 'landkreis' is missing"),
    (task_without_cluster, "malformed entry"),
    (unknown_reserving_group, "malformed entry"),
]


@pytest.mark.parametrize(("break_it", "problem"), BREAKAGES, ids=[b.__name__ for b, _ in BREAKAGES])
def test_validation_names_each_kind_of_broken_data(
    raw: Data, break_it: Callable[[Data], None], problem: str
) -> None:
    parse_catalog(copy.deepcopy(raw))  # intact, it loads
    break_it(raw)
    with pytest.raises(CatalogError) as info:
        parse_catalog(raw)
    assert any(problem in p for p in info.value.problems), info.value.problems


def test_validation_lists_every_problem_at_once(raw: Data) -> None:
    drop_english(raw)
    unknown_cluster(raw)
    reserved_without_ceiling(raw)
    with pytest.raises(CatalogError) as info:
        parse_catalog(raw)
    assert len(info.value.problems) == 3
    rendered = info.value.message().render()
    assert rendered.startswith("The content catalog is damaged: tasks.digital_strategy.title")


def test_the_message_shows_at_most_five_problems(raw: Data) -> None:
    for task in raw["tasks"][:8]:
        task["cluster"] = "nowhere"
    with pytest.raises(CatalogError) as info:
        parse_catalog(raw)
    assert len(info.value.problems) == 8
    assert info.value.message().render().count("unknown cluster") == 5


def test_catalog_titles_follow_the_readers_language_unless_renamed(catalog: Catalog) -> None:
    from cdo_workshop.domain.model import DecisionArea, Task

    task = Task(key="e_files", title=catalog.tasks["e_files"].title.de)
    assert catalog.title_of(task) == catalog.tasks["e_files"].title
    area = DecisionArea(
        key="digital_budget", title=catalog.decision_areas["digital_budget"].title.en
    )
    assert catalog.title_of(area).de == catalog.decision_areas["digital_budget"].title.de
    renamed = Task(key="e_files", title="E-Akte im Bauamt")
    assert (catalog.title_of(renamed).de, catalog.title_of(renamed).en) == (
        "E-Akte im Bauamt",
        "E-Akte im Bauamt",
    )
    own = DecisionArea(key="", title="Eigener Bereich")
    assert catalog.title_of(own).en == "Eigener Bereich"
