"""Upgrading a session of an earlier method to this one, saying what had to be assumed.

Method 1 had one "digital budget" area for adopting and spending it, let the strategy,
inter-municipal bodies and press go up to level 7, and treated the CDO's grading as a
decision. Method 2 (METHOD_VERSION) follows the law: reserved areas stay with their owner,
split areas have a part the role can hold, ceilings follow the placement. A session of
method 1 (a database row or a session file) is upgraded when it is opened or imported:

- a split area keeps its votes and agreed level; its new part is added after it without
  votes ("split"), except the strategy, whose agreed level was mostly about steering it and
  moves to the roadmap ("moved");
- an agreed level above the new lawful ceiling is taken back, the votes stay ("cleared");
- the retired grading area is removed, its agreed level is noted ("retired");
- an enterprise placement gets its governance areas (mandate, business plan, current
  business), added without votes ("added");
- a dependency whose name says its kind (Personalrat, Rechenzentrum, Zweckverband …) gets
  that kind ("kind");
- a strong dependency without an agreement is noted ("dependency"): method 1 did not ask
  whether the role's core tasks need the unit, so the upgrade assumes they do not.

Every such step is an `UpgradeNote` kept in the session and shown to the user; nothing is
dropped without one. Applying the upgrade twice changes nothing the second time.
"""

from __future__ import annotations

from cdo_workshop.domain.catalog import Catalog, Text
from cdo_workshop.domain.edits import (
    Collection,
    Edit,
    Field,
    Insert,
    ItemRef,
    Part,
    Remove,
    SetField,
)
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdo_workshop.domain.model import (
    METHOD_VERSION,
    DecisionArea,
    DependencyKind,
    Session,
    UpgradeNote,
)
from cdo_workshop.domain.reservation import RETIRED_AREAS, align, lawful, missing_governance
from cdo_workshop.domain.templates import catalog_area

C = "Upgrade"
# old area -> the part split off it in method 2
SPLITS = {
    "digital_budget": "budget_management",
    "staff_plan": "staff_selection",
    "procurement": "procurement_major",
    "funding_applications": "co_financing",
    "strategy_adoption": "strategy_roadmap",
}
# Where the old agreed level and votes go with the new part, not (only) the old key.
MOVES_TO_SPLIT = frozenset({"strategy_adoption"})
# Method 1's catalog titles (German, English): a session showing one gets the new title.
OLD_TITLES = {
    "digital_budget": ("Digitalbudget", "Digital budget"),
    "staff_plan": ("Stellenplan und neue Stellen", "Establishment plan and new posts"),
    "procurement": ("Beschaffung und Vergabe", "Procurement and contracting"),
    "funding_applications": (
        "Förderanträge und Eigenanteil",
        "Funding applications and co-financing",
    ),
    "inter_municipal": ("Interkommunale Zusammenarbeit", "Inter-municipal cooperation"),
    "strategy_adoption": (
        "Beschluss und Fortschreibung der Strategie",
        "Adopting and updating the strategy",
    ),
    "external_communication": ("Außenkommunikation und Presse", "External communication and press"),
}


RETIRED_TITLES = {"cdo_grading": Text("Eingruppierung der CDO-Stelle", "Grading of the CDO post")}


def needs_upgrade(session: Session) -> bool:
    return session.method_version < METHOD_VERSION


def upgrade(session: Session, catalog: Catalog) -> list[Edit]:
    """The edits that bring a session of an earlier method to this one (none if current)."""
    if not needs_upgrade(session):
        return []
    edits: list[Edit] = []
    notes: list[UpgradeNote] = []
    placement = session.placement.placement
    have = {a.key for a in session.decision_areas if a.key}
    offset = 0  # inserted areas shift the positions of those after them
    for index, area in enumerate(list(session.decision_areas)):
        ref = ItemRef(Collection.DECISION_AREAS, area.id)
        if area.key in RETIRED_AREAS:
            edits.append(Remove(Collection.DECISION_AREAS, area.id))
            notes.append(UpgradeNote("retired", area.key, level=area.agreed_level))
            offset -= 1
            continue
        if area.key not in catalog.decision_areas:
            continue
        edits += _retitle(area, catalog, ref)
        ceiling, owner = lawful(catalog, placement, area.key)
        split = SPLITS.get(area.key)
        moved = split in catalog.decision_areas and area.key in MOVES_TO_SPLIT
        if split and split not in have and split in catalog.decision_areas:
            language = "en" if area.title == OLD_TITLES.get(area.key, ("", ""))[1] else "de"
            part = catalog_area(catalog, split, language, placement)
            if moved:
                part.votes = dict(area.votes)
                notes.append(UpgradeNote("moved", area.key, split, level=area.agreed_level))
                if area.agreed_level is not None and area.agreed_level <= part.max_level:
                    part.agreed_level = area.agreed_level
                elif area.agreed_level is not None:  # above the new part's ceiling: say so
                    notes.append(
                        UpgradeNote(
                            "cleared", split, level=area.agreed_level, ceiling=part.max_level
                        )
                    )
            else:
                notes.append(UpgradeNote("split", area.key, split))
            edits.append(Insert(Collection.DECISION_AREAS, part, index + offset + 1))
            offset += 1
            have.add(split)
        edits += align(area, ceiling, owner)
        if area.agreed_level is not None and area.agreed_level > ceiling and not moved:
            notes.append(UpgradeNote("cleared", area.key, level=area.agreed_level, ceiling=ceiling))
    # An enterprise's own governance was not part of method 1: added without votes.
    for area in missing_governance(session, catalog, placement):
        edits.append(Insert(Collection.DECISION_AREAS, area))
        notes.append(UpgradeNote("added", area.key))
    # Method 1 did not ask what kind of unit a dependency is: the obvious ones are named so
    # (and said), the others stay "other".
    for d in session.dependencies:
        guess = guess_kind(d.unit)
        if d.kind == DependencyKind.OTHER and guess is not None:
            edits.append(SetField(Field(ItemRef(Collection.DEPENDENCIES, d.id), "kind"), guess))
            notes.append(UpgradeNote("kind", guess.value, d.unit))
    # Method 1 did not ask which units the core tasks need; none is assumed to be such one.
    notes += [
        UpgradeNote("dependency", other=d.unit)
        for d in session.dependencies
        if d.strength == 3 and not d.agreement_exists
    ]
    kept = list(session.upgrade_notes)
    edits.append(
        SetField(Field(Part.HEADER, "upgrade_notes"), kept + [n for n in notes if n not in kept])
    )
    edits.append(SetField(Field(Part.HEADER, "method_version"), METHOD_VERSION))
    return edits


# Words in a unit's name that say what kind of unit it is (method 1 did not record it).
KIND_WORDS = (
    (("personalrat",), DependencyKind.STAFF_COUNCIL),
    (
        (
            "rechenzentrum",
            "zweckverband",
            "kdvz",
            "krz",
            "landratsamt",
            "kreis-it",
            "kreisverwaltung",
        ),
        DependencyKind.PUBLIC_PROVIDER,
    ),
)


def guess_kind(unit: str) -> DependencyKind | None:
    name = unit.casefold()
    for words, kind in KIND_WORDS:
        if any(w in name for w in words):
            return kind
    return None


def _retitle(area: DecisionArea, catalog: Catalog, ref: ItemRef) -> list[Edit]:
    """A title as method 1 wrote it becomes method 2's; the room's own wording stays."""
    old = OLD_TITLES.get(area.key)
    if old is None or area.title not in old:
        return []
    title = catalog.decision_areas[area.key].title.get("en" if area.title == old[1] else "de")
    return [SetField(Field(ref, "title"), title)]


# What each kind of note says; the arguments a text does not use are ignored.
NOTE_TEXTS = {
    "split": QT_TRANSLATE_NOOP(
        "Upgrade",
        "\u201c{area}\u201d was split by law: \u201c{other}\u201d was added without votes;"
        " please vote and agree on it.",
    ),
    "moved": QT_TRANSLATE_NOOP(
        "Upgrade",
        "\u201c{area}\u201d is now a council matter; its votes and agreed level apply to"
        " \u201c{other}\u201d (please check).",
    ),
    "cleared": QT_TRANSLATE_NOOP(
        "Upgrade",
        "\u201c{area}\u201d: the agreed level {level} lies above the lawful ceiling"
        " (level {ceiling}) and was taken back; the votes are kept. Please agree again.",
    ),
    "retired": QT_TRANSLATE_NOOP(
        "Upgrade",
        "\u201c{area}\u201d is no longer a decision area (the grade follows from the tasks"
        " and is now checked against them).",
    ),
    "kind": QT_TRANSLATE_NOOP(
        "Upgrade",
        "\u201c{other}\u201d is taken to be of the kind \u201c{kind}\u201d (from its name);"
        " please check in step 7.",
    ),
    "added": QT_TRANSLATE_NOOP(
        "Upgrade",
        "\u201c{area}\u201d was added: the method now includes the governance of the enterprise"
        " the role works in. Please vote and agree on it.",
    ),
    "dependency": QT_TRANSLATE_NOOP(
        "Upgrade",
        "\u201c{other}\u201d: a strong dependency without an agreement. Please say in step 7"
        " whether the role's core tasks need this unit; if they do, it alone leaves only"
        " coordination.",
    ),
    "retired_agreed": QT_TRANSLATE_NOOP(
        "Upgrade",
        "\u201c{area}\u201d is no longer a decision area (the grade follows from the"
        " tasks and is now checked against them); it had been agreed at level {level}.",
    ),
}


def describe(note: UpgradeNote, catalog: Catalog) -> Message:
    """One sentence per note, in the UI's language (area titles from the catalog)."""

    def title(key: str) -> object:
        definition = catalog.decision_areas.get(key)
        return definition.title if definition else RETIRED_TITLES.get(key, key)

    kind = "retired_agreed" if note.kind == "retired" and note.level is not None else note.kind
    if kind == "kind":
        from cdo_workshop.domain.labels import DEPENDENCY_KINDS

        kinds = {k.value: text for k, text in DEPENDENCY_KINDS.items()}
        label = kinds.get(note.area, kinds[DependencyKind.OTHER.value])
        return msg(C, NOTE_TEXTS[kind], other=note.other, kind=Message("Labels", label))
    return msg(
        C,
        NOTE_TEXTS[kind],
        area=title(note.area),
        other=title(note.other),
        level=note.level,
        ceiling=note.ceiling,
    )
