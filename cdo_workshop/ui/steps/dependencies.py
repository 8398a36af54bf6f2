"""Step 7, Abhängigkeiten: which units the role depends on, how strongly, with what agreement."""

from __future__ import annotations

from collections.abc import Sequence

from cdo_workshop.domain.analysis.scores import decisive_dependencies
from cdo_workshop.domain.model import Dependency, Session
from cdo_workshop.ui import choices
from cdo_workshop.ui.steps.table_page import TableStepPage
from cdo_workshop.ui.widgets.collection_table import Column


class DependenciesPage(TableStepPage):
    key = "dependencies"
    collection = "dependencies"
    new_item = Dependency

    def columns(self) -> Sequence[Column]:
        return [
            Column("unit", lambda: self.tr("Unit"), stretch=True),
            Column("kind", lambda: self.tr("Kind"), "choice", choices.DEPENDENCY_KINDS),
            Column("purpose", lambda: self.tr("What for"), stretch=True),
            Column("strength", lambda: self.tr("Strength"), "choice", choices.STRENGTHS),
            Column("core", lambda: self.tr("Core tasks"), "bool"),
            Column("agreement_exists", lambda: self.tr("Agreement exists"), "bool"),
        ]

    def texts(self) -> tuple[str, str, str, str]:
        return (
            self.step_heading(),
            self.tr(
                "On which units does the role depend to get things done, and is there an"
                " agreement (service level, cooperation agreement)? Strong dependencies"
                " without an agreement shrink the room for manoeuvre; one that the role's core"
                " tasks cannot do without (\u201cCore tasks\u201d), strong and without an"
                " agreement, leaves only coordination. \u201cKind\u201d: a unit of the"
                " administration, a private provider, a public provider (municipal IT"
                " provider, Zweckverband, county IT), the staff council, or other."
            ),
            self.tr("&Add dependency"),
            self.tr("Remove dependency"),
        )

    def summary_text(self, session: Session) -> str:
        decisive = [d.unit or "?" for d in decisive_dependencies(session)]
        if decisive:
            return self.tr(
                "The core tasks need {units} (strength 3) without an agreement: this alone"
                " leaves the role only coordination."
            ).format(units=", ".join(decisive))
        open_ones = [
            d.unit for d in session.dependencies if d.strength >= 2 and not d.agreement_exists
        ]
        if not open_ones:
            return self.tr("No dependency of strength 2 or 3 is without an agreement.")
        return self.tr("Without an agreement (strength 2 or 3): {units}").format(
            units=", ".join(u or "?" for u in open_ones)
        )
