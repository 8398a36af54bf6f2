"""Writing a document for HR or the council, once for the CLI and the GUI."""

from __future__ import annotations

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.messages import Translate, untranslated
from cdo_workshop.domain.model import Session
from cdo_workshop.export.documents import export_document, format_of


def export_doc(
    session: Session,
    catalog: Catalog,
    kind: str,
    fmt: str,
    language: str = "de",
    translate: Translate = untranslated,
) -> bytes:
    """The document `kind` (export.documents.KINDS) as DOCX or ODT bytes; ExportError for an
    unknown kind or format."""
    return export_document(session, catalog, kind, format_of(fmt), language, translate)
