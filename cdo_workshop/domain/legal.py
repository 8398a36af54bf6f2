"""The law of the session's Land: the names of its bodies and the paragraphs the app cites.

Every Flächenland has its own municipal code, and they differ in more than numbers: Hessen
and Brandenburg call a town's council the Stadtverordnetenversammlung, Nordrhein-Westfalen
and Niedersachsen just the Rat; Hessen's towns are run by a collegial Magistrat. The data is
`resources/catalog/laender.json` (sources in SOURCES.md). A citation that could not be
checked against the code's own text says so wherever it is shown. Without a Land, or for a
city-state (which has no municipal code) or a Landkreis (whose code the app does not cite
yet), the terms are neutral and the app says why it cites nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from cdo_workshop.domain.catalog import AreaDef, Catalog, Text
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, Money, msg
from cdo_workshop.domain.model import LAENDER, DecisionArea, MunicipalityKind, Session
from cdo_workshop.domain.reservation import PREPARES_AND_ADVISES, standing

C = "Legal"


@dataclass(frozen=True)
class Reference:
    ref: str | None  # "§ 39 Abs. 2", or None: not found
    checked: bool  # seen in the code's own text, not only in commentaries


@dataclass(frozen=True)
class LandLaw:
    code: str
    law: str
    abbreviation: str
    council: dict[str, str]  # gemeinde, stadt (and verband where it exists)
    mayor: dict[str, str]  # gemeinde, stadt, large (kreisfreie Städte)
    executive: dict[str, str] | None
    reserved: Reference
    represents: Reference
    current_business: Reference
    companies: Reference  # the code's rules on municipal enterprises under private law
    # Hessen: the Gemeindevorstand / Magistrat is the administration (§ 66 HGO), represents
    # the municipality (§ 71 HGO) and appoints its staff (§ 73 HGO), not the mayor alone.
    executive_heads_administration: bool
    staff_council_act: str  # the Land's staff representation act, e.g. BayPVG
    staff_council: Reference  # its co-determination on technical devices


@dataclass(frozen=True)
class Citation:
    """A paragraph of the session's code, e.g. § 51 HGO, and whether it was checked."""

    text: str
    checked: bool
    found: bool = True  # False: the act is known, its paragraph was not found

    def localize(self, language: str) -> str:
        if not self.found:
            suffix = "Paragraph nicht ermittelt" if language == "de" else "paragraph not found"
            return f"{self.text} ({suffix})"
        if self.checked:
            return self.text
        return (
            f"{self.text} (Fundstelle nicht geprüft)"
            if language == "de"
            else (f"{self.text} (reference not checked)")
        )


# Generic English words; the German official term follows in brackets.
_GENERIC = {
    "council": "Council",
    "mayor": "Mayor",
    "large_mayor": "Lord Mayor",
    "executive": "Executive board",
}
# Without a Land: "Rat" is the code's own word in two Länder and the everyday one in all.
NEUTRAL_COUNCIL = Text("Rat", "Council")
NEUTRAL_MAYOR = Text("Bürgermeister/in", "Mayor")


@dataclass(frozen=True)
class LegalTerms:
    """The words and citations for one session."""

    status: str  # "land" | "none" | "city_state" | "county"
    land: LandLaw | None
    council: Text
    mayor: Text
    executive: Text | None

    @property
    def head(self) -> Text:
        """Who holds the administration's own powers: the mayor, or in Hessen the collegial
        executive (Magistrat, Gemeindevorstand)."""
        if self.land is not None and self.land.executive_heads_administration and self.executive:
            return self.executive
        return self.mayor

    @property
    def code(self) -> str:
        return self.land.abbreviation if self.land else ""

    def reserved(self) -> Citation | None:
        """The paragraph listing what the council cannot delegate."""
        return self._cite(self.land.reserved) if self.land else None

    def represents(self) -> Citation | None:
        return self._cite(self.land.represents) if self.land else None

    def companies(self) -> Citation | None:
        return self._cite(self.land.companies) if self.land else None

    def staff_council(self) -> Citation | None:
        """Where the Land's staff representation act lets the staff council co-determine
        technical devices able to monitor staff (e-files, DMS, AI, video conferencing)."""
        if self.land is None:
            return None
        ref = self.land.staff_council
        if ref.ref is None:
            return Citation(self.land.staff_council_act, False, found=False)
        return Citation(f"{ref.ref} {self.land.staff_council_act}", ref.checked)

    def _cite(self, reference: Reference) -> Citation | None:
        if self.land is None or reference.ref is None:
            return None
        return Citation(f"{reference.ref} {self.land.abbreviation}", reference.checked)

    def basis(self) -> Message:
        """One sentence on the legal basis, for step 1 and the agreement."""
        if self.status == "land" and self.land is not None:
            reserved = self.reserved()
            return msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Legal",
                    "Legal basis: {law} ({code}). Matters the elected council ({council}) cannot"
                    " delegate: {reserved}.",
                ),
                law=self.land.law,
                code=self.land.abbreviation,
                council=self.council.de,  # the official name, also in English
                reserved=reserved or Text("nicht ermittelt", "not found"),
            )
        if self.status == "city_state":
            return msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Legal",
                    "A city-state has no municipal code: the app cites no provision and uses"
                    " neutral terms. Check the Land's own law (e.g. its district administration"
                    " act) for who decides what.",
                ),
            )
        if self.status == "county":
            return msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Legal",
                    "For a Landkreis the Land's county code applies, which the app does not cite"
                    " yet: it uses neutral terms. Check the county code for who decides what.",
                ),
            )
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Legal",
                "No Land chosen: the app cites no municipal code and uses neutral terms. Choose"
                " the Land in step 1 to see its terms and paragraphs.",
            ),
        )


def _reference(data: Any) -> Reference:
    return Reference(data.get("ref"), bool(data.get("checked")))


@cache
def laender() -> tuple[dict[str, LandLaw], frozenset[str]]:
    """The shipped data, checked once: every Flächenland present, every field set."""
    from cdo_workshop.paths import resource_path

    data = json.loads(resource_path("catalog", "laender.json").read_text(encoding="utf-8"))
    out: dict[str, LandLaw] = {}
    for entry in data["laender"]:
        land = LandLaw(
            code=entry["code"],
            law=entry["law"],
            abbreviation=entry["abbreviation"],
            council=dict(entry["council"]),
            mayor=dict(entry["mayor"]),
            executive=dict(entry["executive"]) if entry.get("executive") else None,
            reserved=_reference(entry["reserved"]),
            represents=_reference(entry["represents"]),
            current_business=_reference(entry["current_business"]),
            companies=_reference(entry["companies"]),
            executive_heads_administration=bool(entry.get("executive_heads_administration")),
            staff_council_act=entry["staff_council"]["act"],
            staff_council=_reference(entry["staff_council"]),
        )
        if land.code not in LAENDER or {"gemeinde", "stadt"} - set(land.council):
            raise ValueError(f"laender.json: bad entry {land.code}")
        out[land.code] = land
    city_states = frozenset(data["city_states"])
    missing = set(LAENDER) - set(out) - city_states
    if missing:
        raise ValueError(f"laender.json: no entry for {sorted(missing)}")
    return out, city_states


def _local(kind: MunicipalityKind) -> str:
    if kind == MunicipalityKind.VERBANDSGEMEINDE:
        return "verband"
    if kind in (MunicipalityKind.STADT, MunicipalityKind.KREISFREIE_STADT):
        return "stadt"
    return "gemeinde"


def legal_terms(session: Session) -> LegalTerms:
    """The terms and citations for the session's Land and kind of municipality."""
    laws, city_states = laender()
    state = session.municipality.state
    kind = session.municipality.kind
    if kind == MunicipalityKind.LANDKREIS:
        return LegalTerms(
            "county",
            None,
            Text("Kreistag", "County council (Kreistag)"),
            Text("Landrat/Landrätin", "District administrator (Landrat)"),
            None,
        )
    if state in city_states:
        return LegalTerms("city_state", None, NEUTRAL_COUNCIL, NEUTRAL_MAYOR, None)
    land = laws.get(state)
    if land is None:
        return LegalTerms("none", None, NEUTRAL_COUNCIL, NEUTRAL_MAYOR, None)
    local = _local(kind)
    council = land.council.get(local) or land.council["gemeinde"]
    large = kind == MunicipalityKind.KREISFREIE_STADT
    mayor = land.mayor["large"] if large else land.mayor.get(local, land.mayor["gemeinde"])
    executive = None
    if land.executive is not None:
        name = land.executive.get(local) or land.executive["gemeinde"]
        executive = Text(name, f"{_GENERIC['executive']} ({name})")
    return LegalTerms(
        "land",
        land,
        Text(council, f"{_GENERIC['council']} ({council})"),
        Text(mayor, f"{_GENERIC['large_mayor' if large else 'mayor']} ({mayor})"),
        executive,
    )


def group_text(catalog: Catalog, session: Session | None, group: str) -> Text:
    """A stakeholder group's name: the council and the mayor as the session's Land calls
    them, every other group as the catalog does."""
    if session is not None and group in ("council", "mayor"):
        terms = legal_terms(session)
        return terms.council if group == "council" else terms.mayor
    entry = catalog.stakeholder_groups.get(group)
    return entry.label if entry else Text(group, group)


def owner_text(catalog: Catalog, session: Session | None, owner: str) -> Text:
    """Who keeps a reserved decision: the council, or for the administration's matters its
    head in the Land's terms (in Hessen the Magistrat / Gemeindevorstand)."""
    if session is not None and owner == "mayor":
        return legal_terms(session).head
    return group_text(catalog, session, owner)


def area_note(definition: AreaDef, session: Session, language: str) -> str:
    """A decision area's legal note with the Land's words and paragraphs filled in.

    The catalog writes {council}, {mayor}, {reserved}, {represents}, {companies} and
    {threshold} where
    they belong; the bodies keep their German official names in both languages (a legal
    office looks them up so). Without a Land the note says that the paragraph depends on
    the Land's code.
    """
    if definition.legal_note is None:
        return ""
    text = definition.legal_note.get(language)
    terms = legal_terms(session)
    depends = (
        "je nach Gemeindeordnung des Landes"
        if language == "de"
        else "depending on the Land's municipal code"
    )
    reserved, represents = terms.reserved(), terms.represents()
    companies = terms.companies()
    threshold = session.municipality.procurement_threshold
    not_found = (
        f"{terms.code}, Paragraph nicht ermittelt"
        if language == "de"
        else f"{terms.code}, paragraph not determined"
    )
    return text.format(
        council=terms.council.de,
        mayor=terms.head.de,
        reserved=reserved.localize(language) if reserved else depends,
        represents=represents.localize(language) if represents else depends,
        companies=companies.localize(language)
        if companies
        else (not_found if terms.land else depends),
        threshold=f" ({Money(threshold).localize(language)})" if threshold is not None else "",
    )


def _reason(catalog: Catalog, definition: AreaDef, session: Session, language: str) -> str:
    """The legal note, and where the placement lowers a delegable area, why."""
    parts = [area_note(definition, session, language)]
    where = standing(catalog, session.placement.placement)
    note = definition.standing_notes.get(where)
    if definition.owner is None and note and definition.ceiling(where) < definition.max_level:
        parts.append(note.get(language))
    return " ".join(p for p in parts if p)


def ceiling_message(catalog: Catalog, session: Session, area: DecisionArea) -> Message | None:
    """Why the role cannot hold this area above its ceiling, and who keeps it; None for an
    area open up to level 7. The board, the analysis and the agreement say it so."""
    if area.max_level >= 7:
        return None
    definition = catalog.decision_areas.get(area.key) if area.key else None
    note: object = ""
    if definition is not None:
        note = Text(*(_reason(catalog, definition, session, lang) for lang in ("de", "en")))
    level = catalog.levels[area.max_level].name if area.max_level in catalog.levels else ""
    args: dict[str, object] = {"level": area.max_level, "name": level, "note": note}
    if area.reserved_to is not None and definition is not None:
        args["owner"] = owner_text(catalog, session, area.reserved_to.value)
        if area.max_level <= PREPARES_AND_ADVISES:
            return msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Legal",
                    "Reserved: {owner} decides; the role prepares and advises (at most level"
                    " {level} \u201c{name}\u201d). {note}",
                ),
                **args,
            )
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Legal",
                "Stays with {owner}: the role can decide jointly (at most level {level}"
                " \u201c{name}\u201d), not alone. {note}",
            ),
            **args,
        )
    if definition is not None:
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Legal",
                "With this placement lawful up to level {level} \u201c{name}\u201d. {note}",
            ),
            **args,
        )
    return msg(
        C,
        QT_TRANSLATE_NOOP("Legal", "Levels above {level} are not open to delegation."),
        level=area.max_level,
    )
