"""The workshop's content catalog (German and English), loaded from data and checked.

`resources/catalog/catalog.json` holds stakeholder groups, tasks, decision areas,
delegation levels, placements, pay grades, resource kinds, units and size templates.
Every reference inside it is checked when it is loaded, so a broken data file fails loudly
at start, not in the middle of a workshop.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdo_workshop.domain.model import (
    Period,
    ResourceKind,
    StakeholderGroup,
)

LANGUAGES = ("de", "en")
# Where a placement puts the role in law: inside the administration (a unit, the leadership,
# an elected deputy, a Verbandsgemeinde's administration), in a municipal enterprise
# (Eigenbetrieb: the municipality's, but under its own management), or outside (a company,
# a public-law institution, a contractor, another public body). The lawful ceilings differ.
STANDINGS = ("inside", "enterprise", "outside")


@dataclass(frozen=True)
class Text:
    """A text in both languages."""

    de: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.de

    localize = get  # lets a Text be an argument of a Message


@dataclass(frozen=True)
class Entry:
    key: str
    label: Text


@dataclass(frozen=True)
class TaskDef:
    key: str
    cluster: str
    title: Text
    description: Text
    competences: tuple[str, ...]
    decision_areas: tuple[str, ...]  # areas whose level backs this task


@dataclass(frozen=True)
class AreaDef:
    """A decision area and the law on it.

    `owner` is the body that keeps the decision by law (the council, or the mayor as head of
    the administration); None: it can be delegated. `ceilings` is the highest lawful level
    per standing of the role's placement (see STANDINGS): a reserved area stays at most at
    level 3, "Befragen" (consult): its owner decides, the role prepares and advises.
    """

    key: str
    title: Text
    description: Text
    weight: int
    owner: StakeholderGroup | None
    ceilings: Mapping[str, int]
    legal_note: Text | None
    standing_notes: Mapping[str, Text]  # why a standing lowers the ceiling
    # Placements the area belongs to (an enterprise's own governance); empty: every one.
    # Such an area comes with its placement and goes with it (domain.reservation).
    placements: tuple[str, ...] = ()

    def applies_to(self, placement: str) -> bool:
        return not self.placements or placement in self.placements

    @property
    def reserved_to(self) -> StakeholderGroup | None:
        return self.owner

    @property
    def max_level(self) -> int:
        """The ceiling inside the administration (the highest any placement gets)."""
        return self.ceilings["inside"]

    def ceiling(self, standing: str) -> int:
        return self.ceilings.get(standing, self.ceilings["inside"])


@dataclass(frozen=True)
class LevelDef:
    level: int
    key: str
    name: Text
    meaning: Text


@dataclass(frozen=True)
class PlacementDef:
    key: str
    label: Text
    autonomy: int  # 0..3
    dependency: int  # 0..3
    anchoring: str  # leadership | department | below_leadership | outside
    consequences: Text
    standing: str  # in law: inside the administration, enterprise (Eigenbetrieb), outside


@dataclass(frozen=True)
class PayGradeDef:
    """A pay grade, its criterion in short (TVöD VKA Entgeltordnung, Teil A Abschnitt I;
    for civil servants the career group) and the role type its criteria can carry."""

    key: str
    label: Text
    scheme: str
    rank: int  # order within the whole list, lowest first
    supports: str = "coordination"  # coordination | shaping | delivery
    criterion: Text | None = None


@dataclass(frozen=True)
class ResourceKindDef:
    key: ResourceKind
    label: Text
    unit: str


@dataclass(frozen=True)
class TemplateResource:
    kind: ResourceKind
    amount: float
    period: Period


@dataclass(frozen=True)
class TemplateDef:
    key: str
    label: Text
    description: Text
    population_max: int | None
    tasks: tuple[str, ...]
    decision_areas: tuple[str, ...]
    resources: tuple[TemplateResource, ...]


@dataclass(frozen=True)
class Catalog:
    stakeholder_groups: Mapping[str, Entry]
    competences: Mapping[str, Entry]
    task_clusters: Mapping[str, Entry]
    tasks: Mapping[str, TaskDef]
    decision_areas: Mapping[str, AreaDef]
    levels: Mapping[int, LevelDef]
    placements: Mapping[str, PlacementDef]
    pay_grades: Mapping[str, PayGradeDef]
    resource_kinds: Mapping[str, ResourceKindDef]
    units: Mapping[str, Entry]
    templates: Mapping[str, TemplateDef] = field(default_factory=dict)

    def group_label(self, group: str, language: str) -> str:
        entry = self.stakeholder_groups.get(group)
        return entry.label.get(language) if entry else group

    def level_name(self, level: int, language: str) -> str:
        return self.levels[level].name.get(language)

    def title_of(self, item: Any) -> Text:
        """A task's or area's title in the reader's language: the catalog's, unless the room
        renamed it (then its own words in both languages)."""
        entries = self.tasks if hasattr(item, "raci") else self.decision_areas
        definition = entries.get(getattr(item, "key", ""))
        if definition is not None and item.title in (definition.title.de, definition.title.en):
            return definition.title
        return Text(item.title, item.title)

    def template_for(self, population: int | None, kind: str) -> TemplateDef:
        """The size template a municipality of this kind and population starts from."""
        if kind == "landkreis":
            return self.templates["landkreis"]
        sized = [t for t in self.templates.values() if t.key != "landkreis"]
        for template in sorted(sized, key=lambda t: t.population_max or 10**9):
            if population is not None and population < (template.population_max or 10**9):
                return template
        return self.templates["mittelstadt" if population is None else "grossstadt"]


class CatalogError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems

    def message(self) -> Message:
        return msg(
            "Catalog",
            QT_TRANSLATE_NOOP("Catalog", "The content catalog is damaged: {problems}"),
            problems="; ".join(self.problems[:5]),
        )


def load_catalog(path: Path) -> Catalog:
    with open(path, encoding="utf-8") as f:
        return parse_catalog(json.load(f))


def parse_catalog(data: Mapping[str, Any]) -> Catalog:
    """Build and check the catalog; raises CatalogError listing every problem found."""
    problems: list[str] = []
    reader = _Reader(problems)
    try:
        catalog = _build(data, reader)
    except (KeyError, TypeError, ValueError) as e:
        raise CatalogError([*problems, f"malformed entry: {e!r}"]) from None
    _check_references(catalog, problems)
    if problems:
        raise CatalogError(problems)
    return catalog


class _Reader:
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems

    def text(self, value: Any, where: str) -> Text:
        if not isinstance(value, dict) or not all(
            isinstance(value.get(lang), str) and value[lang].strip() for lang in LANGUAGES
        ):
            self.problems.append(f"{where}: needs a German and an English text")
            return Text("?", "?")
        return Text(value["de"], value["en"])

    def keyed(self, items: Iterable[Any], where: str, key: str = "key") -> list[Any]:
        seen: set[Any] = set()
        out = []
        for item in items:
            if item[key] in seen:
                self.problems.append(f"{where}: duplicate key {item[key]!r}")
            seen.add(item[key])
            out.append(item)
        return out


def _build(d: Mapping[str, Any], r: _Reader) -> Catalog:
    def entries(name: str) -> dict[str, Entry]:
        return {
            e["key"]: Entry(e["key"], r.text(e["label"], f"{name}.{e['key']}"))
            for e in r.keyed(d[name], name)
        }

    tasks = {
        t["key"]: TaskDef(
            key=t["key"],
            cluster=t["cluster"],
            title=r.text(t["title"], f"tasks.{t['key']}.title"),
            description=r.text(t["description"], f"tasks.{t['key']}.description"),
            competences=tuple(t["competences"]),
            decision_areas=tuple(t.get("decision_areas", ())),
        )
        for t in r.keyed(d["tasks"], "tasks")
    }
    areas = {
        a["key"]: AreaDef(
            key=a["key"],
            title=r.text(a["title"], f"decision_areas.{a['key']}.title"),
            description=r.text(a["description"], f"decision_areas.{a['key']}.description"),
            weight=int(a["weight"]),
            owner=StakeholderGroup(a["owner"]) if a["owner"] else None,
            ceilings={s: int(a["ceilings"][s]) for s in STANDINGS},
            legal_note=r.text(a["legal_note"], f"decision_areas.{a['key']}.legal_note")
            if a.get("legal_note")
            else None,
            standing_notes={
                s: r.text(text, f"decision_areas.{a['key']}.standing_notes.{s}")
                for s, text in (a.get("standing_notes") or {}).items()
            },
            placements=tuple(a.get("placements") or ()),
        )
        for a in r.keyed(d["decision_areas"], "decision_areas")
    }
    levels = {
        lv["level"]: LevelDef(
            lv["level"],
            lv["key"],
            r.text(lv["name"], f"delegation_levels.{lv['key']}.name"),
            r.text(lv["meaning"], f"delegation_levels.{lv['key']}.meaning"),
        )
        for lv in r.keyed(d["delegation_levels"], "delegation_levels", key="level")
    }
    placements = {
        p["key"]: PlacementDef(
            key=p["key"],
            label=r.text(p["label"], f"placements.{p['key']}.label"),
            autonomy=int(p["autonomy"]),
            dependency=int(p["dependency"]),
            anchoring=p["anchoring"],
            consequences=r.text(p["consequences"], f"placements.{p['key']}.consequences"),
            standing=p.get("standing", "inside"),
        )
        for p in r.keyed(d["placements"], "placements")
    }
    pay_grades = {
        g["key"]: PayGradeDef(
            g["key"],
            r.text(g["label"], f"pay_grades.{g['key']}"),
            g["scheme"],
            int(g["rank"]),
            g.get("supports", "coordination"),
            r.text(g["criterion"], f"pay_grades.{g['key']}.criterion")
            if g.get("criterion")
            else None,
        )
        for g in r.keyed(d["pay_grades"], "pay_grades")
    }
    kinds = {
        k["key"]: ResourceKindDef(
            ResourceKind(k["key"]), r.text(k["label"], f"resource_kinds.{k['key']}"), k["unit"]
        )
        for k in r.keyed(d["resource_kinds"], "resource_kinds")
    }
    templates = {
        t["key"]: TemplateDef(
            key=t["key"],
            label=r.text(t["label"], f"templates.{t['key']}.label"),
            description=r.text(t["description"], f"templates.{t['key']}.description"),
            population_max=t.get("population_max"),
            tasks=tuple(t["tasks"]),
            decision_areas=tuple(t["decision_areas"]),
            resources=tuple(
                TemplateResource(ResourceKind(x["kind"]), float(x["amount"]), Period(x["period"]))
                for x in t["resources"]
            ),
        )
        for t in r.keyed(d["templates"], "templates")
    }
    return Catalog(
        stakeholder_groups=entries("stakeholder_groups"),
        competences=entries("competences"),
        task_clusters=entries("task_clusters"),
        tasks=tasks,
        decision_areas=areas,
        levels=levels,
        placements=placements,
        pay_grades=pay_grades,
        resource_kinds=kinds,
        units=entries("units"),
        templates=templates,
    )


def _check_references(c: Catalog, problems: list[str]) -> None:
    if set(c.stakeholder_groups) != {g.value for g in StakeholderGroup}:
        problems.append("stakeholder_groups must be exactly the model's groups")
    if sorted(c.levels) != list(range(1, 8)):
        problems.append("delegation_levels must be the levels 1 to 7")
    if set(c.resource_kinds) != {k.value for k in ResourceKind}:
        problems.append("resource_kinds must be exactly the model's kinds")
    for t in c.tasks.values():
        if t.cluster not in c.task_clusters:
            problems.append(f"tasks.{t.key}: unknown cluster {t.cluster!r}")
        for comp in t.competences:
            if comp not in c.competences:
                problems.append(f"tasks.{t.key}: unknown competence {comp!r}")
        for area in t.decision_areas:
            if area not in c.decision_areas:
                problems.append(f"tasks.{t.key}: unknown decision area {area!r}")
    for a in c.decision_areas.values():
        levels = [a.ceiling(s) for s in STANDINGS]
        if not 1 <= a.weight <= 3 or not all(1 <= level <= 7 for level in levels):
            problems.append(f"decision_areas.{a.key}: weight 1..3 and ceilings 1..7")
        if levels != sorted(levels, reverse=True):
            problems.append(f"decision_areas.{a.key}: a ceiling rises outside the administration")
        if a.owner == StakeholderGroup.COUNCIL and max(levels) > 3:
            problems.append(f"decision_areas.{a.key}: a council matter is at most level 3")
        if a.owner is None and a.max_level < 7:
            problems.append(f"decision_areas.{a.key}: only reserved areas are capped inside")
        for standing in STANDINGS:
            if (
                a.ceiling(standing) < a.max_level
                and standing not in a.standing_notes
                and (a.legal_note is None)
            ):
                problems.append(f"decision_areas.{a.key}: no reason for the {standing} ceiling")
        for key in a.placements:
            if key not in c.placements:
                problems.append(f"decision_areas.{a.key}: unknown placement {key!r}")
    for p in c.placements.values():
        if not (0 <= p.autonomy <= 3 and 0 <= p.dependency <= 3):
            problems.append(f"placements.{p.key}: autonomy and dependency 0..3")
        if p.anchoring not in ("leadership", "department", "below_leadership", "outside"):
            problems.append(f"placements.{p.key}: unknown anchoring {p.anchoring!r}")
        if p.standing not in STANDINGS:
            problems.append(f"placements.{p.key}: unknown standing {p.standing!r}")
    for g in c.pay_grades.values():
        if g.supports not in ("coordination", "shaping", "delivery"):
            problems.append(f"pay_grades.{g.key}: unknown role type {g.supports!r}")
    for template in c.templates.values():
        for key in template.tasks:
            if key not in c.tasks:
                problems.append(f"templates.{template.key}: unknown task {key!r}")
        for key in template.decision_areas:
            if key not in c.decision_areas:
                problems.append(f"templates.{template.key}: unknown decision area {key!r}")
            elif c.decision_areas[key].placements:
                problems.append(f"templates.{template.key}: {key!r} comes with its placement")
    for required in ("landkreis", "mittelstadt", "grossstadt"):
        if required not in c.templates:
            problems.append(f"templates: {required!r} is missing")


def shipped_catalog() -> Catalog:
    """The catalog in resources/, loaded once per process."""
    global _shipped
    if _shipped is None:
        from cdo_workshop.paths import resource_path

        _shipped = load_catalog(resource_path("catalog", "catalog.json"))
    return _shipped


_shipped: Catalog | None = None
