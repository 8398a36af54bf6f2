"""Read the session file back out of an agreement PDF (its PDF/A-3 associated file).

`cdo-workshop import agreement.pdf` and the verify step use this; a follow-up workshop can
start from last year's signed agreement. The PDF is untrusted input: a stream is read with a
size limit (`stream_bytes`), FlateDecode is inflated step by step and any other filter is
refused, so a small file that inflates to a gigabyte fails at once with a message.
"""

from __future__ import annotations

import io
import zlib
from typing import Any

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.export.errors import ExportError

C = "Export"
ATTACHMENT_NAME = "cdo-workshop-session.json"
ATTACHMENT_MIME = "application/json"
PDF_MAGIC = b"%PDF-"
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024  # decompressed; a session file is a few hundred KiB
MARKERS = (ATTACHMENT_NAME.encode("ascii"), b"IntegritySeal", b"CDO Workshop")


def is_pdf(data: bytes) -> bool:
    """A PDF starts with %PDF- (within the first KiB, as readers tolerate leading junk)."""
    return PDF_MAGIC in data[:1024]


def has_agreement_markers(data: bytes) -> bool:
    """The raw bytes name the session attachment, the seal field or CDO Workshop.

    For a file too damaged to parse: such a file was an agreement (a seal check says
    "damaged", not "not an agreement"). The names are in plain objects and in the XMP.
    """
    return any(marker in data for marker in MARKERS)


class StreamTooLarge(Exception):
    """A stream decodes to more than the limit."""


class StreamUnreadable(Exception):
    """A stream uses a filter that is not read here, or its data is corrupt."""


def stream_bytes(stream: Any, limit: int) -> bytes:
    """A pikepdf stream's decoded data, at most `limit` bytes (never `read_bytes()`).

    Unfiltered and FlateDecode (without predictor) streams are read; StreamTooLarge if the
    raw or the decoded data exceed `limit`, StreamUnreadable for any other filter or
    corrupt data.
    """
    import pikepdf

    filters = stream.get("/Filter")
    if filters is None:
        names: list[str] = []
    elif isinstance(filters, pikepdf.Array):
        names = [str(f) for f in filters]
    else:
        names = [str(filters)]
    parms = stream.get("/DecodeParms")
    if isinstance(parms, pikepdf.Array):
        parms = parms[0] if len(parms) == 1 else None if len(parms) == 0 else parms
    if names not in ([], ["/FlateDecode"]):
        raise StreamUnreadable(names)
    if isinstance(parms, pikepdf.Array) or (
        isinstance(parms, pikepdf.Dictionary) and int(parms.get("/Predictor", 1)) > 1
    ):
        raise StreamUnreadable("predictor")
    declared = stream.get("/Length")
    if isinstance(declared, int) and declared > limit:
        raise StreamTooLarge(declared)
    raw = stream.read_raw_bytes()
    if len(raw) > limit:
        raise StreamTooLarge(len(raw))
    if not names:
        return bytes(raw)
    inflate = zlib.decompressobj()
    try:
        out = inflate.decompress(raw, limit + 1)
        if len(out) <= limit and not inflate.unconsumed_tail:
            out += inflate.flush(limit + 1 - len(out))
    except zlib.error:
        raise StreamUnreadable("zlib") from None
    if len(out) > limit or inflate.unconsumed_tail:
        raise StreamTooLarge(limit)
    return out


def embedded_session_file(data: bytes) -> bytes:
    """The attached session JSON; ExportError if the PDF is unreadable or carries none."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            stream = _find(pdf)
            if stream is None:
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
            try:
                return stream_bytes(stream, MAX_ATTACHMENT_BYTES)
            except StreamTooLarge:
                raise ExportError(
                    msg(
                        C,
                        QT_TRANSLATE_NOOP(
                            "Export",
                            "The session data attached to the PDF is larger than {limit} MB;"
                            " it is not read.",
                        ),
                        limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
                    )
                ) from None
            except StreamUnreadable:
                raise ExportError(
                    msg(
                        C,
                        QT_TRANSLATE_NOOP(
                            "Export",
                            "The session data attached to the PDF is damaged or stored in a"
                            " way CDO Workshop does not write.",
                        ),
                    )
                ) from None
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


def _find(pdf: object) -> Any:
    """The session's stream: the document's associated files (Root /AF) first, then the
    attachments by name."""
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
            return stream
    return None
