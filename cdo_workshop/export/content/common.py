"""What the documents for HR and the council share with each other: title page lines,
page furniture, metadata, signature lines, the role's people and resources."""

from __future__ import annotations

from cdo_workshop.domain.fingerprint import grouped
from cdo_workshop.domain.model import Period, Resource
from cdo_workshop.export.content.agreement import municipality_name
from cdo_workshop.export.content.context import Context
from cdo_workshop.export.content.nodes import (
    Block,
    Cell,
    Furniture,
    Heading,
    KeyValue,
    Metadata,
    Para,
    Signatures,
    SignBox,
)
from cdo_workshop.export.content.rich import esc


def furniture(c: Context, title: str, status: str) -> Furniture:
    name = c.session.municipality.name or c.session.title or "–"
    return Furniture(
        header=c.t("doc.header", title=title, municipality=name),
        document_id=c.t("document_id", id=c.document_id),
        fingerprint=c.t("footer_fingerprint", fingerprint=c.fingerprint),
        status=status,
        page_of=c.t("page_of", page="{page}", pages="{pages}"),
    )


def metadata(c: Context, title: str) -> Metadata:
    name = c.session.municipality.name or c.session.title
    return Metadata(
        title=f"{title} – {name}" if name else title,
        subject=title,
        author=c.session.municipality.name or c.session.facilitator or "CDO Workshop",
        keywords=f"{c.t('keywords')}, {c.document_id}",
        language=c.language,
    )


def title_blocks(c: Context, title: str, status: str, facts: list[tuple[str, Cell]]) -> list[Block]:
    """The document's title, what it is (draft for whom), and its key facts."""
    s = c.session
    source = (
        c.t(
            "doc.source",
            date=c.date(s.workshop_date, long=True),
            fingerprint=grouped(c.fingerprint[:16], 8),
        )
        if s.workshop_date
        else c.t("doc.source_no_date", fingerprint=grouped(c.fingerprint[:16], 8))
    )
    return [
        Heading(title, 0),
        Para(f"<b>{esc(status)}</b>"),
        Para(esc(municipality_name(c)), "lead"),
        KeyValue(tuple(facts), key_width=0.34) if facts else Para(""),
        Para(esc(source), "small"),
    ]


def signature_lines(c: Context, people: list[tuple[str, str]]) -> Signatures:
    """Lines to sign by hand: (name, what they sign as)."""
    return Signatures(
        tuple(
            SignBox(name=name, lines=(role,) if role else (), place_date=c.t("doc.place_date"))
            for name, role in people
        )
    )


def per_year(r: Resource) -> float | None:
    """A resource's amount per year; None for one-off amounts."""
    if r.period == Period.ONCE:
        return None
    return r.amount * 12 if r.period == Period.PER_MONTH else r.amount


def resource_kind(c: Context, r: Resource) -> str:
    kind = c.catalog.resource_kinds.get(r.kind.value)
    return kind.label.get(c.language) if kind else r.kind.value
