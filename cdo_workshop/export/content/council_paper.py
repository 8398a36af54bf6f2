"""The Beschlussvorlage for the council, in the usual form of a council paper: subject, the
proposed resolution (exactly what the Land's law reserves to the council and the workshop
proposes), facts and reasons, financial effects per year, annexes."""

from __future__ import annotations

from cdo_workshop.domain.model import Resource, ResourceKind, ResourceStatus, StakeholderGroup
from cdo_workshop.export.content.agreement import municipality_term, status_text
from cdo_workshop.export.content.common import (
    furniture,
    metadata,
    per_year,
    resource_kind,
    title_blocks,
)
from cdo_workshop.export.content.context import Context
from cdo_workshop.export.content.nodes import (
    Block,
    Cell,
    Column,
    Document,
    Heading,
    Items,
    Para,
    Row,
    Table,
)
from cdo_workshop.export.content.rich import esc

STRATEGY_AREA = "strategy_adoption"  # catalog key of "adopt the digital strategy"


def council_paper(c: Context) -> Document:
    title = c.t("cp.title")
    status = c.t("cp.status")
    a = c.session.agreement
    council = esc(c.council())
    meeting = (
        c.t("cp.meeting", council=council, date=c.date(a.resolution_date, long=True))
        if a.resolution_date
        else c.t("cp.meeting_open", council=council, fill=c.t("cp.fill"))
    )
    facts: list[tuple[str, Cell]] = [
        (c.t("cp.number"), Cell(c.t("cp.number_value"))),
        (c.t("cp.file"), Cell(esc(a.file_number) or c.t("cp.fill"))),
        (c.t("cp.lead"), Cell(esc(c.session.placement.reporting_line or c.head()))),
        (c.t("cp.body"), Cell(meeting)),
        (c.t("cp.subject"), Cell(c.t("cp.subject_value"), bold=True)),
    ]
    blocks: list[Block] = [*title_blocks(c, title, status, facts)]
    sections = (
        ("cp.h.proposal", proposal),
        ("cp.h.facts", facts_and_reasons),
        ("cp.h.finance", finance),
        ("cp.h.annexes", annexes),
    )
    for number, (key, section) in enumerate(sections, start=1):
        blocks += [Heading(c.t(key), 1, f"{number}."), *section(c)]
    return Document(metadata(c, title), furniture(c, title, status), tuple(blocks))


def council_resources(c: Context) -> list[Resource]:
    """What the council is asked to provide: resources it commits that it has not approved."""
    return [
        r
        for r in c.session.resources
        if r.committed_by == StakeholderGroup.COUNCIL and r.status != ResourceStatus.APPROVED
    ]


def proposal(c: Context) -> list[Block]:
    council = esc(c.council())
    term = municipality_term(c)
    items = [c.t("cp.takes_note", with_term=term["with_term"])]
    for r in council_resources(c):
        amount = esc(c.amount(r))
        if r.kind == ResourceKind.STAFF:
            items.append(c.t("cp.staff", amount=amount))
        else:
            items.append(
                c.t(
                    "cp.budget",
                    kind=esc(resource_kind(c, r)),
                    amount=amount,
                    period=c.t(f"period.{r.period.value}"),
                )
            )
    reserved = [a for a in c.session.decision_areas if a.reserved_to == StakeholderGroup.COUNCIL]
    if any(a.key == STRATEGY_AREA for a in reserved):
        items.append(c.t("cp.strategy", council=council))
    review = c.session.agreement.review_date
    items.append(
        c.t("cp.review", date=c.date(review, long=True)) if review else c.t("cp.review_open")
    )
    return [
        Para(c.t("cp.proposal_intro", council=council), "intro"),
        Items(tuple(items), numbered=True),
    ]


def facts_and_reasons(c: Context) -> list[Block]:
    s = c.session
    groups = sorted(
        {c.group(p.group) for p in s.participants if p.group != StakeholderGroup.FACILITATOR}
    )
    names = esc(", ".join(g for g in groups if g)) or c.t("cp.fill")
    term = municipality_term(c)
    first = (
        c.t("cp.facts.workshop", date=c.date(s.workshop_date, long=True), groups=names, **term)
        if s.workshop_date
        else c.t("cp.facts.workshop_no_date", groups=names, **term)
    )
    out: list[Block] = [Para(first), Para(c.t("cp.facts.argument"))]
    a = c.analysis
    if a.role_type is not None:
        reason = c.render(a.role_type_reason.explanation)
        out.append(Para(c.t("cp.facts.role_type", reason=reason)))
    reserved = c.legal.reserved()
    if reserved is not None:
        out.append(
            Para(
                c.t(
                    "cp.facts.reserved",
                    reserved=esc(reserved.localize(c.language)),
                    council=esc(c.council()),
                    head=esc(c.head()),
                )
            )
        )
    return out


def finance(c: Context) -> list[Block]:
    wanted = council_resources(c)
    money = [r for r in wanted if r.kind != ResourceKind.STAFF]
    staff = [r for r in wanted if r.kind == ResourceKind.STAFF]
    if not wanted:
        return [Para(c.t("cp.finance_none", council=esc(c.council())))]
    rows = []
    for r in [*money, *staff]:
        yearly = per_year(r)
        rows.append(
            Row(
                (
                    Cell(esc(resource_kind(c, r)), bold=True),
                    Cell(esc(c.amount(r)) if yearly is not None else "–"),
                    Cell("–" if yearly is not None else esc(c.amount(r))),
                    Cell(c.t(f"resource_status.{r.status.value}")),
                )
            )
        )
    euros = [r for r in money if (r.unit or c.catalog.resource_kinds[r.kind.value].unit) == "EUR"]
    yearly_total = sum(per_year(r) or 0 for r in euros)
    once_total = sum(r.amount for r in euros if per_year(r) is None)
    rows.append(
        Row(
            (
                Cell(c.t("cp.finance_total"), bold=True),
                Cell(c.money(yearly_total), bold=True),
                Cell(c.money(once_total), bold=True),
                Cell(""),
            )
        )
    )
    table = Table(
        (
            Column(c.t("cp.col.item"), 0.34),
            Column(c.t("cp.col.per_year"), 0.22, "right"),
            Column(c.t("cp.col.once"), 0.22, "right"),
            Column(c.t("cp.col.status"), 0.22),
        ),
        tuple(rows),
    )
    return [table]


def annexes(c: Context) -> list[Block]:
    return [Items((c.t("cp.annex_agreement", state=esc(status_text(c.session, c.language))),))]
