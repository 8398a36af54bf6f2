"""One module per workshop step, each a StepPage; `build_step_pages` lists them in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.steps.base import StepPage

if TYPE_CHECKING:
    from cdo_workshop.ui.steps.agreement import AgreementPage


def build_step_pages(controller: SessionController) -> list[StepPage]:
    """The nine pages in the order of domain.steps.STEPS (a test checks the order)."""
    from cdo_workshop.ui.steps.agreement import AgreementPage
    from cdo_workshop.ui.steps.decisions import DecisionsPage
    from cdo_workshop.ui.steps.dependencies import DependenciesPage
    from cdo_workshop.ui.steps.expectations import ExpectationsPage
    from cdo_workshop.ui.steps.framing import FramingPage
    from cdo_workshop.ui.steps.goals import GoalsPage
    from cdo_workshop.ui.steps.placement import PlacementPage
    from cdo_workshop.ui.steps.resources import ResourcesPage
    from cdo_workshop.ui.steps.responsibilities import ResponsibilitiesPage

    return [
        FramingPage(controller),
        GoalsPage(controller),
        ExpectationsPage(controller),
        PlacementPage(controller),
        DecisionsPage(controller),
        ResponsibilitiesPage(controller),
        DependenciesPage(controller),
        ResourcesPage(controller),
        with_export(AgreementPage(controller), controller),
    ]


def with_export(page: AgreementPage, controller: SessionController) -> AgreementPage:
    """Step 9 ends with the agreement document: options, create, preview, save, print.

    The panel brings its own "Create agreement" button, so the page gets no export hook;
    set_export_hook(None) makes the page show its export section, which now has widgets.
    """
    from cdo_workshop.ui.widgets.export_panel import ExportPanel

    page.export_panel = ExportPanel(controller)
    page.export_layout.addWidget(page.export_panel)
    page.set_export_hook(None)
    return page
