"""Rich text of the content layer: escaping what people typed, and reading it back as runs.

The markup is deliberately tiny (`<b>`, `<i>`, `<sup>`, `<br/>`, `&amp;`, `&lt;`, `&gt;`), a
subset of ReportLab's paragraph markup, so the PDF renderer passes it through nearly
unchanged and a DOCX/ODT renderer turns it into runs with `runs()`. One more tag, `<name>`,
marks a person's name: renderers never hyphenate it (and drop the tag).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
