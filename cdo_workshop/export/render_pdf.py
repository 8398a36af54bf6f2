"""Render the format-neutral agreement (export.content) with ReportLab's platypus.

One function per kind of block; rich text passes through as paragraph markup (it is a
subset of ReportLab's), filtered to what the embedded font can show. Where the content
marks names (`<name>`) they are never hyphenated; everything else breaks
only at syllables, with a hyphen (export.hyphenation).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as PdfPageBreak

from cdo_workshop.export import charts, layout
from cdo_workshop.export.content import nodes as n
from cdo_workshop.export.content.rich import esc
from cdo_workshop.export.fonts import BOLD, printable
from cdo_workshop.export.hyphenation import hyphenate, strip_names
from cdo_workshop.export.layout import CONTENT_WIDTH, FRAME_HEIGHT
from cdo_workshop.export.signatures import SignatureArea
from cdo_workshop.export.spots import SpotCollector
from cdo_workshop.export.styles import (
    ACCENT,
    ACCENT_LIGHT,
    ACCENT_PALE,
    BASE_TABLE_STYLE,
    INK,
    RULE,
    Styles,
    data_table,
    key_value_table,
)

TONES = {"accent": ACCENT, "light": ACCENT_LIGHT, "pale": ACCENT_PALE}
SUP_SIZE = 8
_BEFORE_ENTITY = re.compile(r"(?<=\w) &(?=amp;|lt;|gt;)")


class Heading(Paragraph):
    """A heading that also becomes an entry of the PDF's outline (bookmarks)."""

    def __init__(self, markup: str, style: Any, plain: str, level: int) -> None:
        super().__init__(markup, style)
        self.plain = plain
        self.level = level


class Renderer:
    def __init__(
        self,
        styles: Styles,
        language: str,
        collector: SpotCollector,
        names: frozenset[str] = frozenset(),
        german: frozenset[str] = frozenset(),
    ) -> None:
        self.st = styles
        self.language = language
        self.collector = collector
        self.names = names  # words of people's names, wherever they occur: never hyphenated
        self.german = german  # German words in an English document

    def story(self, blocks: tuple[n.Block, ...]) -> list[Flowable]:
        out: list[Flowable] = []
        for block in blocks:
            out += self.block(block)
        return out

    def p(self, text: n.Rich, style: Any, *, hyphens: bool = True, **kw: Any) -> Paragraph:
        """Rich text as a paragraph: only glyphs the font has, soft hyphens unless it is
        a heading or a name. Text bold throughout takes a bold style instead of tags:
        ReportLab breaks words more reliably in paragraphs of one style."""
        markup = printable(text)
        inner = markup.removeprefix("<b>").removesuffix("</b>")
        if inner != markup and "<" not in strip_names(inner):
            markup, style = inner, self.st.bold(style)
        markup = (
            hyphenate(markup, self.language, self.names, self.german)
            if hyphens
            else strip_names(markup)
        )
        # superscripts (footnote numbers) at 8 pt, not ReportLab's 80 % of the text size
        markup = markup.replace("<sup>", f'<sup size="{SUP_SIZE}">')
        # ReportLab loses the space between a word with soft hyphens and a following "&",
        # "<" or ">" ("Strategie& Steuerung"); a non-breaking space survives
        markup = _BEFORE_ENTITY.sub("\u00a0&", markup)
        return Paragraph(markup, style, **kw)

    def lines(self, text: n.Rich, style: Any) -> list[Paragraph]:
        """A table cell's lines as paragraphs of their own (see `p`)."""
        parts = text.split("<br/>")
        if any(not _balanced(part) for part in parts):
            return [self.p(text, style)]
        return [self.p(part, style) for part in parts]

    def block(self, b: n.Block) -> list[Flowable]:
        st = self.st
        match b:
            case n.Heading():
                style = st.h1 if b.level == 0 else st.h2
                plain = printable(b.plain)
                markup = esc(plain).replace("  ", "\u2002")
                if b.level == 2:
                    return [Paragraph(markup, style)]
                return [Heading(markup, style, plain, b.level)]
            case n.Para():
                return [self.para(b)]
            case n.Items():
                return [
                    self.p(item, st.bullet, bulletText=f"{i}." if b.numbered else "•")
                    for i, item in enumerate(b.items, start=1)
                ]
            case n.Table():
                return [self.table(b)]
            case n.KeyValue():
                rows = [(k, self.cell(v, small=False)) for k, v in b.rows]
                return [key_value_table(rows, st, b.key_width * CONTENT_WIDTH)]
            case n.Chart():
                return [KeepTogether([self.chart(b.data), self.p(b.caption, st.caption)])]
            case n.Callout():
                return [KeepTogether([Callout(self.story(b.blocks))])]
            case n.Signatures():
                return [self.signatures(b)]
            case n.PageBreak():
                if b.unless_space is None:
                    return [PdfPageBreak()]
                return [CondPageBreak(b.unless_space * FRAME_HEIGHT)]
            case n.AccentBar():
                return [AccentBar(CONTENT_WIDTH)]
            case n.RunningHeader():
                return [layout.RunningHeader(printable(b.text))]
            case n.Space():
                return [Spacer(1, b.lines * st.body.leading)]
        raise TypeError(f"unknown block {b!r}")

    def para(self, b: n.Para) -> Paragraph:
        st = self.st
        style = {
            "body": st.body,
            "intro": st.intro,
            "continued": st.numbered,
            "small": st.small,
            "caption": st.caption,
            "note": st.note,
            "lead": st.role_type,
            "cover_label": st.cover_label,
            "cover_title": st.cover_title,
            "cover_sub": st.cover_sub,
            "cover_session": st.cover_session,
        }[b.role]
        if not b.label:
            return self.p(b.text, style)
        numbered = (
            st.note
            if b.role == "note"
            else (st.numbered_intro if b.role == "intro" else st.numbered)
        )
        return self.p(b.text, numbered, bulletText=b.label)  # bullet text takes no markup

    # -- tables ----------------------------------------------------------------------------

    def cell(self, c: n.Cell, *, small: bool, align: str = "left") -> list[Paragraph]:
        st = self.st
        if small or c.small:
            style = st.annex_cell_bold if c.bold else st.annex_cell
        else:
            style = st.cell_bold if c.bold else st.cell
        if align != "left":
            style = st.aligned(style, align)
        if c.tone == "accent":
            style = st.inverted(style)
        return self.lines(c.text, style)

    def table(self, t: n.Table) -> Table:
        st = self.st
        widths = [col.width * CONTENT_WIDTH for col in t.columns]
        head_style = st.head
        header: list[Any] = [
            VerticalText(printable(col.title), widths[i] - 2)
            if col.vertical
            else self.p(esc(col.title), st.aligned(head_style, col.align))
            for i, col in enumerate(t.columns)
        ]
        rows: list[list[Any]] = [header]
        extra: list[tuple[Any, ...]] = []
        for row in t.rows:
            r = len(rows)
            if row.group:
                rows.append([self.cell(row.cells[0], small=t.small)] + [""] * (len(widths) - 1))
                extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ACCENT_PALE)]
                continue
            cells = []
            for i, cell in enumerate(row.cells):
                cells.append(self.cell(cell, small=t.small, align=t.columns[i].align))
                if cell.tone:
                    extra.append(("BACKGROUND", (i, r), (i, r), TONES[cell.tone]))
            rows.append(cells)
        if any(col.vertical for col in t.columns):
            extra += [
                ("LINEAFTER", (0, 0), (-2, -1), 0.25, RULE),
                ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
            ]
        return data_table(rows, widths, extra=extra, zebra=t.zebra)

    def chart(self, data: n.ChartData) -> Flowable:
        match data:
            case n.GapChart():
                return charts.gaps_chart(
                    data.bars,
                    data.room,
                    CONTENT_WIDTH,
                    self.language,
                    data.room_label,
                    data.axis_label,
                )
            case n.ResourceChart():
                return charts.resources_chart(data.panels, data.names, CONTENT_WIDTH, self.language)
            case n.SpreadChart():
                return charts.spread_chart(data.lines, CONTENT_WIDTH, data.level_names)
        raise TypeError(f"unknown chart {data!r}")

    # -- signatures ------------------------------------------------------------------------

    def signatures(self, b: n.Signatures) -> Table:
        box_w = (CONTENT_WIDTH - 12 * mm) / 2
        cells: list[Any] = [self.sign_box(box, box_w) for box in b.boxes]
        rows: list[list[Any]] = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append("")
        table = Table(rows, colWidths=[box_w + 6 * mm, box_w + 6 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *BASE_TABLE_STYLE,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
                ]
            )
        )
        return table

    def sign_box(self, box: n.SignBox, width: float) -> list[Flowable]:
        st = self.st
        items: list[Flowable] = [
            SignatureArea(
                width,
                [list(stroke) for stroke in box.strokes],
                field_name=box.field_name,
                field_label=box.field_label,
                collector=self.collector,
            ),
            Spacer(1, 1.5 * mm),
            self.p(esc(box.name or "\u00a0"), st.sig_name, hyphens=False),
        ]
        items += [self.p(esc(line), st.sig_text) for line in box.lines]
        items.append(self.p(box.place_date, st.sig_text))
        if box.note:
            items.append(self.p(box.note, st.sig_text))
        return items


def _balanced(markup: str) -> bool:
    return all(markup.count(f"<{tag}>") == markup.count(f"</{tag}>") for tag in TAGS)


TAGS = ("b", "i", "sup", "name")


class VerticalText(Flowable):
    """A column header turned by 90°: ten groups fit beside the task names. Long names wrap
    onto a second turned line instead of being cut."""

    SIZE = 8.0
    MAX_HEIGHT = 38 * mm

    def __init__(self, text: str, width: float) -> None:
        super().__init__()
        self.lines = _wrap(text, self.MAX_HEIGHT, self.SIZE, max(1, int(width // (self.SIZE + 1))))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        longest = max(stringWidth(line, BOLD, self.SIZE) for line in self.lines)
        return len(self.lines) * (self.SIZE + 1) + 1, longest + 2

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(BOLD, self.SIZE)
        canvas.setFillColor(INK)
        canvas.rotate(90)
        for i, line in enumerate(self.lines):
            canvas.drawString(1, -(i + 1) * (self.SIZE + 1) + 1, line)
        canvas.restoreState()


def _wrap(text: str, width: float, size: float, max_lines: int) -> list[str]:
    """Words onto lines no longer than `width`; more lines than fit only as a last resort."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", BOLD, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:  # the column is too narrow: keep to one line per column width
        lines = [
            " ".join(lines[: len(lines) - max_lines + 1]),
            *lines[len(lines) - max_lines + 1 :],
        ]
    return lines or [""]


class AccentBar(Flowable):
    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 3

    def draw(self) -> None:
        self.canv.setFillColor(ACCENT)
        self.canv.rect(0, 0, 40 * mm, self.height, stroke=0, fill=1)
        self.canv.setFillColor(ACCENT_LIGHT)
        self.canv.rect(40 * mm, 0, self.width - 40 * mm, self.height, stroke=0, fill=1)


class Callout(Flowable):
    """A highlighted box with an accent line on the left."""

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.table = Table([[content]], colWidths=[CONTENT_WIDTH])
        self.table.setStyle(
            TableStyle(
                [
                    *BASE_TABLE_STYLE,
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_PALE),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        w, h = self.table.wrapOn(self.canv, available_width, available_height)
        self.width, self.height = w, h
        return w, h

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return list(self.table.split(available_width, available_height))

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)
