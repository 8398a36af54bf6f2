"""Rich text of the content layer: escaping what people typed, and reading it back as runs.

The markup is deliberately tiny (`<b>`, `<i>`, `<sup>`, `<br/>`, `&amp;`, `&lt;`, `&gt;`), a
subset of ReportLab's paragraph markup, so the PDF renderer passes it through nearly
unchanged and a DOCX/ODT renderer turns it into runs with `runs()`. One more tag, `<name>`,
marks a person's name: renderers never hyphenate it (and drop the tag).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from cdo_workshop.export.content.nodes import Rich

NBSP = "\u00a0"
_TOKEN = re.compile(r"<(/?)(b|i|sup|name)>|<br/>|&(amp|lt|gt);|[^<&]+|[<&]")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}


def esc(value: object) -> Rich:
    """Plain text as rich text: markup characters escaped, line breaks kept."""
    text = "" if value is None else str(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r\n", "\n").replace("\n", "<br/>")


def bold(value: object) -> Rich:
    return f"<b>{esc(value)}</b>"


def name(value: object) -> Rich:
    """A person's name: never hyphenated."""
    return f"<name>{esc(value)}</name>" if value else ""


@dataclass(frozen=True)
class Run:
    text: str  # "\n" for a line break
    bold: bool = False
    italic: bool = False
    sup: bool = False


def runs(text: Rich) -> list[Run]:
    """The rich text as runs of equally formatted plain text."""
    out: list[Run] = []
    state = {"b": 0, "i": 0, "sup": 0, "name": 0}
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if match.group(2):  # an opening or closing tag
            state[match.group(2)] += -1 if match.group(1) else 1
            continue
        if token == "<br/>":
            piece = "\n"
        elif match.group(3):
            piece = _ENTITIES[match.group(3)]
        else:
            piece = token
        run = Run(piece, state["b"] > 0, state["i"] > 0, state["sup"] > 0)
        if out and piece != "\n" and out[-1].text != "\n" and _same(out[-1], run):
            out[-1] = Run(out[-1].text + piece, run.bold, run.italic, run.sup)
        else:
            out.append(run)
    return out


def _same(a: Run, b: Run) -> bool:
    return (a.bold, a.italic, a.sup) == (b.bold, b.italic, b.sup)


def plain(text: Rich) -> str:
    return "".join(r.text for r in runs(text))


def unit(value: str, name: str) -> str:
    """A number and its unit that must not be broken apart ("120.000 €", "0,75 VZÄ")."""
    return f"{value}{NBSP}{name}"


def texts(blocks: Iterable[Any]) -> Iterator[str]:
    """The plain text of every block, in order (for word lists and checks)."""
    from cdo_workshop.export.content import nodes as n

    for b in blocks:
        match b:
            case n.Para():
                yield plain(b.text)
            case n.Heading():
                yield b.plain
            case n.Items():
                yield from (plain(i) for i in b.items)
            case n.Table():
                yield from (c.title for c in b.columns)
                yield from (plain(c.text) for r in b.rows for c in r.cells)
            case n.KeyValue():
                for key, value in b.rows:
                    yield key
                    yield plain(value.text)
            case n.Callout():
                yield from texts(b.blocks)
            case n.Signatures():
                for box in b.boxes:
                    yield from (box.name, *box.lines, plain(box.place_date), plain(box.note))
            case n.Chart():
                yield plain(b.caption)
                if isinstance(b.data, n.ResourceChart):
                    yield from (p.title for p in b.data.panels)
                    yield from b.data.names


def words(blocks: Iterable[Any]) -> frozenset[str]:
    return frozenset(w for text in texts(blocks) for w in re.findall(r"[^\W\d_]+", text))
