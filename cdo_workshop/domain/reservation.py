"""Who keeps a decision by law, and the highest level the role can lawfully hold.

A reserved council matter (adopting the budget, the establishment plan, the strategy …)
cannot be delegated at all: levels 1–3 say how far the council involves the role, which at
most prepares and advises (level 3, "Befragen" (consult)). The mayor's matters (organisation,
staff selection, external representation) can be decided jointly (level 4) but stay with
the mayor. Where the role stands outside the administration (a company, a contractor) or in
an Eigenbetrieb, it cannot exercise the municipality's powers itself, so several delegable
areas end lower too (no right to instruct the municipality's staff from outside).

The session keeps each area's ceiling (`max_level`) and owner (`reserved_to`) for the
placement it has; `follow_placement` keeps them in step when the placement changes and
takes back agreed levels that are no longer lawful, in the same undo step. An enterprise's
own governance (its mandate, its business plan, its current business) exists only for the
placements that have one: those areas come with such a placement and go with it.
"""

from __future__ import annotations

from cdo_workshop.domain.catalog import AreaDef, Catalog
from cdo_workshop.domain.edits import Collection, Edit, Field, Insert, ItemRef, Remove, SetField
from cdo_workshop.domain.model import DecisionArea, Session, StakeholderGroup

# Level 3, "Befragen" (consult): the owner decides after consulting the role.
PREPARES_AND_ADVISES = 3
# Areas earlier versions of the method had and this one does not: the CDO post's grading
# follows from its tasks under TVöD and is checked against them (analysis.checks), it is
# no decision to delegate.
RETIRED_AREAS = frozenset({"cdo_grading"})


def standing(catalog: Catalog, placement_key: str) -> str:
    """Where a placement puts the role in law; without one, inside the administration."""
    placement = catalog.placements.get(placement_key)
    return placement.standing if placement else "inside"


def lawful(catalog: Catalog, placement_key: str, key: str) -> tuple[int, StakeholderGroup | None]:
    """(ceiling, owner) of a catalog area for a placement."""
    definition = catalog.decision_areas[key]
    return definition.ceiling(standing(catalog, placement_key)), definition.owner


def ceiling_of(catalog: Catalog, session: Session, area: DecisionArea) -> int:
    """The lawful ceiling for the session's placement; the room's own areas keep theirs."""
    if area.key in catalog.decision_areas:
        return lawful(catalog, session.placement.placement, area.key)[0]
    return area.max_level


def align(area: DecisionArea, ceiling: int, owner: StakeholderGroup | None) -> list[Edit]:
    """The edits that give an area this ceiling and owner and take back an agreed level
    above the ceiling (its votes stay: levels above the ceiling may be voted, not agreed)."""
    ref = ItemRef(Collection.DECISION_AREAS, area.id)
    edits: list[Edit] = []
    if area.max_level != ceiling:
        edits.append(SetField(Field(ref, "max_level"), ceiling))
    if area.reserved_to != owner:
        edits.append(SetField(Field(ref, "reserved_to"), owner))
    if area.agreed_level is not None and area.agreed_level > ceiling:
        edits.append(SetField(Field(ref, "agreed_level"), None))
    return edits


def area_for(catalog: Catalog, key: str, language: str, placement: str = "") -> DecisionArea:
    """A catalog area with the ceiling and owner the law gives it for the placement."""
    d = catalog.decision_areas[key]
    ceiling, owner = lawful(catalog, placement, key)
    return DecisionArea(
        key=key, title=d.title.get(language), weight=d.weight, max_level=ceiling, reserved_to=owner
    )


def session_language(session: Session, catalog: Catalog) -> str:
    """The language the session's catalog areas were written in (English only if they say so)."""
    for area in session.decision_areas:
        definition = catalog.decision_areas.get(area.key)
        if definition is not None and area.title in (definition.title.de, definition.title.en):
            return "en" if area.title == definition.title.en != definition.title.de else "de"
    return "de"


def follow_placement(session: Session, catalog: Catalog, placement_key: str) -> list[Edit]:
    """The edits that bring every catalog area's ceiling in line with a new placement, take
    back agreed levels above it (reported by `unlawful_after`), add the governance areas the
    placement brings and remove those it does not have (reported by `dropped_after`)."""
    edits: list[Edit] = []
    for area in session.decision_areas:
        definition = catalog.decision_areas.get(area.key)
        if definition is None:
            continue
        if not definition.applies_to(placement_key):
            edits.append(Remove(Collection.DECISION_AREAS, area.id))
        else:
            edits += align(area, *lawful(catalog, placement_key, area.key))
    return edits + [
        Insert(Collection.DECISION_AREAS, area)
        for area in missing_governance(session, catalog, placement_key)
    ]


def governance_of(catalog: Catalog, placement_key: str) -> list[AreaDef]:
    """The areas only this kind of placement has: an enterprise's own governance."""
    return [
        d for d in catalog.decision_areas.values() if d.placements and d.applies_to(placement_key)
    ]


def missing_governance(
    session: Session, catalog: Catalog, placement_key: str
) -> list[DecisionArea]:
    """The placement's governance areas the session does not have yet, ready to insert."""
    have = {a.key for a in session.decision_areas}
    language = session_language(session, catalog)
    return [
        area_for(catalog, d.key, language, placement_key)
        for d in governance_of(catalog, placement_key)
        if d.key not in have
    ]


def dropped_after(session: Session, catalog: Catalog, placement_key: str) -> list[DecisionArea]:
    """The areas a new placement would remove: governance of an enterprise it does not have."""
    return [
        a
        for a in session.decision_areas
        if a.key in catalog.decision_areas
        and not catalog.decision_areas[a.key].applies_to(placement_key)
    ]


def unlawful_after(
    session: Session, catalog: Catalog, placement_key: str
) -> list[tuple[DecisionArea, int]]:
    """The areas whose agreed level a new placement would take back, with their ceiling."""
    out = []
    for area in session.decision_areas:
        if area.key in catalog.decision_areas and area.agreed_level is not None:
            ceiling = lawful(catalog, placement_key, area.key)[0]
            if area.agreed_level > ceiling:
                out.append((area, ceiling))
    return out


def lowered(catalog: Catalog, placement_key: str) -> list[tuple[AreaDef, int]]:
    """The catalog's delegable areas that this placement caps below level 7, with the cap."""
    where = standing(catalog, placement_key)
    return [
        (d, d.ceiling(where))
        for d in catalog.decision_areas.values()
        if d.owner is None and d.ceiling(where) < 7
    ]
