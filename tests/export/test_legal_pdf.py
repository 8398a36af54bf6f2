"""The agreement cites the session's Land: its code, its council's name and its paragraph."""

from __future__ import annotations

import copy

from cdo_workshop.domain.model import MunicipalityKind


def session_in(h, land: str, kind: MunicipalityKind = MunicipalityKind.STADT):
    session = copy.deepcopy(h.sample_session())
    session.municipality.state = land
    session.municipality.kind = kind
    return session


def test_a_hessian_town_gets_hessian_law_and_terms(h):
    text = "\n".join(h.pages_text(h.build(session_in(h, "HE"))))
    assert h.contains(text, "Rechtsgrundlage: Hessische Gemeindeordnung (HGO)")
    assert h.contains(text, "§ 51 HGO")
    assert h.contains(text, "Stadtverordnetenversammlung")
    for foreign in ("GemO BW", "BayGO", "GO Bayern", "Gemeinderat / Stadtrat"):
        assert not h.contains(text, foreign), foreign


def test_an_unchecked_paragraph_is_marked_in_the_pdf(h):
    text = "\n".join(h.pages_text(h.build(session_in(h, "MV"))))
    assert h.contains(text, "§ 22 Abs. 3 KV M-V (Fundstelle nicht geprüft)")
    assert h.contains(text, "Stadtvertretung")


def test_english_keeps_the_official_name_and_paragraph(h):
    text = "\n".join(h.pages_text(h.build(session_in(h, "NW"), "en")))
    assert h.contains(text, "Legal basis: Gemeindeordnung für das Land Nordrhein-Westfalen")
    assert h.contains(text, "§ 41 Abs. 1 Satz 2 GO NRW")
    assert h.contains(text, "Council (Rat)")


def test_without_a_land_the_pdf_says_so_and_cites_nothing(h):
    text = "\n".join(h.pages_text(h.build(session_in(h, ""))))
    assert h.contains(text, "Kein Land gewählt")
    assert h.contains(text, "je nach Gemeindeordnung des Landes")
    for code in ("GemO", "HGO", "BayGO", "GO NRW"):
        assert not h.contains(text, code), code


def test_the_pdf_shows_the_mandates_calculation_and_english_catalog_titles(h):
    text = "\n".join(h.pages_text(h.build(h.sample_session(), "en")))
    assert h.contains(text, "Calculation: 100 × Σ weight × (level − 1)")
    assert h.contains(text, "(budget line) 3 × 2")  # the catalog title in English
    assert h.contains(text, "the placement (Staff unit under the head of administration")


def test_a_company_cdo_gets_its_governance_in_the_pdf(h):
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.paths import resource_path

    session = loads(resource_path("samples", "hafenstadt.json").read_bytes())
    text = "\n".join(h.pages_text(h.build(session)))
    assert h.contains(text, "Auftrag an das Unternehmen (Betrauung, Leistungsvertrag, Satzung)")
    assert h.contains(text, "2012/21/EU")
    assert h.contains(text, "§ 136 NKomVG")  # the Land's rules on companies (Niedersachsen)
