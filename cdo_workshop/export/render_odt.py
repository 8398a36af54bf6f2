"""Render the format-neutral agreement (export.content) as an editable OpenDocument text (ODT).

The LibreOffice counterpart of export.render_docx, with the same structure: headings in
"Heading 1"–"Heading 3" with outline levels (navigator, table of contents), text in named
paragraph styles, clause paragraphs "(1)" with a hanging indent, lists as text:list with a
list style, tables with table-header-rows, charts as tables of their data, page numbers as
page-number/page-count fields. The cover page, the agreement and every running header
(Annex 3) are page styles (master pages): the first paragraph under them switches to them.

    data = render_odt(agreement_content(session, catalog, "de", translate=...))

odfdo writes the package: pure Python, maintained, and it keeps the full ODF style model
(common, automatic and default styles, master pages), which the HR office edits. Styles
are written as ODF XML; the body through odfdo's elements.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, TypeVar
from xml.sax.saxutils import quoteattr

from odfdo import (
    Cell,
    Column,
    Document,
    Element,
    Header,
    HeaderRows,
    LineBreak,
    List,
    ListItem,
    Paragraph,
    Row,
    Span,
    StyleMasterPage,
    Tab,
    Table,
    VarPageCount,
    VarPageNumber,
)

from cdo_workshop import __version__
from cdo_workshop.export import office
from cdo_workshop.export.content import nodes as n
from cdo_workshop.export.content.rich import Run, esc, runs

E = TypeVar("E", bound=Element)
BODY_LINE = 14.0  # pt, one body line (Space.lines)
KEEP_ROWS = 10  # tables up to this many rows are kept on one page
TALL_ROW_CHARACTERS = 900  # rows longer than this may break across pages (as in the PDF)
ROLE_STYLES = {
    "body": "Text_20_body",
    "intro": "Intro",
    "continued": "Clause_20_Continued",
    "small": "Small_20_Print",
    "caption": "Caption",
    "note": "Note",
    "lead": "Callout_20_Lead",
    "cover_label": "Cover_20_Label",
    "cover_title": "Title",
    "cover_sub": "Subtitle",
    "cover_session": "Cover_20_Session",
}
ALIGN = {"left": "start", "center": "center", "right": "end"}
FIRST_PAGE = "First_20_Page"
BULLETS = "List_20_1"
NUMBERS = "Numbering_20_123"


def render_odt(document: n.Document) -> bytes:
    """The document as ODT bytes; the same content gives the same bytes."""
    return _Renderer(document).render()


def _name(display: str) -> str:
    """ODF's style name for a display name: "Heading 1" -> "Heading_20_1"."""
    return display.replace(" ", "_20_")


def _style(
    display: str,
    parent: str | None = "Standard",
    *,
    size: float | None = None,
    bold: bool = False,
    italic: bool | None = None,
    color: str = "",
    before: float | None = None,
    after: float | None = None,
    left: float | None = None,
    hanging: float | None = None,
    right: float | None = None,
    keep: bool = False,
    outline: int = 0,
    border: str = "",
    tabs: Sequence[tuple[float, str]] = (),
    css_class: str = "text",
) -> str:
    """A common paragraph style as ODF XML (sizes in pt, indents in mm)."""
    name = _name(display)
    attrs = f'style:name="{name}" style:family="paragraph" style:class="{css_class}"'
    if name != display:
        attrs += f" style:display-name={quoteattr(display)}"
    if parent:
        attrs += f' style:parent-style-name="{parent}"'
    if outline:
        attrs += f' style:default-outline-level="{outline}" style:next-style-name="Text_20_body"'
    para = ""
    if before is not None:
        para += f' fo:margin-top="{before}pt"'
    if after is not None:
        para += f' fo:margin-bottom="{after}pt"'
    if left is not None:
        para += f' fo:margin-left="{left}mm"'
    if right is not None:
        para += f' fo:margin-right="{right}mm"'
    if hanging is not None:
        para += f' fo:text-indent="-{hanging}mm"'
    if keep:
        para += ' fo:keep-with-next="always"'
    if border:
        para += border
    stops = "".join(
        f'<style:tab-stop style:position="{pos}mm" style:type="{kind}"/>' for pos, kind in tabs
    )
    if stops:
        stops = f"<style:tab-stops>{stops}</style:tab-stops>"
    text = ""
    if size is not None:
        text += f' fo:font-size="{size}pt"'
    if bold:
        text += ' fo:font-weight="bold"'
    if italic is not None:
        text += f' fo:font-style="{"italic" if italic else "normal"}"'
    if color:
        text += f' fo:color="#{color}"'
    return (
        f"<style:style {attrs}><style:paragraph-properties{para}>{stops}"
        f"</style:paragraph-properties><style:text-properties{text}/></style:style>"
    )


def _line(width: float, color: str) -> str:
    return f"{width}pt solid #{color}"


def _list_style(name: str, display: str, numbered: bool) -> str:
    """One list level, indented like the clause text it belongs to (label at 7 mm)."""
    label_at, text_at = office.HANGING_MM, office.HANGING_MM + 5
    if numbered:
        level = (
            '<text:list-level-style-number text:level="1" style:num-suffix="." '
            'style:num-format="1">'
        )
        end = "</text:list-level-style-number>"
    else:
        level = '<text:list-level-style-bullet text:level="1" text:bullet-char="•">'
        end = "</text:list-level-style-bullet>"
    return (
        f'<text:list-style style:name="{name}" style:display-name="{display}">{level}'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="listtab" '
        f'text:list-tab-stop-position="{text_at}mm" fo:text-indent="-{text_at - label_at}mm" '
        f'fo:margin-left="{text_at}mm"/></style:list-level-properties>{end}</text:list-style>'
    )


class _Renderer:
    def __init__(self, document: n.Document) -> None:
        self.content = document
        self.language = document.meta.language
        self.doc = Document("text")
        self.body = self.doc.body
        self.auto: dict[tuple[Any, ...], str] = {}  # automatic styles made so far
        self.space = 0.0  # body lines of space before the next paragraph
        self.page_break = False
        self.master = FIRST_PAGE  # the page style the next paragraph starts, if any
        self.masters = 0
        self.tables = 0

    def render(self) -> bytes:
        self.body.clear()
        self.setup()
        self.blocks(self.body, self.content.blocks)
        self.metadata()
        out = io.BytesIO()
        self.doc.save(out)
        return office.stable_zip(out.getvalue(), first="mimetype")

    # -- styles ----------------------------------------------------------------------------

    def setup(self) -> None:
        tag = office.language_tag(self.language)
        language, country = tag.split("-")
        font = office.FONT
        ink, muted, accent, rule = office.INK, office.MUTED, office.ACCENT, office.RULE
        hanging = office.HANGING_MM
        face = (
            f'<style:font-face style:name="{font}" svg:font-family="{font}" '
            'style:font-family-generic="swiss" style:font-pitch="variable"/>'
        )
        for part in (self.doc.styles, self.doc.content):
            decls = part.get_element("//office:font-face-decls")
            if decls is not None:
                decls.append(Element.from_tag(face))
        self.doc.insert_style(
            '<style:default-style style:family="paragraph">'
            '<style:paragraph-properties style:tab-stop-distance="12.5mm" '
            'style:writing-mode="page" fo:hyphenation-ladder-count="2"/>'
            f'<style:text-properties style:font-name="{font}" fo:font-size="10pt" '
            f'fo:color="#{ink}" fo:language="{language}" fo:country="{country}" '
            'fo:hyphenate="true" fo:hyphenation-remain-char-count="3" '
            'fo:hyphenation-push-char-count="3" style:letter-kerning="true"/>'
            "</style:default-style>",
            default=True,
        )
        header_rule = f' fo:border-bottom="{_line(0.5, rule)}" fo:padding-bottom="1mm"'
        footer_rule = f' fo:border-top="{_line(0.5, rule)}" fo:padding-top="1mm"'
        bar = f' fo:border-bottom="{_line(3, accent)}" fo:padding="0mm"'
        sign = f' fo:border-bottom="{_line(0.75, ink)}" fo:padding="0mm"'
        right = ((office.TEXT_WIDTH_MM, "right"),)
        styles = [
            '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
            '<style:paragraph-properties fo:line-height="115%"/></style:style>',
            _style("Heading", keep=True, css_class="chapter"),
            _style("Text body", after=5),
            _style("Intro", "Text_20_body", keep=True),
            _style("Clause", "Text_20_body", left=hanging, hanging=hanging, tabs=((0, "left"),)),
            _style("Clause Intro", "Clause", keep=True),
            _style("Clause Continued", "Text_20_body", left=hanging),
            _style("Small Print", size=8.5, color=muted, after=3),
            _style("Note", "Small_20_Print", left=5, hanging=5, tabs=((0, "left"),)),
            _style("Caption", size=8.5, italic=True, color=muted, before=3, after=8),
            _style(
                "Heading 1",
                "Heading",
                size=14,
                bold=True,
                color=accent,
                before=14,
                after=6,
                keep=True,
                outline=1,
                css_class="chapter",
            ),
            _style(
                "Heading 2",
                "Heading",
                size=11.5,
                bold=True,
                color=ink,
                before=10,
                after=4,
                keep=True,
                outline=2,
                css_class="chapter",
            ),
            _style(
                "Heading 3",
                "Heading",
                size=10.5,
                bold=True,
                color=accent,
                before=2,
                after=3,
                keep=True,
                outline=3,
                css_class="chapter",
            ),
            _style("Title", size=28, bold=True, before=4, after=4, css_class="chapter"),
            _style("Subtitle", size=12, italic=False, color=muted, after=2, css_class="chapter"),
            _style("Cover Label", size=9, bold=True, color=accent),
            _style("Cover Session", size=11, italic=True),
            _style("Callout Lead", size=12, bold=True, color=accent, after=3),
            _style("List", "Text_20_body", after=3, css_class="list"),
            _style("Table Contents", size=9.5, css_class="extra"),
            _style("Table Contents Small", "Table_20_Contents", size=8.5, css_class="extra"),
            _style("Table Label", "Table_20_Contents", size=8.5, color=muted, css_class="extra"),
            _style(
                "Table Heading",
                "Table_20_Contents",
                size=8.5,
                bold=True,
                keep=True,
                css_class="extra",
            ),
            _style("Signature Line", size=9, before=30, right=8, border=sign),
            _style("Signature Name", size=9, bold=True, before=2),
            _style("Signature Text", size=8.5, color=muted),
            _style("Accent Bar", size=2, after=6, border=bar),
            _style(
                "Header", size=8, color=muted, border=header_rule, tabs=right, css_class="extra"
            ),
            _style(
                "Footer", size=8, color=muted, border=footer_rule, tabs=right, css_class="extra"
            ),
            '<style:style style:name="Furniture_20_Title" style:display-name="Furniture Title" '
            f'style:family="text"><style:text-properties fo:font-weight="bold" '
            f'fo:color="#{accent}"/></style:style>',
            _list_style(BULLETS, "List 1", numbered=False),
            _list_style(NUMBERS, "Numbering 123", numbered=True),
        ]
        # headings carry their own numbers ("§ 3", "Anlage 1"): no outline numbering
        levels = "".join(
            f'<text:outline-level-style text:level="{level}" style:num-format=""/>'
            for level in range(1, 11)
        )
        styles.append(f'<text:outline-style style:name="Outline">{levels}</text:outline-style>')
        for xml in styles:
            self.doc.insert_style(xml)
        self.page_layout()

    def page_layout(self) -> None:
        """A4 with the PDF's margins; header and footer inside them as in the PDF."""
        self.doc.insert_style(
            '<style:page-layout style:name="Agreement">'
            '<style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" '
            'style:print-orientation="portrait" fo:margin-top="10mm" fo:margin-bottom="7mm" '
            f'fo:margin-left="{office.MARGIN_X_MM}mm" fo:margin-right="{office.MARGIN_X_MM}mm" '
            'style:writing-mode="lr-tb"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="9mm" '
            'fo:margin-bottom="5mm" style:dynamic-spacing="false"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="11mm" '
            'fo:margin-top="4mm" style:dynamic-spacing="false"/></style:footer-style>'
            "</style:page-layout>"
        )
        self.master_page("Standard", "", self.content.furniture.header)
        self.master_page(FIRST_PAGE, "First Page", "", next_style="Standard")

    def master_page(self, name: str, display: str, header: str, next_style: str = "") -> None:
        f = self.content.furniture
        master = StyleMasterPage(
            name=name,
            display_name=display or None,
            page_layout="Agreement",
            next_style=next_style or None,
        )
        if header:
            head = Element.from_tag("<style:header/>")
            line = Paragraph(style="Header")
            line.append(Span(header, style="Furniture_20_Title"))
            line.append(Tab())
            line.append(f.document_id)
            head.append(line)
            master.append(head)
        foot = Element.from_tag("<style:footer/>")
        foot.append(Paragraph(f.fingerprint, style="Footer"))
        status = Paragraph(style="Footer")
        if f.status:
            status.append(Span(f.status, style="Furniture_20_Title"))
        status.append(Tab())
        for part in office.page_of_parts(f.page_of):
            if part == "{page}":
                field: Element = VarPageNumber(select_page="current")
                field.text = "1"
                status.append(field)
            elif part == "{pages}":
                field = VarPageCount()
                field.text = "1"
                status.append(field)
            else:
                status.append(part)
        foot.append(status)
        master.append(foot)
        self.doc.insert_style(master)

    def metadata(self) -> None:
        meta = self.content.meta
        m = self.doc.meta
        m.set_title(meta.title)
        m.set_subject(meta.subject)
        m.set_keywords(meta.keywords)
        m.set_language(office.language_tag(meta.language))
        m.set_initial_creator(meta.author)
        m.set_creator(meta.author)
        m.set_generator(f"CDO Workshop {__version__}")
        root = m.get_meta_body()
        for tag in ("meta:creation-date", "dc:date", "meta:document-statistic"):
            for old in root.get_elements(tag):  # the template's dates and counts
                old.delete()

    def auto_para(
        self, parent: str, *, master: str = "", space: float = 0, brk: bool = False, align: str = ""
    ) -> str:
        """An automatic paragraph style on `parent`: a page style starting here, space
        before, a page break, or a table column's alignment."""
        if not (master or space or brk or align):
            return parent
        key = ("P", parent, master, space, brk, align)
        if key not in self.auto:
            name = f"P{len(self.auto) + 1}"
            self.auto[key] = name
            master_attr = f' style:master-page-name="{master}"' if master else ""
            props = f' fo:margin-top="{space:.1f}pt"' if space else ""
            props += ' fo:break-before="page"' if brk else ""
            props += f' fo:text-align="{align}"' if align else ""
            self.doc.insert_style(
                f'<style:style style:name="{name}" style:family="paragraph" '
                f'style:parent-style-name="{parent}"{master_attr}>'
                f"<style:paragraph-properties{props}/></style:style>",
                automatic=True,
            )
        return self.auto[key]

    def auto_text(self, run: Run, color: str = "", bold: bool = False) -> str:
        key = ("T", run.bold or bold, run.italic, run.sup, color)
        if not any(key[1:]):
            return ""
        if key not in self.auto:
            name = f"T{len(self.auto) + 1}"
            self.auto[key] = name
            props = ' fo:font-weight="bold"' if run.bold or bold else ""
            props += ' fo:font-style="italic"' if run.italic else ""
            props += ' style:text-position="super 58%"' if run.sup else ""
            props += f' fo:color="#{color}"' if color else ""
            self.doc.insert_style(
                f'<style:style style:name="{name}" style:family="text">'
                f"<style:text-properties{props}/></style:style>",
                automatic=True,
            )
        return self.auto[key]

    def auto_style(self, family: str, key: tuple[Any, ...], properties: str) -> str:
        """An automatic table, column, row or cell style with these properties."""
        full = (family, *key)
        if full not in self.auto:
            name = f"{family[:2].upper()}{len(self.auto) + 1}"
            self.auto[full] = name
            tag = {
                "table": "table-properties",
                "table-column": "table-column-properties",
                "table-row": "table-row-properties",
                "table-cell": "table-cell-properties",
            }[family]
            self.doc.insert_style(
                f'<style:style style:name="{name}" style:family="{family}">'
                f"<style:{tag} {properties}/></style:style>",
                automatic=True,
            )
        return self.auto[full]

    # -- blocks ----------------------------------------------------------------------------

    def blocks(self, into: Element, blocks: Sequence[n.Block]) -> None:
        for block in blocks:
            self.block(into, block)

    def block(self, into: Element, b: n.Block) -> None:
        match b:
            case n.Heading():
                text = f"{b.number}\u2002{b.text}" if b.number else b.text
                level = min(b.level, 2) + 1
                heading = Header(level, text)
                heading.style = self.start(f"Heading_20_{level}")  # odfdo drops style=
                into.append(heading)
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
                into.append(self.rich(Paragraph(style=self.start("Caption")), b.caption))
            case n.Callout():
                self.callout(into, b)
            case n.Signatures():
                self.signatures(into, b)
            case n.PageBreak():
                # a conditional break is left to keep-with-next (headings, intros)
                if b.unless_space is None:
                    self.page_break = True
            case n.RunningHeader():
                self.masters += 1
                name = f"Running_20_Header_20_{self.masters}"
                self.master_page(name, f"Running Header {self.masters}", b.text, name)
                self.master = name
                self.page_break = False  # a new page style starts a new page
            case n.AccentBar():
                into.append(Paragraph(style=self.start("Accent_20_Bar")))
            case n.Space():
                self.space += b.lines
            case _:
                raise TypeError(f"unknown block {b!r}")

    def start(self, style: str) -> str:
        """The style of the next paragraph, with what is due before it: a new page style, a
        page break, space."""
        name = self.auto_para(
            style, master=self.master, space=self.space * BODY_LINE, brk=self.page_break
        )
        self.master, self.space, self.page_break = "", 0.0, False
        return name

    def rich(self, p: Element, text: n.Rich, *, color: str = "", bold: bool = False) -> Element:
        """Rich text as spans: bold, italic, superscript, line breaks; names as plain text."""
        for run in runs(text):
            if run.text == "\n":
                p.append(LineBreak())
                continue
            style = self.auto_text(run, color, bold)
            p.append(Span(run.text, style=style) if style else Span(run.text))
        return p

    def para(self, into: Element, b: n.Para) -> None:
        style = ROLE_STYLES[b.role]
        if b.label:
            style = {"intro": "Clause_20_Intro", "note": "Note"}.get(b.role, "Clause")
        p = Paragraph(style=self.start(style))
        if b.label:
            p.append(b.label)
            p.append(Tab())
        into.append(self.rich(p, b.text))

    def items(self, into: Element, b: n.Items) -> None:
        listing = List(style=NUMBERS if b.numbered else BULLETS)
        for item in b.items:
            entry = ListItem()
            entry.append(self.rich(Paragraph(style=self.start("List")), item))
            listing.append(entry)
        into.append(listing)

    # -- tables ----------------------------------------------------------------------------

    def new_table(
        self, into: Element, widths: Sequence[float], *, keep: bool = False, chart: bool = False
    ) -> Table:
        if self.master or self.page_break:  # a table cannot start a page style here
            into.append(Paragraph(style=self.start("Standard")))
        total = office.TEXT_WIDTH_MM if into is self.body else office.TEXT_WIDTH_MM - 8
        self.tables += 1
        props = f'style:width="{total}mm" table:align="left" fo:margin-bottom="6pt"'
        if self.space:
            props += f' fo:margin-top="{self.space * BODY_LINE:.1f}pt"'
            self.space = 0.0
        if keep:
            props += ' style:may-break-between-rows="false"'
        if chart:
            props += ' fo:keep-with-next="always"'
        table = Table(f"Table{self.tables}", style=self.auto_style("table", (props,), props))
        for share in widths:
            width = f'style:column-width="{total * share:.2f}mm"'
            table.append(Column(style=self.auto_style("table-column", (width,), width)))
        return table

    def cell_style(self, *, fill: str = "", bottom: str = "", left: str = "", pad: str = "") -> str:
        props = f'fo:padding="{pad or "1mm 1.4mm"}" style:vertical-align="top"'
        if fill:
            props += f' fo:background-color="#{fill}"'
        props += f' fo:border-bottom="{bottom or "none"}" fo:border-top="none"'
        props += f' fo:border-left="{left or "none"}" fo:border-right="none"'
        return self.auto_style("table-cell", (props,), props)

    def row(self, *, tall: bool = False, height: float = 0) -> Row:
        props = f'fo:keep-together="{"auto" if tall else "always"}"'
        if height:
            props += f' style:min-row-height="{height}mm"'
        return Row(style=self.auto_style("table-row", (props,), props))

    def fill(
        self,
        cell: E,
        text: n.Rich,
        style: str,
        *,
        align: str = "left",
        bold: bool = False,
        color: str = "",
    ) -> E:
        """A cell's lines as paragraphs of their own, formatted as the runs say."""
        if align != "left":
            style = self.auto_para(style, align=ALIGN[align])
        lines: list[list[Run]] = [[]]
        for run in runs(text):
            if run.text == "\n":
                lines.append([])
            else:
                lines[-1].append(run)
        for line in lines:
            p = Paragraph(style=style)
            for run in line:
                name = self.auto_text(run, color, bold)
                p.append(Span(run.text, style=name) if name else Span(run.text))
            cell.append(p)
        return cell

    def cell(self, c: n.Cell, *, small: bool, align: str = "left", span: int = 1) -> Cell:
        rule = _line(0.25, office.RULE)
        fill = office.TONES.get(c.tone, "") if c.tone else ""
        cell = Cell(style=self.cell_style(fill=fill, bottom=rule))
        if span > 1:
            cell.set_attribute("table:number-columns-spanned", str(span))
        style = "Table_20_Contents_20_Small" if small or c.small else "Table_20_Contents"
        color = office.WHITE if c.tone == "accent" else ""
        return self.fill(cell, c.text, style, align=align, bold=c.bold, color=color)

    def table(self, into: Element, t: n.Table, *, keep: bool = False) -> None:
        table = self.new_table(
            into, [c.width for c in t.columns], keep=keep or len(t.rows) <= KEEP_ROWS, chart=keep
        )
        vertical = any(c.vertical for c in t.columns)
        head = self.row(height=38 if vertical else 0)
        line = _line(0.8, office.ACCENT)
        for column in t.columns:
            props = f'fo:padding="1mm 1.4mm" fo:background-color="#{office.ACCENT_LIGHT}"'
            props += f' fo:border-bottom="{line}" fo:border-top="none" fo:border-left="none"'
            props += ' fo:border-right="none" style:vertical-align="bottom"'
            if column.vertical:
                props += ' style:writing-mode="tb-rl"'
            cell = Cell(style=self.auto_style("table-cell", (props,), props))
            head.append(self.fill(cell, esc(column.title), "Table_20_Heading", align=column.align))
        header = HeaderRows()
        header.append(head)
        table.append(header)
        for r in t.rows:
            row = self.row(tall=sum(len(c.text) for c in r.cells) > TALL_ROW_CHARACTERS)
            if r.group:
                c = r.cells[0]
                group = n.Cell(c.text, c.bold, c.tone or "pale", c.small)
                row.append(self.cell(group, small=t.small, span=len(t.columns)))
                for _ in t.columns[1:]:
                    Element.append(row, Element.from_tag("<table:covered-table-cell/>"))
            else:
                for i, c in enumerate(r.cells):
                    row.append(self.cell(c, small=t.small, align=t.columns[i].align))
            table.append(row)
        into.append(table)

    def key_value(self, into: Element, b: n.KeyValue) -> None:
        table = self.new_table(into, [b.key_width, 1 - b.key_width], keep=len(b.rows) <= KEEP_ROWS)
        rule = _line(0.25, office.RULE)
        for key, value in b.rows:
            row = self.row()
            label = Cell(style=self.cell_style(bottom=rule, pad="1mm 1.4mm 1mm 0mm"))
            row.append(self.fill(label, esc(key), "Table_20_Label"))
            row.append(self.cell(value, small=False))
            table.append(row)
        into.append(table)

    def callout(self, into: Element, b: n.Callout) -> None:
        table = self.new_table(into, [1.0], keep=True)
        cell = Cell(
            style=self.cell_style(
                fill=office.ACCENT_PALE, left=_line(3, office.ACCENT), pad="2mm 3.2mm 1.5mm 3.2mm"
            )
        )
        self.blocks(cell, b.blocks)
        row = self.row()
        row.append(cell)
        table.append(row)
        into.append(table)

    def signatures(self, into: Element, b: n.Signatures) -> None:
        """Blocks of two: a line to sign on, the name, function, place and date."""
        table = self.new_table(into, [0.5, 0.5])
        plain = self.cell_style(pad="1mm 0mm 3mm 0mm")
        for start in range(0, len(b.boxes), 2):
            row = self.row()
            boxes = b.boxes[start : start + 2]
            for box in boxes:
                cell = Cell(style=plain)
                cell.append(Paragraph(style="Signature_20_Line"))
                self.fill(cell, esc(box.name), "Signature_20_Name")
                for line in box.lines:
                    self.fill(cell, esc(line), "Signature_20_Text")
                self.fill(cell, box.place_date, "Signature_20_Text")
                if box.note:
                    self.fill(cell, box.note, "Signature_20_Text")
                row.append(cell)
            if len(boxes) == 1:
                empty = Cell(style=plain)
                empty.append(Paragraph(style="Standard"))
                row.append(empty)
            table.append(row)
        into.append(table)
