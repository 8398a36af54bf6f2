"""PDF/A-3b as an independent checker sees it: pikepdf's allow-list validator (pikepdf.pdfa,
the veraPDF rules), the PDF version, the signature widgets, and no .notdef glyph.

pikepdf's validator does not check interactive forms (/AcroForm, Widget annotations): a file
with signature fields gets "not checked", never "pass". So a file with fields must have no
violation and nothing unchecked but the form, and the same file without its form must pass;
the widgets are checked here against the veraPDF rules the validator leaves out.
"""

from __future__ import annotations

import copy
import io
from types import SimpleNamespace

import pikepdf
import pikepdf.pdfa as pdfa  # pikepdf[pdfa], in the test extra
import pytest

from cdo_workshop.domain.model import Goal, Participant, Session, Signatory, StakeholderGroup
from cdo_workshop.export.fonts import REGULAR, printable
from cdo_workshop.export.styles import esc

# Unchecked because of the form: the catalog's /AcroForm, and so the attachment the validator
# reaches only through the catalog it stopped at.
FORM_UNCHECKED = {"pikepdf:schema-Catalog", "pikepdf:embedded-file"}
# The seal's PAdES extension (/ESIC); pikepdf knows only Adobe's extensions.
SEAL_UNCHECKED = {"pikepdf:schema-Extensions"}

# Print set; Invisible, Hidden, NoView and ToggleNoView clear (PDF/A-3 6.3.2).
PRINT, FORBIDDEN = 4, 1 | 2 | 32 | 256

# Control characters (NEL, BEL, C1), private use, an emoji and an unassigned code point
# DejaVu Sans lacks, a tag character and a left-to-right isolate (format characters it lacks
# too), a line separator, a non-character.
ODD = "A\x85B\x07C\ue000D\U0001f923E\U000e0001F\u0378G\u2066H\u2028I\x9fJ\uffffK"
ODD_SHOWN = "A B C\ufffdD\ufffdEF\ufffdGH\nI J\ufffdK"


def report(pdf: bytes) -> pdfa.Report:
    return pdfa.validate_written(io.BytesIO(pdf), "3b")


def without_form(pdf: bytes) -> bytes:
    """The file with its AcroForm and widget annotations taken out, for the validator."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        del doc.Root.AcroForm
        for page in doc.pages:
            if pikepdf.Name.Annots in page.obj:
                page.obj.Annots = pikepdf.Array(
                    a for a in page.obj.Annots if a.get("/Subtype") != pikepdf.Name.Widget
                )
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


@pytest.fixture(scope="module")
def with_fields(h: SimpleNamespace) -> dict[str, bytes]:
    """Unsealed, with QES fields and a witness box, in both languages."""
    return {
        language: h.build(h.sample_session(), language, qes_fields=True, witness=True)
        for language in ("de", "en")
    }


def test_pikepdf_approves_agreements_without_form_fields(
    h: SimpleNamespace, plain_en: bytes, unicode_de: bytes
) -> None:
    witness_de = h.build(h.sample_session(), "de", witness=True)
    for pdf in (plain_en, unicode_de, witness_de):
        result = report(pdf)
        assert result.verdict == "pass", result.summary()


@pytest.mark.parametrize("language", ["de", "en"])
def test_pikepdf_finds_nothing_but_the_form_it_does_not_check(
    with_fields: dict[str, bytes], language: str
) -> None:
    result = report(with_fields[language])
    assert result.violations == (), result.summary()
    assert {f.rule for f in result.unsupported} <= FORM_UNCHECKED, result.summary()
    assert any("/AcroForm" in f.where for f in result.unsupported)  # the form, as said
    stripped = report(without_form(with_fields[language]))
    assert stripped.verdict == "pass", stripped.summary()


def test_the_sealed_file_stays_pdf_1_7(sealed_de: bytes) -> None:
    """pyHanko would raise the catalog to /Version /2.0 for the P-256 test certificate."""
    assert sealed_de.startswith(b"%PDF-1.7\n")
    with pikepdf.open(io.BytesIO(sealed_de)) as doc:
        assert pikepdf.Name.Version not in doc.Root
        for name, value in doc.Root.Extensions.items():
            for ext in value if isinstance(value, pikepdf.Array) else [value]:
                assert str(ext.BaseVersion) <= "/1.7", name
    for result in (report(sealed_de), report(without_form(sealed_de))):
        assert result.violations == (), result.summary()
        assert {f.rule for f in result.unsupported} <= FORM_UNCHECKED | SEAL_UNCHECKED


def test_no_page_has_a_transition(with_fields: dict[str, bytes], sealed_de: bytes) -> None:
    for pdf in (*with_fields.values(), sealed_de):
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            assert all(pikepdf.Name.Trans not in page.obj for page in doc.pages)


def test_widgets_print_and_have_an_appearance_of_their_size(
    with_fields: dict[str, bytes], sealed_de: bytes
) -> None:
    """veraPDF ISO_19005_3:6.3.2-2, 6.3.3-1/-2/-4, 6.4.1-1/-3 for the signature fields."""
    for pdf in (*with_fields.values(), sealed_de):
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            form = doc.Root.AcroForm
            assert not form.get("/NeedAppearances", False)
            assert pikepdf.Name.XFA not in form
            widgets = [
                a
                for page in doc.pages
                for a in page.obj.get("/Annots", [])
                if a.get("/Subtype") == pikepdf.Name.Widget
            ]
            assert len(widgets) == len(form.Fields) >= 3
            for widget in widgets:
                assert widget.F & PRINT and not widget.F & FORBIDDEN, widget.T
                assert pikepdf.Name.A not in widget and pikepdf.Name.AA not in widget
                llx, lly, urx, ury = (float(v) for v in widget.Rect)
                if (urx - llx, ury - lly) == (0, 0):
                    continue  # the invisible seal: no appearance needed (6.3.3-1)
                assert set(widget.AP.keys()) == {"/N"}, widget.T
                normal = widget.AP.N
                assert isinstance(normal, pikepdf.Stream)
                assert normal.Subtype == pikepdf.Name.Form
                assert [float(v) for v in normal.BBox] == pytest.approx(
                    [0, 0, urx - llx, ury - lly]
                )
                assert normal.read_bytes().strip()  # decodable, and no zero-byte Flate data


def odd_session(h: SimpleNamespace) -> Session:
    s = copy.deepcopy(h.sample_session())
    s.municipality.name = "Musterstadt" + ODD  # also in the page header (canvas text)
    s.participants.append(
        Participant(name="Ines" + ODD, function="Amt" + ODD, group=StakeholderGroup.OTHER)
    )
    s.goals.insert(0, Goal(text="Ziel" + ODD))
    s.agreement.signatories.append(Signatory(name="Olga" + ODD, function="Leitung"))
    return s


def test_printable_keeps_what_the_font_shows_and_replaces_the_rest() -> None:
    assert printable(ODD) == ODD_SHOWN
    assert printable("Grüße, Łódź – İstanbul € ½\n„zwei“") == "Grüße, Łódź – İstanbul € ½\n„zwei“"
    assert printable("a\r\nb\rc\td") == "a\nb\nc d"
    assert printable("\U0001f600") == "\U0001f600"  # DejaVu Sans has this emoji
    assert printable("\u0627", REGULAR) == "\u0627"  # and Arabic, which its oblique lacks
    assert printable("\u0627", "DejaVuSans-Oblique") == "\ufffd"
    assert esc("<b>\x85</b>\n\ue000") == "&lt;b&gt; &lt;/b&gt;<br/>\ufffd"


def test_odd_characters_export_visibly_replaced_without_notdef(h: SimpleNamespace) -> None:
    pdf = h.build(odd_session(h), "de", qes_fields=True, witness=True)
    text = "\n".join(h.pages_text(pdf))
    assert "\ufffd" in text
    for gone in ("\x85", "\x07", "\x9f", "\ue000", "\U0001f923", "\u0378", "\u2066", "\uffff"):
        assert gone not in text, repr(gone)
    assert h.contains(text, "Ziel" + ODD_SHOWN)
    # The validator decodes every string shown against the embedded subsets (6.2.11.8-1,
    # .notdef; 6.2.11.4.1-2, glyphs present); the metadata must be XML and match Info.
    result = report(without_form(pdf))
    assert result.verdict == "pass", result.summary()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert "\x85" not in str(doc.docinfo.Title) and "\x07" not in str(doc.docinfo.Title)


def test_the_validator_does_see_a_notdef_glyph(
    h: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not vacuous: without the registered face's replacement, ReportLab draws a missing
    character as .notdef (code 0), and the validator reports it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import Canvas

    from cdo_workshop.export.pdfa import PdfMetadata, make_pdfa

    meta = PdfMetadata("T", "A", "S", "K", "de-DE", "tool", "producer", h.CREATED)

    def draw() -> pdfa.Report:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, invariant=1)
        canvas.setFont(REGULAR, 12)
        canvas.drawString(72, 720, "private \ue000 use")
        canvas.showPage()
        canvas.save()
        return report(
            make_pdfa(buffer.getvalue(), meta, attachment=b"{}", attachment_description="d")
        )

    assert draw().verdict == "pass", draw().summary()
    coverage = pdfmetrics.getFont(REGULAR).coverage
    monkeypatch.setattr(coverage, "printable", lambda text, line_breaks=True: text)
    result = draw()
    assert "ISO_19005_3:6.2.11.8-1" in {f.rule for f in result.violations}, result.summary()
