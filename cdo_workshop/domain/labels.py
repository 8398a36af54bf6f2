"""Display names of the model's fixed choices, marked for translation (context "Labels")."""

from __future__ import annotations

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP
from cdo_workshop.domain.model import MunicipalityKind

C = "Labels"

MUNICIPALITY_KINDS: dict[MunicipalityKind, str] = {
    MunicipalityKind.GEMEINDE: QT_TRANSLATE_NOOP(C, "Municipality (Gemeinde)"),
    MunicipalityKind.STADT: QT_TRANSLATE_NOOP(C, "Town or city"),
    MunicipalityKind.KREISFREIE_STADT: QT_TRANSLATE_NOOP(C, "District-free city"),
    MunicipalityKind.VERBANDSGEMEINDE: QT_TRANSLATE_NOOP(C, "Association of municipalities"),
    MunicipalityKind.LANDKREIS: QT_TRANSLATE_NOOP(C, "District (Landkreis)"),
    MunicipalityKind.OTHER: QT_TRANSLATE_NOOP(C, "Other"),
}

LAENDER_NAMES: dict[str, str] = {
    "BW": QT_TRANSLATE_NOOP(C, "Baden-Württemberg"),
    "BY": QT_TRANSLATE_NOOP(C, "Bavaria"),
    "BE": QT_TRANSLATE_NOOP(C, "Berlin"),
    "BB": QT_TRANSLATE_NOOP(C, "Brandenburg"),
    "HB": QT_TRANSLATE_NOOP(C, "Bremen"),
    "HH": QT_TRANSLATE_NOOP(C, "Hamburg"),
    "HE": QT_TRANSLATE_NOOP(C, "Hesse"),
    "MV": QT_TRANSLATE_NOOP(C, "Mecklenburg-Western Pomerania"),
    "NI": QT_TRANSLATE_NOOP(C, "Lower Saxony"),
    "NW": QT_TRANSLATE_NOOP(C, "North Rhine-Westphalia"),
    "RP": QT_TRANSLATE_NOOP(C, "Rhineland-Palatinate"),
    "SL": QT_TRANSLATE_NOOP(C, "Saarland"),
    "SN": QT_TRANSLATE_NOOP(C, "Saxony"),
    "ST": QT_TRANSLATE_NOOP(C, "Saxony-Anhalt"),
    "SH": QT_TRANSLATE_NOOP(C, "Schleswig-Holstein"),
    "TH": QT_TRANSLATE_NOOP(C, "Thuringia"),
}
