"""The Stellenbeschreibung for HR: the usual structure of a German municipal job description,
filled from the workshop (post, position, aim, Arbeitsvorgänge with time shares, powers in
the Land's terms, requirement profile, resources, signature lines)."""

from __future__ import annotations

from cdo_workshop.domain.analysis.time_shares import time_share_check, work_processes
from cdo_workshop.domain.legal import owner_text
from cdo_workshop.domain.model import RaciRole, ResourceKind, StakeholderGroup
from cdo_workshop.export.content.agreement import first_person, municipality_term
from cdo_workshop.export.content.common import (
    furniture,
    metadata,
    resource_kind,
    signature_lines,
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
    KeyValue,
    Para,
    Row,
    Table,
)
from cdo_workshop.export.content.rich import esc, name


def job_description(c: Context) -> Document:
    title = c.t("jd.title")
    status = c.t("jd.status")
    holder, function = first_person(c.session, StakeholderGroup.CDO)
    p, job = c.session.placement, c.profile.job
    grade = job.pay_grade.get(c.language) if job.pay_grade else p.pay_grade
    facts: list[tuple[str, Cell]] = [
        (
            c.t("jd.unit"),
            Cell(
                esc(
                    job.placement.get(c.language)
                    if job.placement
                    else p.placement or c.t("doc.to_fill")
                )
            ),
        ),
        (c.t("jd.post_title"), Cell(esc(function or c.t("doc.role_title")), bold=True)),
        (c.t("jd.holder"), Cell(name(holder) or c.t("doc.to_fill"))),
        (
            c.t("jd.grade"),
            Cell(c.t("jd.grade_value", grade=esc(grade)) if grade else c.t("doc.to_fill")),
        ),
        (c.t("jd.scope"), Cell(_scope(c))),
    ]
    blocks: list[Block] = [*title_blocks(c, title, status, facts)]
    sections = (
        ("jd.h.position", position),
        ("jd.h.aim", aim),
        ("jd.h.processes", processes),
        ("jd.h.powers", powers),
        ("jd.h.requirements", requirements),
        ("jd.h.resources", resources),
        ("jd.h.signatures", signatures),
    )
    for number, (key, section) in enumerate(sections, start=1):
        blocks += [Heading(c.t(key), 1, f"{number}."), *section(c)]
    return Document(metadata(c, title), furniture(c, title, status), tuple(blocks))


def _scope(c: Context) -> str:
    p = c.session.placement
    if p.role_fte is None:
        return c.t("doc.to_fill")
    fte = c.num(p.role_fte, 2)
    if p.cdo_time_share is None:
        return c.t("jd.scope_fte", fte=fte)
    return c.t("jd.scope_value", fte=fte, share=c.num(p.cdo_time_share))


def position(c: Context) -> list[Block]:
    p = c.session.placement
    staff = [r for r in c.session.resources if r.kind == ResourceKind.STAFF]
    supervises = (
        ", ".join(esc(f"{c.amount(r)}{' – ' + r.notes if r.notes else ''}") for r in staff)
        if staff
        else c.t("jd.supervises_none")
    )
    rows: list[tuple[str, Cell]] = [
        (c.t("jd.reports_to"), Cell(esc(p.reporting_line or c.head()))),
        (c.t("jd.supervises"), Cell(supervises)),
        (c.t("jd.deputy"), Cell(c.t("doc.to_fill"))),
    ]
    return [KeyValue(tuple(rows), key_width=0.34)]


def aim(c: Context) -> list[Block]:
    goals = tuple(esc(g.text) for g in c.session.goals)
    out: list[Block] = [Para(c.t("jd.aim", **municipality_term(c)), "intro")]
    return [*out, Items(goals)] if goals else [*out, Para(c.t("subject.no_goals"))]


def processes(c: Context) -> list[Block]:
    groups = work_processes(c.session, c.catalog)
    if not groups:
        return [Para(c.t("jd.no_processes"))]
    rows = []
    for number, group in enumerate(groups, start=1):
        tasks = "<br/>".join(
            f"• {esc(c.task_title(t))} ({_role(t.raci.get(StakeholderGroup.CDO.value))})"
            for t in group.tasks
        )
        rows.append(
            Row(
                (
                    Cell(f"{number}."),
                    Cell(esc(group.name), bold=True),
                    Cell(tasks),
                    Cell(f"{group.share}\u00a0%"),
                )
            )
        )
    total = sum(g.share for g in groups)
    rows.append(
        Row(
            (
                Cell(""),
                Cell(c.t("jd.total"), bold=True),
                Cell(""),
                Cell(f"{total}\u00a0%", bold=True),
            )
        )
    )
    table = Table(
        (
            Column(c.t("jd.col.number"), 0.07),
            Column(c.t("jd.col.process"), 0.3),
            Column(c.t("jd.col.tasks"), 0.48),
            Column(c.t("jd.col.share"), 0.15, "right"),
        ),
        tuple(rows),
    )
    check = time_share_check(c.session, c.catalog)
    notes = [Para(c.render(m), "small") for m in check.messages]
    return [Para(c.t("jd.processes_intro"), "intro"), table, *notes]


def _role(role: object) -> str:
    return role.value if isinstance(role, RaciRole) else str(role or "")


def powers(c: Context) -> list[Block]:
    areas = c.session.decision_areas
    if not areas:
        return [Para(c.t("none_recorded"))]
    rows = []
    for area in areas:
        level = area.agreed_level
        if area.reserved_to is not None and (level is None or level <= area.max_level):
            owner = owner_text(c.catalog, c.session, area.reserved_to.value).get(c.language)
            meaning = c.t("jd.reserved", owner=esc(owner))
        elif level is None:
            meaning = c.t("jd.open")
        else:
            meaning = c.t(
                "jd.decides" if level >= 5 else "jd.jointly" if level == 4 else "jd.advises"
            )
        rows.append(Row((Cell(esc(c.area_title(area))), Cell(c.level(level)), Cell(meaning))))
    table = Table(
        (
            Column(c.t("jd.col.area"), 0.42),
            Column(c.t("jd.col.level"), 0.26),
            Column(c.t("jd.col.meaning"), 0.32),
        ),
        tuple(rows),
    )
    intro = c.t("jd.powers_intro", council=esc(c.council()), head=esc(c.head()))
    return [Para(intro, "intro"), table]


def requirements(c: Context) -> list[Block]:
    competences = tuple(
        f"{esc(x.label.get(c.language))} ({x.tasks})" for x in c.profile.competences
    )
    if not competences:
        return [Para(c.t("jd.no_processes"))]
    return [Para(c.t("jd.requirements_intro"), "intro"), Items(competences)]


def resources(c: Context) -> list[Block]:
    agreed = c.profile.job.resources
    if not agreed:
        return [Para(c.t("none_recorded"))]
    rows = tuple(
        Row(
            (
                Cell(esc(resource_kind(c, r)), bold=True),
                Cell(esc(c.amount(r))),
                Cell(c.t(f"period.{r.period.value}")),
                Cell(c.t(f"resource_status.{r.status.value}")),
            )
        )
        for r in agreed
    )
    table = Table(
        (
            Column(c.t("col.kind"), 0.3),
            Column(c.t("col.amount"), 0.24, "right"),
            Column(c.t("col.period"), 0.22),
            Column(c.t("col.status"), 0.24),
        ),
        rows,
    )
    return [table]


def signatures(c: Context) -> list[Block]:
    holder, _ = first_person(c.session, StakeholderGroup.CDO)
    line = c.session.placement.reporting_line or c.head()
    return [
        signature_lines(
            c,
            [
                ("", c.t("jd.sign.hr")),
                ("", c.t("jd.sign.head", line=line)),
                (holder, c.t("jd.sign.holder")),
            ],
        )
    ]
