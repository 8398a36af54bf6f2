"""The agreement as editable office documents (export.render_docx, export.render_odt), read
back with python-docx and odfdo: real headings, styles, lists, tables with repeating header
rows, the language for spell checking, page fields in the footer. LibreOffice converts both
to PDF once per module (about three seconds); those tests skip without it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document as read_docx
from docx.oxml.ns import qn
from odfdo import Document as read_odt

from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.export.agreement import agreement_content
from cdo_workshop.export.content import nodes as n
from cdo_workshop.export.render_docx import render_docx
from cdo_workshop.export.render_odt import render_odt

ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


@pytest.fixture(scope="module")
def content(h) -> dict[str, n.Document]:
    return {
        language: agreement_content(
            h.sample_session(),
            shipped_catalog(),
            language,
            translate=h.translator(language),
            created=h.CREATED,
        )
        for language in ("de", "en")
    }


@pytest.fixture(scope="module")
def docx_files(content) -> dict[str, bytes]:
    return {language: render_docx(document) for language, document in content.items()}


@pytest.fixture(scope="module")
def odt_files(content) -> dict[str, bytes]:
    return {language: render_odt(document) for language, document in content.items()}


def powers_table(document: n.Document) -> n.Table:
    return next(
        b
        for b in document.blocks
        if isinstance(b, n.Table)
        and len(b.columns) == 4
        and b.columns[0].title == "Entscheidungsbereich"
    )


# -- DOCX ------------------------------------------------------------------------------------


def test_docx_headings_are_word_headings(docx_files) -> None:
    doc = read_docx(io.BytesIO(docx_files["de"]))
    headings = {p.text: p.style.name for p in doc.paragraphs if p.style.name.startswith("Heading")}
    assert headings["§ 1\u2002Gegenstand und Ziele"] == "Heading 1"
    assert any(t.startswith("§ 7") and s == "Heading 1" for t, s in headings.items())
    assert any(t.startswith("Anlage 1") and s == "Heading 1" for t, s in headings.items())
    assert any(t.startswith("Anlage 3") and s == "Heading 1" for t, s in headings.items())
    assert headings["Präambel"] == "Heading 2"
    boxed = [p for t in doc.tables for c in t._cells for p in c.paragraphs]  # the callouts
    assert any(
        p.text == "Unterschriften und elektronisches Siegel" and p.style.name == "Heading 3"
        for p in boxed
    )
    # the outline level that the navigation pane and a table of contents read
    outline = doc.styles["Heading 1"].element.pPr.find(qn("w:outlineLvl"))
    assert outline.get(qn("w:val")) == "0"
    # body text and clause paragraphs in named styles, the label before a tab
    styles = {p.style.name for p in doc.paragraphs}
    assert {"Body Text", "Clause", "Clause Intro", "Title"} <= styles
    clauses = [p.text for p in doc.paragraphs if p.style.name.startswith("Clause")]
    assert any(re.match(r"\(1\)\tDiese Vereinbarung regelt", t) for t in clauses)
    assert doc.styles["Clause"].paragraph_format.first_line_indent < 0  # hanging


def test_docx_lists_are_word_lists(docx_files, content) -> None:
    doc = read_docx(io.BytesIO(docx_files["de"]))
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    numbers = [p for p in doc.paragraphs if p.style.name == "List Number"]
    assert "Stellenplan beschließen" in bullets
    assert any(t.startswith("Berichte an Rat und Verwaltungsspitze") for t in bullets)
    assert numbers and numbers[0].text.startswith("Bis Ende 2027")
    assert doc.styles["List Bullet"].element.pPr.numPr is not None  # Word's list numbering
    # each numbered list starts again at 1: its own list instance with a start override
    num_id = numbers[0]._p.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    assert numbering.num_having_numId(num_id).find(qn("w:lvlOverride")) is not None


def test_docx_tables_repeat_their_header_and_keep_the_widths(docx_files, content) -> None:
    doc = read_docx(io.BytesIO(docx_files["de"]))
    expected = powers_table(content["de"])
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Entscheidungsbereich")
    assert len(table.columns) == 4
    assert [c.text for c in table.rows[0].cells] == [c.title for c in expected.columns]
    assert len(table.rows) == len(expected.rows) + 1
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on each page
    assert table.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    widths = [c.width.mm for c in table.columns]
    assert widths == pytest.approx([c.width * 170 for c in expected.columns], abs=0.1)
    # the charts are tables of their data, not pictures
    assert not doc.inline_shapes
    assert any(t.rows[0].cells[-1].text == "Vorgeschlagen" for t in doc.tables)


def test_docx_language_metadata_and_page_furniture(docx_files, content) -> None:
    for language, tag in (("de", "de-DE"), ("en", "en-GB")):
        doc = read_docx(io.BytesIO(docx_files[language]))
        meta = content[language].meta
        core = doc.core_properties
        assert (core.language, core.title, core.subject) == (tag, meta.title, meta.subject)
        assert (core.author, core.keywords) == (meta.author, meta.keywords)
        defaults = doc.styles.element.find(qn("w:docDefaults"))
        assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == tag
        furniture = content[language].furniture
        first = doc.sections[0]
        assert first.page_width.mm == pytest.approx(210, abs=0.1) and first.left_margin.mm == (
            pytest.approx(20, abs=0.1)
        )
        assert first.different_first_page_header_footer  # the cover has no header
        assert furniture.header in first.header.paragraphs[0].text
        assert furniture.document_id in first.header.paragraphs[0].text
        footer = first.footer._element.xml
        assert furniture.fingerprint in first.footer.paragraphs[0].text
        assert " PAGE " in footer and " NUMPAGES " in footer
        assert first.first_page_footer.paragraphs[0].text == furniture.fingerprint
        # Annex 3: a section whose header says that it is not part of the agreement
        annex = doc.sections[-1]
        running = next(b for b in content[language].blocks if isinstance(b, n.RunningHeader))
        assert len(doc.sections) == 2
        assert running.text in annex.header.paragraphs[0].text
        assert not annex.different_first_page_header_footer


def test_docx_and_odt_are_deterministic(content, docx_files, odt_files) -> None:
    assert render_docx(content["de"]) == docx_files["de"]
    assert render_odt(content["de"]) == odt_files["de"]


# -- ODT -------------------------------------------------------------------------------------


def odt_parent(doc, style_name: str) -> str:
    """The common style behind an (automatic) paragraph style."""
    style = doc.get_style("paragraph", style_name)
    while (
        style is not None
        and style.get_attribute("style:parent-style-name")
        and (re.fullmatch(r"P\d+", style.name or ""))
    ):
        style = doc.get_style("paragraph", style.get_attribute("style:parent-style-name"))
    return style.name if style is not None else style_name


def test_odt_headings_lists_and_clauses(odt_files) -> None:
    doc = read_odt(io.BytesIO(odt_files["de"]))
    headings = {h.text_recursive.strip(): h for h in doc.body.get_headers()}
    for prefix in ("§ 1", "§ 7", "Anlage 1", "Anlage 3"):
        heading = next(h for t, h in headings.items() if t.startswith(prefix))
        assert str(heading.get_attribute("text:outline-level")) == "1"
        assert odt_parent(doc, heading.style) == "Heading_20_1"
    assert str(headings["Präambel"].get_attribute("text:outline-level")) == "2"
    assert odt_parent(doc, headings["Präambel"].style) == "Heading_20_2"
    assert doc.get_style("paragraph", "Heading_20_1").get_attribute(
        "style:default-outline-level"
    ) in (1, "1")
    # clause paragraphs: label, tab, text in the hanging-indent style
    clause = next(
        p for p in doc.body.get_paragraphs() if "Diese Vereinbarung regelt" in p.text_recursive
    )
    assert odt_parent(doc, clause.style) == "Clause"
    assert clause.text_recursive.startswith("(1)\t")
    # bullet and numbered lists are text:list with a list style
    lists = doc.body.get_lists()
    styles = {lst.style for lst in lists}
    assert {"List_20_1", "Numbering_20_123"} <= styles
    bullets = [
        item.text_recursive for lst in lists if lst.style == "List_20_1" for item in lst.children
    ]
    assert any("Stellenplan beschließen" in t for t in bullets)


def test_odt_tables_and_furniture(odt_files, content) -> None:
    doc = read_odt(io.BytesIO(odt_files["de"]))
    expected = powers_table(content["de"])
    tables = doc.body.get_tables()
    table = next(
        t for t in tables if t.get_cell((0, 0)).text_recursive.strip() == "Entscheidungsbereich"
    )
    header = table.get_elements("table:table-header-rows")
    assert len(header) == 1 and len(header[0].get_elements("table:table-row")) == 1
    assert len(table.get_columns()) == 4
    assert table.height == len(expected.rows) + 1
    # page styles: the cover without header, the agreement's pages and Annex 3's
    styles = zipfile.ZipFile(io.BytesIO(odt_files["de"])).read("styles.xml").decode()
    furniture = content["de"].furniture
    assert "<text:page-number" in styles and "<text:page-count" in styles
    assert furniture.fingerprint in styles and furniture.document_id in styles
    assert "Anlage 3 – nicht Bestandteil der Vereinbarung" in styles
    assert 'fo:page-width="210mm"' in styles and 'fo:margin-left="20.0mm"' in styles


def test_odt_language_and_metadata(odt_files, content) -> None:
    for language, (lang, country) in (("de", ("de", "DE")), ("en", ("en", "GB"))):
        data = odt_files[language]
        doc = read_odt(io.BytesIO(data))
        meta = content[language].meta
        assert doc.meta.get_language() == f"{lang}-{country}"
        assert doc.meta.get_title() == meta.title
        assert doc.meta.get_subject() == meta.subject
        assert doc.meta.get_keywords() == meta.keywords
        assert doc.meta.get_initial_creator() == meta.author
        styles = zipfile.ZipFile(io.BytesIO(data)).read("styles.xml").decode()
        default = re.search(
            r'<style:default-style style:family="paragraph">.*?</style:default-style>', styles
        )
        assert default is not None
        assert f'fo:language="{lang}"' in default.group(0)
        assert f'fo:country="{country}"' in default.group(0)
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        assert names[0] == "mimetype" and not any(name.startswith("Pictures/") for name in names)


# -- LibreOffice -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def converted(tmp_path_factory, docx_files, odt_files) -> dict[str, Path]:
    """Both German documents as PDF by LibreOffice, in one run."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice is not installed (apt-get install libreoffice-writer-nogui);"
            " .ci/run installs it"
        )
    folder = tmp_path_factory.mktemp("office")
    sources = [folder / "from_docx.docx", folder / "from_odt.odt"]
    sources[0].write_bytes(docx_files["de"])
    sources[1].write_bytes(odt_files["de"])
    profile = (folder / "profile").as_uri()  # its own profile: parallel runs do not collide
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
        + ["--outdir", str(folder / "pdf"), *map(str, sources)],
        check=True,
        capture_output=True,
        timeout=150,
    )
    return {s.suffix[1:]: folder / "pdf" / f"{s.stem}.pdf" for s in sources}


@pytest.mark.slow  # LibreOffice converts both files: make e2e-test (in .ci/run)
@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_libreoffice_opens_and_prints_them(converted, kind, h, content) -> None:
    pdf = converted[kind]
    assert pdf.exists(), f"LibreOffice wrote no PDF for the {kind} file"
    text = subprocess.run(
        [h.tool("pdftotext"), "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "§ 7" in text
    assert "Musterstadt" in text
    assert "Anlage 3" in text and "Seite 2 von" in text
    info = subprocess.run([h.tool("pdfinfo"), str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages > 3
    assert f"Seite {pages} von {pages}" in text  # the fields were computed
