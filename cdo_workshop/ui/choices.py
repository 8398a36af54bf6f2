"""Choice lists for combo boxes and table editors, translated when they are asked for."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from cdo_workshop.domain import labels
from cdo_workshop.ui.controller import SessionController

Choices = Callable[[], Sequence[tuple[Any, str]]]


def translated(mapping: Mapping[Any, str]) -> Choices:
    """Choices from a {value: source text} table of domain.labels (context "Labels")."""

    def choices() -> list[tuple[Any, str]]:
        return [(v, QCoreApplication.translate("Labels", text)) for v, text in mapping.items()]

    return choices


def groups(controller: SessionController) -> Choices:
    """The stakeholder groups; council and mayor in the words of the session's Land."""

    def choices() -> list[tuple[Any, str]]:
        return [(key, controller.group_label(key)) for key in controller.catalog.stakeholder_groups]

    return choices


def catalog_entries(controller: SessionController, section: str) -> Choices:
    """Key/label pairs of a catalog section with `label` texts (placements, pay grades…)."""

    def choices() -> list[tuple[Any, str]]:
        entries = getattr(controller.catalog, section)
        return [(key, e.label.get(controller.language)) for key, e in entries.items()]

    return choices


PRIORITIES = translated(labels.PRIORITIES)
HORIZONS = translated(labels.HORIZONS)
PERIODS = translated(labels.PERIODS)
RESOURCE_STATUSES = translated(labels.RESOURCE_STATUSES)
MEASURE_STATUSES = translated(labels.MEASURE_STATUSES)
STRENGTHS = translated(labels.DEPENDENCY_STRENGTHS)
DEPENDENCY_KINDS = translated(labels.DEPENDENCY_KINDS)
UNITS = translated(labels.UNITS)
