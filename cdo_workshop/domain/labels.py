"""Display names of the model's fixed choices, marked for translation (context "Labels")."""

from __future__ import annotations

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP
from cdo_workshop.domain.model import (
    DependencyKind,
    Horizon,
    MeasureStatus,
    MunicipalityKind,
    Period,
    Priority,
    ResourceStatus,
)

C = "Labels"

MUNICIPALITY_KINDS: dict[MunicipalityKind, str] = {
    MunicipalityKind.GEMEINDE: QT_TRANSLATE_NOOP("Labels", "Municipality (Gemeinde)"),
    MunicipalityKind.STADT: QT_TRANSLATE_NOOP("Labels", "Town or city"),
    MunicipalityKind.KREISFREIE_STADT: QT_TRANSLATE_NOOP("Labels", "District-free city"),
    MunicipalityKind.VERBANDSGEMEINDE: QT_TRANSLATE_NOOP("Labels", "Association of municipalities"),
    MunicipalityKind.LANDKREIS: QT_TRANSLATE_NOOP("Labels", "District (Landkreis)"),
    MunicipalityKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

LAENDER_NAMES: dict[str, str] = {
    "BW": QT_TRANSLATE_NOOP("Labels", "Baden-Württemberg"),
    "BY": QT_TRANSLATE_NOOP("Labels", "Bavaria"),
    "BE": QT_TRANSLATE_NOOP("Labels", "Berlin"),
    "BB": QT_TRANSLATE_NOOP("Labels", "Brandenburg"),
    "HB": QT_TRANSLATE_NOOP("Labels", "Bremen"),
    "HH": QT_TRANSLATE_NOOP("Labels", "Hamburg"),
    "HE": QT_TRANSLATE_NOOP("Labels", "Hesse"),
    "MV": QT_TRANSLATE_NOOP("Labels", "Mecklenburg-Western Pomerania"),
    "NI": QT_TRANSLATE_NOOP("Labels", "Lower Saxony"),
    "NW": QT_TRANSLATE_NOOP("Labels", "North Rhine-Westphalia"),
    "RP": QT_TRANSLATE_NOOP("Labels", "Rhineland-Palatinate"),
    "SL": QT_TRANSLATE_NOOP("Labels", "Saarland"),
    "SN": QT_TRANSLATE_NOOP("Labels", "Saxony"),
    "ST": QT_TRANSLATE_NOOP("Labels", "Saxony-Anhalt"),
    "SH": QT_TRANSLATE_NOOP("Labels", "Schleswig-Holstein"),
    "TH": QT_TRANSLATE_NOOP("Labels", "Thuringia"),
}

PRIORITIES: dict[Priority, str] = {
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "high"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("Labels", "medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("Labels", "low"),
}

HORIZONS: dict[Horizon, str] = {
    Horizon.SHORT: QT_TRANSLATE_NOOP("Labels", "within a year"),
    Horizon.MEDIUM: QT_TRANSLATE_NOOP("Labels", "1 to 3 years"),
    Horizon.LONG: QT_TRANSLATE_NOOP("Labels", "more than 3 years"),
}

PERIODS: dict[Period, str] = {
    Period.ONCE: QT_TRANSLATE_NOOP("Labels", "once"),
    Period.PER_YEAR: QT_TRANSLATE_NOOP("Labels", "per year"),
    Period.PER_MONTH: QT_TRANSLATE_NOOP("Labels", "per month"),
}

RESOURCE_STATUSES: dict[ResourceStatus, str] = {
    ResourceStatus.PROPOSED: QT_TRANSLATE_NOOP("Labels", "proposed"),
    ResourceStatus.COMMITTED: QT_TRANSLATE_NOOP("Labels", "committed"),
    ResourceStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "approved (budget adopted)"),
}

MEASURE_STATUSES: dict[MeasureStatus, str] = {
    MeasureStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "open"),
    MeasureStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "in progress"),
    MeasureStatus.DONE: QT_TRANSLATE_NOOP("Labels", "done"),
    MeasureStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "dropped"),
}

DEPENDENCY_STRENGTHS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Labels", "0 – none"),
    1: QT_TRANSLATE_NOOP("Labels", "1 – weak"),
    2: QT_TRANSLATE_NOOP("Labels", "2 – medium"),
    3: QT_TRANSLATE_NOOP("Labels", "3 – strong"),
}

DEPENDENCY_KINDS: dict[DependencyKind, str] = {
    DependencyKind.INTERNAL: QT_TRANSLATE_NOOP("Labels", "administration"),
    DependencyKind.EXTERNAL: QT_TRANSLATE_NOOP("Labels", "private provider"),
    DependencyKind.PUBLIC_PROVIDER: QT_TRANSLATE_NOOP("Labels", "public provider"),
    DependencyKind.STAFF_COUNCIL: QT_TRANSLATE_NOOP("Labels", "staff council"),
    DependencyKind.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}

UNITS: dict[str, str] = {
    "EUR": QT_TRANSLATE_NOOP("Labels", "€"),
    "fte": QT_TRANSLATE_NOOP("Labels", "FTE"),
    "percent": QT_TRANSLATE_NOOP("Labels", "% of working time"),
    "days": QT_TRANSLATE_NOOP("Labels", "days"),
}
