"""The agreement PDF: complete, readable in both languages, escaped, archivable."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from types import SimpleNamespace
from typing import Any

import pikepdf
import pytest

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.fingerprint import fingerprint
from cdo_workshop.domain.model import Session
from cdo_workshop.domain.session_file import loads
from cdo_workshop.export.agreement import (
    STAGE_ANALYSIS,
    STAGE_DONE,
    AgreementOptions,
    build_agreement,
    embedded_session,
)
from cdo_workshop.export.embedded import embedded_session_file
from cdo_workshop.export.texts import TEXTS, placeholders, t

HEADINGS = (
    "h.agreement",
    "h.preamble",
    "h.subject",
    "h.position",
    "h.tasks",
    "h.powers",
    "h.cooperation",
    "h.resources",
    "h.measures",
    "h.reporting",
    "h.review",
    "h.force",
    "h.final",
    "h.annexes",
    "h.signatures",
    "h.form",
    "annex.raci",
    "annex.levels",
    "annex.results_short",
    "h.participants",
    "h.expectations",
    "h.analysis",
    "h.gaps",
    "h.charts",
    "h.votes",
    "h.raci_check",
    "h.open_recommendations",
    "h.declined",
)


def typed_texts(s: Session, catalog_titles: bool) -> list[str]:
    """Everything participants typed (facilitator notes excepted)."""
    out = [s.title, s.municipality.name, s.place, s.facilitator]
    out += [x for p in s.participants for x in (p.name, p.function)]
    out += [g.text for g in s.goals]
    out += [e.notes for e in s.expectations]
    out += [s.placement.reporting_line, s.placement.notes]
    out += [d.purpose for d in s.dependencies]
    out += [r.notes for r in s.resources]
    out += [x for m in s.measures for x in (m.what, m.owner)]
    out += [x for p in s.agreement.signatories for x in (p.name, p.function, p.place)]
    if catalog_titles:  # in German the room's titles are the catalog's German titles
        out += [a.title for a in s.decision_areas] + [t.title for t in s.tasks]
        out += [d.unit for d in s.dependencies]
    return [x for x in out if x]


def test_every_text_has_both_languages_with_the_same_placeholders() -> None:
    for key, entry in TEXTS.items():
        assert set(entry) == {"de", "en"}, key
        assert entry["de"].strip() and entry["en"].strip(), key
        assert placeholders(entry["de"]) == placeholders(entry["en"]), key


def test_german_agreement_has_every_section_and_all_typed_data(
    sealed_de: bytes, h: SimpleNamespace
) -> None:
    pages = h.pages_text(sealed_de)
    text = "\n".join(pages)
    for key in HEADINGS + ("title", "preamble.3"):
        assert h.contains(text, t(key, "de")), key
    session = h.sample_session()
    for typed in typed_texts(session, catalog_titles=True):
        assert h.contains(text, typed), typed
    assert not h.contains(text, session.facilitator_notes)
    digest = fingerprint(session)
    assert all(digest in page for page in pages)  # footer of every page
    assert all(f"von {len(pages)}" in page for page in pages)
    assert "Seite 1 von" in pages[0]
    assert "Rollentyp:" in text and "Mandat" in text
    assert "180.000 €" in text  # Money in German format
    assert h.contains(text, "Diese Datei trägt ein elektronisches Siegel")
    assert h.contains(text, "keine qualifizierte elektronische Signatur")


def test_english_agreement_speaks_english(plain_en: bytes, h: SimpleNamespace) -> None:
    pages = h.pages_text(plain_en)
    text = "\n".join(pages)
    for key in HEADINGS + ("title",):
        assert h.contains(text, t(key, "en")), key
    for typed in typed_texts(h.sample_session(), catalog_titles=False):
        assert h.contains(text, typed), typed
    assert "Page 1 of" in pages[0]
    assert "€180,000" in text
    assert "Adopting the digital budget" in text  # catalog titles in the document's language
    assert "Role type:" in text
    assert h.contains(text, "This file carries no electronic seal")
    # analysis sentences come in English, not the German translation
    assert "Mandate" in text and "Mandat " not in text


def test_user_text_is_escaped_and_every_script_prints(
    unicode_de: bytes, h: SimpleNamespace
) -> None:
    text = "\n".join(h.pages_text(unicode_de))
    for needle in (
        "Łódź & <b>Grüße</b>",
        "Grüße & <b>fett</b> &amp; 1.000 € für Łódź und İstanbul",
        "İsmail Çağlar Şahin",
        "Straße ß ÄÖÜ äöü – Zażółć gęślą jaźń",
        "Ğülşen Öztürk",
        "Saal „Ölmühle“ &amp; Foyer",
        "Beigeordnete <i>",
    ):
        assert h.contains(text, needle), needle


def test_long_names_and_lists_break_across_pages(h: SimpleNamespace) -> None:
    pdf = h.build(h.big_session(), "de")
    pages = h.pages_text(pdf)
    assert len(pages) > 15
    text = "\n".join(pages)
    assert h.contains(text, "Teilnehmerin Nummer 69 mit einem sehr langen")
    assert h.contains(text, "Maßnahme 79")
    # table headers repeat on every page the table covers
    with_measure_header = [p for p in pages if "Verantwortlich" in p and "Maßnahme" in p]
    assert len(with_measure_header) >= 2
    with_participant_header = [p for p in pages if "Funktion" in p and "Teilnehmerin" in p]
    assert len(with_participant_header) >= 2


def test_an_empty_session_still_gives_a_complete_document(h: SimpleNamespace) -> None:
    text = "\n".join(h.pages_text(h.build(Session(), "en")))
    assert "No entries." in text
    # the two parties always have a place to sign, even when nobody was named
    assert "For the Municipality" in text and "hereinafter “the CDO”" in text
    assert text.count("Place, date: ") >= 2


def test_session_is_attached_as_pdf_a3_data_without_facilitator_notes(
    sealed_de: bytes, h: SimpleNamespace
) -> None:
    with pikepdf.open(io.BytesIO(sealed_de)) as pdf:
        (spec,) = list(pdf.Root.AF)
        assert spec.AFRelationship == pikepdf.Name.Data
        stream = spec.EF.F
        assert stream.Subtype == pikepdf.Name("/application/json")
        assert "/ModDate" in stream.Params
    data = embedded_session_file(sealed_de)
    assert json.loads(data)["session"]["facilitator_notes"] == ""
    expected = h.sample_session()
    restored = loads(data)
    assert restored.facilitator_notes == "" and expected.facilitator_notes
    restored.facilitator_notes = expected.facilitator_notes
    assert restored == h.as_attached(expected)
    assert fingerprint(restored) == fingerprint(expected)


def test_pdfa_claim_metadata_and_output_intent(sealed_de: bytes) -> None:
    with pikepdf.open(io.BytesIO(sealed_de)) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "3B"
        info = pdf.docinfo
        assert "/Trapped" not in info
        assert str(info.Title) == meta["dc:title"]
        assert str(info.Author) == meta["dc:creator"][0]
        assert str(info.Subject) == meta["dc:description"]
        assert str(info.Producer) == meta["pdf:Producer"]
        assert str(info.Creator) == meta["xmp:CreatorTool"]
        assert str(pdf.Root.Lang) == "de-DE"
        (intent,) = list(pdf.Root.OutputIntents)
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert intent.DestOutputProfile.N == 3
        assert "/Filter" not in pdf.Root.Metadata  # readable without decoding


def test_only_embedded_fonts(
    sealed_de: bytes, plain_en: bytes, h: SimpleNamespace, tmp_path
) -> None:
    pdffonts = h.tool("pdffonts")
    for name, pdf in (("de.pdf", sealed_de), ("en.pdf", plain_en)):
        path = tmp_path / name
        path.write_bytes(pdf)
        rows = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True)
        fonts = rows.stdout.splitlines()[2:]
        assert fonts, rows.stdout
        for line in fonts:
            assert "DejaVuSans" in line, line
            columns = line.split()
            assert columns[-5] == "yes", line  # emb


ALLOWED_BY_PDFA3 = {
    # PDF/A-1 forbids embedded files; PDF/A-3 allows them as associated files.
    "1.4.7": "EmbeddedFile entry is present in the Names dictionary",
    "1.2.9": "EmbeddedFile entry is present in a FileSpecification dictionary",
    # PDF/A-1 wants an ICC profile of version 2; PDF/A-2 and -3 allow version 4 (LittleCMS).
    "2.1.6": "Invalid version of the ICCProfile",
    # The file claims part 3; Validator_A1b checks the part number against 1.
    "7.11.2": "part must be 1",
}


def preflight_findings(pdf: bytes, tmp_path, preflight) -> list[tuple[str, str]]:
    path = tmp_path / "checked.pdf"
    path.write_bytes(pdf)
    return [
        (rule, message)
        for rule, message in preflight(path)
        if not (rule in ALLOWED_BY_PDFA3 and ALLOWED_BY_PDFA3[rule] in message)
    ]


@pytest.mark.slow  # PDFBox Preflight (Java) on three PDFs: make e2e-test (in .ci/run)
def test_preflight_finds_nothing_pdf_a3b_forbids(
    sealed_de: bytes, plain_en: bytes, unicode_de: bytes, tmp_path, preflight
) -> None:
    for pdf in (sealed_de, plain_en, unicode_de):
        assert preflight_findings(pdf, tmp_path, preflight) == []


@pytest.mark.slow  # PDFBox Preflight (Java) on three PDFs: make e2e-test (in .ci/run)
def test_preflight_does_report_the_relaxed_rules(sealed_de: bytes, tmp_path, preflight) -> None:
    """The filter above is not vacuous: Preflight really runs and sees the attachment."""
    path = tmp_path / "raw.pdf"
    path.write_bytes(sealed_de)
    assert {rule for rule, _ in preflight(path)} == set(ALLOWED_BY_PDFA3)


def test_on_screen_strokes_are_vectors_and_empty_boxes_stay_lines(sealed_de: bytes) -> None:
    from cdo_workshop.export.signatures import STROKE

    with pikepdf.open(io.BytesIO(sealed_de)) as pdf:
        contents = [
            b"".join(
                c.read_bytes()
                for c in (
                    page.Contents if isinstance(page.Contents, pikepdf.Array) else [page.Contents]
                )
            )
            for page in pdf.pages
        ]
    inked = [i for i, c in enumerate(contents) if _has_stroke_color(c, STROKE)]
    assert len(inked) == 1  # only the signature page, only the CDO signed on screen
    page = contents[inked[0]]
    assert len(re.findall(rb"[\d.]+ [\d.]+ l\b", page)) > 100  # the stroke is a path


def _has_stroke_color(content: bytes, color: Any) -> bool:
    return any(
        all(
            abs(float(v) - c) < 0.01
            for v, c in zip(rgb, (color.red, color.green, color.blue), strict=True)
        )
        for rgb in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) RG", content)
    )


def test_qes_fields_cover_the_signatories_boxes(sealed_de: bytes) -> None:
    with pikepdf.open(io.BytesIO(sealed_de)) as pdf:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        assert {"Signature1", "Signature2", "Signature3", "IntegritySeal"} <= set(fields)
        assert "Signature4" not in fields  # the witness gets no field for a qualified signature
        for name in ("Signature1", "Signature2", "Signature3"):
            llx, lly, urx, ury = (float(x) for x in fields[name].Rect)
            assert urx - llx > 100 and ury - lly > 40
            assert "/N" in fields[name].AP
            assert "/V" not in fields[name]  # empty: for signing later


def test_progress_reports_stages_and_can_cancel(h: SimpleNamespace, catalog: Catalog) -> None:
    seen: list[tuple[float, str]] = []
    build_agreement(
        h.sample_session(),
        catalog,
        "de",
        options=AgreementOptions(created=h.CREATED),
        progress=lambda fraction, stage: seen.append((fraction, stage)),
    )
    assert seen[0] == (0.0, STAGE_ANALYSIS) and seen[-1] == (1.0, STAGE_DONE)
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)

    class Cancelled(Exception):
        pass

    def cancel(fraction: float, stage: str) -> None:
        if fraction > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        build_agreement(h.sample_session(), catalog, progress=cancel)


def test_same_content_same_fingerprint_and_document_id(h: SimpleNamespace) -> None:
    a, b = h.sample_session(), loads(embedded_session(h.sample_session()))
    b.id = "another-id"
    b.progress.current_step = "goals"
    b.agreement.state = b.agreement.state.SIGNED
    assert fingerprint(a) == fingerprint(b)
    b.goals[0].text += "!"
    assert fingerprint(a) != fingerprint(b)


def test_export_modules_import_no_heavy_library() -> None:
    """The GUI may import the export API at start-up: the libraries load on first use."""
    code = (
        "import sys\n"
        "import cdo_workshop.export.agreement, cdo_workshop.export.signing\n"
        "import cdo_workshop.export.verify, cdo_workshop.export.embedded\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in"
        " ('reportlab', 'pyhanko', 'pikepdf', 'pyphen', 'PySide6')]\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
