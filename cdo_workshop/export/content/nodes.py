"""The agreement as format-neutral content: what a renderer (PDF today, DOCX/ODT next) lays out.

Nothing here knows ReportLab, millimetres of a page or Word styles. Text is *rich text*: a
string in a small markup that every renderer understands (`rich.runs` parses it):
`<b>…</b>`, `<i>…</i>`, `<sup>…</sup>`, `<br/>` and the entities `&amp; &lt; &gt;`; whatever
participants typed enters it only through `rich.esc`.

Widths are fractions of the text width, sizes are roles ("body", "small", …) that each
renderer maps to its own styles; `keep_with_next` and `PageBreak` are wishes a flowing format
may ignore.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Rich = str  # text in the markup described above
Align = Literal["left", "center", "right"]
Tone = Literal["", "accent", "light", "pale"]  # strong, medium and faint highlight


@dataclass(frozen=True)
class Heading:
    """A numbered heading ("§ 3", "Anlage 1") that is also an outline entry."""

    text: str  # plain text, no markup
    level: int = 0  # 0: clause or annex, 1: sub-heading, 2: a heading inside a box
    number: str = ""

    @property
    def plain(self) -> str:
        return f"{self.number}  {self.text}" if self.number else self.text


ParaRole = Literal[
    "body",
    "intro",  # introduces what follows and stays with it
    "continued",  # goes on a numbered paragraph "(1) …" after a list, indented like it
    "small",
    "caption",
    "note",  # a footnote-like remark
    "lead",  # the headline of a box (the role type)
    "cover_label",
    "cover_title",
    "cover_sub",
    "cover_session",
]


@dataclass(frozen=True)
class Para:
    text: Rich
    role: ParaRole = "body"
    label: str = ""  # a hanging number: "(1)" for a clause's paragraph, "•" for a bullet


@dataclass(frozen=True)
class Items:
    """A bulleted (or numbered) list; each item is rich text."""

    items: tuple[Rich, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Cell:
    text: Rich
    bold: bool = False
    tone: Tone = ""
    small: bool = False


@dataclass(frozen=True)
class Column:
    title: str  # plain text
    width: float  # share of the text width; a table's widths add up to 1
    align: Align = "left"
    vertical: bool = False  # a narrow column whose title is turned by 90°


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    group: bool = False  # a group heading spanning the whole row


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    zebra: bool = True
    small: bool = False  # dense reference tables (annexes)


@dataclass(frozen=True)
class KeyValue:
    """Label–value pairs (the cover's facts, the post's placement)."""

    rows: tuple[tuple[str, Cell], ...]
    key_width: float = 0.3


@dataclass(frozen=True)
class GapBar:
    label: str  # the group
    expected: int
    size: str  # "fits", "moderate" or "large" (Gap.size)


@dataclass(frozen=True)
class GapChart:
    bars: tuple[GapBar, ...]
    room: float
    room_label: str
    axis_label: str


@dataclass(frozen=True)
class ResourcePanel:
    title: str
    demand: float
    committed: float
    proposed: float
    digits: int


@dataclass(frozen=True)
class ResourceChart:
    panels: tuple[ResourcePanel, ...]
    names: tuple[str, str, str]  # demand, committed, proposed


@dataclass(frozen=True)
class SpreadLine:
    label: str  # the decision area
    low: int | None
    high: int | None
    median: float | None
    agreed: int | None
    ceiling: int


@dataclass(frozen=True)
class SpreadChart:
    lines: tuple[SpreadLine, ...]
    level_names: tuple[str, ...]


ChartData = GapChart | ResourceChart | SpreadChart


@dataclass(frozen=True)
class Chart:
    data: ChartData
    caption: Rich


@dataclass(frozen=True)
class Callout:
    """A highlighted box: the role type, what the signatures and the seal are."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class SignBox:
    name: str
    lines: tuple[str, ...]  # function, group or "as witness" (plain text)
    place_date: Rich
    strokes: tuple[tuple[tuple[float, float], ...], ...] = ()  # only a valid signature
    note: Rich = ""  # "signed on screen", "signature void …"
    field_name: str = ""  # an empty field for a qualified electronic signature
    field_label: str = ""


@dataclass(frozen=True)
class Signatures:
    boxes: tuple[SignBox, ...]


@dataclass(frozen=True)
class PageBreak:
    """A new page, or only if less than `unless_space` (share of the page height) is left."""

    unless_space: float | None = None


@dataclass(frozen=True)
class RunningHeader:
    """From here on, the header of every page says this (e.g. that an annex is not signed)."""

    text: str


@dataclass(frozen=True)
class AccentBar:
    """The cover's coloured rule."""


@dataclass(frozen=True)
class Space:
    lines: float = 1.0  # in body lines


Block = (
    Heading
    | Para
    | Items
    | Table
    | KeyValue
    | Chart
    | Callout
    | Signatures
    | PageBreak
    | RunningHeader
    | AccentBar
    | Space
)


@dataclass(frozen=True)
class Furniture:
    """What every page repeats (header and footer lines), plain text."""

    header: str
    document_id: str
    fingerprint: str
    status: str
    page_of: str  # with {page} and {pages}


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    author: str
    keywords: str
    language: str  # "de" | "en"


@dataclass(frozen=True)
class Document:
    meta: Metadata
    furniture: Furniture
    blocks: tuple[Block, ...]
    names: frozenset[str] = frozenset()  # words of people's names: never hyphenated
    german: frozenset[str] = frozenset()  # in an English document, the words that are German
