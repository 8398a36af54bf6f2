"""A draft Stellenausschreibung for HR, in plain language: the same tasks, profile and pay
grade as the job description, marked as a draft that HR completes."""

from __future__ import annotations

from cdo_workshop.domain.analysis.time_shares import work_processes
from cdo_workshop.domain.model import ResourceKind, StakeholderGroup
from cdo_workshop.export.content.agreement import first_person, municipality_name
from cdo_workshop.export.content.common import furniture, metadata, resource_kind
from cdo_workshop.export.content.context import Context
from cdo_workshop.export.content.nodes import Block, Callout, Document, Heading, Items, Para
from cdo_workshop.export.content.rich import esc


def job_ad(c: Context) -> Document:
    title = c.t("ad.title")
    status = c.t("ad.status")
    _, function = first_person(c.session, StakeholderGroup.CDO)
    p, job = c.session.placement, c.profile.job
    # the post's own working time (the role may be larger: a team, or a share of the post)
    scope = (
        c.t("ad.scope", fte=c.num(p.cdo_fte, 2)) if p.cdo_fte is not None else c.t("ad.full_time")
    )
    blocks: list[Block] = [
        Heading(title, 0),
        Callout((Para(f"<b>{esc(status)}</b>"), Para(c.t("ad.draft_note")))),
        Para(
            c.t(
                "ad.lead",
                municipality=esc(_subject(c)),
                title=esc(function or c.t("doc.role_title")),
                scope=scope,
            ),
            "lead",
        ),
    ]
    if p.cdo_time_share is not None and p.role_fte is not None:
        blocks.append(
            Para(c.t("ad.role_share", share=c.num(p.cdo_time_share), fte=c.num(p.role_fte, 2)))
        )
    if job.placement is not None:
        line = p.reporting_line or c.head()
        blocks.append(
            Para(c.t("ad.placement", placement=esc(job.placement.get(c.language)), line=esc(line)))
        )
    tasks = _tasks(c)
    blocks += [
        Heading(c.t("ad.h.tasks"), 1),
        Items(tasks) if tasks else Para(c.t("jd.no_processes")),
    ]
    competences = tuple(esc(x.label.get(c.language)) for x in c.profile.competences)
    if competences:
        blocks += [Heading(c.t("ad.h.profile"), 1), Items(competences)]
    blocks += [Heading(c.t("ad.h.offer"), 1), Items(_offer(c))]
    blocks += [Heading(c.t("ad.h.apply"), 1), Para(c.t("ad.apply", fill=c.t("doc.to_fill")))]
    return Document(metadata(c, title), furniture(c, title, status), tuple(blocks))


def _subject(c: Context) -> str:
    """The municipality as the sentence's subject: "Die Stadt Musterstadt", "The Town of …"."""
    name = municipality_name(c)
    kind = c.session.municipality.kind
    if c.language == "en":
        return name[:1].upper() + name[1:]
    if not c.session.municipality.name or kind is None or kind.value == "other":
        return name
    return f"{'Der' if kind.value == 'landkreis' else 'Die'} {name}"


def _tasks(c: Context) -> tuple[str, ...]:
    """One line per Arbeitsvorgang (its tasks in brackets), largest share first."""
    groups = sorted(work_processes(c.session, c.catalog), key=lambda g: -g.share)
    out = []
    for group in groups:
        titles = [c.task_title(t) for t in group.tasks]
        detail = f" ({', '.join(titles)})" if titles != [group.name] else ""
        out.append(f"<b>{esc(group.name)}</b>{esc(detail)}")
    return tuple(out)


def _offer(c: Context) -> tuple[str, ...]:
    job = c.profile.job
    grade = job.pay_grade.get(c.language) if job.pay_grade else c.session.placement.pay_grade
    out = [c.t("ad.grade", grade=esc(grade))] if grade else []
    deciding = [
        esc(c.area_title(a))
        for a in c.session.decision_areas
        if a.agreed_level is not None and a.agreed_level >= 5
    ]
    if deciding:
        out.append(c.t("ad.powers", areas=", ".join(deciding)))
    for r in job.resources:
        if r.kind == ResourceKind.TIME_SHARE:
            continue  # the post's own time, said in the lead
        if r.kind == ResourceKind.STAFF:
            out.append(c.t("ad.staff", amount=esc(c.amount(r))))
            continue
        out.append(
            c.t(
                "ad.resource",
                kind=esc(resource_kind(c, r)),
                amount=esc(c.amount(r)),
                period=c.t(f"period.{r.period.value}"),
            )
        )
    return tuple(out)
