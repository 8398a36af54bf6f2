"""Read the session file back out of an agreement PDF (its PDF/A-3 associated file).

`cdo-workshop import agreement.pdf` and the verify step use this; a follow-up workshop can
start from last year's signed agreement.
"""

from __future__ import annotations

import io

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.export.errors import ExportError

C = "Export"
ATTACHMENT_NAME = "cdo-workshop-session.json"
ATTACHMENT_MIME = "application/json"
PDF_MAGIC = b"%PDF-"


def is_pdf(data: bytes) -> bool:
    """A PDF starts with %PDF- (within the first KiB, as readers tolerate leading junk)."""
    return PDF_MAGIC in data[:1024]


def embedded_session_file(data: bytes) -> bytes:
    """The attached session JSON; ExportError if the PDF is unreadable or carries none."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            found = _find(pdf)
            if found is None:
                raise ExportError(
                    msg(
                        C,
                        QT_TRANSLATE_NOOP(
                            "Export",
                            "The PDF contains no CDO Workshop session data (it was not exported"
                            " by CDO Workshop, or the attachment was removed).",
                        ),
                    )
                )
            return found
    except pikepdf.PdfError:
        raise _unreadable() from None
    except (pikepdf.DataDecodingError, ValueError, KeyError, AttributeError, TypeError):
        raise _unreadable() from None


def _unreadable() -> ExportError:
    return ExportError(
        msg(
            C,
            QT_TRANSLATE_NOOP(
                "Export", "The PDF cannot be read; the file is damaged or not a PDF."
            ),
        )
    )


def _find(pdf: object) -> bytes | None:
    """The document's associated files (Root /AF) first, then the attachments by name."""
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)
    specs = list(pdf.Root.get("/AF", pikepdf.Array()))
    names = pdf.Root.get("/Names")
    if names is not None and "/EmbeddedFiles" in names:
        specs += [spec.obj for spec in pdf.attachments.values()]
    for spec in specs:
        if not isinstance(spec, pikepdf.Dictionary) or "/EF" not in spec:
            continue
        filename = str(spec.get("/UF", spec.get("/F", "")))
        stream = spec.EF.get("/UF", spec.EF.get("/F"))
        if not isinstance(stream, pikepdf.Stream):
            continue
        mime = str(stream.get("/Subtype", "")).lstrip("/").replace("#2F", "/")
        if filename == ATTACHMENT_NAME or mime == ATTACHMENT_MIME:
            content: bytes = stream.read_bytes()
            return content
    return None
