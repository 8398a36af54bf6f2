"""What the DOCX and ODT renderers share: page geometry, font, colours, charts as tables.

Both renderers write *editable* documents for the people who keep working on them in Word
or LibreOffice (HR, the mayor's office): real styles instead of direct formatting, real
lists, tables and fields, no text boxes and no pictures of text.

The font is Arial, not the PDF's embedded DejaVu Sans: an office document cannot rely on
embedded fonts, and Arial is on every Windows and macOS office machine, while LibreOffice on
Linux replaces it by the metric-compatible Liberation Sans (fonts-liberation), so lines break
the same way for every editor.
"""

from __future__ import annotations

import io
import re
import zipfile

from cdo_workshop.domain.messages import Num
from cdo_workshop.export import texts
from cdo_workshop.export.content import nodes as n
from cdo_workshop.export.content.rich import esc

FONT = "Arial"
LANGUAGE_TAGS = {"de": "de-DE", "en": "en-GB"}

# The PDF's palette (export.styles), as hex RGB without "#"
INK = "1D2733"
MUTED = "5B6673"
ACCENT = "1F4E79"
ACCENT_LIGHT = "DCE6F1"
ACCENT_PALE = "EEF3F8"
RULE = "B8C2CC"
WHITE = "FFFFFF"
TONES = {"accent": ACCENT, "light": ACCENT_LIGHT, "pale": ACCENT_PALE}

# A4 and the PDF's margins (export.styles), in millimetres
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_X_MM = 20.0
MARGIN_TOP_MM = 24.0
MARGIN_BOTTOM_MM = 22.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_X_MM
HANGING_MM = 7.0  # the label column of a numbered paragraph "(1)"
NOTE_HANGING_MM = 5.0

_FIELD = re.compile(r"\{(page|pages)\}")


def language_tag(language: str) -> str:
    return LANGUAGE_TAGS.get(language, LANGUAGE_TAGS["de"])


def page_of_parts(template: str) -> list[str]:
    """'Seite {page} von {pages}' as ['Seite ', '{page}', ' von ', '{pages}']: text and fields."""
    parts: list[str] = []
    last = 0
    for match in _FIELD.finditer(template):
        if match.start() > last:
            parts.append(template[last : match.start()])
        parts.append(match.group(0))
        last = match.end()
    if last < len(template):
        parts.append(template[last:])
    return parts


def chart_table(chart: n.ChartData, language: str) -> n.Table:
    """A chart's data as a small table: an office document gets no picture of text."""

    def num(value: float | None, digits: int = 0) -> str:
        return "–" if value is None else Num(value, digits).localize(language)

    def cell(text: str, bold: bool = False) -> n.Cell:
        return n.Cell(esc(text), bold=bold)

    match chart:
        case n.GapChart():
            columns: tuple[n.Column, ...] = (
                n.Column(texts.t("col.group", language), 0.6),
                n.Column(texts.t("col.expected", language), 0.4, "center"),
            )
            rows = [n.Row((cell(bar.label), cell(num(bar.expected)))) for bar in chart.bars]
            rows.append(n.Row((cell(chart.room_label, bold=True), cell(""))))
            return n.Table(columns, tuple(rows), small=True)
        case n.ResourceChart():
            columns = (
                n.Column("", 0.4),
                *(n.Column(name, 0.2, "right") for name in chart.names),
            )
            rows = [
                n.Row(
                    (
                        cell(p.title, bold=True),
                        *(cell(num(v, p.digits)) for v in (p.demand, p.committed, p.proposed)),
                    )
                )
                for p in chart.panels
            ]
            return n.Table(columns, tuple(rows), small=True)
        case n.SpreadChart():
            columns = (
                n.Column(texts.t("col.area", language), 0.46),
                n.Column(texts.t("col.range", language), 0.16, "center"),
                n.Column("Median", 0.16, "center"),
                n.Column(texts.t("col.agreed_short", language), 0.22),
            )

            def agreed(level: int | None) -> str:
                if level is None or not 1 <= level <= len(chart.level_names):
                    return num(level)
                return f"{num(level)} {chart.level_names[level - 1]}"

            rows = []
            for line in chart.lines:
                if line.low is None or line.high is None:
                    spread = "–"
                elif line.low == line.high:
                    spread = num(line.low)
                else:
                    spread = f"{num(line.low)}–{num(line.high)}"
                median = None if line.median is None else float(line.median)
                rows.append(
                    n.Row(
                        (
                            cell(line.label),
                            cell(spread),
                            cell(num(median, 0 if median is None or median % 1 == 0 else 1)),
                            cell(agreed(line.agreed), bold=True),
                        )
                    )
                )
            return n.Table(columns, tuple(rows), small=True)
    raise TypeError(f"unknown chart {chart!r}")


def stable_zip(data: bytes, *, first: str = "") -> bytes:
    """The same package with fixed member timestamps, so equal content gives equal bytes.
    `first` stays the first member and uncompressed (ODF's "mimetype")."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    if first in names:
        names = [first] + [name for name in names if name != first]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for member in names:
            info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if member == first else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(member))
    return out.getvalue()
