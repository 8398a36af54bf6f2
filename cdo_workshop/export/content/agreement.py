"""The role agreement as content: cover, parties, §§ 1–12, annex list, signatures, annexes.

What is signed is the agreement between the municipality (represented as the Land's code
says) and the CDO, with Annex 1 (who does what) and Annex 2 (the delegation levels). The
council's part is a resolution, recorded in § 7, not a councillor's signature. Everything
the workshop produced to get there (scores, charts, votes, open and declined
recommendations, the RACI check) is Annex 3, marked as not part of the agreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cdo_workshop.domain import labels
from cdo_workshop.domain.fingerprint import grouped
from cdo_workshop.domain.legal import ceiling_message, owner_text
from cdo_workshop.domain.lifecycle import signature_state
from cdo_workshop.domain.model import (
    MeasureStatus,
    Participant,
    RaciRole,
    Resource,
    ResourceStatus,
    Session,
    Signatory,
    SigningState,
    StakeholderGroup,
)
from cdo_workshop.export.content import results
from cdo_workshop.export.content.context import Context
from cdo_workshop.export.content.nodes import (
    AccentBar,
    Block,
    Callout,
    Cell,
    Column,
    Document,
    Furniture,
    Heading,
    Items,
    KeyValue,
    Metadata,
    PageBreak,
    Para,
    Row,
    Signatures,
    SignBox,
    Space,
    Table,
    Tone,
)
from cdo_workshop.export.content.rich import bold, esc, name
from cdo_workshop.export.texts import long_date, t

ANNEX_RACI, ANNEX_LEVELS, ANNEX_RESULTS = 1, 2, 3


def agreement_document(c: Context) -> Document:
    s = c.session
    name = s.municipality.name or s.title
    title = c.t("title") + (f" – {name}" if name else "")
    subject = (
        c.t("subject", municipality=name, date=long_date(s.workshop_date, c.language))
        if s.workshop_date
        else c.t("subject_no_date", municipality=name)
    )
    meta = Metadata(
        title=title,
        subject=subject,
        author=s.municipality.name or s.facilitator or "CDO Workshop",
        keywords=f"{c.t('keywords')}, {c.document_id}",
        language=c.language,
    )
    furniture = Furniture(
        header=c.t("header", municipality=name or "–"),
        document_id=c.t("document_id", id=c.document_id),
        fingerprint=c.t("footer_fingerprint", fingerprint=c.fingerprint),
        status=status_text(s, c.language),
        page_of=c.t("page_of", page="{page}", pages="{pages}"),
    )
    blocks: list[Block] = [*cover(c), *parties(c)]
    for number, clause in enumerate(CLAUSES, start=1):
        blocks += [Heading(c.t(clause.title, council=esc(c.council())), 0, _clause(c, number))]
        blocks += clause.body(c)
    blocks += [*annex_list(c), *signature_page(c)]
    blocks += [*annex_raci(c), *annex_levels(c), *results.annex(c, _annex(c, ANNEX_RESULTS))]
    return Document(meta, furniture, tuple(blocks), names=name_words(s))


def name_words(session: Session) -> frozenset[str]:
    """The words of every person's name in the session (participants, signatories, the
    facilitator), so that no renderer hyphenates them wherever they occur."""
    people = [p.name for p in session.participants]
    people += [s.name for s in session.agreement.signatories] + [session.facilitator]
    return frozenset(w for name in people for w in re.findall(r"[^\W\d_]+", name))


def _clause(c: Context, n: int) -> str:
    return c.t("clause", n=str(n))


def _annex(c: Context, n: int) -> str:
    return c.t("annex", n=str(n))


def _numbered(texts: list[str]) -> list[Block]:
    """A clause's paragraphs as (1), (2), …; a single one stays unnumbered."""
    if len(texts) == 1:
        return [Para(texts[0])]
    return [Para(text, label=f"({i})") for i, text in enumerate(texts, start=1)]


# -- cover and parties ---------------------------------------------------------------------


def municipality_name(c: Context) -> str:
    """ "Stadt Musterstadt", "the Town of Musterstadt": the kind before the name."""
    m = c.session.municipality
    if not m.name:
        return c.session.title or "–"
    kind = m.kind.value if m.kind else "other"
    if c.language == "de" and m.name.startswith(TERMS[kind]["de"]["term"]):
        return m.name  # "Stadt Musterstadt" typed in full
    return c.t(f"kind_name.{kind}", name=esc(m.name))


# How the agreement calls the municipality after the parties clause, with the German cases.
TERMS: dict[str, dict[str, dict[str, str]]] = {
    kind: {
        "de": {"term": term, "of_term": of_term, "for_term": for_term, "with_term": with_term},
        "en": {
            "term": english,
            "of_term": f"of the {english}",
            "for_term": f"the {english}",
            "with_term": f"the {english}",
        },
    }
    for kind, (term, of_term, for_term, with_term, english) in {
        "gemeinde": ("Gemeinde", "der Gemeinde", "die Gemeinde", "der Gemeinde", "Municipality"),
        "stadt": ("Stadt", "der Stadt", "die Stadt", "der Stadt", "Town"),
        "kreisfreie_stadt": ("Stadt", "der Stadt", "die Stadt", "der Stadt", "City"),
        "verbandsgemeinde": (
            "Verbandsgemeinde",
            "der Verbandsgemeinde",
            "die Verbandsgemeinde",
            "der Verbandsgemeinde",
            "Association",
        ),
        "landkreis": ("Landkreis", "des Landkreises", "den Landkreis", "dem Landkreis", "District"),
        "other": ("Kommune", "der Kommune", "die Kommune", "der Kommune", "Municipality"),
    }.items()
}


def municipality_term(c: Context) -> dict[str, str]:
    """{term}, {of_term}, {for_term}, {with_term} for the wording: "Stadt", "der Stadt"
    (genitive), "die Stadt" (accusative), "der Stadt" (dative)."""
    kind = c.session.municipality.kind
    return TERMS[kind.value if kind else "other"]["en" if c.language == "en" else "de"]


def cover(c: Context) -> list[Block]:
    s, m = c.session, c.session.municipality
    out: list[Block] = [
        Space(4),
        AccentBar(),
        Space(1.5),
        Para(esc(c.t("cover_label")), "cover_label"),
        Para(esc(m.name or s.title or "–"), "cover_title"),
    ]
    facts = []
    if m.kind:
        kind = c.label(labels.MUNICIPALITY_KINDS[m.kind])
        state = c.label(labels.LAENDER_NAMES[m.state]) if m.state in labels.LAENDER_NAMES else ""
        facts.append(c.t("cover_kind_state", kind=kind, state=state) if state else kind)
    if m.population is not None:
        facts.append(c.t("cover_population", population=c.num(m.population)))
    if facts:
        out.append(Para(" · ".join(facts), "cover_sub"))
    if s.title and s.title != m.name:
        out += [Space(0.7), Para(esc(s.title), "cover_session")]
    out.append(Space(2))
    a = s.agreement
    rows: list[tuple[str, Cell]] = [
        (c.t("cover_status"), Cell(esc(status_text(s, c.language)), bold=True)),
        (c.t("cover_file_number"), Cell(esc(a.file_number or c.t("not_given")))),
        (c.t("cover_workshop_date"), Cell(esc(c.date(s.workshop_date, long=True)))),
        (c.t("cover_place"), Cell(esc(s.place or c.t("not_given")))),
        (c.t("cover_facilitator"), Cell(name(s.facilitator) or c.t("not_given"))),
        (c.t("cover_review"), Cell(esc(c.date(a.review_date, long=True)))),
    ]
    template = c.catalog.templates.get(s.template)
    if template is not None:
        rows.append((c.t("cover_template"), Cell(esc(template.label.get(c.language)))))
    elif s.template:
        rows.append((c.t("cover_template"), Cell(esc(s.template))))
    if s.follow_up_of:
        rows.append(
            (c.t("cover_follow_up"), Cell(c.t("cover_follow_up_value", id=esc(s.follow_up_of))))
        )
    rows += [
        (c.t("cover_document_id"), Cell(esc(c.document_id))),
        (c.t("cover_fingerprint"), Cell(esc(grouped(c.fingerprint, 8)), small=True)),
    ]
    out += [KeyValue(tuple(rows)), Space(2), Para(c.t("cover_data_note"), "small"), PageBreak()]
    return out


def first_person(session: Session, group: StakeholderGroup) -> tuple[str, str]:
    """Name and function of the first signatory (else participant) of a group."""
    people: list[Signatory | Participant] = [*session.agreement.signatories]
    for person in [*people, *session.participants]:
        if person.group == group and person.name:
            return person.name, person.function
    return "", ""


def parties(c: Context) -> list[Block]:
    legal = c.legal
    cite = legal.represents()
    represents = f" ({esc(cite.localize(c.language))})" if cite else ""
    mayor, function = first_person(c.session, StakeholderGroup.MAYOR)
    who = ", ".join(x for x in (name(mayor), esc(function or c.group(StakeholderGroup.MAYOR))) if x)
    if not mayor:
        who = f"{esc(c.group(StakeholderGroup.MAYOR))} {c.t('parties.blank')}"
    executive = legal.land is not None and legal.land.executive_heads_administration
    if executive and legal.executive is not None:
        municipality = c.t(
            "parties.municipality_by",
            municipality=bold(municipality_name(c)),
            head=esc(legal.head.get(c.language)),
            represents=represents,
            who=who,
        )
    else:
        municipality = c.t(
            "parties.municipality",
            municipality=bold(municipality_name(c)),
            who=who,
            represents=represents,
        )
    cdo, cdo_function = first_person(c.session, StakeholderGroup.CDO)
    cdo_text = c.t(
        "parties.cdo",
        name=f"<b>{name(cdo)}</b>" if cdo else c.t("parties.blank"),
        function=f", {esc(cdo_function)}" if cdo_function else "",
    )
    return [
        Heading(c.t("h.agreement"), 0),
        Para(c.t("parties.between"), "intro"),
        Para(municipality),
        Para(c.t("parties.municipality_as", **municipality_term(c))),
        Para(c.t("parties.and"), "intro"),
        Para(cdo_text),
        Para(c.t("parties.cdo_as")),
        Space(0.5),
        Heading(c.t("h.preamble"), 1),
        *_preamble(c),
    ]


def _preamble(c: Context) -> list[Block]:
    when = (
        c.t("preamble.when", date=c.date(c.session.workshop_date, long=True))
        if c.session.workshop_date
        else ""
    )
    return [
        Para(c.t("preamble.1")),
        Para(c.t("preamble.2")),
        Para(c.t("preamble.3")),
        Para(c.t("preamble.4", when=when)),
        Para(c.t("preamble.annex")),
    ]


# -- the clauses ---------------------------------------------------------------------------


def subject(c: Context) -> list[Block]:
    out = _numbered(
        [c.t("subject.1", **municipality_term(c)), c.render(c.legal.basis()), c.t("subject.goals")]
    )
    goals = c.session.goals
    if not goals:
        return [*out[:-1], Para(c.t("subject.no_goals"), label="(3)")]
    items = tuple(
        c.t(
            "goal_item",
            text=esc(g.text),
            priority=c.t(f"priority.{g.priority.value}"),
            horizon=c.t(f"horizon.{g.horizon.value}"),
        )
        for g in goals
    )
    return [*out, Items(items, numbered=True)]


def position(c: Context) -> list[Block]:
    p, job = c.session.placement, c.profile.job
    rows: list[tuple[str, Cell]] = []
    if job.placement is not None:
        rows.append(
            (c.t("placement.placement"), Cell(esc(job.placement.get(c.language)), bold=True))
        )
    elif p.placement:
        rows.append((c.t("placement.placement"), Cell(esc(p.placement), bold=True)))
    rows.append((c.t("placement.reporting_line"), Cell(esc(p.reporting_line or c.t("not_given")))))
    grade = job.pay_grade.get(c.language) if job.pay_grade else p.pay_grade
    rows.append((c.t("placement.pay_grade"), Cell(esc(grade or c.t("not_given")))))
    fte = (
        c.t("placement.fte_value", value=c.num(p.role_fte, 2))
        if p.role_fte is not None
        else c.t("not_given")
    )
    rows.append((c.t("placement.fte"), Cell(fte)))
    share = (
        c.t("placement.time_share_value", value=c.num(p.cdo_time_share))
        if p.cdo_time_share is not None
        else c.t("not_given")
    )
    rows.append((c.t("placement.time_share"), Cell(share)))
    if p.notes:
        rows.append((c.t("placement.notes"), Cell(esc(p.notes))))
    return [KeyValue(tuple(rows), key_width=0.32)]


def tasks(c: Context) -> list[Block]:
    out: list[Block] = [Para(c.t("tasks.1"), label="(1)")]
    by_title = {task.title: task for task in c.session.tasks}
    items = []
    for item in c.profile.tasks:
        task = by_title.get(item.title)
        line = f"<b>{esc(c.task_title(task) if task else item.title)}</b> ({item.role.value})"
        if item.description is not None:
            line += f" – {esc(item.description.get(c.language))}"
        items.append(line)
    out.append(Items(tuple(items)) if items else Para(c.t("task_profile.none")))
    out.append(Para(c.t("tasks.2"), label="(2)"))
    if c.profile.competences:
        listed = ", ".join(esc(x.label.get(c.language)) for x in c.profile.competences)
        out.append(Para(c.t("tasks.competences", list=listed), label="(3)"))
    return out


def powers(c: Context) -> list[Block]:
    legal = c.legal
    reserved = legal.reserved()
    second = c.t(
        "powers.2",
        council=esc(c.council()),
        reserved=esc(reserved.localize(c.language)) if reserved else c.t("not_given"),
        head=esc(c.head()),
        **municipality_term(c),
    )
    areas = c.session.decision_areas
    if not areas:
        return [
            Para(c.t("powers.1", council=esc(c.council())), label="(1)"),
            Para(c.t("none_recorded")),
            Para(second, label="(2)"),
        ]
    notes: list[str] = []
    rows = []
    for area in areas:
        title = esc(c.area_title(area))
        limit = ceiling_message(c.catalog, c.session, area)
        if limit is not None:
            notes.append(c.render(limit))
            title += f"<sup>{len(notes)}</sup>"
        keeps = (
            owner_text(c.catalog, c.session, area.reserved_to.value).get(c.language)
            if area.reserved_to
            else c.t("reserved_none")
        )
        rows.append(
            Row(
                (
                    Cell(title),
                    Cell(f"<b>{c.level(area.agreed_level)}</b>"),
                    Cell(c.level(area.max_level)),
                    Cell(esc(keeps)),
                )
            )
        )
    table = Table(
        (
            Column(c.t("col.area"), 0.36),
            Column(c.t("col.level_agreed"), 0.22),
            Column(c.t("col.limit"), 0.2),
            Column(c.t("col.reserved"), 0.22),
        ),
        tuple(rows),
    )
    out: list[Block] = [
        Para(c.t("powers.1", council=esc(c.council())), "intro", label="(1)"),
        table,
    ]
    if notes:
        out.append(Para(c.t("legal_notes"), "caption"))
        out += [Para(n, "note", label=f"{i}") for i, n in enumerate(notes, start=1)]
    return [*out, Para(second, label="(2)")]


def cooperation(c: Context) -> list[Block]:
    deps = c.session.dependencies
    if not deps:
        return [Para(c.t("none_recorded"))]
    rows = []
    for d in deps:
        kind = c.label(labels.DEPENDENCY_KINDS[d.kind])
        rows.append(
            Row(
                (
                    Cell(f"<b>{esc(c.unit_name(d.unit))}</b><br/>{kind}"),
                    Cell(esc(d.purpose or "–")),
                    Cell(c.t("agreement.exists" if d.agreement_exists else "agreement.missing")),
                )
            )
        )
    table = Table(
        (
            Column(c.t("col.unit"), 0.32),
            Column(c.t("col.purpose"), 0.44),
            Column(c.t("col.agreement"), 0.24),
        ),
        tuple(rows),
    )
    return [Para(c.t("cooperation.1"), "intro"), table]


def resources(c: Context) -> list[Block]:
    if not c.session.resources:
        return [Para(c.t("none_recorded"))]
    rows = []
    for r in c.session.resources:
        kind = c.catalog.resource_kinds.get(r.kind.value)
        rows.append(
            Row(
                (
                    Cell(esc(kind.label.get(c.language) if kind else r.kind.value), bold=True),
                    Cell(esc(c.amount(r))),
                    Cell(c.t(f"period.{r.period.value}")),
                    Cell(esc(c.group(r.committed_by) or "–")),
                    Cell(c.t(f"resource_status.{r.status.value}")),
                    Cell(esc(r.notes or "–")),
                )
            )
        )
    table = Table(
        (
            Column(c.t("col.kind"), 0.17),
            Column(c.t("col.amount"), 0.15, "right"),
            Column(c.t("col.period"), 0.12),
            Column(c.t("col.committed_by"), 0.17),
            Column(c.t("col.status"), 0.14),
            Column(c.t("col.notes"), 0.25),
        ),
        tuple(rows),
    )
    b = c.analysis.balance
    summary = c.t(
        "resources.summary",
        fte=c.num(b.supply_fte, 2),
        budget=c.money(b.supply_budget),
        proposed_fte=c.num(b.proposed_fte, 2),
        proposed_budget=c.money(b.proposed_budget),
    )
    out: list[Block] = [Para(c.t("resources.1"), "intro", label="(1)"), table, Para(summary)]
    if any(r.status == ResourceStatus.PROPOSED for r in c.session.resources):
        out.append(Para(c.t("resources.proviso"), label="(2)"))
    return out


def _resource_item(c: Context, r: Resource) -> str:
    kind = c.catalog.resource_kinds.get(r.kind.value)
    return c.t(
        "council.resource",
        kind=esc(kind.label.get(c.language) if kind else r.kind.value),
        amount=esc(c.amount(r)),
        period=c.t(f"period.{r.period.value}"),
        status=c.t(f"resource_status.{r.status.value}"),
    )


def council_items(c: Context) -> tuple[list[str], list[str], list[str]]:
    """What the workshop recorded of the council's part: resources it already approved in
    the budget, resources still waiting for its resolution, and the decision areas reserved
    to it (decided case by case, not by this agreement)."""
    resources = c.session.resources
    approved = [_resource_item(c, r) for r in resources if r.status == ResourceStatus.APPROVED]
    pending = [
        _resource_item(c, r)
        for r in resources
        if r.committed_by == StakeholderGroup.COUNCIL and r.status != ResourceStatus.APPROVED
    ]
    areas = [
        esc(c.area_title(a))
        for a in c.session.decision_areas
        if a.reserved_to == StakeholderGroup.COUNCIL
    ]
    return approved, pending, areas


def council(c: Context) -> list[Block]:
    council = esc(c.council())
    approved, pending, areas = council_items(c)
    parts: list[list[Block]] = []
    if approved:
        parts.append([Para(c.t("council.approved"), "intro"), Items(tuple(approved))])
    if pending:
        parts.append(
            [
                Para(c.t("council.items", council=council), "intro"),
                Items(tuple(pending)),
                Para(_resolution(c, council), "continued"),
            ]
        )
    if areas:
        parts.append([Para(c.t("council.areas", council=council), "intro"), Items(tuple(areas))])
    if not parts:
        parts.append([Para(c.t("council.no_items", council=council, **municipality_term(c)))])
    if any(s.group == StakeholderGroup.COUNCIL for s in c.session.agreement.signatories):
        parts.append([Para(c.t("council.members", council=council))])
    if len(parts) == 1:
        return parts[0]
    out: list[Block] = []
    for number, part in enumerate(parts, start=1):
        first = part[0]
        assert isinstance(first, Para)
        out += [Para(first.text, first.role, label=f"({number})"), *part[1:]]
    return out


def _resolution(c: Context, council: str) -> str:
    a = c.session.agreement
    if a.resolution_number and a.resolution_date:
        return c.t(
            "council.taken",
            council=council,
            date=c.date(a.resolution_date, long=True),
            number=esc(a.resolution_number),
        )
    if a.resolution_date:
        return c.t("council.planned", council=council, date=c.date(a.resolution_date, long=True))
    return c.t("council.pending", council=council)


def measures(c: Context) -> list[Block]:
    """The measures the room agreed on: its own and the accepted recommendations; a
    declined recommendation is kept (as dropped) only to remember the decision."""
    agreed = [m for m in c.session.measures if m.status != MeasureStatus.DROPPED]
    if not agreed:
        return [Para(c.t("measures.none"))]
    rows = tuple(
        Row(
            (
                Cell(f"{i}."),
                Cell(esc(m.what or "–")),
                Cell(esc(m.owner or "–")),
                Cell(esc(c.date(m.due) if m.due else "–")),
                Cell(c.t(f"measure_status.{m.status.value}")),
            )
        )
        for i, m in enumerate(agreed, start=1)
    )
    table = Table(
        (
            Column(c.t("col.number"), 0.06),
            Column(c.t("col.measure"), 0.46),
            Column(c.t("col.owner"), 0.18),
            Column(c.t("col.due"), 0.15),  # "31.01.2027" stays on one line
            Column(c.t("col.status"), 0.15),
        ),
        rows,
    )
    return [Para(c.t("measures.intro"), "intro"), table]


def reporting(c: Context) -> list[Block]:
    line = c.session.placement.reporting_line or c.head()
    texts = [c.t("reporting.1", line=esc(line))]
    if any(council_items(c)):
        texts.append(c.t("reporting.2", head=esc(c.head()), council=esc(c.council())))
    return _numbered(texts)


def review(c: Context) -> list[Block]:
    when = c.session.agreement.review_date
    return [Para(c.t("review.date", date=c.date(when, long=True)) if when else c.t("review.none"))]


def force(c: Context) -> list[Block]:
    return _numbered([c.t("force.1"), c.t("force.2")])


def final(c: Context) -> list[Block]:
    act = c.legal.staff_council()
    # the act's name alone where its paragraph was not found, no note in the signed text
    cited = (act.localize(c.language) if act.found else act.text) if act else ""
    texts = [
        c.t("final.1"),
        c.t("final.2", act=f" ({esc(cited)})" if cited else ""),
        c.t("final.3"),
        c.t("final.4"),
        c.t("final.5"),
    ]
    if c.language == "en":
        texts.append(c.t("final.language"))
    return _numbered(texts)


@dataclass(frozen=True)
class Clause:
    title: str  # text key of the heading
    body: Callable[[Context], list[Block]]


CLAUSES: tuple[Clause, ...] = (
    Clause("h.subject", subject),
    Clause("h.position", position),
    Clause("h.tasks", tasks),
    Clause("h.powers", powers),
    Clause("h.cooperation", cooperation),
    Clause("h.resources", resources),
    Clause("h.council", council),
    Clause("h.measures", measures),
    Clause("h.reporting", reporting),
    Clause("h.review", review),
    Clause("h.force", force),
    Clause("h.final", final),
)


# -- annex list, signatures ----------------------------------------------------------------


def annex_list(c: Context) -> list[Block]:
    items = tuple(
        f"{_annex(c, n)}: {esc(c.t(key))}"
        for n, key in ((1, "annex.raci"), (2, "annex.levels"), (3, "annex.results"))
    )
    return [Heading(c.t("h.annexes"), 1), Items(items)]


def status_text(session: Session, language: str) -> str:
    """Draft, final for signature, or signed on the day the last valid signature was given."""
    state = session.agreement.state
    if state == SigningState.SIGNED:
        days = [
            p.signed_at
            for p in session.agreement.signatories
            if p.signed_at and signature_state(session, p) == "valid"
        ]
        day = long_date(max(days).date(), language) if days else "–"
        return t("state.signed", language, date=day)
    return t(f"state.{state.value}", language)


def signature_page(c: Context) -> list[Block]:
    s = c.session
    people = list(s.agreement.signatories)
    if (
        c.options.witness
        and s.facilitator
        and not any(p.group == StakeholderGroup.FACILITATOR for p in people)
    ):
        people.append(
            Signatory(id="witness", name=s.facilitator, group=StakeholderGroup.FACILITATOR)
        )
    parties_ = [p for p in people if p.group == StakeholderGroup.MAYOR]
    cdos = [p for p in people if p.group == StakeholderGroup.CDO]
    others = [p for p in people if p not in parties_ and p not in cdos]
    # the two parties always have a place to sign, even when nobody was entered for them
    if not parties_:
        parties_ = [Signatory(id="mayor", group=StakeholderGroup.MAYOR)]
    if not cdos:
        cdos = [Signatory(id="cdo", group=StakeholderGroup.CDO)]
    numbers = {id(p): n for n, p in enumerate([*parties_, *cdos, *others], start=1)}
    out: list[Block] = [
        PageBreak(unless_space=0.6),
        Heading(c.t("h.signatures"), 1),
        Para(bold(c.t("signatures.for_municipality", **municipality_term(c))), "intro"),
        Signatures(tuple(_box(c, p, numbers[id(p)]) for p in parties_)),
        Para(bold(c.t("signatures.cdo")), "intro"),
        Signatures(tuple(_box(c, p, numbers[id(p)]) for p in cdos)),
    ]
    if others:
        out += [
            Para(bold(c.t("signatures.acknowledged")), "intro"),
            Signatures(tuple(_box(c, p, numbers[id(p)]) for p in others)),
        ]
    return [*out, *form(c)]


def _box(c: Context, person: Signatory, number: int) -> SignBox:
    validity = signature_state(c.session, person)
    valid = validity == "valid"
    signed_on = person.signed_at.date() if person.signed_at and valid else None
    witness = person.group == StakeholderGroup.FACILITATOR
    # the function as typed; the group's name only where no function says who signs
    lines = [person.function] if person.function else []
    if witness and not person.function:
        lines.append(c.t("signature.witness"))
    elif not lines and c.group(person.group):
        lines.append(c.group(person.group))
    place = esc(person.place) if person.place else "_" * 18
    day = c.date(signed_on) if signed_on else "_" * 12
    note = ""
    if signed_on:
        note = c.t("signature.on_screen")
    elif validity == "void":
        note = c.t("signature.void")
    return SignBox(
        name=person.name,
        lines=tuple(lines),
        place_date=c.t("signature.place_date", place=place, date=day),
        # a void signature is never drawn as valid
        strokes=tuple(tuple(p) for p in person.strokes) if valid else (),
        note=note,
        field_name=f"Signature{number}" if c.options.qes_fields and not witness else "",
        field_label=c.t("signature.qes_field", name=esc(person.name or str(number))),
    )


def form(c: Context) -> list[Block]:
    """What the signatures and the seal are (and are not), below the signatures."""
    texts: list[Block] = [Heading(c.t("h.form"), 2), Para(c.t("form.wet_ink"))]
    if c.options.sealed_by:
        texts.append(Para(c.t("form.sealed", sealer=esc(c.options.sealed_by))))
    else:
        texts.append(Para(c.t("form.unsealed")))
    if c.options.qes_fields:
        texts.append(Para(c.t("form.qes")))
    return [Space(1), Callout(tuple(texts))]


# -- annexes 1 and 2 (part of the agreement) -----------------------------------------------


def annex_raci(c: Context) -> list[Block]:
    out: list[Block] = [PageBreak(), Heading(c.t("annex.raci"), 0, _annex(c, ANNEX_RACI))]
    tasks = c.session.tasks
    if not tasks:
        return [*out, Para(c.t("none_recorded"))]
    known = [g.value for g in StakeholderGroup]
    used = {key for task in tasks for key in task.raci}
    groups = [g for g in known if g in used] + sorted(used - set(known))
    flagged = {issue.task.id for issue in c.analysis.raci_issues}
    share = min(0.06, 0.6 / max(1, len(groups)))
    columns = (
        Column(c.t("col.task"), 1 - share * len(groups)),
        *(Column(c.group(g), share, "center", vertical=True) for g in groups),
    )
    order = list(c.catalog.task_clusters)
    ordered = sorted(
        enumerate(tasks),
        key=lambda it: (order.index(it[1].cluster) if it[1].cluster in order else 99, it[0]),
    )
    tones: dict[str, Tone] = {"A": "accent", "R": "light", "C": "pale"}
    rows: list[Row] = []
    current: str | None = None
    for _, task in ordered:
        if task.cluster != current:
            current = task.cluster
            cluster = c.catalog.task_clusters.get(task.cluster)
            name = cluster.label.get(c.language) if cluster else task.cluster or "–"
            rows.append(Row((Cell(esc(name), bold=True),), group=True))
        cells = [Cell(esc(c.task_title(task)) + (" ⚑" if task.id in flagged else ""))]
        for g in groups:
            role = task.raci.get(g)
            letter = role.value if isinstance(role, RaciRole) else (role or "")
            cells.append(Cell(letter, bold=True, tone=tones.get(letter, "")))
        rows.append(Row(tuple(cells)))
    out += [Para(c.t("raci.intro"), "small"), Table(columns, tuple(rows), zebra=False, small=True)]
    if flagged:
        key = "raci.flagged_one" if len(flagged) == 1 else "raci.flagged"
        out.append(Para(c.t(key, count=str(len(flagged))), "small"))
    return out


def annex_levels(c: Context) -> list[Block]:
    rows = tuple(
        Row(
            (
                Cell(str(level.level)),
                Cell(esc(level.name.get(c.language)), bold=True),
                Cell(esc(level.meaning.get(c.language))),
            )
        )
        for level in sorted(c.catalog.levels.values(), key=lambda x: x.level)
    )
    table = Table(
        (
            Column(c.t("col.level"), 0.08, "center"),
            Column(c.t("col.name"), 0.2),
            Column(c.t("col.meaning"), 0.72),
        ),
        rows,
        small=True,
    )
    return [
        PageBreak(unless_space=0.35),
        Heading(c.t("annex.levels"), 0, _annex(c, ANNEX_LEVELS)),
        table,
    ]
