"""One module per workshop step, each a StepPage; `build_step_pages` lists them in order."""

from __future__ import annotations

from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.steps.base import StepPage


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
        AgreementPage(controller),
    ]
