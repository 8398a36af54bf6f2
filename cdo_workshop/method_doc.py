"""The numbers in docs/method.md, generated from the code so the document cannot drift.

A development tool (it reads and writes files), so it lives beside the app, not in the
Qt- and I/O-free domain it documents.

docs/method.md holds blocks between `<!-- generated:NAME -->` and `<!-- /generated -->`;
this module writes them: every constant of the analysis with its value, the placements with
their dependency share and legal standing, and the three samples as the analysis reads them
(its own sentences, in both languages). tests/test_method_doc.py fails when a block
is out of date or a constant is missing from the table. Regenerate after a change:

    .venv/bin/python -m cdo_workshop.method_doc
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from cdo_workshop.domain.analysis import analyse, checks, recommendations, scores, time_shares
from cdo_workshop.domain.catalog import Catalog, shipped_catalog
from cdo_workshop.domain.messages import Message, Num
from cdo_workshop.domain.reservation import standing

DOC = Path(__file__).resolve().parents[1] / "docs" / "method.md"
BLOCK = re.compile(r"(<!-- generated:([\w-]+) -->\n)(.*?)(<!-- /generated -->)", re.S)
SAMPLES = ("musterstadt", "kleinhausen", "hafenstadt")

# What each constant means, in both languages: (module, name) -> (de, en).
MEANINGS: dict[tuple[str, str], tuple[str, str]] = {
    ("scores", "REFERENCE_POPULATION"): (
        "Einwohnerzahl, für die der Bedarf je Aufgabe gilt",
        "population the demand per task is set for",
    ),
    ("scores", "SIZE_EXPONENT"): (
        "Bedarf × (Einwohner / Referenz) hoch diesem Exponenten",
        "demand × (population / reference) to this power",
    ),
    ("scores", "SIZE_LIMITS"): (
        "Einwohnerzahlen außerhalb zählen wie die Grenze",
        "populations outside count as the limit",
    ),
    ("scores", "FTE_PER_RESPONSIBLE_TASK"): (
        "VZÄ je R-Aufgabe bei der Referenzgröße",
        "FTE per R task at the reference size",
    ),
    ("scores", "BUDGET_PER_RESPONSIBLE_TASK"): (
        "€ je R-Aufgabe und Jahr bei der Referenzgröße (Faustregel, ohne Quelle)",
        "€ per R task and year at the reference size (rule of thumb, no source)",
    ),
    ("scores", "ACCOUNTABLE_SHARE"): (
        "eine nur-A-Aufgabe zählt diesen Bruchteil einer R-Aufgabe",
        "an A-only task counts this fraction of an R task",
    ),
    ("scores", "FULL_TIME"): (
        "Arbeitszeit der/des CDO, wenn Schritt 4 keine nennt",
        "the CDO's working time when step 4 gives none",
    ),
    ("scores", "CAPACITY_WEIGHT"): (
        "Gewicht der Kapazität im Ressourcenwert",
        "weight of capacity",
    ),
    ("scores", "BUDGET_WEIGHT"): ("Gewicht des Budgets im Ressourcenwert", "weight of budget"),
    ("scores", "DEPENDENCY_SHARES"): (
        "Anteil der verbleibenden Unabhängigkeit je Stärke 0–3",
        "share of the remaining independence per strength 0–3",
    ),
    ("scores", "CORE_DEPENDENCY_SHARES"): (
        "dasselbe, wenn die Kernaufgaben die Stelle brauchen",
        "the same when the core tasks need the unit",
    ),
    ("scores", "AGREEMENT_FACTOR"): (
        "eine Vereinbarung multipliziert den Anteil damit",
        "an agreement multiplies the share by this",
    ),
    ("scores", "ROOM_WEIGHTS"): (
        "Gewichte von Mandat, Ressourcen und Unabhängigkeit im Spielraum",
        "weights of mandate, resources and independence in the room",
    ),
    ("scores", "SHAPING_FROM"): ("Spielraum ab hier: Gestaltung", "room from here: shaping"),
    ("scores", "DELIVERING_FROM"): (
        "Spielraum ab hier: Umsetzung / Problemlösung",
        "room from here: delivery / problem solving",
    ),
    ("scores", "COORDINATION_ONLY_LOAD"): (
        "Abhängigkeitslast ab hier: nur Koordination (Deckel des Artikels)",
        "dependency load from here: coordination only (the article's cap)",
    ),
    ("scores", "COORDINATION_ONLY_MANDATE"): (
        "Mandat unter diesem Wert: nur Koordination (Deckel des Artikels)",
        "mandate below this: coordination only (the article's cap)",
    ),
    ("scores", "DELIVERY_MIN_MANDATE"): (
        "Umsetzung braucht mindestens dieses Mandat",
        "delivery needs at least this mandate",
    ),
    ("checks", "FITS_BELOW"): ("Lücke unter diesem Betrag: passt", "gap below this: fits"),
    ("checks", "LARGE_FROM"): ("Lücke ab diesem Betrag: groß", "gap from this: large"),
    ("checks", "BACKING_LEVEL"): (
        "Stufe, ab der ein Feld eine Aufgabe oder ein Ziel stützt (höchstens die Obergrenze)",
        "level from which an area backs a task or goal (at most its ceiling)",
    ),
    ("checks", "WIDE_SPREAD"): (
        "Stufen zwischen niedrigster und höchster Stimme: weite Streuung",
        "levels between lowest and highest vote: a wide spread",
    ),
    ("recommendations", "PROBLEM_SOLVING_FROM"): (
        "Erwartung ab hier fragt Problemlösung (Budgetregel)",
        "an expectation from here asks for problem solving (budget rule)",
    ),
    ("recommendations", "LOW_BUDGET_LEVEL"): (
        "Budgetbewirtschaftung bis zu dieser Stufe (bis „Befragen“ entscheidet die Spitze) ist"
        " zu niedrig für Problemlösung",
        "managing the budget up to this level (up to \u201cconsult\u201d the leadership decides)"
        " is too low for problem solving",
    ),
    ("recommendations", "PART_TIME_BELOW"): (
        "Zeitanteil der/des CDO unter diesem Wert (%) ist Teilzeit",
        "the CDO's time share below this (%) is part time",
    ),
    ("recommendations", "MANY_TASKS"): (
        "so viele R-Aufgaben sind für Teilzeit zu viele",
        "this many R tasks are too many for part time",
    ),
    ("recommendations", "RESOURCES_SHORT_BELOW"): (
        "Ressourcenwert darunter: knapp",
        "resource score below this: short",
    ),
    ("recommendations", "RESOURCES_CRITICAL_BELOW"): (
        "Ressourcenwert darunter: kritisch",
        "resource score below this: critical",
    ),
    ("recommendations", "SMALL_MUNICIPALITY_BELOW"): (
        "Einwohnerzahl darunter: kleine Gemeinde (interkommunale Zusammenarbeit)",
        "population below this: a small municipality (inter-municipal cooperation)",
    ),
    ("recommendations", "WIDEN_NAMES"): (
        "so viele Bereiche nennt „Mandat erweitern“",
        "this many areas \u201cwiden the mandate\u201d names",
    ),
    ("recommendations", "ROLE_FTE_TOLERANCE"): (
        "so viele VZÄ Unterschied zwischen Schritt 4 und 8 sind Rundung",
        "this many FTE between step 4 and step 8 are rounding",
    ),
    ("time_shares", "WHOLE"): (
        "so viel Prozent der Arbeitszeit der Rolle ergeben die Zeitanteile zusammen",
        "percent of the role's working time the time shares add up to",
    ),
    ("time_shares", "GRADING_HALF"): (
        "Hinweis zu § 12 TVöD, sobald die größten Arbeitsvorgänge zusammen so viel Prozent"
        " erreichen",
        "hint on § 12 TVöD once the largest work processes together reach this percentage",
    ),
    ("time_shares", "TOLERANCE"): (
        "VZÄ, die ein Zeitanteil unter dem Bedarf einer Aufgabe liegen darf (Rundung)",
        "FTE a time share may fall short of a task's demand (rounding)",
    ),
}
MODULES: dict[str, ModuleType] = {
    "scores": scores,
    "checks": checks,
    "recommendations": recommendations,
    "time_shares": time_shares,
}


def documented_constants(module: ModuleType) -> list[str]:
    """The module's numeric rules of thumb: upper-case names bound to numbers or to tuples
    and dicts of numbers."""

    def numeric(value: Any) -> bool:
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            return True
        if isinstance(value, tuple | list) and value:
            return all(numeric(v) for v in value)
        if isinstance(value, dict) and value:
            return all(numeric(v) for v in value.values())
        return False

    return [
        name
        for name, value in vars(module).items()
        if name.isupper() and not name.startswith("_") and numeric(value)
    ]


KEY_NAMES = {
    "mandate": ("Mandat", "mandate"),
    "resources": ("Ressourcen", "resources"),
    "independence": ("Unabhängigkeit", "independence"),
}


def _value(value: Any, language: str) -> str:
    if isinstance(value, dict):
        return ", ".join(
            f"{KEY_NAMES.get(k, (k, k))[language == 'en']} {_value(v, language)}"
            for k, v in value.items()
        )
    if isinstance(value, tuple | list):
        return " / ".join(_value(v, language) for v in value)
    if isinstance(value, float) and not value.is_integer():
        digits = len(f"{value:.4f}".rstrip("0").split(".")[1])
        return Num(value, min(digits, 4)).localize(language)
    return Num(float(value)).localize(language)


def constants(language: str) -> str:
    head = ("| Konstante | Wert | Bedeutung |", "| Constant | Value | Meaning |")[language == "en"]
    rows = [head, "|---|---|---|"]
    for (module, name), meaning in MEANINGS.items():
        value = getattr(MODULES[module], name)
        text = meaning[language == "en"]
        rows.append(f"| `{module}.{name}` | {_value(value, language)} | {text} |")
    return "\n".join(rows) + "\n"


def placements(language: str, catalog: Catalog | None = None) -> str:
    catalog = catalog or shipped_catalog()
    en = language == "en"
    rows = [
        "| Placement | Dependency | Share | Standing in law |"
        if en
        else "| Platzierung | Abhängigkeit | Anteil | Stellung im Recht |",
        "|---|---|---|---|",
    ]
    names = {
        "inside": ("innerhalb der Verwaltung", "inside the administration"),
        "enterprise": ("Eigenbetrieb", "municipal enterprise"),
        "outside": ("außerhalb der Verwaltung", "outside the administration"),
    }
    for p in catalog.placements.values():
        share = scores.dependency_share(p.dependency, False)
        rows.append(
            f"| {p.label.get(language)} | {p.dependency} | {_value(100 * share, language)} % |"
            f" {names[standing(catalog, p.key)][en]} |"
        )
    return "\n".join(rows) + "\n"


@cache
def _german() -> dict[tuple[str, str], str]:
    from cdo_workshop.paths import resource_path

    path = resource_path("translations", "cdo_workshop_de.ts")
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                out[(name, source)] = translation
    return out


def _translate(language: str) -> Callable[[str, str], str]:
    if language == "en":
        return lambda context, source: source
    return lambda context, source: _german().get((context, source), source)


def samples(language: str, catalog: Catalog | None = None) -> str:
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.paths import resource_path

    catalog = catalog or shipped_catalog()
    translate = _translate(language)

    def say(message: Message) -> str:
        return message.render(translate, language)

    out = []
    for name in SAMPLES:
        session = loads(resource_path("samples", f"{name}.json").read_bytes())
        a = analyse(session, catalog)
        out.append(f"**{session.municipality.name}**\n")
        for score in (a.mandate, a.resources, a.dependency_load, a.room, a.role_type_reason):
            out.append(f"- {say(score.explanation)}")
            if score.detail is not None:
                out.append(f"  {say(score.detail)}")
        first = "Die ersten drei Empfehlungen" if language == "de" else "The first three findings"
        out.append(f"- {first}:")
        out += [f"  {i}. {say(r.message)}" for i, r in enumerate(a.recommendations[:3], 1)]
        out.append("")
    return "\n".join(out)


GENERATORS: dict[str, Callable[[], str]] = {
    "constants-de": lambda: constants("de"),
    "constants-en": lambda: constants("en"),
    "placements-de": lambda: placements("de"),
    "placements-en": lambda: placements("en"),
    "samples-de": lambda: samples("de"),
    "samples-en": lambda: samples("en"),
}


def regenerate(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        name = match.group(2)
        if name not in GENERATORS:
            raise KeyError(f"docs/method.md: no generator for block {name!r}")
        return f"{match.group(1)}{GENERATORS[name]()}{match.group(4)}"

    return BLOCK.sub(block, text)


def main() -> int:
    text = DOC.read_text(encoding="utf-8")
    DOC.write_text(regenerate(text), encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
