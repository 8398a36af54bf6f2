"""Steps the room sees as a list: participants (1), goals (2), dependencies (7), resources (8).

Each shows a headline (what the list adds up to) and the list itself as a read-only table,
without the facilitator's columns of notes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cdo_workshop.domain import labels
from cdo_workshop.domain.analysis.checks import goal_backing
from cdo_workshop.domain.analysis.scores import decisive_dependencies, resource_balance
from cdo_workshop.domain.messages import Money, Num
from cdo_workshop.domain.model import Session
from cdo_workshop.ui.audience.base import AudienceStep, fill, read_only_table
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.formatting import format_date


def _label(table: dict, value: object) -> str:
    text = table.get(value)
    return QCoreApplication.translate("Labels", text) if text else ""


class TableStep(AudienceStep):
    """A headline and one table; subclasses say which columns and rows."""

    stretch: tuple[int, ...] = (0,)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.table = read_only_table(len(self.headers()), f"audience_{self.key}", self.stretch)
        self.body.addWidget(self.table)
        self.body.addStretch(1)

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def rows(self, session: Session) -> list[list[str]]:
        raise NotImplementedError

    def headline_text(self, session: Session) -> str:
        return ""

    def show_session(self, session: Session) -> None:
        self.headline.setText(self.headline_text(session))
        self.headline.setVisible(bool(self.headline.text()))
        fill(self.table, self.headers(), self.rows(session))


class ParticipantsStep(TableStep):
    key = "framing"
    stretch = (0, 1)

    def headers(self) -> Sequence[str]:
        return [self.tr("Name"), self.tr("Function"), self.tr("Group")]

    def rows(self, session: Session) -> list[list[str]]:
        return [
            [p.name, p.function, self.controller.group_label(p.group.value)]
            for p in session.participants
        ]

    def headline_text(self, session: Session) -> str:
        m = session.municipality
        language = self.controller.language
        facts = [
            m.name,
            _label(labels.MUNICIPALITY_KINDS, m.kind) if m.name else "",
            _label(labels.LAENDER_NAMES, m.state),
            (
                self.tr("{count} inhabitants").format(count=Num(m.population).localize(language))
                if m.population
                else ""
            ),
        ]
        when = [format_date(session.workshop_date) if session.workshop_date else "", session.place]
        lines = [" · ".join(f for f in facts if f), " · ".join(w for w in when if w)]
        return "\n".join(line for line in lines if line)


class GoalsStep(TableStep):
    key = "goals"

    def headers(self) -> Sequence[str]:
        return [self.tr("Goal"), self.tr("Priority"), self.tr("Horizon")]

    def rows(self, session: Session) -> list[list[str]]:
        return [
            [g.text, _label(labels.PRIORITIES, g.priority), _label(labels.HORIZONS, g.horizon)]
            for g in session.goals
        ]

    def headline_text(self, session: Session) -> str:
        backing = goal_backing(session, self.controller.catalog)
        if not backing:
            return self.tr("No goals yet.") if not session.goals else ""
        carried = sum(1 for b in backing if b.backed)
        return self.tr(
            "{carried} of {count} goals are carried by tasks, powers and resources."
        ).format(carried=carried, count=len(backing))


class DependenciesStep(TableStep):
    key = "dependencies"

    def headers(self) -> Sequence[str]:
        return [self.tr("Unit"), self.tr("Strength"), self.tr("Core tasks"), self.tr("Agreement")]

    def rows(self, session: Session) -> list[list[str]]:
        yes, no = self.tr("yes"), self.tr("no")
        return [
            [
                d.unit,
                _label(labels.DEPENDENCY_STRENGTHS, d.strength),
                yes if d.core else no,
                yes if d.agreement_exists else no,
            ]
            for d in session.dependencies
        ]

    def headline_text(self, session: Session) -> str:
        decisive = [d.unit or "?" for d in decisive_dependencies(session)]
        if decisive:
            return self.tr(
                "The core tasks need {units} without an agreement: the role can only coordinate."
            ).format(units=", ".join(decisive))
        open_ones = [d for d in session.dependencies if d.strength >= 2 and not d.agreement_exists]
        return self.tr("Strong dependencies without an agreement: {count}").format(
            count=len(open_ones)
        )


class ResourcesStep(TableStep):
    key = "resources"
    stretch = (0,)

    def headers(self) -> Sequence[str]:
        return [self.tr("Kind"), self.tr("Amount"), self.tr("Committed by"), self.tr("Status")]

    def rows(self, session: Session) -> list[list[str]]:
        catalog, language = self.controller.catalog, self.controller.language
        rows = []
        for r in session.resources:
            kind = catalog.resource_kinds.get(r.kind.value)
            amount = " ".join(
                x
                for x in (
                    Num(r.amount, 0 if r.amount == int(r.amount) else 2).localize(language),
                    _label(labels.UNITS, r.unit) or r.unit,
                    _label(labels.PERIODS, r.period),
                )
                if x
            )
            rows.append(
                [
                    kind.label.get(language) if kind else r.kind.value,
                    amount,
                    self.controller.group_label(r.committed_by.value) if r.committed_by else "—",
                    _label(labels.RESOURCE_STATUSES, r.status),
                ]
            )
        return rows

    def headline_text(self, session: Session) -> str:
        b = resource_balance(session)
        language = self.controller.language
        return self.tr(
            "Committed: {fte} FTE and {budget} a year\nThe tasks need about {need_fte} FTE and"
            " {need_budget}"
        ).format(
            fte=Num(b.supply_fte, 2).localize(language),
            budget=Money(b.supply_budget).localize(language),
            need_fte=Num(b.demand_fte, 2).localize(language),
            need_budget=Money(b.demand_budget).localize(language),
        )
