"""The workshop session as plain typed dataclasses: the single source of truth.

No Qt and no I/O here. Ranges and length limits live in field metadata (`bounded`,
`text`) so that validation, the JSON Schema of the session file and the UI read them from
one place.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

SHORT_TEXT = 200
LONG_TEXT = 20_000


def new_id() -> str:
    """A stable random identifier; it never changes once given, across export and import."""
    return str(uuid.uuid4())


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def bounded(default: Any, lo: float, hi: float) -> Any:
    """A numeric field with an inclusive range (validation and schema read it)."""
    return field(default=default, metadata={"min": lo, "max": hi})


def text(max_length: int = SHORT_TEXT, default: str = "") -> Any:
    return field(default=default, metadata={"max_length": max_length})


def id_field() -> Any:
    return field(default_factory=new_id, metadata={"id": True})


class StakeholderGroup(StrEnum):
    MAYOR = "mayor"
    COUNCIL = "council"
    CDO = "cdo"
    IT = "it"
    ADMINISTRATION = "administration"  # Hauptamt / Personal
    TREASURY = "treasury"
    DEPARTMENTS = "departments"
    DATA_PROTECTION = "data_protection"  # Datenschutz / ISB
    STAFF_COUNCIL = "staff_council"  # Personalrat: co-determines new technical systems
    FACILITATOR = "facilitator"
    OTHER = "other"


class MunicipalityKind(StrEnum):
    GEMEINDE = "gemeinde"
    STADT = "stadt"
    KREISFREIE_STADT = "kreisfreie_stadt"
    VERBANDSGEMEINDE = "verbandsgemeinde"
    LANDKREIS = "landkreis"
    OTHER = "other"


# ISO 3166-2:DE codes of the 16 Länder; "" means not given.
LAENDER = (
    "BW",
    "BY",
    "BE",
    "BB",
    "HB",
    "HH",
    "HE",
    "MV",
    "NI",
    "NW",
    "RP",
    "SL",
    "SN",
    "ST",
    "SH",
    "TH",
)


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Horizon(StrEnum):
    SHORT = "short"  # within a year
    MEDIUM = "medium"  # one to three years
    LONG = "long"  # beyond three years


class RaciRole(StrEnum):
    RESPONSIBLE = "R"
    ACCOUNTABLE = "A"
    CONSULTED = "C"
    INFORMED = "I"


class DependencyKind(StrEnum):
    """What kind of unit the role depends on: it decides how the dependency is regulated."""

    INTERNAL = "internal"  # a unit of the administration: Dienstanweisung, Geschäftsverteilung
    EXTERNAL = "external"  # a private provider: service contract with service levels
    PUBLIC_PROVIDER = "public_provider"  # municipal IT provider, Zweckverband, county IT
    STAFF_COUNCIL = "staff_council"  # the Personalrat: a Dienstvereinbarung
    OTHER = "other"


class ResourceKind(StrEnum):
    BUDGET = "budget"
    STAFF = "staff"
    TIME_SHARE = "time_share"
    TRAINING = "training"
    EXTERNAL_SUPPORT = "external_support"
    TOOLS = "tools"


class Period(StrEnum):
    ONCE = "once"
    PER_YEAR = "per_year"
    PER_MONTH = "per_month"


class ResourceStatus(StrEnum):
    PROPOSED = "proposed"
    COMMITTED = "committed"
    APPROVED = "approved"  # e.g. adopted in the budget by the council


class MeasureStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class SigningState(StrEnum):
    DRAFT = "draft"
    FINAL = "final"  # content frozen, waiting for signatures
    SIGNED = "signed"


@dataclass
class Municipality:
    name: str = text()
    kind: MunicipalityKind = MunicipalityKind.GEMEINDE
    population: int | None = bounded(None, 0, 20_000_000)
    state: str = text(2)  # one of LAENDER or ""
    # Hauptsatzung: above this value (EUR, net) the council or a committee awards contracts.
    procurement_threshold: int | None = bounded(None, 0, 999_999_999)


@dataclass
class Participant:
    id: str = id_field()
    name: str = text()
    function: str = text()
    group: StakeholderGroup = StakeholderGroup.OTHER


@dataclass
class Goal:
    id: str = id_field()
    text: str = text(LONG_TEXT)
    priority: Priority = Priority.MEDIUM
    horizon: Horizon = Horizon.MEDIUM
    # What serves the goal: ids of the session's tasks and decision areas (checked per goal).
    tasks: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)


@dataclass
class ExpectedTask:
    task_key: str = text()
    priority: Priority = Priority.MEDIUM


@dataclass
class Expectation:
    """What one stakeholder group expects: 0 = coordinating, 100 = solving problems of all kinds."""

    id: str = id_field()
    group: StakeholderGroup = StakeholderGroup.OTHER
    position: int = bounded(50, 0, 100)
    tasks: list[ExpectedTask] = field(default_factory=list)
    notes: str = text(LONG_TEXT)
    # Positions the group's members gave from their phones (participant id -> 0..100):
    # hidden while the expectation is in `RoomState.hidden_expectations`; revealing them
    # sets `position` to their median (operations.reveal_expectations).
    votes: dict[str, int] = field(default_factory=dict, metadata={"min": 0, "max": 100})


@dataclass
class Placement:
    placement: str = text()  # catalog key of the organisational placement
    reporting_line: str = text()
    pay_grade: str = text()
    role_fte: float | None = bounded(None, 0, 50)  # full-time equivalents of the role
    cdo_time_share: int | None = bounded(None, 0, 100)  # percent of the CDO's time for it
    cdo_fte: float | None = bounded(None, 0, 1)  # the CDO's working time; None: full-time
    notes: str = text(LONG_TEXT)


@dataclass
class DecisionArea:
    id: str = id_field()
    key: str = text()  # catalog key, or "" for an area the room added
    title: str = text()
    weight: int = bounded(1, 1, 3)
    max_level: int = bounded(7, 1, 7)  # legal ceiling of delegation
    reserved_to: StakeholderGroup | None = None
    votes: dict[str, int] = field(default_factory=dict, metadata={"min": 1, "max": 7})
    agreed_level: int | None = bounded(None, 1, 7)
    # The levels voted, without who voted them: what the session inside an agreement PDF
    # carries instead of `votes` (the poker was hidden for a reason; export.agreement).
    anonymous_votes: list[int] = field(default_factory=list, metadata={"min": 1, "max": 7})


@dataclass
class Task:
    id: str = id_field()
    key: str = text()
    title: str = text()
    cluster: str = text()
    raci: dict[str, RaciRole] = field(default_factory=dict)  # stakeholder group -> role
    # Percent of the role's working time for this task (None: not given); meaningful only
    # where the role (StakeholderGroup.CDO) is R or A (analysis.time_shares).
    time_share: int | None = bounded(None, 0, 100)
    # The Arbeitsvorgang (§ 12 TVöD) the task belongs to: tasks with the same name form one
    # work process; "" is a work process of its own, named after the task.
    work_process: str = text()


@dataclass
class Dependency:
    id: str = id_field()
    unit: str = text()
    purpose: str = text(LONG_TEXT)
    strength: int = bounded(1, 0, 3)
    agreement_exists: bool = False
    kind: DependencyKind = DependencyKind.OTHER
    core: bool = False  # the role's core tasks cannot move without this unit


@dataclass
class Resource:
    id: str = id_field()
    kind: ResourceKind = ResourceKind.BUDGET
    amount: float = bounded(0.0, 0, 1e12)
    unit: str = text(40)
    period: Period = Period.PER_YEAR
    committed_by: StakeholderGroup | None = None
    status: ResourceStatus = ResourceStatus.PROPOSED
    notes: str = text(LONG_TEXT)


@dataclass
class Measure:
    id: str = id_field()
    what: str = text(LONG_TEXT)
    owner: str = text()
    due: date | None = None
    status: MeasureStatus = MeasureStatus.OPEN
    source_rule: str = text()  # the recommendation rule it came from, if any


@dataclass
class Signatory:
    """A person who signs; strokes are vectors in pad coordinates 0..1 (x right, y down)."""

    id: str = id_field()
    name: str = text()
    function: str = text()
    group: StakeholderGroup = StakeholderGroup.OTHER
    place: str = text()
    strokes: list[list[tuple[float, float]]] = field(default_factory=list)
    signed_at: datetime | None = None
    # What the signature was given for: the frozen content and this signer (domain.lifecycle
    # .given_for); once either differs, or the session was reopened, the signature is void.
    signed_for: str = text(64)
    # The drawing's SHA-256 where the drawing itself is left out: the session attached to
    # the PDF carries no reusable signature vectors (export.agreement.embedded_session).
    strokes_sha256: str = text(64)


@dataclass
class Agreement:
    review_date: date | None = None
    signatories: list[Signatory] = field(default_factory=list)
    state: SigningState = SigningState.DRAFT
    final_fingerprint: str = text(64)  # the content frozen by "final" (signing_fingerprint)
    file_number: str = text()  # the administration's Aktenzeichen
    # The council takes its part by resolution, not by a councillor's signature: the
    # resolution's date and number once taken; a date alone is the meeting that is to decide.
    resolution_date: date | None = None
    resolution_number: str = text()


@dataclass
class Progress:
    current_step: str = "framing"
    completed_steps: list[str] = field(default_factory=list)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)


@dataclass
class ExportChoices:
    """How the agreement was last exported from this session (the next export starts so)."""

    seal: str = text(10)  # "" (not chosen yet) | none | local | file (the file is not kept)
    witness: bool = False
    qes_fields: bool = False
    named_votes: bool = False  # names beside the votes in the PDF (off: distributions only)


@dataclass
class RoomState:
    """What belongs to the room rather than to the agreement; never printed, not fingerprinted.

    `poker`: delegation poker is on, so votes stay hidden on the projector (also after a
    restart) except in the areas listed in `revealed_areas`. `step_seconds`: time the room
    spent in each step, summed over visits and restarts. `hidden_expectations`: ids of the
    expectations whose phone positions are hidden until revealed (a phone round on them
    was opened; a restart keeps them hidden).
    """

    poker: bool = False
    revealed_areas: list[str] = field(default_factory=list)
    hidden_expectations: list[str] = field(default_factory=list)
    step_seconds: dict[str, int] = field(
        default_factory=dict, metadata={"min": 0, "max": 10_000_000}
    )
    export: ExportChoices = field(default_factory=ExportChoices)


@dataclass
class UpgradeNote:
    """What opening a session of an earlier method changed, for the user to check.

    kind: "split" (the area was split; `other` is the new part), "cleared" (the agreed
    level `level` was above the lawful ceiling `ceiling` and was taken back), "moved" (the
    agreed level now belongs to `other`), "retired" (the area is no longer part of the
    method; its agreed level was `level`), "added" (the area is new for the session's
    placement), "kind" (the dependency `other` was given the kind `area` from its name),
    "dependency" (the unit `other` is a strong
    dependency without an agreement: whether the core tasks need it was not asked).
    """

    kind: str = text(20)
    area: str = text()  # catalog key
    other: str = text()
    level: int | None = bounded(None, 1, 7)
    ceiling: int | None = bounded(None, 1, 7)


# The method's version: 2 follows the law of the Land (reserved areas, placement ceilings,
# split areas). Sessions of an earlier method are upgraded when they are opened.
METHOD_VERSION = 2


@dataclass
class Session:
    id: str = id_field()
    title: str = text()
    municipality: Municipality = field(default_factory=Municipality)
    workshop_date: date | None = None
    place: str = text()
    facilitator: str = text()
    template: str = text()
    follow_up_of: str | None = None  # id of the session this one follows up
    participants: list[Participant] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    expectations: list[Expectation] = field(default_factory=list)
    placement: Placement = field(default_factory=Placement)
    decision_areas: list[DecisionArea] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    dependencies: list[Dependency] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    agreement: Agreement = field(default_factory=Agreement)
    facilitator_notes: str = text(LONG_TEXT)  # never printed in the agreement
    progress: Progress = field(default_factory=Progress)
    room: RoomState = field(default_factory=RoomState)
    method_version: int = bounded(METHOD_VERSION, 1, METHOD_VERSION)
    upgrade_notes: list[UpgradeNote] = field(default_factory=list)

    def display_title(self) -> str:
        return self.title or self.municipality.name

    def votes_hidden(self, area: DecisionArea) -> bool:
        """Delegation poker is on and this area's votes are not revealed yet."""
        return self.room.poker and area.id not in self.room.revealed_areas

    def vote_values(self, area: DecisionArea) -> list[int]:
        """The levels anyone may see now, named or anonymous (from an agreement PDF)."""
        if self.votes_hidden(area):
            return []
        return [*area.votes.values(), *area.anonymous_votes]

    def positions_hidden(self, expectation: Expectation) -> bool:
        """The phone positions given for this expectation are not revealed yet."""
        return expectation.id in self.room.hidden_expectations

    def visible_votes(self, area: DecisionArea) -> dict[str, int]:
        """The votes anyone may see now: none of an area still hidden by delegation poker
        (the analysis, the charts and the agreement use these, so nothing reveals them)."""
        return {} if self.votes_hidden(area) else area.votes


# Collections of a session that are stored item by item, in order.
COLLECTIONS: tuple[str, ...] = (
    "participants",
    "goals",
    "expectations",
    "decision_areas",
    "tasks",
    "dependencies",
    "resources",
    "measures",
)
# Parts of a session that are stored as one record each.
PARTS: tuple[str, ...] = (
    "header",
    "municipality",
    "placement",
    "agreement",
    "progress",
    "room",
)
HEADER_FIELDS: tuple[str, ...] = (
    "title",
    "workshop_date",
    "place",
    "facilitator",
    "template",
    "follow_up_of",
    "facilitator_notes",
    "method_version",
    "upgrade_notes",
)
