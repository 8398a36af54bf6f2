"""The documents for HR and the council (job description, job advertisement, council paper)
as DOCX or ODT, built from the same content layer as the agreement.

    data = export_document(session, catalog, "stellenbeschreibung", "docx", "de", translate)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Translate, msg, untranslated
from cdo_workshop.domain.model import Session
from cdo_workshop.export.errors import ExportError

if TYPE_CHECKING:
    from cdo_workshop.export.content.context import Context
    from cdo_workshop.export.content.nodes import Document

JOB_DESCRIPTION = "stellenbeschreibung"
JOB_AD = "ausschreibung"
COUNCIL_PAPER = "beschlussvorlage"
KINDS = (JOB_DESCRIPTION, JOB_AD, COUNCIL_PAPER)
FORMATS = ("docx", "odt")


def builder(kind: str) -> Callable[[Context], Document]:
    if kind == JOB_DESCRIPTION:
        from cdo_workshop.export.content.job_description import job_description

        return job_description
    if kind == JOB_AD:
        from cdo_workshop.export.content.job_ad import job_ad

        return job_ad
    if kind == COUNCIL_PAPER:
        from cdo_workshop.export.content.council_paper import council_paper

        return council_paper
    raise ExportError(
        msg(
            "Export",
            QT_TRANSLATE_NOOP("Export", "Unknown document “{kind}”: one of {kinds}."),
            kind=kind,
            kinds=", ".join(KINDS),
        )
    )


def document_content(
    session: Session,
    catalog: Catalog,
    kind: str,
    language: str = "de",
    translate: Translate = untranslated,
) -> Document:
    from cdo_workshop.export.agreement import make_context, with_german_words

    build = builder(kind)
    context = make_context(session, catalog, language, translate=translate)
    return with_german_words(context, build(context), build)


def format_of(suffix: str) -> str:
    """ "docx" or "odt" from a file name's suffix; ExportError for anything else."""
    fmt = suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(
            msg(
                "Export",
                QT_TRANSLATE_NOOP(
                    "Export",
                    "Documents are written as .docx (Word) or .odt (LibreOffice), not “{suffix}”.",
                ),
                suffix=suffix or "–",
            )
        )
    return fmt


def export_document(
    session: Session,
    catalog: Catalog,
    kind: str,
    fmt: str,
    language: str = "de",
    translate: Translate = untranslated,
) -> bytes:
    document = document_content(session, catalog, kind, language, translate)
    if format_of(fmt) == "docx":
        from cdo_workshop.export.render_docx import render_docx

        return render_docx(document)
    from cdo_workshop.export.render_odt import render_odt

    return render_odt(document)
