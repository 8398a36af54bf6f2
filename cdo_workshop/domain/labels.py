"""Display names of the model's fixed choices, marked for translation (context "Labels")."""

from __future__ import annotations

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP
from cdo_workshop.domain.model import MunicipalityKind

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
