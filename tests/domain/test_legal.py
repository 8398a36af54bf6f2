"""The law of the session's Land: its terms, its paragraphs, and neutral words without one."""

from __future__ import annotations

import copy

import pytest

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.legal import area_note, group_text, laender, legal_terms
from cdo_workshop.domain.messages import Translate
from cdo_workshop.domain.model import LAENDER, MunicipalityKind, Session

# Land: (code, council of a Gemeinde, council of a Stadt, reserved paragraph as cited).
# Written out here, not read from laender.json, so a wrong edit of the data fails.
EXPECTED = {
    "BW": ("GemO BW", "Gemeinderat", "Gemeinderat", "§ 39 Abs. 2 GemO BW"),
    "BY": ("BayGO", "Gemeinderat", "Stadtrat", "Art. 32 Abs. 2 Satz 2 BayGO"),
    "BB": ("BbgKVerf", "Gemeindevertretung", "Stadtverordnetenversammlung", "§ 28 Abs. 2 BbgKVerf"),
    "HE": ("HGO", "Gemeindevertretung", "Stadtverordnetenversammlung", "§ 51 HGO"),
    "MV": ("KV M-V", "Gemeindevertretung", "Stadtvertretung", "§ 22 Abs. 3 KV M-V"),
    "NI": ("NKomVG", "Rat", "Rat", "§ 58 Abs. 1 NKomVG"),
    "NW": ("GO NRW", "Rat", "Rat", "§ 41 Abs. 1 Satz 2 GO NRW"),
    "RP": ("GemO RLP", "Gemeinderat", "Stadtrat", "§ 32 Abs. 2 GemO RLP"),
    "SL": ("KSVG", "Gemeinderat", "Stadtrat", "§ 35 KSVG"),
    "SN": ("SächsGemO", "Gemeinderat", "Stadtrat", "§ 41 Abs. 2 SächsGemO"),
    "ST": ("KVG LSA", "Gemeinderat", "Stadtrat", "§ 45 Abs. 2 KVG LSA"),
    "SH": ("GO S-H", "Gemeindevertretung", "Stadtvertretung", "§ 28 Satz 1 GO S-H"),
    "TH": ("ThürKO", "Gemeinderat", "Stadtrat", "§ 26 Abs. 2 ThürKO"),
}
RESERVED_AREAS = ("digital_budget", "staff_plan")


def session_in(sample: Session, land: str, kind: MunicipalityKind) -> Session:
    session = copy.deepcopy(sample)
    session.municipality.state = land
    session.municipality.kind = kind
    return session


def test_the_data_covers_every_flaechenland_and_no_city_state():
    laws, city_states = laender()
    assert set(laws) == set(EXPECTED)
    assert city_states == {"BE", "HB", "HH"}
    assert set(laws) | city_states == set(LAENDER)


@pytest.mark.parametrize("land", sorted(EXPECTED))
def test_each_land_has_its_own_terms_and_paragraph(sample, catalog: Catalog, land):
    code, gemeinde, stadt, reserved = EXPECTED[land]
    village = legal_terms(session_in(sample, land, MunicipalityKind.GEMEINDE))
    town = legal_terms(session_in(sample, land, MunicipalityKind.STADT))
    assert (village.status, village.code) == ("land", code)
    assert village.council.de == gemeinde
    assert town.council.de == stadt
    assert town.council.en == f"Council ({stadt})"  # English names the German body
    citation = town.reserved()
    assert citation is not None and citation.text == reserved
    marker = "(Fundstelle nicht geprüft)"
    assert (marker in citation.localize("de")) is (not citation.checked)
    # The groups of the workshop carry the Land's names.
    session = session_in(sample, land, MunicipalityKind.STADT)
    assert group_text(catalog, session, "council").de == stadt
    assert group_text(catalog, session, "it").de == "IT-Leitung"
    # Every legal note of the catalog cites this Land's paragraph and no other Land's code.
    for key in RESERVED_AREAS:
        note = area_note(catalog.decision_areas[key], session, "de")
        assert stadt in note and reserved in note, note
        assert "Bayern" not in note and ("BayGO" in note) is (land == "BY")


def test_hessen_has_a_magistrat_and_its_council_is_not_the_stadtrat(sample):
    terms = legal_terms(session_in(sample, "HE", MunicipalityKind.STADT))
    assert terms.council.de == "Stadtverordnetenversammlung"
    assert terms.executive is not None and terms.executive.de == "Magistrat"
    village = legal_terms(session_in(sample, "HE", MunicipalityKind.GEMEINDE))
    assert village.executive is not None and village.executive.de == "Gemeindevorstand"


def test_large_cities_have_a_lord_mayor_and_bavaria_a_first_mayor(sample):
    city = legal_terms(session_in(sample, "NW", MunicipalityKind.KREISFREIE_STADT))
    assert city.mayor.de == "Oberbürgermeister/in"
    assert city.mayor.en.startswith("Lord Mayor")
    village = legal_terms(session_in(sample, "BY", MunicipalityKind.GEMEINDE))
    assert village.mayor.de == "Erste/r Bürgermeister/in"


def test_an_unchecked_paragraph_says_so_in_both_languages(sample, catalog):
    session = session_in(sample, "TH", MunicipalityKind.GEMEINDE)
    citation = legal_terms(session).reserved()
    assert citation is not None and not citation.checked
    assert citation.localize("de") == "§ 26 Abs. 2 ThürKO (Fundstelle nicht geprüft)"
    assert citation.localize("en") == "§ 26 Abs. 2 ThürKO (reference not checked)"
    assert "(reference not checked)" in area_note(
        catalog.decision_areas["digital_budget"], session, "en"
    )


@pytest.mark.parametrize(
    ("land", "kind", "status", "says"),
    [
        ("", MunicipalityKind.STADT, "none", "Kein Land gewählt"),
        ("HH", MunicipalityKind.STADT, "city_state", "Stadtstaat"),
        ("BE", MunicipalityKind.KREISFREIE_STADT, "city_state", "Stadtstaat"),
        ("BY", MunicipalityKind.LANDKREIS, "county", "Landkreisordnung"),
    ],
)
def test_without_a_municipal_code_the_terms_are_neutral_and_nothing_is_cited(
    sample, catalog, german: Translate, land, kind, status, says
):
    session = session_in(sample, land, kind)
    terms = legal_terms(session)
    assert terms.status == status
    assert terms.reserved() is None and terms.code == ""
    assert says in terms.basis().render(german, "de")
    note = area_note(catalog.decision_areas["digital_budget"], session, "de")
    assert "§" not in note and "Art." not in note
    assert "je nach Gemeindeordnung des Landes" in note


def test_the_basis_sentence_names_code_body_and_paragraph(sample, german: Translate):
    session = session_in(sample, "HE", MunicipalityKind.STADT)
    text = legal_terms(session).basis().render(german, "de")
    assert text == (
        "Rechtsgrundlage: Hessische Gemeindeordnung (HGO). Nicht übertragbare Aufgaben der"
        " gewählten Vertretung (Stadtverordnetenversammlung): § 51 HGO."
    )
    english = legal_terms(session).basis().render(language="en")
    assert "council (Stadtverordnetenversammlung)" in english and "§ 51 HGO" in english
