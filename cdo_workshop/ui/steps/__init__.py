"""One module per workshop step, each a StepPage (`PAGE_CLASSES`).

A page is built when its step is first shown (`build_step_page`): building all nine took
about a third of opening a session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.steps.base import StepPage

if TYPE_CHECKING:
    from cdo_workshop.ui.steps.agreement import AgreementPage


# The class of each step's page; its module is named after the step (domain.steps.STEPS).
PAGE_CLASSES: dict[str, str] = {
    "framing": "FramingPage",
    "goals": "GoalsPage",
    "expectations": "ExpectationsPage",
    "placement": "PlacementPage",
    "decisions": "DecisionsPage",
    "responsibilities": "ResponsibilitiesPage",
    "dependencies": "DependenciesPage",
    "resources": "ResourcesPage",
    "agreement": "AgreementPage",
}


def page_class(key: str) -> type[StepPage]:
    """The class of a step's page (its module imported now)."""
    from importlib import import_module

    page: type[StepPage] = getattr(import_module(f"cdo_workshop.ui.steps.{key}"), PAGE_CLASSES[key])
    return page


def build_step_page(controller: SessionController, key: str) -> StepPage:
    """A step's page; built while a session is open, it loads that session as if it had
    been there when the session opened (`SessionController.replaying_open`)."""
    with controller.replaying_open():
        page = page_class(key)(controller)
        if key == "agreement":
            page = with_export(page, controller)  # type: ignore[arg-type]
    return page


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
