"""One module per workshop step, each a StepPage; `build_step_pages` lists them in order."""

from __future__ import annotations

from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.steps.base import StepPage


def build_step_pages(controller: SessionController) -> list[StepPage]:
    """The pages in the order of domain.steps.STEPS."""
    from cdo_workshop.ui.steps.dependencies import DependenciesPage
    from cdo_workshop.ui.steps.framing import FramingPage
    from cdo_workshop.ui.steps.goals import GoalsPage
    from cdo_workshop.ui.steps.placement import PlacementPage
    from cdo_workshop.ui.steps.resources import ResourcesPage

    return [
        FramingPage(controller),
        GoalsPage(controller),
        PlacementPage(controller),
        DependenciesPage(controller),
        ResourcesPage(controller),
    ]
