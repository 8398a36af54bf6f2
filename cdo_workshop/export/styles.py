"""Typography, colours and table styles of the agreement, and safe paragraphs of user text.

Every text a participant typed goes through `esc()` before it reaches ReportLab's paragraph
markup, so `<b>` and `&amp;` print literally and control characters cannot break the parser.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from cdo_workshop.export.fonts import BOLD, ITALIC, REGULAR
from cdo_workshop.export.hyphenation import break_points

# A sober, print-friendly palette (dark blue accent, greys); no transparency (PDF/A).
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
ACCENT = colors.HexColor("#1f4e79")
ACCENT_LIGHT = colors.HexColor("#dce6f1")
ACCENT_PALE = colors.HexColor("#eef3f8")
RULE = colors.HexColor("#b8c2cc")
ZEBRA = colors.HexColor("#f5f7f9")
WARN = colors.HexColor("#b45f06")
GOOD = colors.HexColor("#3a7d44")
GREY_ZONE = colors.HexColor("#e3e6e9")
STROKE = colors.HexColor("#0b2a6f")  # on-screen signatures: blue ink

PAGE_MARGIN_X = 20 * mm
PAGE_MARGIN_TOP = 24 * mm
PAGE_MARGIN_BOTTOM = 22 * mm

# ReportLab's Table draws plain-string cells in a font fixed at import (Helvetica), before
# the document font is registered: every table names its font (PDF/A, library-notes G1).
BASE_TABLE_STYLE: tuple[tuple[Any, ...], ...] = (
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
)


def esc(value: object) -> str:
    """User text as paragraph markup: escaped, line breaks kept, and only characters the
    document font can show (control characters as spaces, the rest as U+FFFD; no .notdef
    glyph, PDF/A-3 6.2.11.8)."""
    from cdo_workshop.export.fonts import printable

    text = printable(str(value))
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _make_style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        # Words break only at the soft hyphens export.hyphenation puts in (pyphen's
        # syllables) and at hard hyphens, with a visible hyphen: ReportLab's own pyphen
        # call drops hard hyphens and cuts words wider than a line mid-letter.
        "hyphenationLang": break_points,
        "embeddedHyphenation": 1,
        "fontName": REGULAR,
        "bulletFontName": REGULAR,
        "fontSize": 9.5,
        "leading": 13.2,
        "textColor": INK,
        # Only a string no dictionary can hyphenate (a 200-letter token) is cut, so nothing
        # overflows its column.
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """All paragraph styles in one place, built after the fonts are registered."""

    def __init__(self, language: str = "de") -> None:
        def _style(name: str, **kw: Any) -> ParagraphStyle:
            return _make_style(name, **kw)

        self._variants: dict[str, ParagraphStyle] = {}

        # Body text 10 pt, tables of the signed part 9.5 pt, annex tables 8.5 pt; nothing
        # in the document is smaller than 8 pt.
        self.body = _style("Body", fontSize=10, leading=14, spaceAfter=5)
        self.body_tight = _style("BodyTight", fontSize=10, leading=14)
        self.intro = _style("Intro", fontSize=10, leading=14, spaceAfter=5, keepWithNext=1)
        self.numbered = _style(
            "Numbered", fontSize=10, leading=14, spaceAfter=5, leftIndent=20, bulletIndent=0
        )
        self.numbered_intro = _style(
            "NumberedIntro",
            fontSize=10,
            leading=14,
            spaceAfter=5,
            leftIndent=20,
            bulletIndent=0,
            keepWithNext=1,
        )
        self.small = _style("Small", fontSize=8.5, leading=11.5, textColor=MUTED)
        self.small_keep = _style(
            "SmallKeep", fontSize=8.5, leading=11.5, textColor=MUTED, keepWithNext=1
        )
        self.small_ink = _style("SmallInk", fontSize=8.5, leading=11.5)
        self.note = _style(
            "Note", fontSize=8.5, leading=11.5, textColor=MUTED, leftIndent=8, bulletIndent=0
        )
        self.bullet = _style(
            "Bullet",
            fontSize=10,
            leading=13.5,
            leftIndent=20,
            bulletIndent=6,
            bulletFontName=REGULAR,
            spaceAfter=3,
        )
        self.caption = _style(
            "Caption", fontName=ITALIC, fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=3
        )
        self.h1 = _style(
            "H1",
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        )
        self.h2 = _style(
            "H2",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.cell = _style("Cell", fontSize=9.5, leading=12.5)
        self.cell_bold = _style("CellBold", fontName=BOLD, fontSize=9.5, leading=12.5)
        self.annex_cell = _style("AnnexCell", fontSize=8.5, leading=11)
        self.annex_cell_bold = _style("AnnexCellBold", fontName=BOLD, fontSize=8.5, leading=11)
        self.cell_small = _style("CellSmall", fontSize=8, leading=10, textColor=MUTED)
        self.cell_small_ink = _style("CellSmallInk", fontSize=8, leading=10)
        self.cell_center = _style("CellCenter", fontSize=9.5, leading=12.5, alignment=TA_CENTER)
        self.cell_right = _style("CellRight", fontSize=9.5, leading=12.5, alignment=TA_RIGHT)
        self.head = _style("Head", fontName=BOLD, fontSize=8.5, leading=10.5, textColor=INK)
        self.head_center = _style(
            "HeadCenter", fontName=BOLD, fontSize=8.5, leading=10.5, alignment=TA_CENTER
        )
        self.cover_label = _style(
            "CoverLabel", fontName=BOLD, fontSize=9, leading=12, textColor=ACCENT
        )
        self.cover_title = _style(
            "CoverTitle", fontName=BOLD, fontSize=28, leading=34, textColor=INK, spaceBefore=4
        )
        self.cover_sub = _style("CoverSub", fontSize=12, leading=16, textColor=MUTED)
        self.cover_session = _style(
            "CoverSession", fontName=ITALIC, fontSize=11, leading=15, textColor=INK
        )
        self.callout = _style("Callout", fontSize=9.5, leading=13.2, alignment=TA_LEFT)
        self.role_type = _style(
            "RoleType", fontName=BOLD, fontSize=12, leading=16, textColor=ACCENT
        )
        self.sig_name = _style("SigName", fontName=BOLD, fontSize=9, leading=11.5)
        self.sig_text = _style("SigText", fontSize=8.5, leading=11, textColor=MUTED)

    # Variants of a style, made once and kept (ReportLab styles are cheap but named).
    def aligned(self, style: ParagraphStyle, align: str) -> ParagraphStyle:
        alignment = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[align]
        return self._variant(style, align.title(), alignment=alignment)

    def bold(self, style: ParagraphStyle) -> ParagraphStyle:
        return self._variant(style, "Bold", fontName=BOLD)

    def inverted(self, style: ParagraphStyle) -> ParagraphStyle:
        """White text on the strong accent (an A in the RACI matrix)."""
        return self._variant(style, "Inverted", textColor=colors.white)

    def _variant(self, style: ParagraphStyle, suffix: str, **kw: Any) -> ParagraphStyle:
        name = f"{style.name}{suffix}"
        if name not in self._variants:
            self._variants[name] = ParagraphStyle(name, parent=style, **kw)
        return self._variants[name]


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup, style)


def data_table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    header_rows: int = 1,
    extra: list[tuple[Any, ...]] | None = None,
    zebra: bool = True,
) -> Table:
    """A table that repeats its header on every page and may split inside tall rows."""
    table = Table(
        rows,
        colWidths=widths,
        repeatRows=header_rows,
        splitByRow=1,
        splitInRow=1 if _has_tall_rows(rows) else 0,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        *BASE_TABLE_STYLE,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_LIGHT))
        commands.append(("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


TALL_ROW_CHARACTERS = 900


def _has_tall_rows(rows: list[list[Any]]) -> bool:
    """Rows are kept whole (easier to read) unless one might not fit on a page at all."""
    return any(
        sum(len(str(getattr(cell, "text", cell))) for cell in row) > TALL_ROW_CHARACTERS
        for row in rows
    )


def key_value_table(rows: list[tuple[str, Any]], styles: Styles, key_width: float) -> Table:
    """Label/value pairs (cover, placement): labels muted, values in ink."""
    total = 170 * mm
    data = [[para(label, styles.small), value] for label, value in rows]
    table = Table(
        data,
        colWidths=[key_width, total - key_width],
        hAlign="LEFT",
        splitInRow=1 if _has_tall_rows(data) else 0,
    )
    table.setStyle(
        TableStyle(
            [
                *BASE_TABLE_STYLE,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table
