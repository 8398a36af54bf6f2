"""The two kinds of tampering the verification must catch (used by export and GUI tests)."""

from __future__ import annotations

import io

import pikepdf
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def flip_byte_in_content_stream(pdf: bytes) -> bytes:
    """Change one byte in the middle of the first page's (compressed) content stream."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        contents = doc.pages[0].Contents
        raw = (contents[0] if isinstance(contents, pikepdf.Array) else contents).read_raw_bytes()
    start = pdf.index(raw[:64])
    i = start + len(raw) // 2
    return pdf[:i] + bytes([pdf[i] ^ 0x20]) + pdf[i + 1 :]


def append_page_content(pdf: bytes) -> bytes:
    """An incremental update after the seal that adds a line of text to page 1."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    stream = generic.StreamObject(stream_data=b"BT 100 100 Td (Nachtrag) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
