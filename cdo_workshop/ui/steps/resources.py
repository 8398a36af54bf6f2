"""Step 8, Ressourcen: budget, staff, time, training, support — and who commits them."""

from __future__ import annotations

from collections.abc import Sequence

from cdo_workshop.domain.analysis.scores import resource_balance
from cdo_workshop.domain.messages import Money, Num
from cdo_workshop.domain.model import Resource, Session
from cdo_workshop.ui import choices
from cdo_workshop.ui.steps.table_page import TableStepPage
from cdo_workshop.ui.widgets.collection_table import Column


class ResourcesPage(TableStepPage):
    key = "resources"
    collection = "resources"
    new_item = Resource

    def columns(self) -> Sequence[Column]:
        return [
            Column(
                "kind",
                lambda: self.tr("Kind"),
                "choice",
                choices.catalog_entries(self.controller, "resource_kinds"),
            ),
            Column("amount", lambda: self.tr("Amount"), "float", maximum=1e12, decimals=2),
            Column("unit", lambda: self.tr("Unit"), "choice", choices.UNITS),
            Column("period", lambda: self.tr("Period"), "choice", choices.PERIODS),
            Column(
                "committed_by",
                lambda: self.tr("Committed by"),
                "choice",
                choices.groups(self.controller),
                optional=True,
            ),
            Column("status", lambda: self.tr("Status"), "choice", choices.RESOURCE_STATUSES),
            Column("notes", lambda: self.tr("Notes"), stretch=True),
        ]

    def texts(self) -> tuple[str, str, str, str]:
        return (
            self.step_heading(),
            self.tr(
                "Which money, staff and time does the role get, and who commits them? Only"
                " committed or approved resources count in the analysis; proposals are shown"
                " but not counted."
            ),
            self.tr("&Add resource"),
            self.tr("Remove resource"),
        )

    def summary_text(self, session: Session) -> str:
        b = resource_balance(session)
        language = self.controller.language
        return self.tr(
            "Committed: {fte} FTE and {budget} a year. The role's tasks ask for about {need_fte}"
            " FTE and {need_budget} (see the method)."
        ).format(
            fte=Num(b.supply_fte, 2).localize(language),
            budget=Money(b.supply_budget).localize(language),
            need_fte=Num(b.demand_fte, 2).localize(language),
            need_budget=Money(b.demand_budget).localize(language),
        )
