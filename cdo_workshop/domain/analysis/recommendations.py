"""Rule-based recommendations: each names its rule, what triggered it and the room's choices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cdo_workshop.domain.analysis.checks import (
    BACKING_LEVEL,
    LARGE_FROM,
    Gap,
    GoalBacking,
    PayCheck,
    RaciIssue,
    TaskBacking,
    VoteSpread,
    asked_role_type,
    has_capacity,
)
from cdo_workshop.domain.analysis.scores import (
    COUNTED,
    ROLE,
    ROLE_TYPE_NAMES,
    Explained,
    ResourceBalance,
    RoleType,
    committed_time_share,
    decisive_dependencies,
)
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.legal import group_text, legal_terms
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Listing, Message, Num, msg
from cdo_workshop.domain.model import (
    DecisionArea,
    Dependency,
    DependencyKind,
    Priority,
    RaciRole,
    ResourceKind,
    Session,
    StakeholderGroup,
)
from cdo_workshop.domain.reservation import governance_of

A = "Analysis"
SEVERITY_ORDER = ("high", "medium", "low")
PROBLEM_SOLVING_FROM = 65  # an expectation position that asks for problem solving
LOW_BUDGET_LEVEL = 3  # up to "Befragen" (consult) the leadership still decides the spending
PART_TIME_BELOW = 50  # percent of the CDO's time
MANY_TASKS = 5
RESOURCES_SHORT_BELOW, RESOURCES_CRITICAL_BELOW = 50.0, 30.0
WIDEN_NAMES = 3  # how many areas "widen the mandate" names


@dataclass(frozen=True)
class Recommendation:
    rule: str
    severity: str  # high | medium | low
    message: Message
    options: tuple[Message, ...]
    inputs: tuple[tuple[str, Any], ...] = ()
    subject: str = ""  # what it is about (group, area, task or unit), for ids and measures

    @property
    def id(self) -> str:
        return f"{self.rule}:{self.subject}" if self.subject else self.rule


@dataclass(frozen=True)
class Facts:
    """Everything the rules look at, computed once by `analyse`."""

    session: Session
    catalog: Catalog
    mandate: Explained
    resources: Explained
    balance: ResourceBalance
    load: Explained
    room: Explained
    gaps: list[Gap]
    backing: list[TaskBacking]
    raci: list[RaciIssue]
    spreads: list[VoteSpread]
    role_type: RoleType | None = None
    pay: PayCheck | None = None
    goals: list[GoalBacking] = field(default_factory=list)


def group(g: StakeholderGroup | str, facts: Facts) -> Any:
    """The group's name (council and mayor in the words of the session's Land)."""
    return group_text(facts.catalog, facts.session, str(g))


def option(text: str, **args: Any) -> Message:
    return msg(A, text, **args)


def widenable(session: Session) -> list[DecisionArea]:
    """The areas a wider mandate can lawfully reach, heaviest and lowest agreed first: never
    one reserved to council or mayor, never one already at its lawful ceiling."""
    return sorted(
        (
            a
            for a in session.decision_areas
            if a.reserved_to is None and a.agreed_level is not None and a.agreed_level < a.max_level
        ),
        key=lambda a: (-a.weight, a.agreed_level or 0),
    )


def expectation_exceeds_room(f: Facts) -> list[Recommendation]:
    weakest = widenable(f.session)[:WIDEN_NAMES]
    areas = Listing(tuple(f.catalog.title_of(a) for a in weakest))
    out = []
    for gap in f.gaps:
        if gap.direction != "over":
            continue
        out.append(
            Recommendation(
                "expectation_exceeds_room",
                "high" if gap.gap >= LARGE_FROM else "medium",
                msg(
                    A,
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "{group} expects {expected} on the scale from coordinating (0) to solving"
                        " problems of all kinds (100), but the role's room for manoeuvre is only"
                        " {room}: a gap of {gap} points.",
                    ),
                    group=group(gap.group, f),
                    expected=gap.expected,
                    room=Num(gap.room),
                    gap=Num(gap.gap),
                ),
                (
                    *(
                        [
                            option(
                                QT_TRANSLATE_NOOP(
                                    "Analysis", "Widen the mandate, e.g. in: {areas}"
                                ),
                                areas=areas,
                            )
                        ]
                        if weakest  # nothing left to widen lawfully: no such option
                        else []
                    ),
                    option(
                        QT_TRANSLATE_NOOP(
                            "Analysis", "Commit more staff, time or budget to the role"
                        )
                    ),
                    option(
                        QT_TRANSLATE_NOOP(
                            "Analysis",
                            "Narrow the expectation of {group} and write down"
                            " what the role will not do",
                        ),
                        group=group(gap.group, f),
                    ),
                ),
                (("expected", gap.expected), ("room", gap.room), ("gap", gap.gap)),
                str(gap.group),
            )
        )
    return out


def expectation_below_room(f: Facts) -> list[Recommendation]:
    return [
        Recommendation(
            "expectation_below_room",
            "low",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "{group} expects less ({expected}) than the role's room for manoeuvre allows"
                    " ({room}): the powers granted are not used.",
                ),
                group=group(gap.group, f),
                expected=gap.expected,
                room=Num(gap.room),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP("Analysis", "Agree which further tasks the role takes on")
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Explain to {group} what the role can already decide"
                    ),
                    group=group(gap.group, f),
                ),
            ),
            (("expected", gap.expected), ("room", gap.room)),
            str(gap.group),
        )
        for gap in f.gaps
        if gap.direction == "under" and gap.gap <= -LARGE_FROM
    ]


def budget_level_too_low(f: Facts) -> list[Recommendation]:
    """Problem solving needs money the role can spend. Adopting the budget stays with the
    council, so the advice goes to its owner: a budget line that the role manages."""
    if not any(a.key == "digital_budget" for a in f.session.decision_areas):
        return []
    # an enterprise spends by its own business plan, not by the city's budget line
    spends = "company_management" if in_enterprise(f) else "budget_management"
    managing = next((a for a in f.session.decision_areas if a.key == spends), None)
    level = managing.agreed_level if managing else None
    if level is not None and level > LOW_BUDGET_LEVEL:
        return []
    out = []
    for e in f.session.expectations:
        if e.group not in (StakeholderGroup.COUNCIL, StakeholderGroup.MAYOR) or (
            e.position < PROBLEM_SOLVING_FROM
        ):
            continue
        if level is None:
            finding = msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "{group} expects problem solving ({expected}), but no budget has been agreed"
                    " that the role manages: it cannot spend money on solutions.",
                ),
                group=group(e.group, f),
                expected=e.position,
            )
        else:
            finding = msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "{group} expects problem solving ({expected}), but managing the approved"
                    " digital budget stays at level {level} ({name}): the role cannot spend"
                    " money on solutions.",
                ),
                group=group(e.group, f),
                expected=e.position,
                level=level,
                name=f.catalog.levels[level].name,
            )
        options = [
            option(
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "Ask {council} to adopt a budget line for digitalisation that the role manages",
                ),
                council=group(StakeholderGroup.COUNCIL, f),
            )
        ]
        if managing is not None and (level or 0) < managing.max_level:
            options.append(
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Let the role manage the approved digital budget (lawful up to level"
                        " {max})",
                    ),
                    max=managing.max_level,
                )
            )
        options.append(
            option(QT_TRANSLATE_NOOP("Analysis", "Narrow the expectation to coordination"))
        )
        out.append(
            Recommendation(
                "budget_level_too_low",
                "high",
                finding,
                tuple(options),
                (("expected", e.position), ("budget_level", level or 0)),
                str(e.group),
            )
        )
    return out


# How a dependency is regulated depends on who the unit is.
DEPENDENCY_OPTIONS: dict[DependencyKind, tuple[str, ...]] = {
    DependencyKind.INTERNAL: (
        QT_TRANSLATE_NOOP(
            "Analysis",
            "Ask {mayor} to settle in a Dienstanweisung or the Geschäftsverteilungsplan what"
            " {unit} delivers to the role, by when, and who escalates",
        ),
        QT_TRANSLATE_NOOP(
            "Analysis", "Agree a yearly project contingent of {unit} for the role's projects"
        ),
    ),
    DependencyKind.EXTERNAL: (
        QT_TRANSLATE_NOOP(
            "Analysis",
            "Agree a service contract with {unit} with service levels: response times,"
            " availability, escalation, a contact for the role",
        ),
        QT_TRANSLATE_NOOP(
            "Analysis", "Plan an exit clause or a second provider for the next award"
        ),
    ),
    DependencyKind.PUBLIC_PROVIDER: (
        QT_TRANSLATE_NOOP(
            "Analysis",
            "Conclude a service agreement (Leistungsvereinbarung) with {unit}: what, by when,"
            " who escalates",
        ),
        QT_TRANSLATE_NOOP(
            "Analysis",
            "Raise the service level in {unit}'s bodies, where the municipality is a member or"
            " shareholder",
        ),
    ),
    DependencyKind.STAFF_COUNCIL: (
        QT_TRANSLATE_NOOP(
            "Analysis",
            "Conclude a framework Dienstvereinbarung with the staff council on introducing IT"
            " systems, and involve it early in every project",
        ),
    ),
    DependencyKind.OTHER: (
        QT_TRANSLATE_NOOP(
            "Analysis", "Agree in writing with {unit} what it delivers, by when, who escalates"
        ),
    ),
}


def decisive_dependency(f: Facts) -> list[Recommendation]:
    """Said first: such a dependency alone decides the role type."""
    return [_dependency_advice(f, d, decisive=True) for d in decisive_dependencies(f.session)]


def dependency_without_agreement(f: Facts) -> list[Recommendation]:
    decisive = {d.id for d in decisive_dependencies(f.session)}
    return [
        _dependency_advice(f, d, decisive=False)
        for d in f.session.dependencies
        if d.strength >= 2 and not d.agreement_exists and d.id not in decisive
    ]


def _dependency_advice(f: Facts, d: Dependency, decisive: bool) -> Recommendation:
    text = (
        QT_TRANSLATE_NOOP(
            "Analysis",
            "The role's core tasks need {unit} (strength {strength} of 3), and there is no"
            " agreement: this dependency alone leaves the role only coordination.",
        )
        if decisive
        else QT_TRANSLATE_NOOP(
            "Analysis",
            "The role depends on {unit} (strength {strength} of 3), and there is no agreement.",
        )
    )
    mayor = group(StakeholderGroup.MAYOR, f)
    return Recommendation(
        "decisive_dependency" if decisive else "dependency_without_agreement",
        "high" if d.strength == 3 else "medium",
        msg(A, text, strength=d.strength, unit=d.unit or "?"),
        tuple(option(o, unit=d.unit or "?", mayor=mayor) for o in DEPENDENCY_OPTIONS[d.kind]),
        (
            ("strength", d.strength),
            ("purpose", d.purpose),
            ("agreement", d.agreement_exists),
            ("kind", d.kind.value),
            ("core", d.core),
        ),
        d.id,
    )


def anchored_below_leadership(f: Facts) -> list[Recommendation]:
    placement = f.catalog.placements.get(f.session.placement.placement)
    if placement is None or placement.anchoring != "below_leadership":
        return []
    return [
        Recommendation(
            "anchored_below_leadership",
            "high",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "Digitalisation is anchored below department-head level ({placement}). It is"
                    " a cross-cutting task that cannot be delegated downwards: the article warns"
                    " that such a role is left with coordination.",
                ),
                placement=placement.label,
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Make the role a staff unit reporting to the mayor"
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Give it a direct reporting line and a written mandate from the top",
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Keep the placement and agree explicitly that the role only coordinates",
                    )
                ),
            ),
            (("placement", placement.key),),
            placement.key,
        )
    ]


def in_enterprise(f: Facts) -> bool:
    """The role works from an enterprise: its placement brings its own governance."""
    return bool(governance_of(f.catalog, f.session.placement.placement))


ENTERPRISE_GOVERNANCE = ("company_mandate", "business_plan_adoption")
# Below this population a municipality is a small town or a rural one (BBSR's town types).
SMALL_MUNICIPALITY_BELOW = 20_000


def enterprise_mandate_open(f: Facts) -> list[Recommendation]:
    """A role in an enterprise is steered through its mandate and business plan: both must
    be settled by the council (or the shareholders' meeting it instructs)."""
    if not in_enterprise(f):
        return []
    areas = {a.key: a for a in f.session.decision_areas}
    open_ones = [
        f.catalog.title_of(areas[k]) if k in areas else f.catalog.decision_areas[k].title
        for k in ENTERPRISE_GOVERNANCE
        if k not in areas or areas[k].agreed_level is None
    ]
    if not open_ones:
        return []
    council = group(StakeholderGroup.COUNCIL, f)
    return [
        Recommendation(
            "enterprise_mandate_open",
            "high",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The role works from an enterprise ({placement}). Outside the core"
                    " administration it is steered through the enterprise's mandate and"
                    " business plan, and these are not agreed yet: {areas}.",
                ),
                placement=f.catalog.placements[f.session.placement.placement].label,
                areas=Listing(tuple(open_ones)),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Ask {council} to give the enterprise its digital tasks in writing:"
                        " tasks, duration, compensation (for a company an entrustment act under"
                        " Decision 2012/21/EU and a service contract; for an Eigenbetrieb its"
                        " operating statutes)",
                    ),
                    council=council,
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Agree the business plan and the subsidy before the budget is adopted,"
                        " with the digital goals as its targets",
                    )
                ),
            ),
            (("placement", f.session.placement.placement), ("open", tuple(open_ones))),
            f.session.placement.placement,
        )
    ]


def enterprise_placement(f: Facts) -> list[Recommendation]:
    """What an enterprise placement brings with it: staff, the staff council, the distance
    from the administration (Trendreport Digitaler Staat 2022, see SOURCES.md)."""
    if not in_enterprise(f):
        return []
    staff_council = legal_terms(f.session).staff_council()
    return [
        Recommendation(
            "enterprise_placement",
            "medium",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "An enterprise can act and pay more freely, but it cannot instruct the"
                    " administration, and the Trendreport Digitaler Staat 2022 found that"
                    " municipalities rate their own digital agencies as less useful. The"
                    " administration's own digitalisation needs someone inside who holds its"
                    " powers.",
                ),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Name a counterpart in the administration who holds the city's powers"
                        " (instructions, portfolio, standards) and meets the role regularly",
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Agree how staff move to the enterprise (secondment under § 4 (3) TVöD"
                        " or transfer under § 613a BGB) and involve the staff council early"
                        " ({law})",
                    ),
                    law=staff_council or "–",
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Report to the supervisory board or works committee on the digital"
                        " goals, not only on the business figures",
                    )
                ),
            ),
            (("placement", f.session.placement.placement),),
            f.session.placement.placement,
        )
    ]


def external_placement(f: Facts) -> list[Recommendation]:
    if f.session.placement.placement != "external":
        return []
    return [
        Recommendation(
            "external_placement",
            "high",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The role is held from outside (a contractor or an honorary post). It acts"
                    " only by contract and cannot exercise the municipality's powers; what it"
                    " may do must be written into the contract.",
                ),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Write tasks, results, hours, reporting and the end of the contract into"
                        " the service contract",
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Name a person in the administration who decides what the role prepares",
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Plan how the knowledge stays when the contract ends"
                    )
                ),
            ),
            (("placement", "external"),),
            "external",
        )
    ]


def deputy_mayor_placement(f: Facts) -> list[Recommendation]:
    """An elected deputy (Beigeordnete/r) holds the role: strong inside the administration,
    but the portfolio is the mayor's to assign and the term is an election's."""
    if f.session.placement.placement != "beigeordnete":
        return []
    return [
        Recommendation(
            "deputy_mayor_placement",
            "medium",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The role is held by an elected deputy (Beigeordnete/r). {council} elects"
                    " the deputy and {mayor} assigns the portfolio; digitalisation as a"
                    " cross-cutting task needs a portfolio that reaches the other departments.",
                ),
                council=group(StakeholderGroup.COUNCIL, f),
                mayor=group(StakeholderGroup.MAYOR, f),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Have {mayor} write digitalisation into the deputy's portfolio"
                        " (Geschäftsverteilung), with the right to involve every department",
                    ),
                    mayor=group(StakeholderGroup.MAYOR, f),
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Give the deputy a staff unit that does the work between elections",
                    )
                ),
            ),
            (("placement", "beigeordnete"),),
            "beigeordnete",
        )
    ]


def member_municipalities(f: Facts) -> list[Recommendation]:
    """A Verbandsgemeinde, Amt or Verwaltungsgemeinschaft works for members that decide
    their own matters (e.g. § 68 GemO RLP, Art. 4 VGemO, § 135 BbgKVerf; SOURCES.md)."""
    if f.session.placement.placement != "verbandsgemeinde":
        return []
    return [
        Recommendation(
            "member_municipalities",
            "high",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The role serves several member municipalities. Each member's council"
                    " decides its own budget, statutes and strategy; the shared administration"
                    " prepares and carries out. The agreement must say which member decides"
                    " what.",
                ),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "List the member municipalities with their contact and what each asks"
                        " of the role",
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Have each member's council adopt the digital goals and its share of the"
                        " costs",
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Decide in the shared body what the role does for all members at once",
                    )
                ),
            ),
            (("placement", "verbandsgemeinde"),),
            "verbandsgemeinde",
        )
    ]


def inter_municipal_cooperation(f: Facts) -> list[Recommendation]:
    """Small municipalities rarely fill a digital post alone; sharing one is common
    (e.g. four Hessian municipalities share one; Trendreport 2022: potential little used)."""
    population = f.session.municipality.population
    if (
        population is None
        or population >= SMALL_MUNICIPALITY_BELOW
        or f.session.placement.placement in ("inter_municipal", "verbandsgemeinde")
        or f.session.municipality.kind.value in ("verbandsgemeinde", "landkreis")
    ):
        return []
    return [
        Recommendation(
            "inter_municipal_cooperation",
            "medium",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "With {population} inhabitants the municipality is below {limit}: small"
                    " municipalities often share a digitalisation post with their neighbours"
                    " (for example four municipalities in Hesse share one under a public-law"
                    " agreement), a potential the Trendreport Digitaler Staat 2022 found"
                    " little used.",
                ),
                population=Num(population),
                limit=Num(SMALL_MUNICIPALITY_BELOW),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Share the post with neighbouring municipalities by a public-law"
                        " agreement (Zweckvereinbarung) and split the costs",
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Use the digital services of the county, the municipal IT provider or a"
                        " Zweckverband instead of building them alone",
                    )
                ),
            ),
            (("population", population),),
        )
    ]


def no_council_resources(f: Facts) -> list[Recommendation]:
    if any(
        r.committed_by == StakeholderGroup.COUNCIL and r.status in COUNTED
        for r in f.session.resources
    ):
        return []
    return [
        Recommendation(
            "no_council_resources",
            "medium",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "{council} has committed no resources. Digitalisation is everyone's task:"
                    " the council decides the budget and the posts.",
                ),
                council=group(StakeholderGroup.COUNCIL, f),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Ask the council for a budget line for digitalisation"
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP("Analysis", "Put the role's posts into the next staff plan")
                ),
            ),
        ),
    ]


def raci_problems(f: Facts) -> list[Recommendation]:
    texts = {
        "no_responsible": QT_TRANSLATE_NOOP(
            "Analysis", "Nobody is responsible (R) for \u201c{task}\u201d: name who does the work."
        ),
        "no_accountable": QT_TRANSLATE_NOOP(
            "Analysis",
            "Nobody is accountable (A) for \u201c{task}\u201d: name exactly one person or body.",
        ),
        "multiple_accountable": QT_TRANSLATE_NOOP(
            "Analysis", "\u201c{task}\u201d has {count} accountable parties: keep exactly one A."
        ),
    }
    return [
        Recommendation(
            f"raci_{issue.kind}",
            "medium",
            msg(
                A,
                texts[issue.kind],
                task=f.catalog.title_of(issue.task),
                count=len(issue.actors),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Settle the roles for this task in the RACI matrix"
                    )
                ),
            ),
            (("actors", issue.actors),),
            issue.task.id,
        )
        for issue in f.raci
    ]


def wide_vote_spread(f: Facts) -> list[Recommendation]:
    return [
        Recommendation(
            "wide_vote_spread",
            "medium",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The votes on \u201c{area}\u201d range from level {low} to {high}: the room"
                    " sees"
                    " this power very differently.",
                ),
                area=f.catalog.title_of(s.area),
                low=s.low,
                high=s.high,
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Let the lowest and the highest voter explain, then vote again"
                    )
                ),
            ),
            (("low", s.low), ("high", s.high), ("count", s.count)),
            s.area.id,
        )
        for s in f.spreads
        if s.wide and s.area.agreed_level is None
    ]


def undecided_area(f: Facts) -> list[Recommendation]:
    return [
        Recommendation(
            "undecided_area",
            "low",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis", "No level has been agreed for \u201c{area}\u201d yet."
                ),
                area=f.catalog.title_of(a),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP("Analysis", "Agree a level before the agreement is signed")
                ),
            ),
            (),
            a.id,
        )
        for a in f.session.decision_areas
        if a.agreed_level is None
    ]


def unbacked_task(f: Facts) -> list[Recommendation]:
    out = []
    for b in f.backing:
        if b.backed:
            continue
        missing = (
            msg(A, QT_TRANSLATE_NOOP("Analysis", "neither a decision level nor resources"))
            if not (b.by_power or b.by_resources)
            else msg(
                A,
                QT_TRANSLATE_NOOP("Analysis", "no decision level of {level} ({name}) or more"),
                level=BACKING_LEVEL,
                name=f.catalog.levels[BACKING_LEVEL].name,
            )
            if not b.by_power
            else msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "only its time share of {share} % ({have} FTE of the committed capacity,"
                    " where it asks about {need} FTE)",
                ),
                share=b.share,
                have=Num(b.share_fte, 2),
                need=Num(b.need_fte, 2),
            )
            if b.share_fte is not None and has_capacity(f.session)
            else msg(A, QT_TRANSLATE_NOOP("Analysis", "no resources of the role"))
        )
        out.append(
            Recommendation(
                "unbacked_task",
                "medium" if b.priority == Priority.HIGH else "low",
                msg(
                    A,
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "\u201c{task}\u201d is expected of the role, but has {missing} behind it.",
                    ),
                    task=b.title,
                    missing=missing,
                ),
                (
                    *(
                        [
                            option(
                                QT_TRANSLATE_NOOP(
                                    "Analysis", "Raise the level in a related area: {areas}"
                                ),
                                areas=Listing(b.raisable),
                            )
                        ]
                        if b.raisable
                        else []
                    ),
                    option(
                        QT_TRANSLATE_NOOP(
                            "Analysis", "Make the role responsible and give it the time"
                        )
                    ),
                    option(QT_TRANSLATE_NOOP("Analysis", "Drop the task from the expectations")),
                ),
                (("by_power", b.by_power), ("by_resources", b.by_resources)),
                b.task_key,
            )
        )
    return out


def resources_short(f: Facts) -> list[Recommendation]:
    score = f.resources.value or 0.0
    if score >= RESOURCES_SHORT_BELOW or f.balance.demand_fte <= 0:
        return []
    b = f.balance
    return [
        Recommendation(
            "resources_short",
            "high" if score < RESOURCES_CRITICAL_BELOW else "medium",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The role carries {tasks} tasks, which take about {need} FTE, but only {have}"
                    " FTE are committed (resource score {score}).",
                ),
                tasks=b.responsible + b.accountable_only,
                need=Num(b.demand_fte, 2),
                have=Num(b.supply_fte, 2),
                score=Num(score),
            ),
            (
                option(QT_TRANSLATE_NOOP("Analysis", "Commit staff or more of the CDO's time")),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Hand tasks to other units and keep the role accountable only"
                    )
                ),
            ),
            (("score", score), ("need_fte", b.demand_fte), ("have_fte", b.supply_fte)),
        )
    ]


def part_time_overload(f: Facts) -> list[Recommendation]:
    share = time_share(f.session)
    responsible = sum(1 for t in f.session.tasks if t.raci.get(ROLE) == RaciRole.RESPONSIBLE)
    if share is None or share >= PART_TIME_BELOW or responsible < MANY_TASKS:
        return []
    return [
        Recommendation(
            "part_time_overload",
            "high",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The CDO has {share} % of their time for the role but is responsible for"
                    " {tasks} tasks.",
                ),
                share=share,
                tasks=responsible,
            ),
            (
                option(QT_TRANSLATE_NOOP("Analysis", "Raise the time share")),
                option(QT_TRANSLATE_NOOP("Analysis", "Reduce the tasks to a few priorities")),
            ),
            (("time_share", share), ("responsible", responsible)),
        )
    ]


ROLE_FTE_TOLERANCE = 0.1  # FTE: less than this between step 4 and step 8 is rounding


def pay_grade_below_demands(f: Facts) -> list[Recommendation]:
    """The grade follows from the tasks (§ 12 TVöD): a post expected to solve problems of
    all kinds, or whose powers make it a shaping role, is not carried by E 9c criteria."""
    check = f.pay
    if check is None or check.fits:
        return []
    criterion = check.grade.criterion or check.grade.label
    if check.expected:
        who, position = check.expected[0]
        finding = msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "{group} expects \u201c{asked}\u201d ({position}), but the post is graded {grade},"
                " whose criteria ({criterion}) carry the role type \u201c{carries}\u201d.",
            ),
            group=group(who, f),
            asked=Message(A, ROLE_TYPE_NAMES[asked_role_type(position)]),
            position=position,
            grade=check.grade.label,
            criterion=criterion,
            carries=Message(A, ROLE_TYPE_NAMES[check.carries]),
        )
    else:
        finding = msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "The role's powers and resources make it \u201c{kind}\u201d, but the post is"
                " graded {grade}, whose criteria ({criterion}) carry the role type"
                " \u201c{carries}\u201d.",
            ),
            kind=Message(A, ROLE_TYPE_NAMES[check.role_type or check.carries]),
            grade=check.grade.label,
            criterion=criterion,
            carries=Message(A, ROLE_TYPE_NAMES[check.carries]),
        )
    evaluate = (
        QT_TRANSLATE_NOOP(
            "Analysis",
            "Have the post evaluated against the agreed tasks (Dienstpostenbewertung) and"
            " assign the grade that follows",
        )
        if check.grade.scheme == "besoldung"
        else QT_TRANSLATE_NOOP(
            "Analysis",
            "Have HR grade the post by the agreed tasks: under § 12 TVöD the work processes"
            " (Arbeitsvorgänge) that make up at least half of the working time decide",
        )
    )
    return [
        Recommendation(
            "pay_grade_below_demands",
            "high" if check.gap >= 2 else "medium",
            finding,
            (
                option(evaluate),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Narrow the expectation to what the grade carries (\u201c{carries}\u201d)",
                    ),
                    carries=Message(A, ROLE_TYPE_NAMES[check.carries]),
                ),
            ),
            (
                ("grade", check.grade.key),
                ("carries", check.carries.value),
                ("expected", check.expected),
                ("role_type", check.role_type.value if check.role_type else None),
            ),
            check.grade.key,
        )
    ]


def role_fte_differs(f: Facts) -> list[Recommendation]:
    """Step 4 says how large the role is; step 8 what is committed: they should agree."""
    planned = f.session.placement.role_fte
    b = f.balance
    if not planned or abs(planned - b.supply_fte) < ROLE_FTE_TOLERANCE:
        return []
    return [
        Recommendation(
            "role_fte_differs",
            "low",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "Step 4 gives the role {planned} FTE, but the committed resources add up to"
                    " {have} FTE ({cdo} of the CDO's time and {staff} staff).",
                ),
                planned=Num(planned, 2),
                have=Num(b.supply_fte, 2),
                cdo=Num(b.cdo_fte, 2),
                staff=Num(b.staff_fte, 2),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Commit the missing staff or time in step 8 (resources)"
                    )
                ),
                option(QT_TRANSLATE_NOOP("Analysis", "Correct the role's FTE in step 4")),
            ),
            (("planned", planned), ("have", b.supply_fte)),
        )
    ]


def goal_not_backed(f: Facts) -> list[Recommendation]:
    """The article: steer along the digitalisation goals. Each goal needs someone who does
    the work, a level that lets the role act on it, and the means."""
    out = []
    for b in f.goals:
        if not b.linked or b.backed or not b.goal.text.strip():
            continue
        missing: list[Message] = []
        if b.unassigned:
            missing.append(
                msg(
                    A,
                    QT_TRANSLATE_NOOP("Analysis", "nobody is responsible (R) for {tasks}"),
                    tasks=Listing(tuple(f.catalog.title_of(t) for t in b.unassigned)),
                )
            )
        if not b.by_power:
            missing.append(
                msg(
                    A,
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "no decision area backs it with an agreed level of {level} ({name}) or"
                        " more",
                    ),
                    level=BACKING_LEVEL,
                    name=f.catalog.levels[BACKING_LEVEL].name,
                )
            )
        if not b.by_resources:
            missing.append(msg(A, QT_TRANSLATE_NOOP("Analysis", "the role has no resources")))
        out.append(
            Recommendation(
                "goal_not_backed",
                "high" if b.goal.priority == Priority.HIGH else "medium",
                msg(
                    A,
                    QT_TRANSLATE_NOOP(
                        "Analysis", "The goal \u201c{goal}\u201d is not carried yet: {missing}."
                    ),
                    goal=_short(b.goal.text),
                    missing=Listing(tuple(missing), "; "),
                ),
                (
                    option(
                        QT_TRANSLATE_NOOP(
                            "Analysis",
                            "Name who is responsible for each task that serves the goal (step 6)",
                        )
                    ),
                    option(
                        QT_TRANSLATE_NOOP(
                            "Analysis",
                            "Agree a level in a decision area that serves the goal (step 5)",
                        )
                    ),
                    option(
                        QT_TRANSLATE_NOOP(
                            "Analysis", "Lower the goal's priority or move it to a later horizon"
                        )
                    ),
                ),
                (
                    ("unassigned", tuple(t.title for t in b.unassigned)),
                    ("by_power", b.by_power),
                    ("by_resources", b.by_resources),
                ),
                b.goal.id,
            )
        )
    return out


def goal_unlinked(f: Facts) -> list[Recommendation]:
    return [
        Recommendation(
            "goal_unlinked",
            "low",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The goal \u201c{goal}\u201d is linked to no task and no decision area, so"
                    " nothing checks whether the role can reach it.",
                ),
                goal=_short(b.goal.text),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Link the tasks and decision areas that serve it (step 2)"
                    )
                ),
            ),
            (),
            b.goal.id,
        )
        for b in f.goals
        if not b.linked and b.goal.text.strip()
    ]


def _short(text: str, limit: int = 80) -> str:
    """A goal as a sentence can be long: its start names it."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# The tasks whose accountability stays at the top (the article: digitalisation is a
# leadership task that must not be delegated downwards).
LEADERSHIP_TASKS = ("digital_strategy", "portfolio_prioritisation")
LEADERSHIP = (StakeholderGroup.MAYOR.value, StakeholderGroup.COUNCIL.value)


def leadership_keeps_accountability(f: Facts) -> list[Recommendation]:
    out = []
    for task in f.session.tasks:
        if task.key not in LEADERSHIP_TASKS:
            continue
        accountable = [g for g, r in task.raci.items() if r == RaciRole.ACCOUNTABLE]
        if not accountable or any(g in LEADERSHIP for g in accountable):
            continue  # nobody A at all is the RACI check's finding
        holders = Listing(tuple(group(g, f) for g in accountable), empty="–")
        out.append(
            Recommendation(
                "leadership_keeps_accountability",
                "high",
                msg(
                    A,
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "\u201c{task}\u201d is accountable to {holders}, not to {mayor} or"
                        " {council}. The article: digitalisation is a leadership task that must"
                        " not be delegated downwards; the top keeps accountability for strategy"
                        " and portfolio.",
                    ),
                    task=f.catalog.title_of(task),
                    holders=holders,
                    mayor=group(StakeholderGroup.MAYOR, f),
                    council=group(StakeholderGroup.COUNCIL, f),
                ),
                (
                    option(
                        QT_TRANSLATE_NOOP(
                            "Analysis",
                            "Make {mayor} accountable (A) and let the role do the work (R)",
                        ),
                        mayor=group(StakeholderGroup.MAYOR, f),
                    ),
                ),
                (("accountable", tuple(accountable)),),
                task.id,
            )
        )
    return out


# Tasks that introduce technical systems able to monitor staff or new ways of working:
# the staff council co-determines them under the Land's staff representation act.
CODETERMINATION_TASKS = ("e_files", "automation_ai", "solution_rollout")
STAFF_COUNCIL = StakeholderGroup.STAFF_COUNCIL.value


def staff_council_codetermination(f: Facts) -> list[Recommendation]:
    tasks = [t for t in f.session.tasks if t.key in CODETERMINATION_TASKS and t.raci]
    if not tasks:
        return []
    involved = (
        any(p.group == StakeholderGroup.STAFF_COUNCIL for p in f.session.participants)
        or any(
            d.kind == DependencyKind.STAFF_COUNCIL and d.agreement_exists
            for d in f.session.dependencies
        )
        or any(STAFF_COUNCIL in t.raci for t in tasks)
    )
    if involved:
        return []
    law = legal_terms(f.session).staff_council()
    return [
        Recommendation(
            "staff_council_codetermination",
            "medium",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "{tasks} introduce technical systems that can monitor staff: the staff"
                    " council co-determines them ({law}), but it is not involved.",
                ),
                tasks=Listing(tuple(f.catalog.title_of(t) for t in tasks)),
                law=law
                or msg(
                    A,
                    QT_TRANSLATE_NOOP("Analysis", "the Land's staff representation act"),
                ),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Involve the staff council early: invite a member to the workshop (step 1)"
                        " and mark it consulted (C) on these tasks in step 6",
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Conclude a framework Dienstvereinbarung on introducing IT systems",
                    )
                ),
            ),
            (("tasks", tuple(t.key for t in tasks)),),
        )
    ]


def no_training_budget(f: Facts) -> list[Recommendation]:
    """Digitalisation changes how people work: without money for training it stalls."""
    carries = any(
        t.raci.get(ROLE) in (RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE) for t in f.session.tasks
    )
    if not carries or any(
        r.kind == ResourceKind.TRAINING and r.status in COUNTED and r.amount > 0
        for r in f.session.resources
    ):
        return []
    return [
        Recommendation(
            "no_training_budget",
            "medium",
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "No training budget is committed. New procedures only work when staff can"
                    " use them: training and change need their own money.",
                ),
            ),
            (
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Commit a yearly training budget for digital skills (step 8)"
                    )
                ),
                option(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "Use the municipal association's or the Land's free courses"
                    )
                ),
            ),
        )
    ]


def time_share(session: Session) -> int | None:
    """The CDO's time for the role, in whole percent (see scores.committed_time_share)."""
    share = committed_time_share(session)
    return None if share is None else round(share)


RULES: tuple[Callable[[Facts], list[Recommendation]], ...] = (
    decisive_dependency,
    anchored_below_leadership,
    enterprise_mandate_open,
    external_placement,
    member_municipalities,
    deputy_mayor_placement,
    leadership_keeps_accountability,
    goal_not_backed,
    budget_level_too_low,
    expectation_exceeds_room,
    resources_short,
    pay_grade_below_demands,
    part_time_overload,
    dependency_without_agreement,
    no_council_resources,
    staff_council_codetermination,
    no_training_budget,
    enterprise_placement,
    inter_municipal_cooperation,
    unbacked_task,
    goal_unlinked,
    raci_problems,
    wide_vote_spread,
    undecided_area,
    role_fte_differs,
    expectation_below_room,
)


def recommend(facts: Facts) -> list[Recommendation]:
    found = [r for rule in RULES for r in rule(facts)]
    order = {rule.__name__: i for i, rule in enumerate(RULES)}
    return sorted(
        found,
        key=lambda r: (SEVERITY_ORDER.index(r.severity), order.get(r.rule, order["raci_problems"])),
    )
