"""The agreement's content, section by section, as ReportLab flowables.

Each `*_section` function returns flowables for one part of the document. Participants'
text goes through `esc()`; catalog texts and analysis sentences are trusted data but are
escaped too, since they may contain "&" or "<".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cdo_workshop.domain import labels
from cdo_workshop.domain.analysis import Analysis
from cdo_workshop.domain.analysis.profile import RoleProfile
from cdo_workshop.domain.analysis.scores import ROLE_TYPE_NAMES
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.fingerprint import grouped
from cdo_workshop.domain.legal import ceiling_message, group_text, legal_terms, owner_text
from cdo_workshop.domain.lifecycle import signature_state
from cdo_workshop.domain.messages import Message, Money, Num, Translate
from cdo_workshop.domain.model import (
    DecisionArea,
    RaciRole,
    Resource,
    Session,
    Signatory,
    SigningState,
    StakeholderGroup,
    Task,
)
from cdo_workshop.export import charts
from cdo_workshop.export.fonts import BOLD
from cdo_workshop.export.layout import CONTENT_WIDTH
from cdo_workshop.export.signatures import SignatureArea
from cdo_workshop.export.spots import SpotCollector
from cdo_workshop.export.styles import (
    ACCENT,
    ACCENT_LIGHT,
    ACCENT_PALE,
    BASE_TABLE_STYLE,
    INK,
    RULE,
    Styles,
    data_table,
    esc,
    key_value_table,
    para,
)
from cdo_workshop.export.texts import long_date, short_date, t


class Heading(Paragraph):
    """A numbered heading that also becomes an entry of the PDF's outline (bookmarks)."""

    def __init__(self, markup: str, style: Any, plain: str, level: int) -> None:
        super().__init__(markup, style)
        self.plain = plain
        self.level = level


@dataclass
class Context:
    session: Session
    catalog: Catalog
    language: str
    translate: Translate
    analysis: Analysis
    profile: RoleProfile
    styles: Styles
    fingerprint: str
    document_id: str
    sealed_by: str | None
    qes_fields: bool
    witness: bool
    named_votes: bool = False
    collector: SpotCollector = field(default_factory=SpotCollector)
    numbers: list[int] = field(default_factory=lambda: [0, 0])

    def t(self, key: str, **args: str) -> str:
        return t(key, self.language, **args)

    def render(self, message: Message) -> str:
        """An analysis sentence or domain label in the document's language, escaped."""
        return esc(message.render(self.translate, self.language))

    def label(self, source: str) -> str:
        return self.render(Message(labels.C, source))

    def h1(self, key: str) -> Heading:
        self.numbers[0] += 1
        self.numbers[1] = 0
        text = f"{self.numbers[0]}  {self.t(key)}"
        return Heading(text, self.styles.h1, text, 0)

    def h2(self, key: str) -> Heading:
        self.numbers[1] += 1
        text = f"{self.numbers[0]}.{self.numbers[1]}  {self.t(key)}"
        return Heading(text, self.styles.h2, text, 1)

    def appendix(self, key: str) -> Heading:
        text = self.t(key)
        return Heading(text, self.styles.h1, text, 0)

    def p(self, markup: str) -> Paragraph:
        return para(markup, self.styles.body)

    def intro(self, markup: str) -> Paragraph:
        """A paragraph that stays on the page of what it introduces."""
        return para(markup, self.styles.intro)

    def cell(self, value: object, style: Any = None) -> Paragraph:
        return para(esc(value), style or self.styles.cell)

    def head(self, key: str) -> Paragraph:
        return para(self.t(key), self.styles.head)

    def date(self, value: date | datetime | None, long: bool = False) -> str:
        if value is None:
            return self.t("not_given")
        return long_date(value, self.language) if long else short_date(value, self.language)

    def group(self, group: StakeholderGroup | str | None) -> str:
        """A group's name; council and mayor as the session's Land calls them."""
        if not group:
            return ""
        return group_text(self.catalog, self.session, str(group)).get(self.language)

    def num(self, value: float, digits: int = 0) -> str:
        return Num(value, digits).localize(self.language)

    # Titles the room kept from the catalog print in the document's language; anything
    # the room typed or changed prints as typed.
    def task_title(self, task: Task) -> str:
        return self.catalog.title_of(task).get(self.language)

    def area_title(self, area: DecisionArea) -> str:
        return self.catalog.title_of(area).get(self.language)

    def unit_name(self, unit: str) -> str:
        for entry in self.catalog.units.values():
            if unit in (entry.label.de, entry.label.en):
                return entry.label.get(self.language)
        return unit


Section = Callable[[Context], list[Flowable]]


# -- cover --------------------------------------------------------------------------------


def cover(c: Context) -> list[Flowable]:
    s, st = c.session, c.styles
    m = s.municipality
    out: list[Flowable] = [
        Spacer(1, 18 * mm),
        AccentBar(CONTENT_WIDTH),
        Spacer(1, 6 * mm),
        para(c.t("cover_label"), st.cover_label),
        para(esc(m.name or s.title or "–"), st.cover_title),
    ]
    facts = []
    if m.kind:
        kind = c.label(labels.MUNICIPALITY_KINDS[m.kind])
        state = c.label(labels.LAENDER_NAMES[m.state]) if m.state in labels.LAENDER_NAMES else ""
        facts.append(c.t("cover_kind_state", kind=kind, state=state) if state else kind)
    if m.population is not None:
        facts.append(c.t("cover_population", population=c.num(m.population)))
    if facts:
        out.append(para(" · ".join(facts), st.cover_sub))
    if s.title and s.title != m.name:
        out += [Spacer(1, 3 * mm), para(esc(s.title), st.cover_session)]
    out.append(Spacer(1, 9 * mm))
    rows: list[tuple[str, Any]] = [
        (c.t("cover_workshop_date"), c.cell(c.date(s.workshop_date, long=True), st.body_tight)),
        (c.t("cover_place"), c.cell(s.place or c.t("not_given"), st.body_tight)),
        (c.t("cover_facilitator"), c.cell(s.facilitator or c.t("not_given"), st.body_tight)),
        (
            c.t("cover_review"),
            c.cell(c.date(s.agreement.review_date, long=True), st.body_tight),
        ),
        (c.t("cover_status"), c.cell(status_text(c.session, c.language), st.body_tight)),
    ]
    template = c.catalog.templates.get(s.template)
    if template is not None:
        rows.append((c.t("cover_template"), c.cell(template.label.get(c.language), st.body_tight)))
    elif s.template:
        rows.append((c.t("cover_template"), c.cell(s.template, st.body_tight)))
    if s.follow_up_of:
        rows.append(
            (
                c.t("cover_follow_up"),
                c.cell(c.t("cover_follow_up_value", id=s.follow_up_of), st.body_tight),
            )
        )
    rows += [
        (c.t("cover_document_id"), c.cell(c.document_id, st.body_tight)),
        (c.t("cover_fingerprint"), c.cell(grouped(c.fingerprint, 8), st.small_ink)),
    ]
    out.append(key_value_table(rows, st, 52 * mm))
    out += [Spacer(1, 8 * mm), para(c.t("cover_participants"), st.h2)]
    if s.participants:
        table_rows = [[c.head("col.name"), c.head("col.function"), c.head("col.group")]]
        table_rows += [
            [c.cell(p.name, st.cell_bold), c.cell(p.function), c.cell(c.group(p.group))]
            for p in s.participants
        ]
        out.append(data_table(table_rows, [58 * mm, 70 * mm, 42 * mm]))
    else:
        out.append(c.p(c.t("none_recorded")))
    out += [Spacer(1, 8 * mm), para(c.t("cover_data_note"), st.small), PageBreak()]
    return out


class AccentBar(Flowable):
    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 3

    def draw(self) -> None:
        self.canv.setFillColor(ACCENT)
        self.canv.rect(0, 0, 40 * mm, self.height, stroke=0, fill=1)
        self.canv.setFillColor(ACCENT_LIGHT)
        self.canv.rect(40 * mm, 0, self.width - 40 * mm, self.height, stroke=0, fill=1)


# -- 1 preamble, 2 goals, 3 expectations --------------------------------------------------


def preamble(c: Context) -> list[Flowable]:
    when = (
        c.t("preamble.when", date=c.date(c.session.workshop_date, long=True))
        if c.session.workshop_date
        else ""
    )
    return [
        c.h1("h.preamble"),
        c.p(c.t("preamble.1")),
        c.p(c.t("preamble.2")),
        c.p(c.t("preamble.3")),
        c.p(c.t("preamble.4", when=when)),
        c.p(c.render(legal_terms(c.session).basis())),
    ]


def goals(c: Context) -> list[Flowable]:
    out: list[Flowable] = [c.h1("h.goals")]
    if not c.session.goals:
        return [*out, c.p(c.t("none_recorded"))]
    rows = [
        [c.head("col.number"), c.head("col.goal"), c.head("col.priority"), c.head("col.horizon")]
    ]
    rows += [
        [
            c.cell(f"{i}."),
            c.cell(g.text),
            c.cell(c.t(f"priority.{g.priority.value}")),
            c.cell(c.t(f"horizon.{g.horizon.value}")),
        ]
        for i, g in enumerate(c.session.goals, start=1)
    ]
    return [
        *out,
        c.intro(c.t("goals.intro")),
        data_table(rows, [10 * mm, 110 * mm, 22 * mm, 28 * mm]),
    ]


def expectations(c: Context) -> list[Flowable]:
    out: list[Flowable] = [c.h1("h.expectations")]
    if not c.session.expectations:
        return [*out, c.p(c.t("none_recorded"))]
    rows = [
        [
            c.head("col.group"),
            c.head("col.position"),
            c.head("col.expected_tasks"),
            c.head("col.notes"),
        ]
    ]
    by_key = {task.key: task for task in c.session.tasks if task.key}
    for e in c.session.expectations:
        items = []
        for item in e.tasks:
            task = by_key.get(item.task_key)
            definition = c.catalog.tasks.get(item.task_key)
            name = (
                c.task_title(task)
                if task
                else definition.title.get(c.language)
                if definition
                else item.task_key
            )
            items.append(f"• {esc(name)} ({c.t(f'priority.{item.priority.value}')})")
        rows.append(
            [
                c.cell(c.group(e.group), c.styles.cell_bold),
                c.cell(c.t("position_of", value=str(e.position))),
                para("<br/>".join(items) or "–", c.styles.cell),
                c.cell(e.notes or "–"),
            ]
        )
    return [
        *out,
        c.intro(c.t("expectations.intro")),
        data_table(rows, [36 * mm, 19 * mm, 61 * mm, 54 * mm]),
    ]


# -- 4 role profile -----------------------------------------------------------------------


def role_profile(c: Context) -> list[Flowable]:
    return [c.h1("h.profile"), *placement(c), *raci(c), *task_profile(c), *powers(c)]


def placement(c: Context) -> list[Flowable]:
    p, job, st = c.session.placement, c.profile.job, c.styles
    rows: list[tuple[str, Any]] = []
    if job.placement is not None:
        rows.append(
            (c.t("placement.placement"), c.cell(job.placement.get(c.language), st.cell_bold))
        )
        if job.consequences is not None:
            rows.append((c.t("placement.consequences"), c.cell(job.consequences.get(c.language))))
    elif p.placement:
        rows.append((c.t("placement.placement"), c.cell(p.placement, st.cell_bold)))
    rows.append((c.t("placement.reporting_line"), c.cell(p.reporting_line or c.t("not_given"))))
    grade = job.pay_grade.get(c.language) if job.pay_grade else p.pay_grade
    rows.append((c.t("placement.pay_grade"), c.cell(grade or c.t("not_given"))))
    fte = (
        c.t("placement.fte_value", value=c.num(p.role_fte, 2))
        if p.role_fte is not None
        else c.t("not_given")
    )
    rows.append((c.t("placement.fte"), c.cell(fte)))
    share = (
        c.t("placement.time_share_value", value=c.num(p.cdo_time_share))
        if p.cdo_time_share is not None
        else c.t("not_given")
    )
    rows.append((c.t("placement.time_share"), c.cell(share)))
    if p.notes:
        rows.append((c.t("placement.notes"), c.cell(p.notes)))
    return [c.h2("h.placement"), key_value_table(rows, st, 48 * mm)]


class VerticalText(Flowable):
    """A column header turned by 90°, so ten groups fit next to the task names."""

    def __init__(self, text: str, size: float = 7.0) -> None:
        super().__init__()
        self.text = charts.clip(text, 34 * mm, BOLD, size)
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size + 2, stringWidth(self.text, BOLD, self.size) + 2

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(BOLD, self.size)
        canvas.setFillColor(INK)
        canvas.rotate(90)
        canvas.drawString(1, -self.size, self.text)
        canvas.restoreState()


def raci(c: Context) -> list[Flowable]:
    out: list[Flowable] = [c.h2("h.raci")]
    tasks = c.session.tasks
    if not tasks:
        return [*out, c.p(c.t("none_recorded"))]
    known = [g.value for g in StakeholderGroup]
    used = {key for task in tasks for key in task.raci}
    groups = [g for g in known if g in used] + sorted(used - set(known))
    col_w = 9.5 * mm
    task_w = CONTENT_WIDTH - col_w * len(groups)
    rows: list[list[Any]] = [[c.head("col.task"), *[VerticalText(c.group(g)) for g in groups]]]
    extra: list[tuple[Any, ...]] = [
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
        ("LINEAFTER", (0, 0), (-2, -1), 0.25, RULE),
    ]
    order = list(c.catalog.task_clusters)
    ordered = sorted(
        enumerate(tasks),
        key=lambda it: (order.index(it[1].cluster) if it[1].cluster in order else 99, it[0]),
    )
    current: str | None = None
    fills = {"A": ACCENT, "R": ACCENT_LIGHT, "C": ACCENT_PALE}
    for _, task in ordered:
        if task.cluster != current:
            current = task.cluster
            cluster = c.catalog.task_clusters.get(task.cluster)
            name = cluster.label.get(c.language) if cluster else task.cluster or "–"
            r = len(rows)
            rows.append([c.cell(name, c.styles.cell_bold)] + [""] * len(groups))
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ACCENT_PALE)]
        r = len(rows)
        row: list[Any] = [c.cell(c.task_title(task))]
        for i, g in enumerate(groups, start=1):
            role = task.raci.get(g)
            letter = role.value if isinstance(role, RaciRole) else (role or "")
            row.append(letter)
            if letter in fills:
                extra.append(("BACKGROUND", (i, r), (i, r), fills[letter]))
            if letter == "A":
                extra.append(("TEXTCOLOR", (i, r), (i, r), colors.white))
        rows.append(row)
    extra += [
        ("FONTNAME", (1, 1), (-1, -1), BOLD),
        ("FONTSIZE", (1, 1), (-1, -1), 8.5),
    ]
    table = data_table(rows, [task_w] + [col_w] * len(groups), extra=extra, zebra=False)
    return [*out, para(c.t("raci.intro"), c.styles.small_keep), Spacer(1, 2 * mm), table]


def task_profile(c: Context) -> list[Flowable]:
    out: list[Flowable] = [c.h2("h.task_profile")]
    tasks = c.profile.tasks
    if not tasks:
        return [*out, c.p(c.t("task_profile.none"))]
    out.append(c.intro(c.t("task_profile.intro")))
    by_title = {task.title: task for task in c.session.tasks}
    for item in tasks:
        task = by_title.get(item.title)
        title = c.task_title(task) if task else item.title
        line = f"<b>{esc(title)}</b> ({item.role.value})"
        if item.description is not None:
            line += f" – {esc(item.description.get(c.language))}"
        out.append(Paragraph(line, c.styles.bullet, bulletText="•"))
    if c.profile.competences:
        listed = ", ".join(
            f"{esc(x.label.get(c.language))} ({x.tasks})" for x in c.profile.competences
        )
        out += [Spacer(1, 2 * mm), c.p(c.t("task_profile.competences", list=listed))]
    return out


def powers(c: Context) -> list[Flowable]:
    out: list[Flowable] = [c.h2("h.powers")]
    areas = c.session.decision_areas
    if not areas:
        return [*out, c.p(c.t("none_recorded"))]
    rows = [
        [
            c.head("col.area"),
            para(c.t("col.weight"), c.styles.head_center),
            c.head("col.agreed"),
            c.head("col.ceiling"),
            c.head("col.reserved"),
            c.head("col.votes"),
        ]
    ]
    notes: list[str] = []
    spreads = {s.area.id: s for s in c.analysis.spreads}
    for area in areas:
        title = esc(c.area_title(area))
        limit = ceiling_message(c.catalog, c.session, area)
        if limit is not None:
            notes.append(c.render(limit))
            title += f"<super>{len(notes)}</super>"
        spread = spreads.get(area.id)
        votes = (
            c.t(
                "votes_summary",
                low=str(spread.low),
                high=str(spread.high),
                median=c.num(spread.median, 0 if float(spread.median).is_integer() else 1),
            )
            if spread
            else c.t("votes_none")
        )
        rows.append(
            [
                para(title, c.styles.cell),
                c.cell(str(area.weight), c.styles.cell_center),
                para(_level(c, area.agreed_level, bold=True), c.styles.cell),
                para(_level(c, area.max_level), c.styles.cell),
                c.cell(
                    owner_text(c.catalog, c.session, area.reserved_to.value).get(c.language)
                    if area.reserved_to
                    else c.t("reserved_none"),
                    c.styles.cell_small_ink,
                ),
                c.cell(votes, c.styles.cell_small),
            ]
        )
    out += [
        para(c.t("powers.intro"), c.styles.small_keep),
        Spacer(1, 2 * mm),
        data_table(rows, [42 * mm, 16 * mm, 29 * mm, 25 * mm, 30 * mm, 28 * mm]),
    ]
    if notes:
        out.append(para(c.t("legal_notes"), c.styles.caption))
        out += [
            para(f"<super>{i}</super> {n}", c.styles.cell_small)
            for i, n in enumerate(notes, start=1)
        ]
    return out


def _level(c: Context, level: int | None, bold: bool = False) -> str:
    if level is None:
        return c.t("level_open")
    name = esc(c.catalog.level_name(level, c.language)) if level in c.catalog.levels else ""
    text = c.t("level", level=str(level), name=name) if name else str(level)
    return f"<b>{text}</b>" if bold else text


# -- 5 dependencies, 6 resources ----------------------------------------------------------


def dependencies(c: Context) -> list[Flowable]:
    out: list[Flowable] = [c.h1("h.dependencies")]
    if not c.session.dependencies:
        return [*out, c.p(c.t("none_recorded"))]
    rows = [
        [c.head("col.unit"), c.head("col.purpose"), c.head("col.strength"), c.head("col.agreement")]
    ]
    for d in c.session.dependencies:
        strength = esc(c.t(f"strength.{max(0, min(3, d.strength))}"))
        if d.core:
            strength += "<br/>" + esc(c.t("dependency.core"))
        kind = c.label(labels.DEPENDENCY_KINDS[d.kind])
        rows.append(
            [
                para(f"<b>{esc(c.unit_name(d.unit))}</b><br/>{kind}", c.styles.cell),
                c.cell(d.purpose or "–"),
                para(strength, c.styles.cell),
                c.cell(c.t("agreement.exists" if d.agreement_exists else "agreement.missing")),
            ]
        )
    return [
        *out,
        c.intro(c.t("dependencies.intro")),
        data_table(rows, [42 * mm, 78 * mm, 22 * mm, 28 * mm]),
    ]


def _digits(value: float) -> int:
    """As stored: no decimals for whole numbers, else up to two."""
    if float(value).is_integer():
        return 0
    return 1 if round(value, 1) == value else 2


def amount(c: Context, r: Resource) -> str:
    unit = r.unit or c.catalog.resource_kinds[r.kind.value].unit
    if unit == "EUR":
        return Money(r.amount, exact=True).localize(c.language)
    value = c.num(r.amount, 2 if unit == "fte" else _digits(r.amount))
    if unit in ("fte", "percent", "days"):
        return c.t(f"unit.{unit}", value=value)
    return c.t("unit.other", value=value, unit=unit)


def resources(c: Context) -> list[Flowable]:
    out: list[Flowable] = [c.h1("h.resources")]
    if not c.session.resources:
        return [*out, c.p(c.t("none_recorded"))]
    rows = [
        [
            c.head("col.kind"),
            c.head("col.amount"),
            c.head("col.period"),
            c.head("col.committed_by"),
            c.head("col.status"),
            c.head("col.notes"),
        ]
    ]
    for r in c.session.resources:
        kind = c.catalog.resource_kinds.get(r.kind.value)
        rows.append(
            [
                c.cell(kind.label.get(c.language) if kind else r.kind.value, c.styles.cell_bold),
                c.cell(amount(c, r), c.styles.cell_right),
                c.cell(c.t(f"period.{r.period.value}")),
                c.cell(c.group(r.committed_by) or "–"),
                c.cell(c.t(f"resource_status.{r.status.value}")),
                c.cell(r.notes or "–"),
            ]
        )
    b = c.analysis.balance
    summary = c.t(
        "resources.summary",
        fte=c.num(b.supply_fte, 2),
        budget=Money(b.supply_budget).localize(c.language),
        proposed_fte=c.num(b.proposed_fte, 2),
        proposed_budget=Money(b.proposed_budget).localize(c.language),
    )
    return [
        *out,
        c.intro(c.t("resources.intro")),
        data_table(rows, [27 * mm, 23 * mm, 19 * mm, 30 * mm, 26 * mm, 45 * mm]),
        Spacer(1, 2 * mm),
        c.p(summary),
    ]


# -- 7 analysis ---------------------------------------------------------------------------


def analysis(c: Context) -> list[Flowable]:
    a = c.analysis
    out: list[Flowable] = [c.h1("h.analysis"), c.p(c.t("analysis.intro")), c.h2("h.role_type")]
    if a.role_type is not None:
        name = c.render(Message("Analysis", ROLE_TYPE_NAMES[a.role_type]))
        heading = c.t("role_type", type=name)
    else:
        heading = c.t("role_type_unknown")
    out.append(
        Callout([para(heading, c.styles.role_type), c.p(c.render(a.role_type_reason.explanation))])
    )
    out.append(Spacer(1, 3 * mm))
    rows = [
        [
            c.head("col.score"),
            para(c.t("col.value"), c.styles.head_center),
            c.head("col.explanation"),
        ]
    ]
    for key, score in (
        ("score.mandate", a.mandate),
        ("score.resources", a.resources),
        ("score.dependency", a.dependency_load),
        ("score.room", a.room),
    ):
        value = c.num(score.value) if score.value is not None else c.t("score.none")
        rows.append(
            [
                c.cell(c.t(key), c.styles.cell_bold),
                para(f"<b>{value}</b>", c.styles.cell_center),
                para(
                    c.render(score.explanation)
                    + (f"<br/>{c.render(score.detail)}" if score.detail is not None else ""),
                    c.styles.cell,
                ),
            ]
        )
    out.append(data_table(rows, [40 * mm, 16 * mm, 114 * mm]))
    out += gaps(c)
    out += chart_section(c)
    return out


class Callout(Flowable):
    """A highlighted box (the role type) with an accent line on the left."""

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.table = Table([[content]], colWidths=[CONTENT_WIDTH])
        self.table.setStyle(
            TableStyle(
                [
                    *BASE_TABLE_STYLE,
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_PALE),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        w, h = self.table.wrapOn(self.canv, available_width, available_height)
        self.width, self.height = w, h
        return w, h

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return list(self.table.split(available_width, available_height))

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)


def gaps(c: Context) -> list[Flowable]:
    out: list[Flowable] = [c.h2("h.gaps")]
    if not c.analysis.gaps:
        return [*out, c.p(c.t("gaps.none"))]
    rows = [
        [
            c.head("col.group"),
            para(c.t("col.expected"), c.styles.head_center),
            para(c.t("col.room"), c.styles.head_center),
            para(c.t("col.gap"), c.styles.head_center),
            c.head("col.assessment"),
        ]
    ]
    for g in c.analysis.gaps:
        size = g.size
        key = "gap.fits" if size == "fits" else f"gap.{size}.{g.direction}"
        shown = round(g.gap)
        sign = "+" if shown > 0 else "−" if shown < 0 else "±"
        rows.append(
            [
                c.cell(c.group(g.group), c.styles.cell_bold),
                c.cell(str(g.expected), c.styles.cell_center),
                c.cell(c.num(g.room), c.styles.cell_center),
                c.cell(f"{sign}{c.num(abs(shown))}", c.styles.cell_center),
                c.cell(c.t(key)),
            ]
        )
    return [
        *out,
        para(c.t("gaps.intro"), c.styles.small_keep),
        Spacer(1, 2 * mm),
        data_table(rows, [56 * mm, 22 * mm, 22 * mm, 18 * mm, 52 * mm]),
    ]


def chart_section(c: Context) -> list[Flowable]:
    a = c.analysis
    heading: list[Flowable] = [c.h2("h.charts")]
    out: list[Flowable] = []
    if a.gaps and a.room.value is not None:
        rows = [charts.GapRow(c.group(g.group), g.expected, g.size) for g in a.gaps]
        drawing = charts.gaps_chart(
            rows,
            a.room.value,
            CONTENT_WIDTH,
            c.language,
            c.t("chart.gaps.room", value=c.num(a.room.value)),
            c.t("chart.gaps.axis"),
        )
        out.append(KeepTogether([*heading, drawing, para(c.t("chart.gaps"), c.styles.caption)]))
        out.append(Spacer(1, 5 * mm))
        heading = []
    b = a.balance
    panels = [
        charts.ResourceBars(
            c.t("chart.resources.capacity"), b.demand_fte, b.supply_fte, b.proposed_fte, 2
        ),
        charts.ResourceBars(
            c.t("chart.resources.budget"),
            b.demand_budget / 1000,
            b.supply_budget / 1000,
            b.proposed_budget / 1000,
            0,
        ),
    ]
    names = (
        c.t("chart.resources.demand"),
        c.t("chart.resources.committed"),
        c.t("chart.resources.proposed"),
    )
    drawing = charts.resources_chart(panels, names, CONTENT_WIDTH, c.language)
    out.append(KeepTogether([*heading, drawing, para(c.t("chart.resources"), c.styles.caption)]))
    out.append(Spacer(1, 5 * mm))
    spreads = {s.area.id: s for s in a.spreads}
    if spreads:
        spread_rows = [
            charts.SpreadRow(
                c.area_title(area),
                spreads[area.id].low if area.id in spreads else None,
                spreads[area.id].high if area.id in spreads else None,
                spreads[area.id].median if area.id in spreads else None,
                area.agreed_level,
                area.max_level,
            )
            for area in c.session.decision_areas
        ]
        names_by_level = [c.catalog.level_name(lv, c.language) for lv in range(1, 8)]
        drawing = charts.spread_chart(spread_rows, CONTENT_WIDTH, names_by_level)
        out.append(KeepTogether([drawing, para(c.t("chart.spread"), c.styles.caption)]))
    else:
        out.append(c.p(c.t("chart.spread.none")))
    return out


# -- 8 measures, 9 review, 10 form --------------------------------------------------------


def measures(c: Context) -> list[Flowable]:
    out: list[Flowable] = [c.h1("h.measures")]
    if not c.session.measures:
        return [*out, c.p(c.t("none_recorded"))]
    rows = [
        [
            c.head("col.number"),
            c.head("col.measure"),
            c.head("col.owner"),
            c.head("col.due"),
            c.head("col.status"),
        ]
    ]
    rows += [
        [
            c.cell(f"{i}."),
            c.cell(m.what or "–"),
            c.cell(m.owner or "–"),
            c.cell(c.date(m.due) if m.due else "–"),
            c.cell(c.t(f"measure_status.{m.status.value}")),
        ]
        for i, m in enumerate(c.session.measures, start=1)
    ]
    return [
        *out,
        c.intro(c.t("measures.intro")),
        data_table(rows, [10 * mm, 90 * mm, 32 * mm, 20 * mm, 18 * mm]),
    ]


def review(c: Context) -> list[Flowable]:
    when = c.session.agreement.review_date
    text = c.t("review.date", date=c.date(when, long=True)) if when else c.t("review.none")
    return [c.h1("h.review"), c.p(text)]


def form(c: Context) -> list[Flowable]:
    """What the signatures and the seal are (and are not), on the signature page."""
    texts = [para(c.t("h.form"), c.styles.h2), c.p(c.t("form.wet_ink"))]
    if c.sealed_by:
        texts.append(c.p(c.t("form.sealed", sealer=esc(c.sealed_by))))
    else:
        texts.append(c.p(c.t("form.unsealed")))
    if c.qes_fields:
        texts.append(c.p(c.t("form.qes")))
    return [Spacer(1, 4 * mm), KeepTogether([Callout(texts)])]


# -- 11 signatures ------------------------------------------------------------------------


def signature_page(c: Context) -> list[Flowable]:
    s = c.session
    when = c.t("preamble.when", date=c.date(s.workshop_date, long=True)) if s.workshop_date else ""
    out: list[Flowable] = [
        # The signatures follow the review date on the same page when they fit.
        CondPageBreak(150 * mm),
        c.h1("h.signatures"),
        c.p(c.t("signatures.intro", when=when)),
    ]
    people: list[tuple[Signatory, bool]] = [
        (x, x.group == StakeholderGroup.FACILITATOR) for x in s.agreement.signatories
    ]
    if c.witness and s.facilitator and not any(w for _, w in people):
        people.append(
            (Signatory(id="witness", name=s.facilitator, group=StakeholderGroup.FACILITATOR), True)
        )
    if not people:
        return [*out, c.p(c.t("signatures.none")), *form(c)]
    out.append(Spacer(1, 4 * mm))
    box_w = (CONTENT_WIDTH - 12 * mm) / 2
    cells = [
        _signature_box(c, person, witness, number, box_w)
        for number, (person, witness) in enumerate(people, start=1)
    ]
    rows: list[list[Any]] = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    table = Table(rows, colWidths=[box_w + 6 * mm, box_w + 6 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *BASE_TABLE_STYLE,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ]
        )
    )
    out.append(table)
    return [*out, *form(c)]


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


def _signature_box(
    c: Context, person: Signatory, witness: bool, number: int, width: float
) -> list[Flowable]:
    st = c.styles
    validity = signature_state(c.session, person)
    valid = validity == "valid"
    signed_on = person.signed_at.date() if person.signed_at and valid else None
    name = person.name or "\u00a0"
    field_name = f"Signature{number}" if c.qes_fields and not witness else ""
    items: list[Flowable] = [
        SignatureArea(
            width,
            person.strokes if valid else [],  # a void signature is never drawn as valid
            field_name=field_name,
            field_label=c.t("signature.qes_field", name=person.name or str(number)),
            collector=c.collector,
        ),
        Spacer(1, 1.5 * mm),
        para(esc(name), st.sig_name),
    ]
    if person.function:
        items.append(para(esc(person.function), st.sig_text))
    group = c.group(person.group)
    if witness:
        items.append(para(c.t("signature.witness"), st.sig_text))
    elif group and group != person.function:
        items.append(para(esc(group), st.sig_text))
    place = esc(person.place) if person.place else "_" * 18
    day = c.date(signed_on) if signed_on else "_" * 12
    items.append(para(c.t("signature.place_date", place=place, date=day), st.sig_text))
    if signed_on:
        items.append(para(c.t("signature.on_screen"), st.sig_text))
    elif validity == "void":
        items.append(para(c.t("signature.void"), st.sig_text))
    return items


# -- appendices ---------------------------------------------------------------------------


def appendix_votes(c: Context) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), c.appendix("h.appendix_votes")]
    shown = {a.id: c.session.visible_votes(a) for a in c.session.decision_areas}
    areas = [a for a in c.session.decision_areas if shown[a.id]]  # poker: hidden stay out
    if not areas:
        return [*out, c.p(c.t("appendix_votes.none"))]
    if not c.named_votes:
        return [*out, *_vote_distribution(c, areas, shown)]
    names = {p.id: p for p in c.session.participants}
    voters = [p.id for p in c.session.participants if any(p.id in shown[a.id] for a in areas)]
    voters += sorted({v for a in areas for v in shown[a.id]} - set(voters))
    out.append(para(c.t("appendix_votes.intro"), c.styles.small))
    per_table = 14
    for start in range(0, len(voters), per_table):
        chunk = voters[start : start + per_table]
        col_w = 8 * mm
        area_w = CONTENT_WIDTH - col_w * len(chunk)
        header = [c.head("col.area")] + [
            para(str(start + i + 1), c.styles.head_center) for i in range(len(chunk))
        ]
        rows: list[list[Any]] = [header]
        for area in areas:
            rows.append(
                [c.cell(c.area_title(area))]
                + [c.cell(str(shown[area.id].get(v, "")), c.styles.cell_center) for v in chunk]
            )
        out += [Spacer(1, 2 * mm), data_table(rows, [area_w] + [col_w] * len(chunk))]
    legend = []
    for i, voter in enumerate(voters, start=1):
        person = names.get(voter)
        who = (
            esc(", ".join(x for x in (person.name, person.function) if x))
            if person
            else c.t("unknown_participant")
        )
        legend.append(f"<b>{i}</b> {who}")
    out += [Spacer(1, 3 * mm), para(" · ".join(legend), c.styles.cell_small)]
    return out


def _vote_distribution(
    c: Context, areas: list[DecisionArea], shown: dict[str, dict[str, int]]
) -> list[Flowable]:
    """How many voted each level per area, the range and the agreed level: no names."""
    col_w, wide = 8 * mm, 23 * mm  # the range and "agreed" headers must not break
    area_w = CONTENT_WIDTH - col_w * 7 - wide * 2
    header = [c.head("col.area")]
    header += [para(str(level), c.styles.head_center) for level in range(1, 8)]
    header += [para(c.t("col.range"), c.styles.head_center)]
    header += [para(c.t("col.agreed_short"), c.styles.head_center)]
    rows: list[list[Any]] = [header]
    for area in areas:
        votes = list(shown[area.id].values())
        counts = [sum(1 for v in votes if v == level) for level in range(1, 8)]
        rows.append(
            [c.cell(c.area_title(area))]
            + [c.cell(str(n) if n else "", c.styles.cell_center) for n in counts]
            + [c.cell(f"{min(votes)}\u2013{max(votes)}", c.styles.cell_center)]
            + [c.cell(str(area.agreed_level or "–"), c.styles.cell_center)]
        )
    return [
        para(c.t("appendix_votes.intro_anonymous"), c.styles.small),
        Spacer(1, 2 * mm),
        data_table(rows, [area_w] + [col_w] * 7 + [wide, wide]),
    ]


def appendix_levels(c: Context) -> list[Flowable]:
    rows = [[c.head("col.level"), c.head("col.name"), c.head("col.meaning")]]
    for level in sorted(c.catalog.levels.values(), key=lambda x: x.level):
        rows.append(
            [
                c.cell(str(level.level), c.styles.cell_center),
                c.cell(level.name.get(c.language), c.styles.cell_bold),
                c.cell(level.meaning.get(c.language)),
            ]
        )
    return [
        CondPageBreak(60 * mm),
        c.appendix("h.appendix_levels"),
        data_table(rows, [14 * mm, 30 * mm, 126 * mm]),
    ]


SECTIONS: Sequence[Section] = (
    cover,
    preamble,
    goals,
    expectations,
    role_profile,
    dependencies,
    resources,
    analysis,
    measures,
    review,
    signature_page,
    appendix_votes,
    appendix_levels,
)
