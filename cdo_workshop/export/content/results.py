"""Annex 3, the workshop's results: how the agreement came about, explicitly not signed.

Participants, expectations, what the analysis derives (role type, scores with their rules,
gaps, charts), how the room voted (a distribution unless names were asked for), the check
of the task distribution, and the recommendations still open or declined.
"""

from __future__ import annotations

from cdo_workshop.domain.analysis.scores import ROLE_TYPE_NAMES
from cdo_workshop.domain.messages import Message
from cdo_workshop.domain.model import DecisionArea, MeasureStatus
from cdo_workshop.export.content.context import Context
from cdo_workshop.export.content.nodes import (
    Block,
    Callout,
    Cell,
    Chart,
    Column,
    GapBar,
    GapChart,
    Heading,
    Items,
    PageBreak,
    Para,
    ResourceChart,
    ResourcePanel,
    Row,
    RunningHeader,
    SpreadChart,
    SpreadLine,
    Table,
)
from cdo_workshop.export.content.rich import esc, name


def annex(c: Context, number: str) -> list[Block]:
    out: list[Block] = [
        PageBreak(),
        RunningHeader(c.t("annex.not_part", annex=number)),
        Heading(c.t("annex.results_short"), 0, number),
        Para(c.t("results.intro"), "intro"),
    ]
    sections = (
        ("h.participants", participants),
        ("h.expectations", expectations),
        ("h.analysis", analysis),
        ("h.gaps", gaps),
        ("h.charts", charts),
        ("h.votes", votes),
        ("h.raci_check", raci_check),
        ("h.open_recommendations", open_recommendations),
        ("h.declined", declined),
    )
    for i, (key, section) in enumerate(sections, start=1):
        out += [Heading(c.t(key), 1, f"{number.split()[-1]}.{i}"), *section(c)]
    return out


def participants(c: Context) -> list[Block]:
    people = c.session.participants
    if not people:
        return [Para(c.t("none_recorded"))]
    rows = tuple(
        Row(
            (
                Cell(name(p.name), bold=True),
                Cell(esc(p.function)),
                Cell(esc(c.group(p.group))),
            )
        )
        for p in people
    )
    columns = (
        Column(c.t("col.name"), 0.34),
        Column(c.t("col.function"), 0.41),
        Column(c.t("col.group"), 0.25),
    )
    return [Table(columns, rows, small=True)]


def expectations(c: Context) -> list[Block]:
    if not c.session.expectations:
        return [Para(c.t("none_recorded"))]
    by_key = {task.key: task for task in c.session.tasks if task.key}
    rows = []
    for e in c.session.expectations:
        items = []
        for item in e.tasks:
            task = by_key.get(item.task_key)
            definition = c.catalog.tasks.get(item.task_key)
            if task:
                name = c.task_title(task)
            else:
                name = definition.title.get(c.language) if definition else item.task_key
            items.append(f"• {esc(name)} ({c.t(f'priority.{item.priority.value}')})")
        rows.append(
            Row(
                (
                    Cell(esc(c.group(e.group)), bold=True),
                    Cell(c.t("position_of", value=str(e.position))),
                    Cell("<br/>".join(items) or "–"),
                    Cell(esc(e.notes or "–")),
                )
            )
        )
    columns = (
        Column(c.t("col.group"), 0.2),
        Column(c.t("col.position"), 0.13),
        Column(c.t("col.expected_tasks"), 0.37),
        Column(c.t("col.notes"), 0.3),
    )
    return [Para(c.t("expectations.intro"), "intro"), Table(columns, tuple(rows), small=True)]


def analysis(c: Context) -> list[Block]:
    a = c.analysis
    if a.role_type is not None:
        name = c.render(Message("Analysis", ROLE_TYPE_NAMES[a.role_type]))
        heading = c.t("role_type", type=name)
    else:
        heading = c.t("role_type_unknown")
    box = Callout((Para(heading, "lead"), Para(c.render(a.role_type_reason.explanation))))
    rows = []
    for key, score in (
        ("score.mandate", a.mandate),
        ("score.resources", a.resources),
        ("score.dependency", a.dependency_load),
        ("score.room", a.room),
    ):
        value = c.num(score.value) if score.value is not None else c.t("score.none")
        explanation = c.render(score.explanation)
        if score.detail is not None:
            explanation += f"<br/>{c.render(score.detail)}"
        rows.append(Row((Cell(c.t(key), bold=True), Cell(value, bold=True), Cell(explanation))))
    columns = (
        Column(c.t("col.score"), 0.22),
        Column(c.t("col.value"), 0.1, "center"),
        Column(c.t("col.explanation"), 0.68),
    )
    return [Para(c.t("analysis.intro")), box, Table(columns, tuple(rows), small=True)]


def gaps(c: Context) -> list[Block]:
    if not c.analysis.gaps:
        return [Para(c.t("gaps.none"))]
    rows = []
    for g in c.analysis.gaps:
        key = "gap.fits" if g.size == "fits" else f"gap.{g.size}.{g.direction}"
        shown = round(g.gap)
        sign = "+" if shown > 0 else "−" if shown < 0 else "±"
        rows.append(
            Row(
                (
                    Cell(esc(c.group(g.group)), bold=True),
                    Cell(str(g.expected)),
                    Cell(c.num(g.room)),
                    Cell(f"{sign}{c.num(abs(shown))}"),
                    Cell(c.t(key)),
                )
            )
        )
    columns = (
        Column(c.t("col.group"), 0.3),
        Column(c.t("col.expected"), 0.14, "center"),
        Column(c.t("col.room"), 0.14, "center"),
        Column(c.t("col.gap"), 0.12, "center"),
        Column(c.t("col.assessment"), 0.3),
    )
    return [Para(c.t("gaps.intro"), "intro"), Table(columns, tuple(rows), small=True)]


def charts(c: Context) -> list[Block]:
    a = c.analysis
    out: list[Block] = []
    if a.gaps and a.room.value is not None:
        bars = tuple(GapBar(c.group(g.group), g.expected, g.size) for g in a.gaps)
        chart = GapChart(
            bars,
            a.room.value,
            c.t("chart.gaps.room", value=c.num(a.room.value)),
            c.t("chart.gaps.axis"),
        )
        out.append(Chart(chart, c.t("chart.gaps")))
    b = a.balance
    panels = (
        ResourcePanel(
            c.t("chart.resources.capacity"), b.demand_fte, b.supply_fte, b.proposed_fte, 2
        ),
        ResourcePanel(
            c.t("chart.resources.budget"),
            b.demand_budget / 1000,
            b.supply_budget / 1000,
            b.proposed_budget / 1000,
            0,
        ),
    )
    names = (
        c.t("chart.resources.demand"),
        c.t("chart.resources.committed"),
        c.t("chart.resources.proposed"),
    )
    out.append(Chart(ResourceChart(panels, names), c.t("chart.resources")))
    spreads = {s.area.id: s for s in a.spreads}
    if not spreads:
        return [*out, Para(c.t("chart.spread.none"))]
    lines = tuple(
        SpreadLine(
            c.area_title(area),
            spreads[area.id].low if area.id in spreads else None,
            spreads[area.id].high if area.id in spreads else None,
            spreads[area.id].median if area.id in spreads else None,
            area.agreed_level,
            area.max_level,
        )
        for area in c.session.decision_areas
    )
    level_names = tuple(c.catalog.level_name(lv, c.language) for lv in range(1, 8))
    return [*out, Chart(SpreadChart(lines, level_names), c.t("chart.spread"))]


def votes(c: Context) -> list[Block]:
    levels = {a.id: c.session.vote_values(a) for a in c.session.decision_areas}
    if not any(levels.values()):  # poker: hidden votes stay out
        return [Para(c.t("appendix_votes.none"))]
    if not c.options.named_votes or not any(a.votes for a in c.session.decision_areas):
        areas = [a for a in c.session.decision_areas if levels[a.id]]
        return _distribution(c, areas, levels)
    shown = {a.id: c.session.visible_votes(a) for a in c.session.decision_areas}
    areas = [a for a in c.session.decision_areas if shown[a.id]]
    names = {p.id: p for p in c.session.participants}
    voters = [p.id for p in c.session.participants if any(p.id in shown[a.id] for a in areas)]
    voters += sorted({v for a in areas for v in shown[a.id]} - set(voters))
    out: list[Block] = [Para(c.t("appendix_votes.intro"), "small")]
    per_table = 14
    for start in range(0, len(voters), per_table):
        chunk = voters[start : start + per_table]
        share = 0.045
        columns = (
            Column(c.t("col.area"), 1 - share * len(chunk)),
            *(Column(str(start + i + 1), share, "center") for i in range(len(chunk))),
        )
        rows = tuple(
            Row(
                (
                    Cell(esc(c.area_title(area))),
                    *(Cell(str(shown[area.id].get(v, ""))) for v in chunk),
                )
            )
            for area in areas
        )
        out.append(Table(columns, rows, small=True))
    legend = []
    for i, voter in enumerate(voters, start=1):
        person = names.get(voter)
        who = (
            ", ".join(x for x in (name(person.name), esc(person.function)) if x)
            if person
            else c.t("unknown_participant")
        )
        legend.append(f"<b>{i}</b> {who}")
    return [*out, Para(" · ".join(legend), "small")]


def _distribution(
    c: Context, areas: list[DecisionArea], levels: dict[str, list[int]]
) -> list[Block]:
    """How many voted each level per area, the range and the agreed level: no names."""
    columns = (
        Column(c.t("col.area"), 0.41),
        *(Column(str(level), 0.047, "center") for level in range(1, 8)),
        Column(c.t("col.range"), 0.135, "center"),
        Column(c.t("col.agreed_short"), 0.125, "center"),
    )
    rows = []
    for area in areas:
        values = levels[area.id]
        counts = [sum(1 for v in values if v == level) for level in range(1, 8)]
        rows.append(
            Row(
                (
                    Cell(esc(c.area_title(area))),
                    *(Cell(str(n) if n else "") for n in counts),
                    Cell(f"{min(values)}\u2013{max(values)}"),
                    Cell(str(area.agreed_level or "–")),
                )
            )
        )
    return [
        Para(c.t("appendix_votes.intro_anonymous"), "small"),
        Table(columns, tuple(rows), small=True),
    ]


def raci_check(c: Context) -> list[Block]:
    issues = c.analysis.raci_issues
    if not issues:
        return [Para(c.t("raci_check.none"))]
    items = tuple(
        c.t(
            f"raci_check.{issue.kind}",
            task=f"<b>{esc(c.task_title(issue.task))}</b>",
            actors=esc(", ".join(c.group(a) for a in issue.actors)),
        )
        for issue in issues
    )
    return [Items(items)]


def _decided(c: Context) -> dict[str, MeasureStatus]:
    return {m.source_rule: m.status for m in c.session.measures if m.source_rule}


def _recommendation_table(c: Context, recommendations: list[tuple[str, str]]) -> Table:
    columns = (Column(c.t("col.severity"), 0.14), Column(c.t("col.recommendation"), 0.86))
    rows = tuple(Row((Cell(severity), Cell(text))) for severity, text in recommendations)
    return Table(columns, rows, small=True)


def open_recommendations(c: Context) -> list[Block]:
    decided = _decided(c)
    open_ = [
        (c.t(f"severity.{r.severity}"), c.render(r.message))
        for r in c.analysis.recommendations
        if r.id not in decided
    ]
    if not open_:
        return [Para(c.t("open_recommendations.none"))]
    return [_recommendation_table(c, open_)]


def declined(c: Context) -> list[Block]:
    dropped = [m for m in c.session.measures if m.source_rule and m.status == MeasureStatus.DROPPED]
    if not dropped:
        return [Para(c.t("declined.none"))]
    return [Items(tuple(esc(m.what or m.source_rule) for m in dropped))]
