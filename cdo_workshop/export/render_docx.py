"""Render the format-neutral agreement (export.content) as an editable Word document (DOCX).

For the people who go on editing it in Word or LibreOffice (HR, the mayor's office), so
everything is a real Word construct: headings in the built-in styles "Heading 1"–"Heading 3"
(navigation pane, table of contents), text in named paragraph styles, numbered clause
paragraphs "(1)" as a hanging-indent style (label, tab, text), lists through "List Bullet" /
"List Number" numbering, tables with a repeating header row and fixed column widths, page
numbers as PAGE/NUMPAGES fields. No text boxes, no pictures of text: charts become small
tables of their data, signature blocks a table with a line to sign on.

    data = render_docx(agreement_content(session, catalog, "de", translate=...))

python-docx has no API for borders, shading, header rows or fields; those few elements are
written as WordprocessingML directly (`_set`, in the schema's element order).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, cast

from docx import Document as new_document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from cdo_workshop.export import office
from cdo_workshop.export.content import nodes as n
from cdo_workshop.export.content.rich import esc, runs

BODY_LINE = 14.0  # pt, one body line (Space.lines)
KEEP_ROWS = 10  # tables up to this many rows are kept on one page
TALL_ROW_CHARACTERS = 900  # rows longer than this may break across pages (as in the PDF)
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
ROLE_STYLES = {
    "body": "Body Text",
    "intro": "Intro",
    "continued": "Clause Continued",
    "small": "Small Print",
    "caption": "Caption",
    "note": "Note",
    "lead": "Callout Lead",
    "cover_label": "Cover Label",
    "cover_title": "Title",
    "cover_sub": "Subtitle",
    "cover_session": "Cover Session",
}
# the schema's element order (python-docx keeps its own sequences private)
RPR_SEQ = tuple(
    "w:" + tag
    for tag in (
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
        "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
        "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath "
    ).split()
)
PPR_SEQ = tuple(
    "w:" + tag
    for tag in (
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
        "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct "
        "autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing "
        "mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl "
        "divId cnfStyle rPr sectPr pPrChange "
    ).split()
)
TCPR_SEQ = tuple(
    "w:" + tag
    for tag in (
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
        "vAlign hideMark headers cellIns cellDel cellMerge tcPrChange "
    ).split()
)
SETTINGS_SEQ = tuple(
    "w:" + tag
    for tag in (
        "writeProtection view zoom removePersonalInformation removeDateAndTime "
        "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
        "printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
        "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
        "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors "
        "hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate "
        "linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView "
        "trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection "
        "autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation "
        "consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength "
        "clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting "
        "bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
        "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery "
        "displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin "
        "drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
        "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars "
        "noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema "
        "saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml "
        "saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags alwaysMergeEmptyNamespace "
        "updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids attachedSchema "
        "themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures "
        "forceUpgrade captions readModeInkLockDown smartTagType shapeDefaults doNotEmbedSmartTags "
        "decimalSymbol listSeparator "
    ).split()
)
TRPR_SEQ = tuple(
    "w:" + tag
    for tag in (
        "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
        "tblCellSpacing jc hidden"
    ).split()
)
TBLPR_SEQ = tuple(
    "w:" + tag
    for tag in (
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
        "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook"
    ).split()
)


def render_docx(document: n.Document) -> bytes:
    """The document as DOCX bytes; the same content gives the same bytes."""
    return _Renderer(document).render()


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def _set(parent: Any, tag: str, seq: Sequence[str], **attrs: str) -> Any:
    """Replace (or add) the child `tag` of `parent`, in the position the schema wants."""
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    child = OxmlElement(tag)
    for key, value in attrs.items():
        child.set(qn(f"w:{key}"), value)
    later = set(seq[seq.index(tag) + 1 :]) if tag in seq else set()
    for i, existing in enumerate(parent):
        if existing.prefix == "w" and f"w:{existing.tag.split('}')[1]}" in later:
            parent.insert(i, child)
            return child
    parent.append(child)
    return child


def _borders(
    parent: Any, tag: str, seq: Sequence[str], sides: dict[str, tuple[float, str]]
) -> None:
    """Borders (`sides`: side -> (width in pt, colour)) as w:pBdr/w:tcBorders/w:tblBorders."""
    box = _set(parent, tag, seq)
    order = ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV")
    for side in order:
        if side in sides:
            width, color = sides[side]
            line = OxmlElement(f"w:{side}")
            if width:
                line.set(qn("w:val"), "single")
                line.set(qn("w:sz"), str(round(width * 8)))
                line.set(qn("w:space"), "1" if tag == "w:pBdr" else "0")
                line.set(qn("w:color"), color)
            else:
                line.set(qn("w:val"), "nil")
            box.append(line)


def _shade(tc_pr: Any, color: str) -> None:
    _set(tc_pr, "w:shd", TCPR_SEQ, val="clear", color="auto", fill=color)


class _Renderer:
    def __init__(self, document: n.Document) -> None:
        self.content = document
        self.language = document.meta.language
        self.doc: DocxDocument = new_document()
        self.space = 0.0  # body lines of space before the next paragraph or table
        self.page_break = False  # the next paragraph starts a new page
        self.numbering = 0  # numbered lists so far (each restarts at 1)
        self.style_ids: dict[str, str] = {}

    def render(self) -> bytes:
        self.setup()
        self.blocks(self.doc, self.content.blocks)
        self.furniture(self.doc.sections[0], self.content.furniture.header, first=True)
        self.metadata()
        out = io.BytesIO()
        self.doc.save(out)
        return office.stable_zip(out.getvalue())

    # -- document, styles ------------------------------------------------------------------

    def setup(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(office.PAGE_WIDTH_MM), Mm(297)
        section.left_margin = section.right_margin = Mm(office.MARGIN_X_MM)
        section.top_margin, section.bottom_margin = Mm(24), Mm(22)
        section.header_distance, section.footer_distance = Mm(10), Mm(7)
        tag = office.language_tag(self.language)
        styles = self.doc.styles.element
        # no theme fonts anywhere: the font named below wins in Word and LibreOffice alike
        for fonts in styles.iter(qn("w:rFonts")):
            for key in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                fonts.attrib.pop(qn(f"w:{key}"), None)
        defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        seq = RPR_SEQ
        font = office.FONT
        _set(defaults, "w:rFonts", seq, ascii=font, hAnsi=font, cs=font, eastAsia=font)
        _set(defaults, "w:sz", seq, val="20")
        _set(defaults, "w:szCs", seq, val="20")
        _set(defaults, "w:lang", seq, val=tag, eastAsia=tag, bidi="ar-SA")
        p_defaults = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
        _set(p_defaults, "w:spacing", PPR_SEQ, after="0", line="264", lineRule="auto")
        settings = self.doc.settings.element
        _set(settings, "w:autoHyphenation", SETTINGS_SEQ)  # German compounds
        _set(settings, "w:themeFontLang", SETTINGS_SEQ, val=tag)
        self.styles()

    def style(
        self,
        name: str,
        base: str | None = "Normal",
        *,
        size: float | None = None,
        bold: bool | None = None,
        italic: bool | None = None,
        color: str | None = None,
        before: float | None = None,
        after: float | None = None,
        left: float | None = None,
        hanging: float | None = None,
        keep: bool | None = None,
    ) -> ParagraphStyle:
        """A paragraph style, created unless built in; sizes in pt, indents in mm."""
        styles = self.doc.styles
        if name in [s.name for s in styles]:
            style = styles[name]
        else:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.quick_style = True
        assert isinstance(style, ParagraphStyle)
        if base is not None:
            style.base_style = styles[base]
        f, pf = style.font, style.paragraph_format
        if size is not None:
            f.size = Pt(size)
        if bold is not None:
            f.bold = bold
        if italic is not None:
            f.italic = italic
        if color is not None:
            f.color.rgb = RGBColor.from_string(color)
        if before is not None:
            pf.space_before = Pt(before)
        if after is not None:
            pf.space_after = Pt(after)
        if left is not None:
            pf.left_indent = Mm(left)
        if hanging is not None:
            pf.first_line_indent = Mm(-hanging)
            pf.tab_stops.add_tab_stop(Mm(left or hanging))
        if keep is not None:
            pf.keep_with_next = keep
        return style

    def styles(self) -> None:
        ink, muted, accent = office.INK, office.MUTED, office.ACCENT
        hanging = office.HANGING_MM
        self.style("Normal", None, size=10, color=ink)
        self.style("Body Text", size=10, after=5)
        self.style("Intro", "Body Text", keep=True)
        self.style("Clause", "Body Text", left=hanging, hanging=hanging)
        self.style("Clause Intro", "Clause", keep=True)
        self.style("Clause Continued", "Body Text", left=hanging)
        self.style("Small Print", size=8.5, color=muted, after=3)
        self.style("Note", "Small Print", left=office.NOTE_HANGING_MM, hanging=5)
        self.style("Caption", size=8.5, bold=False, italic=True, color=muted, before=3, after=8)
        self.style("Heading 1", size=14, bold=True, color=accent, before=14, after=6, keep=True)
        self.style("Heading 2", size=11.5, bold=True, color=ink, before=10, after=4, keep=True)
        self.style("Heading 3", size=10.5, bold=True, color=accent, before=2, after=3, keep=True)
        for level in (1, 2, 3):  # the template's headings are blue-grey Calibri Light
            self.doc.styles[f"Heading {level}"].font.name = office.FONT
        title = self.style("Title", size=28, bold=True, color=ink, before=4, after=4)
        title.element.get_or_add_pPr().remove_all("w:pBdr")
        self.style("Subtitle", size=12, italic=False, color=muted, after=2)
        self.style("Cover Label", size=9, bold=True, color=accent)
        self.style("Cover Session", size=11, italic=True)
        self.style("Callout Lead", size=12, bold=True, color=accent, after=3)
        self.style("List Bullet", size=10, after=3)
        self.style("List Number", size=10, after=3)
        self.style("Table Text", size=9.5)
        self.style("Table Text Small", size=8.5)
        self.style("Table Label", size=8.5, color=muted)
        self.style("Table Heading", size=8.5, bold=True, keep=True)
        line = self.style("Signature Line", size=9, before=30)
        line.paragraph_format.right_indent = Mm(8)
        _borders(line.element.get_or_add_pPr(), "w:pBdr", PPR_SEQ, {"bottom": (0.75, ink)})
        self.style("Signature Name", size=9, bold=True, before=2)
        self.style("Signature Text", size=8.5, color=muted)
        bar = self.style("Accent Bar", size=2, after=6)
        _borders(bar.element.get_or_add_pPr(), "w:pBdr", PPR_SEQ, {"bottom": (3, accent)})
        for name in ("Header", "Footer"):
            style = self.style(name, size=8, color=muted)
            tabs = style.paragraph_format.tab_stops
            for stop in list(tabs):
                tabs._pPr.tabs.remove(stop._tab)  # the template's stops fit US Letter
            tabs.add_tab_stop(Mm(office.TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
            side = "bottom" if name == "Header" else "top"
            pPr = style.element.get_or_add_pPr()
            _borders(pPr, "w:pBdr", PPR_SEQ, {side: (0.5, office.RULE)})
        self.list_indents()
        self.table_style("Data Table", {"bottom": (0.8, accent), "insideH": (0.25, office.RULE)})
        self.table_style("Key Value Table", {"insideH": (0.25, office.RULE)}, left=0)
        self.table_style("Plain Table", {}, left=0)

    def list_indents(self) -> None:
        """Bullets and numbers indented like the clause text they belong to."""
        numbering = self.doc.part.numbering_part.element
        for style in ("List Bullet", "List Number"):
            num_id = self.doc.styles[style].element.pPr.numPr.numId.val
            num = numbering.num_having_numId(num_id)
            abstract = numbering.xpath(
                f'w:abstractNum[@w:abstractNumId="{num.abstractNumId.val}"]'
            )[0]
            p_pr = abstract.xpath('w:lvl[@w:ilvl="0"]/w:pPr', namespaces=nsmap)[0]
            left = twips(office.HANGING_MM + 5)
            for tab in p_pr.iter(qn("w:tab")):
                tab.set(qn("w:pos"), str(left))
            _set(p_pr, "w:ind", PPR_SEQ, left=str(left), hanging=str(twips(5)))

    def table_style(
        self, name: str, borders: dict[str, tuple[float, str]], *, left: float = 1.4
    ) -> None:
        style = self.doc.styles.add_style(name, WD_STYLE_TYPE.TABLE)
        style.base_style = self.doc.styles["Normal Table"]
        tbl_pr = style.element.find(qn("w:tblPr"))
        if tbl_pr is None:
            tbl_pr = OxmlElement("w:tblPr")
            style.element.append(tbl_pr)
        sides = {s: (0.0, "auto") for s in ("top", "left", "bottom", "right", "insideH", "insideV")}
        _borders(tbl_pr, "w:tblBorders", TBLPR_SEQ, {**sides, **borders})
        margins = _set(tbl_pr, "w:tblCellMar", TBLPR_SEQ)
        for side, mm in (("top", 1.0), ("left", left), ("bottom", 1.0), ("right", 1.4)):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), str(twips(mm)))
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)

    def metadata(self) -> None:
        meta = self.content.meta
        core = self.doc.core_properties
        core.title, core.subject, core.author = meta.title, meta.subject, meta.author
        core.keywords, core.language = meta.keywords, office.language_tag(meta.language)
        core.last_modified_by, core.revision, core.comments = meta.author, 1, ""
        element = core._element
        for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
            for old in element.findall(qn(tag)):  # the template's 2013 dates
                element.remove(old)

    # -- header and footer -----------------------------------------------------------------

    def furniture(self, section: Section, header_text: str, *, first: bool) -> None:
        f = self.content.furniture
        section.different_first_page_header_footer = first  # the cover has no header
        header = section.header
        header.is_linked_to_previous = False
        p = header.paragraphs[0]
        self.set_style(p, "Header")
        self.run(p, header_text, bold=True, color=office.ACCENT)
        p.add_run("\t" + f.document_id)
        if not first:
            return
        cover = section.first_page_header
        cover.is_linked_to_previous = False
        self.set_style(cover.paragraphs[0], "Normal")  # empty, and without the header's rule
        for footer in (section.footer, section.first_page_footer):
            footer.is_linked_to_previous = False
            line = footer.paragraphs[0]
            self.set_style(line, "Footer")
            line.add_run(f.fingerprint)
            status = footer.add_paragraph()
            self.set_style(status, "Footer")
            if f.status:
                self.run(status, f.status, bold=True, color=office.ACCENT)
            status.add_run("\t")
            for part in office.page_of_parts(f.page_of):
                if part in ("{page}", "{pages}"):
                    self.field(status, "PAGE" if part == "{page}" else "NUMPAGES")
                else:
                    status.add_run(part)

    def run(self, p: Paragraph, text: str, *, bold: bool = False, color: str = "") -> None:
        r = p.add_run(text)
        r.bold = bold or None
        if color:
            r.font.color.rgb = RGBColor.from_string(color)

    def field(self, p: Paragraph, instruction: str) -> None:
        """A field Word and LibreOffice compute (PAGE, NUMPAGES); "1" until they do."""
        for kind, text in (("begin", ""), ("instr", instruction), ("separate", ""), ("", "1")):
            r = p.add_run()
            if kind == "instr":
                code = OxmlElement("w:instrText")
                code.set(qn("xml:space"), "preserve")
                code.text = f" {text} \\* MERGEFORMAT "
                r._r.append(code)
            elif kind:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                r._r.append(char)
            else:
                r.text = text
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        p.add_run()._r.append(end)

    # -- blocks ----------------------------------------------------------------------------

    def blocks(self, into: Any, blocks: Sequence[n.Block]) -> None:
        for block in blocks:
            self.block(into, block)

    def block(self, into: Any, b: n.Block) -> None:
        match b:
            case n.Heading():
                text = f"{b.number}\u2002{b.text}" if b.number else b.text
                p = self.paragraph(into, f"Heading {min(b.level, 2) + 1}")
                p.add_run(text)
            case n.Para():
                self.para(into, b)
            case n.Items():
                self.items(into, b)
            case n.Table():
                self.table(into, b)
            case n.KeyValue():
                self.key_value(into, b)
            case n.Chart():
                self.table(into, office.chart_table(b.data, self.language), keep=True)
                self.rich(self.paragraph(into, "Caption"), b.caption)
            case n.Callout():
                self.callout(into, b)
            case n.Signatures():
                self.signatures(into, b)
            case n.PageBreak():
                # a conditional break is left to keep-with-next (headings, intros)
                if b.unless_space is None:
                    self.page_break = True
            case n.RunningHeader():
                self.section(b.text)
            case n.AccentBar():
                self.paragraph(into, "Accent Bar")
            case n.Space():
                self.space += b.lines
            case _:
                raise TypeError(f"unknown block {b!r}")

    def paragraph(self, into: Any, style: str) -> Paragraph:
        p: Paragraph = into.add_paragraph()
        self.set_style(p, style)
        if self.page_break:
            p.paragraph_format.page_break_before = True
            self.page_break = False
        if self.space:
            base = self.doc.styles[style].paragraph_format.space_before
            p.paragraph_format.space_before = Pt(self.space * BODY_LINE + (base.pt if base else 0))
            self.space = 0.0
        return p

    def set_style(self, p: Paragraph, name: str) -> None:
        """`p.style = name`, without python-docx's search through all styles each time."""
        if name not in self.style_ids:
            self.style_ids[name] = self.doc.styles[name].style_id
        p._p.get_or_add_pPr().style = self.style_ids[name]

    def rich(self, p: Paragraph, text: n.Rich, *, color: str = "") -> None:
        """Rich text as runs: bold, italic, superscript, line breaks; names as plain text."""
        last = None
        for run in runs(text):
            if run.text == "\n":
                (last or p.add_run()).add_break()
                continue
            last = p.add_run(run.text)
            last.bold = run.bold or None
            last.italic = run.italic or None
            last.font.superscript = run.sup or None
            if color:
                last.font.color.rgb = RGBColor.from_string(color)

    def para(self, into: Any, b: n.Para) -> None:
        style = ROLE_STYLES[b.role]
        if b.label:
            style = {"intro": "Clause Intro", "note": "Note"}.get(b.role, "Clause")
        p = self.paragraph(into, style)
        if b.label:
            p.add_run(f"{b.label}\t")
        self.rich(p, b.text)

    def items(self, into: Any, b: n.Items) -> None:
        style = "List Number" if b.numbered else "List Bullet"
        num_id = self.restarted_numbering() if b.numbered else None
        for item in b.items:
            p = self.paragraph(into, style)
            if num_id is not None:
                num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id
            self.rich(p, item)

    def restarted_numbering(self) -> int:
        """A list instance of "List Number" that starts again at 1 (the style's own numbering
        would go on counting from the previous list)."""
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles["List Number"].element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(abstract)
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(1)
        self.numbering += 1
        return int(num.numId)

    # -- tables ----------------------------------------------------------------------------

    def new_table(self, into: Any, widths: Sequence[float], style: str) -> Table:
        """An empty table of fixed column widths (shares of the width of `into`)."""
        if self.space or self.page_break or _ends_with_table(into):
            # spacing, a page break or a gap between two tables (adjacent ones would merge)
            p = self.paragraph(into, "Normal")
            p.paragraph_format.line_spacing = Pt(4)
        total = office.TEXT_WIDTH_MM if isinstance(into, DocxDocument) else into.width.mm - 3
        table = into.add_table(rows=0, cols=len(widths))
        table.style = self.doc.styles[style]
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        _set(tbl_pr, "w:tblW", TBLPR_SEQ, w=str(twips(total)), type="dxa")
        _set(tbl_pr, "w:tblLook", TBLPR_SEQ, val="0000", firstRow="0", noHBand="1", noVBand="1")
        for column, share in zip(table.columns, widths, strict=True):
            column.width = Mm(total * share)
        self.space = 0.5  # the next paragraph keeps a little distance
        return cast(Table, table)

    def row(self, table: Table, *, header: bool = False, tall: bool = False) -> Any:
        row = table.add_row()  # type: ignore[no-untyped-call]
        tr_pr = row._tr.get_or_add_trPr()
        if not tall:
            _set(tr_pr, "w:cantSplit", TRPR_SEQ)
        if header:
            _set(tr_pr, "w:tblHeader", TRPR_SEQ)  # repeated on every page
        for cell, column in zip(row.cells, table.columns, strict=True):
            cell.width = column.width
        return row

    def fill(
        self,
        cell: _Cell,
        text: n.Rich,
        style: str,
        *,
        align: str = "left",
        bold: bool = False,
        color: str = "",
        append: bool = False,
    ) -> None:
        """A cell's lines as paragraphs of their own, formatted as the runs say; in the
        cell's first (empty) paragraph unless `append`."""
        lines: list[list[Any]] = [[]]
        for run in runs(text):
            if run.text == "\n":
                lines.append([])
            else:
                lines[-1].append(run)
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 and not append else cell.add_paragraph()
            self.set_style(p, style)
            if align != "left":
                p.alignment = ALIGN[align]
            for run in line:
                r = p.add_run(run.text)
                r.bold = (run.bold or bold) or None
                r.italic = run.italic or None
                r.font.superscript = run.sup or None
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)

    def cell(self, cell: _Cell, c: n.Cell, *, small: bool, align: str = "left") -> None:
        style = "Table Text Small" if small or c.small else "Table Text"
        color = office.WHITE if c.tone == "accent" else ""
        self.fill(cell, c.text, style, align=align, bold=c.bold, color=color)
        if c.tone:
            _shade(cell._tc.get_or_add_tcPr(), office.TONES[c.tone])

    def table(self, into: Any, t: n.Table, *, keep: bool = False) -> None:
        table = self.new_table(into, [c.width for c in t.columns], "Data Table")
        head = self.row(table, header=True)
        vertical = any(c.vertical for c in t.columns)
        if vertical:  # turned titles need the height the PDF gives them
            _set(head._tr.get_or_add_trPr(), "w:trHeight", TRPR_SEQ, val=str(twips(38)))
        for cell, column in zip(head.cells, t.columns, strict=True):
            self.fill(cell, esc(column.title), "Table Heading", align=column.align)
            tc_pr = cell._tc.get_or_add_tcPr()
            _shade(tc_pr, office.ACCENT_LIGHT)
            if column.vertical:
                _set(tc_pr, "w:textDirection", TCPR_SEQ, val="btLr")
            _set(tc_pr, "w:vAlign", TCPR_SEQ, val="bottom")
        for r in t.rows:
            tall = sum(len(c.text) for c in r.cells) > TALL_ROW_CHARACTERS
            row = self.row(table, tall=tall)
            if r.group:
                merged = row.cells[0].merge(row.cells[-1])
                self.cell(merged, r.cells[0], small=t.small)
                _shade(merged._tc.get_or_add_tcPr(), office.ACCENT_PALE)
                continue
            for i, (cell, c) in enumerate(zip(row.cells, r.cells, strict=False)):
                self.cell(cell, c, small=t.small, align=t.columns[i].align)
                if vertical and i:
                    _set(cell._tc.get_or_add_tcPr(), "w:vAlign", TCPR_SEQ, val="center")
        if keep or len(t.rows) <= KEEP_ROWS:
            # a short table stays on one page (Word's way: keep each row with the next),
            # a chart's table also with its caption
            for row in table.rows[: None if keep else -1]:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        p.paragraph_format.keep_with_next = True

    def key_value(self, into: Any, b: n.KeyValue) -> None:
        table = self.new_table(into, [b.key_width, 1 - b.key_width], "Key Value Table")
        for key, value in b.rows:
            row = self.row(table)
            self.fill(row.cells[0], esc(key), "Table Label")
            self.cell(row.cells[1], value, small=False)

    def callout(self, into: Any, b: n.Callout) -> None:
        table = self.new_table(into, [1.0], "Plain Table")
        cell = self.row(table).cells[0]
        tc_pr = cell._tc.get_or_add_tcPr()
        sides = {"left": (3.0, office.ACCENT)}
        _borders(tc_pr, "w:tcBorders", TCPR_SEQ, sides)
        _shade(tc_pr, office.ACCENT_PALE)
        margins = _set(tc_pr, "w:tcMar", TCPR_SEQ)
        for side, mm in (("top", 2.0), ("left", 3.2), ("bottom", 1.5), ("right", 3.2)):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), str(twips(mm)))
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        self.space = 0.0
        self.blocks(cell, b.blocks)
        first = cell.paragraphs[0]
        if len(cell._tc.xpath("w:p|w:tbl")) > 1 and not first.text:
            first._p.getparent().remove(first._p)  # the cell's initial empty paragraph
        self.space = 0.5

    def signatures(self, into: Any, b: n.Signatures) -> None:
        """Blocks of two: a line to sign on, the name, function, place and date."""
        table = self.new_table(into, [0.5, 0.5], "Plain Table")
        for start in range(0, len(b.boxes), 2):
            row = self.row(table)
            for cell, box in zip(row.cells, b.boxes[start : start + 2], strict=False):
                self.set_style(cell.paragraphs[0], "Signature Line")
                self.fill(cell, esc(box.name), "Signature Name", append=True)
                for line in box.lines:
                    self.fill(cell, esc(line), "Signature Text", append=True)
                self.fill(cell, box.place_date, "Signature Text", append=True)
                if box.note:
                    self.fill(cell, box.note, "Signature Text", append=True)

    # -- sections --------------------------------------------------------------------------

    def section(self, header_text: str) -> None:
        """From here on the header says `header_text`: a new section, on a new page if a
        page break was due (else continuous)."""
        kind = WD_SECTION.NEW_PAGE if self.page_break else WD_SECTION.CONTINUOUS
        self.page_break = False
        section = self.doc.add_section(kind)
        self.furniture(section, header_text, first=False)


def _ends_with_table(into: Any) -> bool:
    """Two tables in a row would merge into one in Word: they need a paragraph between."""
    element = into._tc if isinstance(into, _Cell) else into.element.body
    children = [c for c in element if c.tag != qn("w:sectPr")]
    return bool(children) and children[-1].tag == qn("w:tbl")
